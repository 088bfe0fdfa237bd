import { type IsoDate, addDays, isoWeekday, toEpochDay } from './date.js';
import type { Holiday } from './holidays.js';

/**
 * `dayOff`: a weekday made a rest day (nghỉ bù, or the rest half of a hoán đổi).
 * `workday`: a Saturday or Sunday made a working day (làm bù).
 */
export type AdjustmentKind = 'dayOff' | 'workday';

/** One admin-recorded change to the default week, seeded from each year's VPCP / Bộ Nội vụ notice. */
export interface CalendarAdjustment {
  date: IsoDate;
  kind: AdjustmentKind;
  note: string;
}

function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/**
 * Compensatory days off (nghỉ bù) that khoản 3 Điều 111 BLLĐ 2019 grants when a holiday falls on
 * a weekly rest day: one per such date, on the next day that is neither a weekend, a holiday nor
 * an earlier compensatory day. The Government often places them differently for civil servants
 * (before Tết in 2024, for instance), so these are suggestions for an admin seeding a year that has
 * no official notice yet, never applied automatically.
 */
export function suggestCompensatoryDays(holidays: readonly Holiday[]): CalendarAdjustment[] {
  const taken = new Set(holidays.map((holiday) => holiday.date));
  const owedFor = new Map<IsoDate, Holiday>();
  for (const holiday of holidays) {
    // Two holidays on the same rest day are counted once: the law does not say otherwise.
    if (isWeekend(holiday.date) && !owedFor.has(holiday.date)) owedFor.set(holiday.date, holiday);
  }
  const suggestions: CalendarAdjustment[] = [];
  const ordered = [...owedFor.values()].sort((a, b) => toEpochDay(a.date) - toEpochDay(b.date));
  for (const holiday of ordered) {
    let candidate = addDays(holiday.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    suggestions.push({ date: candidate, kind: 'dayOff', note: `Nghỉ bù ${holiday.name} (${holiday.date})` });
  }
  return suggestions;
}
