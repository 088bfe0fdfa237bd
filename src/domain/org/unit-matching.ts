import { foldVietnamese } from '../text/fold.js';
import type { OrgUnit } from './org-unit.js';

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

export type UnitMatchVia = 'code' | 'shortName' | 'alias' | 'name';

export interface UnitMatch {
  raw: string;
  unitId: string | null;
  via: UnitMatchVia | null;
}

export interface UnitIndex {
  match(raw: string): UnitMatch;
}

/**
 * Builds a lookup over the org tree. When two units share a key the first by match strength wins
 * (code over short name over alias over full name); ambiguous keys at the same strength match nothing,
 * so the compiler is asked rather than the wrong unit being assigned.
 */
export function buildUnitIndex(units: readonly OrgUnit[]): UnitIndex {
  const order: UnitMatchVia[] = ['code', 'shortName', 'alias', 'name'];
  const tables = new Map<UnitMatchVia, Map<string, string | null>>(order.map((via) => [via, new Map()]));
  const put = (via: UnitMatchVia, text: string | null, id: string) => {
    if (!text) return;
    const key = unitKey(text);
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
  }
  return {
    match(raw) {
      const key = unitKey(raw);
      for (const via of order) {
        const id = tables.get(via)?.get(key);
        if (id) return { raw, unitId: id, via };
      }
      return { raw, unitId: null, via: null };
    },
  };
}
