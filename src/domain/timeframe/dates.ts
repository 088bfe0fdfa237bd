import type { Frequency, IsoDate } from './types';

// Plain arithmetic keeps these free of time zones: a due date is a calendar day, not an instant.

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** 0 = Sunday … 6 = Saturday (Sakamoto's method). */
function dayOfWeek(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const y = month < 3 ? year - 1 : year;
  const offset = offsets[month - 1] ?? 0;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offset + day) % 7;
}

/** Weeks run Monday to Sunday here, so a weekly occurrence falls due on each Sunday of the year. */
function sundays(year: number): IsoDate[] {
  const out: IsoDate[] = [];
  let day = 1 + ((7 - dayOfWeek(year, 1, 1)) % 7);
  for (let month = 1; month <= 12; month++) {
    const last = daysInMonth(year, month);
    while (day <= last) {
      out.push(isoDate(year, month, day));
      day += 7;
    }
    day -= last;
  }
  return out;
}

/** The day an occurrence falls due: its last day, or `dueDay` of its last month when one is set. */
function dueIn(year: number, lastMonth: number, dueDay: number | undefined): IsoDate {
  const last = daysInMonth(year, lastMonth);
  return isoDate(year, lastMonth, dueDay === undefined ? last : Math.min(dueDay, last));
}

const LAST_MONTHS: Record<Exclude<Frequency, 'weekly'>, number[]> = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [3, 6, 9, 12],
  semiannual: [6, 12],
  annual: [12],
};

export function occurrenceDueDates(frequency: Frequency, year: number, dueDay?: number): IsoDate[] {
  if (frequency === 'weekly') return sundays(year);
  return LAST_MONTHS[frequency].map((month) => dueIn(year, month, dueDay));
}

export function sortedUnique(dates: Iterable<IsoDate>): IsoDate[] {
  return [...new Set(dates)].sort();
}
