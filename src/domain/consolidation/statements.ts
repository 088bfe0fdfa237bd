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

/** A statement's words once folded (case, tone marks, punctuation set aside) and its figures. */
interface Folded {
  words: string[];
  key: string;
  figures: string;
}

const fold = (text: string): Folded => {
  const w = words(text);
  return { words: w, key: w.join(' '), figures: figures(text) };
};

/** Dice over the word multisets: nine words in ten shared. */
const THRESHOLD = 0.9;

function alike(x: Folded, y: Folded): boolean {
  if (x.words.length === 0 || y.words.length === 0) return false;
  if (x.key === y.key) return true;
  if (x.figures !== y.figures || Math.min(x.words.length, y.words.length) < 4) return false;
  const counts = new Map<string, number>();
  for (const w of x.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y.words) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.words.length + y.words.length) >= THRESHOLD;
}

/**
 * Whether two statements say the same: equal once case, tone marks and punctuation are set aside,
 * or nearly so (nine words in ten shared) with the very same figures; "đạt 100 tỷ" and "đạt 120 tỷ"
 * are two facts, however alike the rest.
 */
export function sameStatement(a: string, b: string): boolean {
  return alike(fold(a), fold(b));
}

/**
 * The statements seen so far, found again in near-constant time at national scale (thousands of
 * statements from 441 units): equal ones through their folded key, near-equal ones through prefix
 * filtering, the standard candidate pruning of set-similarity joins (Bayardo et al., "Scaling up
 * all pairs similarity search", 2007). Words are numbered by occurrence ("cac#2") so that multisets
 * are sets; two statements with Dice ≥ t share a word among the first |x| − ⌈t·|x|/(2 − t)⌉ + 1
 * of each, in any fixed order. Written here because the similarity is the domain's own rule above;
 * no maintained library offers it over our folding.
 */
export class StatementIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly byPrefix = new Map<string, { folded: Folded; value: T }[]>();

  private static prefix(folded: Folded): string[] {
    const seen = new Map<string, number>();
    const elements = folded.words
      .map((w) => {
        const n = (seen.get(w) ?? 0) + 1;
        seen.set(w, n);
        return `${folded.figures}|${w}#${n}`;
      })
      .sort();
    const overlap = Math.ceil((THRESHOLD * elements.length) / (2 - THRESHOLD) - 1e-9);
    return elements.slice(0, Math.max(1, elements.length - overlap + 1));
  }

  find(text: string): T | undefined {
    const folded = fold(text);
    const hit = this.exact.get(folded.key);
    if (hit !== undefined || folded.words.length < 4) return hit;
    for (const token of StatementIndex.prefix(folded))
      for (const entry of this.byPrefix.get(token) ?? []) if (alike(entry.folded, folded)) return entry.value;
    return undefined;
  }

  add(text: string, value: T): void {
    const folded = fold(text);
    if (folded.words.length === 0 || this.exact.has(folded.key)) return;
    this.exact.set(folded.key, value);
    for (const token of StatementIndex.prefix(folded)) {
      const list = this.byPrefix.get(token);
      if (list) list.push({ folded, value });
      else this.byPrefix.set(token, [{ folded, value }]);
    }
  }
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

/** Units named after a statement; from three on, counted first: "(40 Sở: Sở A, Sở B, …)". */
const tagged = (text: string, names: readonly string[], noun = 'đơn vị') => {
  const tag = names.length >= 3 ? `(${names.length} ${noun}: ${names.join(', ')})` : `(${names.join(', ')})`;
  return text.trimEnd().endsWith(tag) ? text : `${text.trimEnd()} ${tag}`;
};

/**
 * The units' texts for one part and domain, merged: a paragraph or list item that an earlier unit
 * already wrote is dropped and the unit's name joins the earlier one's "(Phòng A, Phòng B)"; what a
 * unit alone wrote ends with its name, as before. Sentences start with a capital. Without
 * `attributed`, no names are added; with `'shared'`, only statements several units made name them
 * (an annex per unit, whose heading names the unit). A unit naming itself at the end of its own
 * statement ("… (Sở TTTT Cà Mau)") is attributed like the others, not twice.
 */
export function mergeUnitTexts(
  texts: readonly UnitText[],
  attributed: boolean | 'shared' = true,
  noun = 'đơn vị',
): MergedContent[] {
  const out: MergedContent[] = [];
  const statements: Statement[] = [];
  const index = new StatementIndex<Statement>();
  const names = new Map(texts.map((t) => [t.unit.id, t.unit.name]));
  const ownLast = new Map<string, number>();
  const seen = (text: string, unitId: string): boolean => {
    const earlier = index.find(text);
    if (!earlier) return false;
    if (!earlier.units.includes(unitId)) earlier.units.push(unitId);
    return true;
  };
  for (const { unit, contents } of texts) {
    const self = ` (${unit.name})`;
    const unsigned = (text: string) =>
      text.trimEnd().endsWith(self) ? text.trimEnd().slice(0, -self.length) : text;
    contents.forEach((original, i) => {
      const content = structuredClone(original);
      if (content.kind === 'paragraph' || content.kind === 'heading') content.text = unsigned(content.text);
      else if (content.kind === 'list') content.items = content.items.map(unsigned);
      if (content.kind === 'paragraph' || content.kind === 'heading') {
        content.text = sentenceStart(content.text);
        if (seen(content.text, unit.id)) return;
        const statement = { text: content.text, units: [unit.id], at: out.length, item: null };
        statements.push(statement);
        index.add(content.text, statement);
      } else if (content.kind === 'list') {
        const items: string[] = [];
        for (const raw of content.items) {
          const item = sentenceStart(raw);
          if (seen(item, unit.id)) continue;
          const statement = { text: item, units: [unit.id], at: out.length, item: items.length };
          statements.push(statement);
          index.add(item, statement);
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
      target.items[s.item] = tagged(target.items[s.item] ?? '', unitNames, noun);
    else if (target && (target.kind === 'paragraph' || target.kind === 'heading'))
      target.text = tagged(target.text, unitNames, noun);
    sharedAt.add(`${s.at}:${s.item ?? ''}`);
  }
  if (attributed === 'shared') return out;
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
