import { daysInMonth, formatIsoDate, isoWeekday } from '../../domain/calendar';
import type { CalendarDay } from '../api/types';

export type DayKind = 'work' | 'weekend' | 'holiday' | 'dayOff' | 'workday';

export interface DayCell {
  date: string;
  day: number;
  kind: DayKind;
  isWorkingDay: boolean;
  /** Holiday names and the adjustment note, for the tooltip. */
  notes: string[];
}

/**
 * How a day shows: the server lists only the days that differ from a plain Monday–Friday week,
 * so any date it does not list is a working weekday or a weekend day.
 */
export function dayCell(date: string, special: CalendarDay | undefined): DayCell {
  const day = Number(date.slice(8, 10));
  const weekend = isoWeekday(date) >= 6;
  if (!special) return { date, day, kind: weekend ? 'weekend' : 'work', isWorkingDay: !weekend, notes: [] };
  const notes = [...special.holidays, ...(special.adjustment ? [special.adjustment.note] : [])];
  const kind: DayKind =
    special.holidays.length > 0
      ? 'holiday'
      : special.adjustment?.kind === 'workday'
        ? 'workday'
        : special.adjustment?.kind === 'dayOff'
          ? 'dayOff'
          : weekend
            ? 'weekend'
            : 'work';
  return { date, day, kind, isWorkingDay: special.isWorkingDay, notes };
}

/** A month as weeks from Monday to Sunday; null pads the days of the neighbouring months. */
export function monthWeeks(
  year: number,
  month: number,
  special: ReadonlyMap<string, CalendarDay>,
): (DayCell | null)[][] {
  const cells: (DayCell | null)[] = [];
  const first = formatIsoDate({ year, month, day: 1 });
  for (let i = 1; i < isoWeekday(first); i++) cells.push(null);
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = formatIsoDate({ year, month, day });
    cells.push(dayCell(date, special.get(date)));
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (DayCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function workingDaysInYear(year: number, special: ReadonlyMap<string, CalendarDay>): number {
  let count = 0;
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= daysInMonth(year, month); day++) {
      const date = formatIsoDate({ year, month, day });
      if (dayCell(date, special.get(date)).isWorkingDay) count++;
    }
  }
  return count;
}
