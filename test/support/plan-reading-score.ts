import type { PlanParseResult } from '../../src/domain/plan-import/types.js';
import type { ExpectedReading } from '../fixtures/pdf-plans.js';

/**
 * Field-by-field comparison of a plan reading with its expected reading: for each field, how many of the
 * expected rows the reader got right, plus the rows it missed or added. Rows are compared in order.
 */

const norm = (s: string | null): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const list = (l: readonly string[]): string => JSON.stringify(l.map(norm));

export const ITEM_FIELDS = [
  'kind',
  'part',
  'domain',
  'domainIndex',
  'ordinal',
  'subOrdinal',
  'content',
  'lead',
  'coordinators',
  'timeframeRaw',
  'output',
] as const;
export const DOCUMENT_FIELDS = [
  'number',
  'date',
  'place',
  'agency',
  'parentAgency',
  'type',
  'title',
  'year',
] as const;

export interface ReadingScore {
  rows: number;
  missing: number;
  extra: number;
  /** Rows right, by item field; documents right, by `document.<field>`. */
  right: Record<string, number>;
  /** What differed, for the failure message: "row 3 lead: expected … got …". */
  misses: string[];
}

export function scoreReading(expected: ExpectedReading, actual: PlanParseResult): ReadingScore {
  const right: Record<string, number> = {};
  const misses: string[] = [];
  expected.items.forEach((want, k) => {
    const got = actual.items[k];
    for (const field of ITEM_FIELDS) {
      const a = want[field];
      const b = got?.[field] ?? null;
      const same = Array.isArray(a)
        ? Array.isArray(b) && list(a) === list(b)
        : typeof a === 'string' || a === null
          ? norm(a) === norm(typeof b === 'string' || b === null ? b : String(b))
          : a === b;
      if (same) right[field] = (right[field] ?? 0) + 1;
      else misses.push(`row ${k + 1} ${field}: expected ${JSON.stringify(a)}, got ${JSON.stringify(b)}`);
    }
  });
  for (const field of DOCUMENT_FIELDS) {
    const same = expected.document[field] === actual.document[field];
    right[`document.${field}`] = same ? 1 : 0;
    if (!same)
      misses.push(
        `document.${field}: expected ${JSON.stringify(expected.document[field])}, got ${JSON.stringify(actual.document[field])}`,
      );
  }
  return {
    rows: expected.items.length,
    missing: Math.max(0, expected.items.length - actual.items.length),
    extra: Math.max(0, actual.items.length - expected.items.length),
    right,
    misses,
  };
}
