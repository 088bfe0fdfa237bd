import { describe, expect, it } from 'vitest';
import { fromEpochDay, isoWeekday, toEpochDay } from './date.js';
import { CalendarError } from './errors.js';
import {
  hungKingsCommemoration,
  leapMonthOf,
  lunarMonthLength,
  lunarNewYear,
  lunarNewYearsEve,
  lunarToSolar,
  solarToLunar,
} from './lunar.js';

// Every date below was checked against a source other than this implementation:
//  [O] official schedules in regulations.md §4.2 (Tết 2023–2026 and the lunar days they quote);
//  [R] regulations.md §4.3, computed by someone else with the same published algorithm;
//  [E] an independent calendar built from a high-precision ephemeris (the ShouXing routines of
//      the lunar-javascript package, run once outside the repo at UTC+7), which agrees with this
//      module on every day of 1900–2100 except one month of 1944 whose new moon fell 28 seconds
//      before midnight.
describe('Tết and Giỗ Tổ, 2023–2028', () => {
  it.each([
    // year, Tết, weekday of Tết, Giao thừa (last day of the old year), Giỗ Tổ, weekday of Giỗ Tổ
    [2023, '2023-01-22', 7, '2023-01-21', '2023-04-29', 6], // [O][R][E]
    [2024, '2024-02-10', 6, '2024-02-09', '2024-04-18', 4], // [O][R][E]
    [2025, '2025-01-29', 3, '2025-01-28', '2025-04-07', 1], // [O][R][E]
    [2026, '2026-02-17', 2, '2026-02-16', '2026-04-26', 7], // [O][R][E]
    [2027, '2027-02-06', 6, '2027-02-05', '2027-04-16', 5], // [R][E]
    [2028, '2028-01-26', 3, '2028-01-25', '2028-04-04', 2], // [R][E]
  ])('%i: Tết %s, Giao thừa %s, Giỗ Tổ %s', (year, tet, tetWeekday, eve, hungKings, hungKingsWeekday) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(isoWeekday(tet)).toBe(tetWeekday);
    expect(lunarNewYearsEve(year)).toBe(eve);
    expect(hungKingsCommemoration(year)).toBe(hungKings);
    expect(isoWeekday(hungKings)).toBe(hungKingsWeekday);
    expect(solarToLunar(tet)).toEqual({ year, month: 1, day: 1, isLeapMonth: false });
    expect(solarToLunar(hungKings)).toEqual({ year, month: 3, day: 10, isLeapMonth: false });
  });

  it.each([
    // Lunar days quoted by the official schedules [O].
    ['2024-02-08', { year: 2023, month: 12, day: 29, isLeapMonth: false }],
    ['2024-02-14', { year: 2024, month: 1, day: 5, isLeapMonth: false }],
    ['2026-02-14', { year: 2025, month: 12, day: 27, isLeapMonth: false }],
    ['2026-02-22', { year: 2026, month: 1, day: 6, isLeapMonth: false }],
  ])('%s is the lunar day the official notice names', (date, lunar) => {
    expect(solarToLunar(date)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(date);
  });
});

