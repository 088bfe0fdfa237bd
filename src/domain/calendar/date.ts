import { CalendarError } from './errors.js';

/**
 * A calendar date as `YYYY-MM-DD`, with no time and no time zone. Plain strings keep the core
 * easy to feed from JSON and SQL `date` columns; arithmetic goes through integer day numbers so
 * no host time zone or DST rule can shift a date.
 */
export type IsoDate = string;

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Years the calendar core (lunar dates, holidays, report periods) supports. The lunar formulas
 * have only been cross-checked against an independent ephemeris over this span.
 */
export const CALENDAR_MIN_YEAR = 1900;
export const CALENDAR_MAX_YEAR = 2100;

// Four-digit years only, because the `YYYY-MM-DD` text form cannot represent anything else.
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDateParts({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function matchDateParts(value: string): DateParts | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  const parts = { year: Number(year), month: Number(month), day: Number(day) };
  return isValidDateParts(parts) ? parts : undefined;
}

export function isIsoDate(value: string): boolean {
  return matchDateParts(value) !== undefined;
}

export function parseIsoDate(value: string): DateParts {
  const parts = matchDateParts(value);
  if (!parts) throw new CalendarError('invalidDate', `Not a valid YYYY-MM-DD date: "${value}"`);
  return parts;
}

export function formatIsoDate(parts: DateParts): IsoDate {
  if (!isValidDateParts(parts)) {
    throw new CalendarError('invalidDate', `Not a valid date: ${JSON.stringify(parts)}`);
  }
  const { year, month, day } = parts;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
 * Pure integer arithmetic, so it is immune to the host time zone.
 */
export function epochDayFromParts({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function partsFromEpochDay(epochDay: number): DateParts {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function toEpochDay(date: IsoDate): number {
  return epochDayFromParts(parseIsoDate(date));
}

export function fromEpochDay(epochDay: number): IsoDate {
  return formatIsoDate(partsFromEpochDay(epochDay));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days))
    throw new CalendarError('invalidArgument', `Not a whole number of days: ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Signed number of calendar days from `from` to `to` (`to - from`). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

export function weekdayOfEpochDay(epochDay: number): IsoWeekday {
  // 1970-01-01 was a Thursday.
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function isoWeekday(date: IsoDate): IsoWeekday {
  return weekdayOfEpochDay(toEpochDay(date));
}

/**
 * The calendar date in Vietnam (UTC+7, no DST) at a given instant. The core never reads the
 * clock itself; the caller passes "now" so that deadlines computed around midnight are testable.
 */
export function vietnamDateAt(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new CalendarError('invalidDate', 'Invalid Date instant');
  return fromEpochDay(Math.floor((ms + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY));
}
