/**
 * Working days of state agencies (ngày làm việc): Monday–Friday under the 40-hour week, minus
 * statutory holidays, with admin-recorded adjustments (nghỉ bù, hoán đổi, làm bù) having the last
 * word on their dates.
 */
import type { AdjustmentKind, CalendarAdjustment } from './adjustments.js';
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type IsoDate,
  fromEpochDay,
  isIsoDate,
  partsFromEpochDay,
  toEpochDay,
  weekdayOfEpochDay,
} from './date.js';
import { CalendarError } from './errors.js';
import { type Holiday, type StatutoryHolidayOptions, statutoryHolidays } from './holidays.js';

export interface WorkingCalendarOptions {
  /**
   * Applied in order: a later entry for a date replaces an earlier one, so pass the defaults
   * first and the admin's records after, e.g. `[...OFFICIAL_ADJUSTMENTS, ...fromDatabase]`.
   */
  adjustments?: readonly CalendarAdjustment[];
  holidays?: StatutoryHolidayOptions;
}

export interface DayInfo {
  date: IsoDate;
  isWorkingDay: boolean;
  isWeekend: boolean;
  holidays: Holiday[];
  /** The adjustment in force on this date, which decided `isWorkingDay` regardless of the rest. */
  adjustment: CalendarAdjustment | undefined;
}

const ADJUSTMENT_KINDS: ReadonlySet<string> = new Set<AdjustmentKind>(['dayOff', 'workday']);

function assertWholeNumber(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new CalendarError('invalidArgument', `${what} must be an integer`);
}

export class WorkingCalendar {
  private readonly adjustments = new Map<number, CalendarAdjustment>();
  private readonly adjustedYears = new Set<number>();
  private readonly holidaysByYear = new Map<number, Map<number, Holiday[]>>();
  private readonly holidayOptions: StatutoryHolidayOptions;

  constructor(options: WorkingCalendarOptions = {}) {
    this.holidayOptions = { ...options.holidays };
    for (const adjustment of options.adjustments ?? []) {
      // Admin data arrives from storage, so check it here rather than trust the static type.
      if (!isIsoDate(adjustment.date) || !ADJUSTMENT_KINDS.has(adjustment.kind)) {
        throw new CalendarError(
          'invalidArgument',
          `Invalid calendar adjustment: ${JSON.stringify(adjustment)}`,
        );
      }
      const epochDay = toEpochDay(adjustment.date);
      const { year } = partsFromEpochDay(epochDay);
      if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
        throw new CalendarError(
          'outOfRange',
          `Adjustment outside ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}: ${adjustment.date}`,
        );
      }
      this.adjustments.set(epochDay, { ...adjustment });
      this.adjustedYears.add(year);
    }
  }

  /**
   * Whether any adjustment was recorded for the year. When not, the year runs on statutory
   * holidays and Saturday/Sunday alone, and callers should warn that its official schedule (Tết
   * compensatory days at least) has not been entered.
   */
  hasAdjustmentsForYear(year: number): boolean {
    return this.adjustedYears.has(year);
  }

  holidaysInYear(year: number): Holiday[] {
    return [...this.holidayIndex(year).values()].flat();
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  describeDay(date: IsoDate): DayInfo {
    const epochDay = toEpochDay(date);
    return {
      date: fromEpochDay(epochDay),
      isWorkingDay: this.isWorkingEpochDay(epochDay),
      isWeekend: weekdayOfEpochDay(epochDay) >= 6,
      holidays: [...(this.holidaysOn(epochDay) ?? [])],
      adjustment: this.adjustments.get(epochDay),
    };
  }

  /**
   * The `n`-th working day after `date` (n > 0) or before it (n < 0); `date` itself is never
   * counted, matching the Civil Code rule that a period starts the day after its trigger (Arts.
   * 147–148 BLDS 2015). `-5` answers "05 ngày làm việc trước ngày X". `0` returns `date` as is.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    assertWholeNumber(n, 'Working-day offset');
    const step = Math.sign(n);
    let epochDay = toEpochDay(date);
    for (let remaining = Math.abs(n); remaining > 0;) {
      epochDay += step;
      if (this.isWorkingEpochDay(epochDay)) remaining -= 1;
    }
    return fromEpochDay(epochDay);
  }

  /**
   * Signed count of working days stepped over going from `from` to `to`: `from` excluded, `to`
   * included. It is the inverse of `addWorkingDays`, so a deadline of `addWorkingDays(a, n)` is
   * `n` working days after `a`, and `workingDaysBetween(deadline, doneOn)` > 0 counts the working
   * days late.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const start = toEpochDay(from);
    const end = toEpochDay(to);
    const step = Math.sign(end - start);
    let count = 0;
    for (let epochDay = start + step; step !== 0; epochDay += step) {
      if (this.isWorkingEpochDay(epochDay)) count += 1;
      if (epochDay === end) break;
    }
    return count === 0 ? 0 : step * count;
  }

  /** Working days in the closed range [start, end], e.g. in a report period; 0 if end < start. */
  countWorkingDays(start: IsoDate, end: IsoDate): number {
    let count = 0;
    for (let epochDay = toEpochDay(start), last = toEpochDay(end); epochDay <= last; epochDay += 1) {
      if (this.isWorkingEpochDay(epochDay)) count += 1;
    }
    return count;
  }

  /** Where a deadline falling on a rest day moves to (BLDS 2015 Art. 148). */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
    let epochDay = toEpochDay(date);
    while (!this.isWorkingEpochDay(epochDay)) epochDay += 1;
    return fromEpochDay(epochDay);
  }

  previousWorkingDayOnOrBefore(date: IsoDate): IsoDate {
    let epochDay = toEpochDay(date);
    while (!this.isWorkingEpochDay(epochDay)) epochDay -= 1;
    return fromEpochDay(epochDay);
  }

  private isWorkingEpochDay(epochDay: number): boolean {
    // Looked up first so that a date outside the supported years fails the same way on any weekday.
    const holidays = this.holidaysOn(epochDay);
    const adjustment = this.adjustments.get(epochDay);
    if (adjustment) return adjustment.kind === 'workday';
    return weekdayOfEpochDay(epochDay) < 6 && holidays === undefined;
  }

  private holidaysOn(epochDay: number): Holiday[] | undefined {
    return this.holidayIndex(partsFromEpochDay(epochDay).year).get(epochDay);
  }

  private holidayIndex(year: number): Map<number, Holiday[]> {
    let index = this.holidaysByYear.get(year);
    if (!index) {
      index = new Map();
      for (const holiday of statutoryHolidays(year, this.holidayOptions)) {
        const epochDay = toEpochDay(holiday.date);
        index.set(epochDay, [...(index.get(epochDay) ?? []), holiday]);
      }
      this.holidaysByYear.set(year, index);
    }
    return index;
  }
}