// [E] Tết and Giỗ Tổ (MM-DD) for each year of a decade.
const DECADES: readonly [number, string, string][] = [
  [
    1900,
    '01-31 02-19 02-08 01-28 02-16 02-04 01-25 02-13 02-02 01-22',
    '04-09 04-28 04-17 04-07 04-25 04-14 04-03 04-22 04-10 04-29',
  ],
  [
    1910,
    '02-10 01-30 02-18 02-06 01-26 02-14 02-03 01-23 02-11 02-01',
    '04-19 04-08 04-26 04-16 04-05 04-23 04-11 04-01 04-20 04-10',
  ],
  [
    1920,
    '02-20 02-08 01-28 02-16 02-05 01-24 02-13 02-02 01-23 02-10',
    '04-28 04-17 04-06 04-25 04-13 04-02 04-21 04-11 04-29 04-19',
  ],
  [
    1930,
    '01-30 02-17 02-06 01-26 02-14 02-03 01-24 02-11 01-31 02-19',
    '04-08 04-27 04-15 04-04 04-23 04-12 04-01 04-20 04-10 04-28',
  ],
  [
    1940,
    '02-08 01-27 02-15 02-05 01-25 02-13 02-02 01-22 02-10 01-29',
    '04-17 04-06 04-24 04-14 04-02 04-21 04-11 04-30 04-18 04-07',
  ],
  [
    1950,
    '02-17 02-06 01-27 02-14 02-03 01-24 02-12 01-31 02-18 02-08',
    '04-26 04-15 04-04 04-23 04-12 04-02 04-20 04-09 04-28 04-17',
  ],
  [
    1960,
    '01-28 02-15 02-05 01-25 02-13 02-01 01-21 02-09 01-29 02-16',
    '04-05 04-24 04-14 04-03 04-21 04-11 03-31 04-19 04-07 04-26',
  ],
  [
    1970,
    '02-06 01-27 02-15 02-03 01-23 02-11 01-31 02-18 02-07 01-28',
    '04-15 04-05 04-23 04-12 04-02 04-20 04-09 04-27 04-16 04-06',
  ],
  [
    1980,
    '02-16 02-05 01-25 02-13 02-02 01-21 02-09 01-29 02-17 02-06',
    '04-24 04-14 04-03 04-22 04-10 04-29 04-18 04-07 04-25 04-15',
  ],
  [
    1990,
    '01-27 02-15 02-04 01-23 02-10 01-31 02-19 02-07 01-28 02-16',
    '04-05 04-24 04-12 04-01 04-20 04-09 04-27 04-16 04-06 04-25',
  ],
  [
    2000,
    '02-05 01-24 02-12 02-01 01-22 02-09 01-29 02-17 02-07 01-26',
    '04-14 04-03 04-22 04-11 04-28 04-18 04-07 04-26 04-15 04-04',
  ],
  [
    2010,
    '02-14 02-03 01-23 02-10 01-31 02-19 02-08 01-28 02-16 02-05',
    '04-23 04-12 03-31 04-19 04-09 04-28 04-16 04-06 04-25 04-14',
  ],
  [
    2020,
    '01-25 02-12 02-01 01-22 02-10 01-29 02-17 02-06 01-26 02-13',
    '04-02 04-21 04-10 04-29 04-18 04-07 04-26 04-16 04-04 04-23',
  ],
  [
    2030,
    '02-02 01-23 02-11 01-31 02-19 02-08 01-28 02-15 02-04 01-24',
    '04-12 04-01 04-19 04-09 04-28 04-17 04-06 04-24 04-13 04-03',
  ],
  [
    2040,
    '02-12 02-01 01-22 02-10 01-30 02-17 02-06 01-26 02-14 02-02',
    '04-20 04-10 04-29 04-19 04-07 04-26 04-15 04-04 04-22 04-11',
  ],
  [
    2050,
    '01-23 02-11 02-01 02-18 02-08 01-28 02-15 02-04 01-24 02-12',
    '04-01 04-20 04-09 04-28 04-17 04-06 04-24 04-13 04-02 04-21',
  ],
  [
    2060,
    '02-02 01-21 02-09 01-29 02-17 02-05 01-26 02-14 02-03 01-23',
    '04-10 03-31 04-19 04-08 04-26 04-15 04-04 04-23 04-11 04-01',
  ],
  [
    2070,
    '02-11 01-31 02-19 02-07 01-27 02-15 02-05 01-24 02-12 02-02',
    '04-20 04-09 04-27 04-16 04-05 04-24 04-13 04-02 04-21 04-11',
  ],
  [
    2080,
    '01-22 02-09 01-29 02-17 02-06 01-26 02-14 02-03 01-24 02-10',
    '03-30 04-18 04-07 04-26 04-14 04-03 04-22 04-12 04-01 04-20',
  ],
  [
    2090,
    '01-30 02-18 02-07 01-27 02-15 02-05 01-25 02-12 02-01 01-21',
    '04-09 04-28 04-16 04-05 04-24 04-13 04-02 04-21 04-11 04-29',
  ],
  [2100, '02-09', '04-18'],
];

// [E] Leap month of each lunar year 1900–2100 that has one.
const LEAP_MONTHS =
  '1900:8 1903:5 1906:4 1909:2 1911:6 1914:5 1917:3 1919:7 1922:6 1925:4 1928:2 1930:6 1933:5 1936:3 ' +
  '1938:8 1941:6 1944:4 1947:2 1949:7 1952:5 1955:3 1957:8 1960:6 1963:4 1966:3 1968:7 1971:5 1974:4 ' +
  '1976:8 1979:6 1982:4 1985:2 1987:7 1990:5 1993:3 1995:8 1998:5 2001:4 2004:2 2006:7 2009:5 2012:4 ' +
  '2014:9 2017:6 2020:4 2023:2 2025:6 2028:5 2031:3 2033:11 2036:6 2039:5 2042:2 2044:7 2047:5 2050:3 ' +
  '2052:8 2055:6 2058:4 2061:3 2063:7 2066:5 2069:4 2071:8 2074:6 2077:4 2080:3 2082:7 2085:5 2088:4 ' +
  '2090:8 2093:6 2096:4 2099:2';

