import { foldVietnamese } from '../text/fold.js';
import type { OrgUnit } from './org-unit.js';
import { distinctiveWords, nameKey, nameSimilarity, nameWords } from './unit-names.js';

/**
 * A comparable key for a unit name as written by people and PDFs: folded (case, tone marks),
 * dashes unified and spaces around them dropped ("CNTT - BCVT" = "CNTT–BCVT" = "cntt-bcvt"),
 * trailing punctuation removed.
 */
export function unitKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[–—−‐‑]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*&\s*/g, '&')
    .replace(/^[\s;,.:]+|[\s;,.:]+$/g, '')
    .trim();
}

export type UnitMatchVia = 'code' | 'shortName' | 'alias' | 'name' | 'normalized';

export interface UnitMatch {
  raw: string;
  unitId: string | null;
  via: UnitMatchVia | null;
}

/** A unit a wording may mean, offered to the compiler; `score` is 0 to 1. */
export interface UnitSuggestion {
  unitId: string;
  name: string;
  shortName: string | null;
  score: number;
}

export interface UnitIndex {
  match(raw: string): UnitMatch;
  /** Up to `limit` units the wording may mean, best first; never a certainty (see `match`). */
  suggest(raw: string, limit?: number): UnitSuggestion[];
}

/** Below this a unit is too unlike the wording to offer. */
const MIN_SUGGESTION_SCORE = 0.5;
const SUGGESTIONS = 3;

/**
 * Builds a lookup over the org tree. When two units share a key the first by match strength wins
 * (code over short name over alias over full name); ambiguous keys at the same strength match nothing,
 * so the compiler is asked rather than the wrong unit being assigned.
 */
export function buildUnitIndex(units: readonly OrgUnit[]): UnitIndex {
  const order: UnitMatchVia[] = ['code', 'shortName', 'alias', 'name', 'normalized'];
  const tables = new Map<UnitMatchVia, Map<string, string | null>>(order.map((via) => [via, new Map()]));
  const put = (via: UnitMatchVia, text: string | null, id: string) => {
    if (!text) return;
    const key = via === 'normalized' ? nameKey(text) : unitKey(text);
    if (!key) return;
    const table = tables.get(via);
    if (!table) return;
    const existing = table.get(key);
    table.set(key, existing === undefined || existing === id ? id : null);
  };
  for (const unit of units) {
    put('code', unit.code, unit.id);
    put('shortName', unit.shortName, unit.id);
    for (const alias of unit.aliases) put('alias', alias, unit.id);
    put('name', unit.name, unit.id);
    // Last and loosest: the same words in any order, abbreviations spelled out ("Phòng BCVT-CNTT").
    for (const text of namesOf(unit)) put('normalized', text, unit.id);
  }
  const wordsOf = new Map(units.map((unit) => [unit.id, namesOf(unit).map(nameWords)]));
  return {
    match(raw) {
      for (const via of order) {
        const id = tables.get(via)?.get(via === 'normalized' ? nameKey(raw) : unitKey(raw));
        if (id) return { raw, unitId: id, via };
      }
      return { raw, unitId: null, via: null };
    },
    suggest(raw, limit = SUGGESTIONS) {
      const words = nameWords(raw);
      return units
        .map((unit) => ({
          unitId: unit.id,
          name: unit.name,
          shortName: unit.shortName,
          score: Math.max(0, ...(wordsOf.get(unit.id) ?? []).map((w) => suggestionScore(words, w))),
        }))
        .filter((s) => s.score >= MIN_SUGGESTION_SCORE)
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi'))
        .slice(0, limit)
        .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
    },
  };
}

/**
 * Half the words that tell units apart ("Chuyển đổi số" in "Phòng Chuyển đổi số"), half all words, so
 * "Văn phòng Bộ" ranks "Văn phòng" high without calling it the same name, and a "Trung tâm …" ranks centres
 * first.
 */
function suggestionScore(raw: readonly string[], name: readonly string[]): number {
  const distinct = nameSimilarity(distinctiveWords(raw), distinctiveWords(name));
  return (distinct + nameSimilarity(raw, name)) / 2;
}

function namesOf(unit: OrgUnit): string[] {
  return [unit.code, unit.shortName, ...unit.aliases, unit.name].filter((t): t is string => !!t);
}
