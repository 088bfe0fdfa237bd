import {
  type IsoDate,
  epochDayFromParts,
  fromEpochDay,
  partsFromEpochDay,
  toEpochDay,
  weekdayOfEpochDay,
} from './date.js';

/** An ISO 8601 week: Monday to Sunday, week 1 being the one holding the year's first Thursday. */
export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around 1 January. */
  weekYear: number;
  week: number;
}

function mondayOfWeekOne(weekYear: number): number {
  const january4 = epochDayFromParts({ year: weekYear, month: 1, day: 4 });
  return january4 - (weekdayOfEpochDay(january4) - 1);
}

/** 52 or 53: a year has 53 weeks when its 28 December falls in week 53. */
export function isoWeeksInYear(weekYear: number): number {
  return isoWeekOf(fromEpochDay(epochDayFromParts({ year: weekYear, month: 12, day: 28 }))).week;
}

export function isoWeekOf(date: IsoDate): IsoWeek {
  const epochDay = toEpochDay(date);
  // The week belongs to the year its Thursday is in.
  const thursday = epochDay - (weekdayOfEpochDay(epochDay) - 1) + 3;
  const weekYear = partsFromEpochDay(thursday).year;
  return { weekYear, week: Math.floor((thursday - mondayOfWeekOne(weekYear)) / 7) + 1 };
}

/** Monday and Sunday of a week; the caller checks that the week exists. */
export function isoWeekSpan({ weekYear, week }: IsoWeek): { start: IsoDate; end: IsoDate } {
  const monday = mondayOfWeekOne(weekYear) + (week - 1) * 7;
  return { start: fromEpochDay(monday), end: fromEpochDay(monday + 6) };
}