describe('1900–2100 against an independent ephemeris', () => {
  describe.each(DECADES)('decade %i', (decade, tets, hungKings) => {
    const tetDays = tets.split(' ');
    const hungKingsDays = hungKings.split(' ');
    it.each(tetDays.map((tet, i) => [decade + i, tet, hungKingsDays[i]]))(
      '%i: Tết %s, Giỗ Tổ %s',
      (year, tet, day) => {
        expect(lunarNewYear(year)).toBe(`${year}-${tet}`);
        expect(hungKingsCommemoration(year)).toBe(`${year}-${day}`);
      },
    );
  });

  it('has the same leap months', () => {
    const expected = new Map(
      LEAP_MONTHS.split(' ').map((entry) => entry.split(':').map(Number) as [number, number]),
    );
    for (let year = 1900; year <= 2100; year += 1) {
      expect([year, leapMonthOf(year)]).toEqual([year, expected.get(year)]);
    }
  });

  it.each([
    // Years whose Tết differs from the Chinese New Year (UTC+8), a well-known consequence of the
    // time zone: 1968 (the Tết Mậu Thân split), 1985 (a month apart), 2007, 2030. [E at UTC+7 and UTC+8]
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
  ])('%i: Vietnamese Tết %s, not the Chinese %s', (year, vietnamese, chinese) => {
    expect(lunarNewYear(year)).toBe(vietnamese);
    expect(lunarNewYear(year)).not.toBe(chinese);
  });
});

describe('solar ↔ lunar over every day of 1900–2100', () => {
  it('round-trips and counts days 1, 2, … 29 or 30 within each month', () => {
    // Collected rather than asserted per day: 73 000 expect() calls would take seconds.
    const failures: string[] = [];
    let previous = solarToLunar('1900-01-01');
    for (let epochDay = toEpochDay('1900-01-02'); epochDay <= toEpochDay('2100-12-31'); epochDay += 1) {
      const date = fromEpochDay(epochDay);
      const lunar = solarToLunar(date);
      if (lunar.day === 1) {
        const length = lunarMonthLength(previous.year, previous.month, previous.isLeapMonth);
        if (previous.day !== length || (length !== 29 && length !== 30))
          failures.push(`${date}: month length`);
      } else if (lunar.day !== previous.day + 1) {
        failures.push(`${date}: day ${lunar.day} follows ${previous.day}`);
      }
      if ((lunar.day === 1 || lunar.day === 15) && lunarToSolar(lunar) !== date)
        failures.push(`${date}: round trip`);
      previous = lunar;
    }
    expect(failures).toEqual([]);
  });

  it.each([
    // The published algorithm returns "day 0" for these dates; fixed here. [E]
    ['2054-05-07', { year: 2054, month: 3, day: 30, isLeapMonth: false }],
    ['2062-04-09', { year: 2062, month: 2, day: 30, isLeapMonth: false }],
  ])('%s is a real lunar day, not day 0', (date, lunar) => {
    expect(solarToLunar(date)).toEqual(lunar);
  });

  it.each([
    // Leap month 2 of 2023 (tháng 2 nhuận Quý Mão) [E].
    ['2023-03-22', { year: 2023, month: 2, day: 1, isLeapMonth: true }],
    ['2023-02-20', { year: 2023, month: 2, day: 1, isLeapMonth: false }],
    // Months 11 and 12 keep the number of the lunar year they belong to.
    ['2024-01-11', { year: 2023, month: 12, day: 1, isLeapMonth: false }],
    ['2023-12-31', { year: 2023, month: 11, day: 19, isLeapMonth: false }],
  ])('%s → %o', (date, lunar) => {
    expect(solarToLunar(date)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(date);
  });
});

describe('invalid input', () => {
  it.each([
    [
      'a leap month the year does not have',
      () => lunarToSolar({ year: 2024, month: 2, day: 1, isLeapMonth: true }),
    ],
    ['day 30 of a 29-day month', () => lunarToSolar({ year: 2024, month: 12, day: 30, isLeapMonth: false })],
    ['month 13', () => lunarToSolar({ year: 2024, month: 13, day: 1, isLeapMonth: false })],
    ['a year before 1900', () => lunarNewYear(1899)],
    ['a year after 2100', () => hungKingsCommemoration(2101)],
    ['a solar date after 2100', () => solarToLunar('2101-01-01')],
    ['a malformed date', () => solarToLunar('2024-2-10')],
  ])('rejects %s', (_, call) => {
    expect(call).toThrow(CalendarError);
  });
});
