/**
 * Statutory public holidays (ngày nghỉ lễ, tết) of Bộ luật Lao động 2019, Art. 112, in force
 * from 2021: 11 days a year. The rules are applied to every supported year; earlier labour codes
 * (one Quốc khánh day before 2021) are not modelled. The Prime Minister fixes the exact Tết and
 * Quốc khánh days each year, so what is returned here is the default reading of the law; the
 * official schedule is recorded as adjustments (see official-adjustments.ts).
 */
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type IsoDate,
  addDays,
  formatIsoDate,
  isoWeekday,
  toEpochDay,
} from './date.js';
import { CalendarError } from './errors.js';
import { hungKingsCommemoration, lunarNewYear, lunarNewYearsEve, solarToLunar } from './lunar.js';

export type HolidayKind =
  'newYear' | 'lunarNewYear' | 'hungKings' | 'reunificationDay' | 'labourDay' | 'nationalDay';

export interface Holiday {
  date: IsoDate;
  /** Vietnamese, for display. */
  name: string;
  kind: HolidayKind;
}

/**
 * Which neighbour of 2/9 is the second Quốc khánh day. The law allows either; `auto` applies the
 * rule in {@link nationalDaySecondDay}.
 */
export type NationalDaySecondDay = 'before' | 'after' | 'auto';

export interface StatutoryHolidayOptions {
  nationalDaySecondDay?: NationalDaySecondDay;
}

const TET_DAYS_AFTER_NEW_YEAR = 4;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new CalendarError(
      'outOfRange',
      `Holidays are supported for ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, got ${year}`,
    );
  }
}

function solarDate(year: number, month: number, day: number): IsoDate {
  return formatIsoDate({ year, month, day });
}

/**
 * The second Quốc khánh day. With `auto`: prefer the neighbour of 2/9 that is a weekday, then
 * the one that touches a weekend (a Monday or a Friday, making a long break), and on a tie (2/9
 * on a Wednesday) take 1/9. This reproduces the one confirmed year (2024: Mon 2/9 + Tue 3/9);
 * other years must be checked against the Prime Minister's decision and corrected by adjustments.
 */
export function nationalDaySecondDay(year: number, choice: NationalDaySecondDay = 'auto'): IsoDate {
  assertYear(year);
  const before = solarDate(year, 9, 1);
  const after = solarDate(year, 9, 3);
  if (choice === 'before') return before;
  if (choice === 'after') return after;
  const score = (date: IsoDate): number => {
    const weekday = isoWeekday(date);
    if (weekday >= 6) return 0;
    return weekday === 1 || weekday === 5 ? 2 : 1;
  };
  return score(after) > score(before) ? after : before;
}

/**
 * The five Tết days. Art. 112 only says "5 days" and leaves the placement to the Prime Minister;
 * the usual reading, consistent with every official schedule on file (2023–2026), is the last day
 * of the old lunar year plus days 1–4 of the new one.
 */
function lunarNewYearHolidays(year: number): Holiday[] {
  const eve = lunarNewYearsEve(year);
  const newYear = lunarNewYear(year);
  const days: Holiday[] = [
    { date: eve, name: `Tết Nguyên đán (${solarToLunar(eve).day} tháng Chạp)`, kind: 'lunarNewYear' },
  ];
  for (let offset = 0; offset < TET_DAYS_AFTER_NEW_YEAR; offset += 1) {
    days.push({
      date: addDays(newYear, offset),
      name: `Tết Nguyên đán (mùng ${offset + 1} tháng Giêng)`,
      kind: 'lunarNewYear',
    });
  }
  return days;
}

/**
 * All statutory holidays of a solar year, sorted by date. Two holidays can share a date (Giỗ Tổ
 * fell on 30/4 in 1947); both are listed because each carries its own name.
 */
export function statutoryHolidays(year: number, options: StatutoryHolidayOptions = {}): Holiday[] {
  assertYear(year);
  const holidays: Holiday[] = [
    { date: solarDate(year, 1, 1), name: 'Tết Dương lịch', kind: 'newYear' },
    ...lunarNewYearHolidays(year),
    { date: hungKingsCommemoration(year), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'hungKings' },
    { date: solarDate(year, 4, 30), name: 'Ngày Chiến thắng (30/4)', kind: 'reunificationDay' },
    { date: solarDate(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)', kind: 'labourDay' },
    { date: solarDate(year, 9, 2), name: 'Quốc khánh (2/9)', kind: 'nationalDay' },
    {
      date: nationalDaySecondDay(year, options.nationalDaySecondDay),
      name: 'Quốc khánh (ngày liền kề)',
      kind: 'nationalDay',
    },
  ];
  return holidays.sort((a, b) => toEpochDay(a.date) - toEpochDay(b.date));
}
