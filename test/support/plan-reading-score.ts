import type { PlanItem, PlanParseResult } from '../../src/domain/plan-import/types.js';
import { normalizeTimeframe } from '../../src/domain/timeframe/index.js';
import type { ExpectedItem, ExpectedReading } from '../fixtures/pdf-plans.js';

/**
 * Field-by-field comparison of a plan reading with its expected reading (the corpus's
 * `<name>.expected.json`): for each field, how many expected rows the reader got right, and the rows it
 * missed or added. Rows are compared in order.
 */

const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const list = (l: readonly string[]): string => JSON.stringify(l.map(norm));

export const ITEM_FIELDS = [
  'kind',
  'domain',
  'ordinal',
  'subOrdinal',
  'content',
  'lead',
  'coordinators',
  'timeframe',
  'dueDates',
] as const;
export const DOCUMENT_FIELDS = ['number', 'date', 'agency', 'parentAgency', 'title', 'year'] as const;

type ItemField = (typeof ITEM_FIELDS)[number];

/** The sub-row's label: the reader's own label where it gives one, else its position. */
function subLabel(item: PlanItem): string {
  const label = (item as { subLabel?: string | null }).subLabel;
  return norm(label !== undefined ? label : item.subOrdinal === null ? null : String(item.subOrdinal));
}

function actual(item: PlanItem, field: ItemField, year: number): string {
  switch (field) {
    case 'subOrdinal':
      return subLabel(item);
    case 'lead':
    case 'coordinators':
      return list(item[field]);
    case 'timeframe':
      return norm(item.timeframeRaw);
    case 'dueDates':
      return JSON.stringify(normalizeTimeframe(item.timeframeRaw, { planYear: year }).dueDates);
    default:
      return norm(item[field]);
  }
}

function expected(item: ExpectedItem, field: ItemField): string {
  switch (field) {
    case 'lead':
    case 'coordinators':
      return list(item[field]);
    case 'dueDates':
      return JSON.stringify(item.dueDates);
    default:
      return norm(item[field]);
  }
}

export interface ReadingScore {
  rows: number;
  missing: number;
  extra: number;
  /** Rows right, by item field; documents right, by `document.<field>`. */
  right: Record<string, number>;
  /** What differed: "row 3 lead: expected … got …". */
  misses: string[];
}

export function scoreReading(want: ExpectedReading, got: PlanParseResult): ReadingScore {
  const right: Record<string, number> = {};
  const misses: string[] = [];
  const year = got.document.year ?? want.document.year;
  want.items.forEach((item, k) => {
    const read = got.items[k];
    for (const field of ITEM_FIELDS) {
      const a = expected(item, field);
      const b = read === undefined ? '(no row)' : actual(read, field, year);
      if (a === b) right[field] = (right[field] ?? 0) + 1;
      else misses.push(`row ${k + 1} ${field}: expected ${a}, got ${b}`);
    }
  });
  for (const field of DOCUMENT_FIELDS) {
    const same = want.document[field] === got.document[field];
    right[`document.${field}`] = same ? 1 : 0;
    if (!same)
      misses.push(
        `document.${field}: expected ${JSON.stringify(want.document[field])}, got ${JSON.stringify(got.document[field])}`,
      );
  }
  return {
    rows: want.items.length,
    missing: Math.max(0, want.items.length - got.items.length),
    extra: Math.max(0, got.items.length - want.items.length),
    right,
    misses,
  };
}
