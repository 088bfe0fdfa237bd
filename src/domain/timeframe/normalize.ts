import { cleanText, foldChars } from '../text/fold.js';
import { readMonth, readQuarter, readWholeYear } from './periods';
import type { Reading } from './reading';
import { readDeadline, readRecurring } from './schedules';
import { readContinuous, readTriggered } from './triggers';
import type { Timeframe, TimeframeContext } from './types';

// Order matters where forms overlap: a deadline sentence may say "định kỳ" ("Báo cáo định kỳ 06
// tháng trước ngày 20/6"), and a bare "năm" is the whole year, not a yearly recurrence.
const READERS: ((reading: Reading) => Timeframe | null)[] = [
  readTriggered,
  readContinuous,
  readWholeYear,
  readQuarter,
  readMonth,
  readDeadline,
  readRecurring,
];

// PDF extraction leaves bullets, dashes and sentence punctuation at the edges of a cell.
const EDGE_PUNCTUATION = /^[\s\-–—•*+.,;:]+|[\s\-–—.,;:]+$/g;

/**
 * Reads the "Thời gian thực hiện" cell of a plan into a schedule. Years left implicit ("Quý II",
 * "trước ngày 30/6") are the plan year; explicit ones ("Quý III/2025") win.
 */
export function normalizeTimeframe(raw: string | null | undefined, context: TimeframeContext): Timeframe {
  const { planYear } = context;
  if (!Number.isInteger(planYear) || planYear < 1000 || planYear > 9999) {
    throw new RangeError(`planYear must be a four-digit year, got ${String(planYear)}`);
  }
  const original = raw ?? '';
  const clean = cleanText(original).replace(EDGE_PUNCTUATION, '');
  if (clean === '') return { kind: 'unspecified', raw: original, dueDates: [] };

  const reading: Reading = { raw: original, clean, folded: foldChars(clean), planYear };
  for (const read of READERS) {
    const timeframe = read(reading);
    if (timeframe) return timeframe;
  }
  return { kind: 'unknown', raw: original, dueDates: [] };
}
