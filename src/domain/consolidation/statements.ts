import { foldVietnamese } from '../text/fold.js';
import type { DraftContent } from './draft.js';

// The units' text as a clerk merges it: each statement once, with every unit that made it named
// in parentheses, and every sentence starting with a capital. Units copy one another's wording (or
// a template's), so six divisions reporting "Thiếu nhân lực chuyển đổi số" is one line, not six.

// "a) ", "1. ", "1.2) ", "- ", "+ ", "• ": a marker before the first word, which keeps its case.
const MARKER = /^(\s*(?:[-+•*–]\s+|[a-zđ]\)\s+|\d+(?:\.\d+)*[.)]\s+)?)(\p{Ll})/u;

/** "doanh thu các lĩnh vực …" → "Doanh thu các lĩnh vực …"; "a) tổ chức …" → "a) Tổ chức …". */
export function sentenceStart(text: string): string {
  return text.replace(MARKER, (_m, marker: string, letter: string) => `${marker}${letter.toUpperCase()}`);
}

const words = (text: string) => foldVietnamese(text).match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');

/**
 * Whether two statements say the same: equal once case, tone marks and punctuation are set aside,
 * or nearly so (nine words in ten shared) with the very same figures; "đạt 100 tỷ" and "đạt 120 tỷ"
 * are two facts, however alike the rest.
 */
export function sameStatement(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (figures(a) !== figures(b) || Math.min(x.length, y.length) < 4) return false;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length) >= 0.9;
}

export interface UnitText {
  unit: { id: string; name: string };
  contents: readonly DraftContent[];
}

/** A block of the merged text: whose it is and where it came from, for a stable id. */
export interface MergedContent {
  unitId: string;
  /** 1-based position of the content in that unit's text. */
  index: number;
  content: DraftContent;
}

interface Statement {
  text: string;
  units: string[];
  /** Where the statement sits: content `at` of the output, and its list item when it is one. */
  at: number;
  item: number | null;
}

const tagged = (text: string, names: readonly string[]) => {
  const tag = `(${names.join(', ')})`;
  return text.trimEnd().endsWith(tag) ? text : `${text.trimEnd()} ${tag}`;
};

/**
 * The units' texts for one part and domain, merged: a paragraph or list item that an earlier unit
 * already wrote is dropped and the unit's name joins the earlier one's "(Phòng A, Phòng B)"; what a
 * unit alone wrote ends with its name, as before. Sentences start with a capital. Without
 * `attributed`, no names are added (an annex per unit).
 */
export function mergeUnitTexts(texts: readonly UnitText[], attributed = true): MergedContent[] {
  const out: MergedContent[] = [];
  const statements: Statement[] = [];
  const names = new Map(texts.map((t) => [t.unit.id, t.unit.name]));
  const ownLast = new Map<string, number>();
  const seen = (text: string, unitId: string): boolean => {
    const earlier = statements.find((s) => sameStatement(s.text, text));
    if (!earlier) return false;
    if (!earlier.units.includes(unitId)) earlier.units.push(unitId);
    return true;
  };
  for (const { unit, contents } of texts) {
    contents.forEach((original, i) => {
      const content = structuredClone(original);
      if (content.kind === 'paragraph' || content.kind === 'heading') {
        content.text = sentenceStart(content.text);
        if (seen(content.text, unit.id)) return;
        statements.push({ text: content.text, units: [unit.id], at: out.length, item: null });
      } else if (content.kind === 'list') {
        const items: string[] = [];
        for (const raw of content.items) {
          const item = sentenceStart(raw);
          if (seen(item, unit.id)) continue;
          statements.push({ text: item, units: [unit.id], at: out.length, item: items.length });
          items.push(item);
        }
        if (items.length === 0) return;
        content.items = items;
      }
      ownLast.set(unit.id, out.length);
      out.push({ unitId: unit.id, index: i + 1, content });
    });
  }
  if (!attributed) return out;
  // Shared statements name all their units; each unit's own text ends with its name.
  const sharedAt = new Set<string>();
  for (const s of statements) {
    if (s.units.length < 2) continue;
    const target = out[s.at]?.content;
    const unitNames = s.units.map((id) => names.get(id) ?? id);
    if (target?.kind === 'list' && s.item !== null)
      target.items[s.item] = tagged(target.items[s.item] ?? '', unitNames);
    else if (target && (target.kind === 'paragraph' || target.kind === 'heading'))
      target.text = tagged(target.text, unitNames);
    sharedAt.add(`${s.at}:${s.item ?? ''}`);
  }
  for (const [unitId, at] of ownLast) {
    const content = out[at]?.content;
    const name = names.get(unitId) ?? unitId;
    if (content?.kind === 'paragraph' || content?.kind === 'heading') {
      if (!sharedAt.has(`${at}:`)) content.text = tagged(content.text, [name]);
    } else if (content?.kind === 'list' && content.items.length > 0) {
      const last = content.items.length - 1;
      if (!sharedAt.has(`${at}:${last}`)) content.items[last] = tagged(content.items[last] ?? '', [name]);
    }
  }
  return out;
}
