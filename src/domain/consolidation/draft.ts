import type { IsoDate } from '../calendar/index.js';
import { shortDate } from '../documents/decree-30.js';
import { type Table, inlineText } from '../documents/official-document.js';
import type { CountBasis } from '../tracking/index.js';

/**
 * A consolidated report while it is being compiled: blocks the system computed from the tracked
 * data and the units' reports, and text the compiler wrote. Every block keeps a stable id, so that
 * a refresh can recompute the figures without losing what the compiler changed.
 */
export type DraftContent =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; table: Table };

export type BlockOrigin = 'computed' | 'text';

export interface DraftBlock {
  /** Stable across rebuilds: derived from `source` for computed blocks. */
  id: string;
  /** `computed`: made from data (recomputed on refresh); `text`: written by the compiler. */
  origin: BlockOrigin;
  /** What a computed block is made from: `indicator:<id>`, `completion`, `submission:<unitId>:<section>` … */
  source: string | null;
  /** A computed block whose wording the compiler changed; a refresh keeps it. */
  edited: boolean;
  /** Where it sits, as people say it: "Mục 2.5.1", "Phụ lục I". */
  location: string;
  /** The appendix it belongs to (its id), or null for the body. */
  appendix: string | null;
  content: DraftContent;
}

export interface DraftAppendix {
  id: string;
  /** "Phụ lục I". */
  label: string;
  title: string;
  landscape: boolean;
}

/** The completion figures the report states, by the rule of domain/tracking/completion.ts. */
export interface CompletionFacts {
  /** What the figures count: tasks (nhiệm vụ). */
  countBasis?: CountBasis;
  /** The day the figures are read as of. */
  asOf?: IsoDate;
  sentence: string;
  due: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  /** Not yet due, and without a deadline: counted apart from `due`. */
  inProgress?: number;
  noDeadline?: number;
  rate: number | null;
}

export interface ReportDraft {
  kind: 'department' | 'upward';
  periodCode: string;
  /** Trích yếu. */
  summary: string;
  blocks: DraftBlock[];
  appendices: DraftAppendix[];
  recipients: string[];
  /** Computed blocks the compiler removed: a refresh must not bring them back. */
  removed: string[];
  /** Set for department reports: the rate the body's sentence states. */
  completion: CompletionFacts | null;
  /** The day the data was read. */
  builtOn: IsoDate;
}

/** The fields of the document's header that are not in the draft: set by the compiler before issuing. */
export interface ReportHeader {
  parentAgency: string | null;
  agency: string;
  number: string | null;
  symbol: string;
  place: string;
  date: IsoDate | null;
  signature: { authority?: string; title: string; name: string };
}

export function computed(
  source: string,
  location: string,
  content: DraftContent,
  appendix: string | null = null,
): DraftBlock {
  return { id: source, origin: 'computed', source, edited: false, location, appendix, content };
}

/** The block's text as one string: what diffs show and what the compiler rewrites. */
export function contentText(content: DraftContent): string {
  switch (content.kind) {
    case 'heading':
    case 'paragraph':
      return content.text;
    case 'list':
      return content.items.join('\n');
    case 'table':
      return [
        content.table.columns.map((c) => c.title).join(' | '),
        ...content.table.rows.map((row) =>
          row.kind === 'group' ? row.text : row.cells.map((cell) => inlineText(cell)).join(' | '),
        ),
      ].join('\n');
  }
}

/** JSON with object keys sorted: a draft read back from jsonb has its keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameContent(a: DraftContent, b: DraftContent): boolean {
  return canonical(a) === canonical(b);
}

/** "Lĩnh vực Bưu chính" for the domain "Bưu chính", without doubling a name that already says it. */
export function domainTitle(domain: string): string {
  return /^l(ĩ|i)nh v(ự|u)c\s/iu.test(domain.trim()) ? domain.trim() : `Lĩnh vực ${domain.trim()}`;
}

/** "2024-06-30" → "30/6/2024" would be the house style of tracking; documents pad as Nghị định 30 does: "08/5/2024", "17/01/2024". */
export function documentDate(date: IsoDate): string {
  return shortDate(date);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}
