import type { Timeframe } from './types';

// A timeframe comes back from a JSON column written by this or an older version, by an import or by
// hand (the national bench writes its own). Reading it checks the fields its kind needs, so that a
// row of another shape is shown by its raw text instead of failing the whole task list.

type Check = (value: Record<string, unknown>) => boolean;

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown) => typeof v === 'string';
const arrayOf = (v: unknown, item: (x: unknown) => boolean) => Array.isArray(v) && v.every(item);
const isDeadline = (v: unknown) =>
  typeof v === 'object' && v !== null && isString((v as Record<string, unknown>).date);

const CHECKS: Record<Timeframe['kind'], Check> = {
  wholeYear: (v) => isNumber(v.year),
  continuous: () => true,
  quarter: (v) => isNumber(v.year) && arrayOf(v.quarters, isNumber) && (v.quarters as unknown[]).length > 0,
  month: (v) => isNumber(v.year) && arrayOf(v.months, isNumber) && (v.months as unknown[]).length > 0,
  deadline: (v) =>
    arrayOf(v.deadlines, isDeadline) &&
    (v.deadlines as unknown[]).length > 0 &&
    typeof v.everyYear === 'boolean',
  recurring: (v) => isNumber(v.year) && arrayOf(v.frequencies, isString) && Array.isArray(v.schedule),
  triggered: (v) => isString(v.trigger),
  unspecified: () => true,
  unknown: () => true,
};

function isKind(kind: unknown): kind is Timeframe['kind'] {
  return typeof kind === 'string' && Object.hasOwn(CHECKS, kind);
}

/**
 * The stored timeframe as the domain's type: returned unchanged when its kind's fields are there,
 * otherwise an `unknown` timeframe carrying the raw text (so it is shown as written and flagged), or
 * `unspecified` when there is no text either.
 */
export function storedTimeframe(value: unknown): Timeframe {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const raw = isString(record.raw) ? record.raw : '';
  const dueDates = arrayOf(record.dueDates, isString) ? (record.dueDates as string[]) : [];
  if (isKind(record.kind) && CHECKS[record.kind](record)) return { ...record, raw, dueDates } as Timeframe;
  return raw.trim() === ''
    ? { kind: 'unspecified', raw, dueDates: [] }
    : { kind: 'unknown', raw, dueDates: [] };
}
