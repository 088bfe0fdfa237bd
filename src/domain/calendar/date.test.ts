import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromEpochDay,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  toEpochDay,
  vietnamDateAt,
} from './date.js';
import { CalendarError } from './errors.js';

describe('ISO dates', () => {
  it.each(['2024-02-29', '2000-02-29', '1900-01-01', '2100-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (date) => {
      expect(isIsoDate(date)).toBe(true);
      expect(formatIsoDate(parseIsoDate(date))).toBe(date);
    },
  );

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-1-01',
    '24-01-01',
    '2024-01-01T00:00',
    ' 2024-01-01',
    '',
  ])('rejects %j', (date) => {
    expect(isIsoDate(date)).toBe(false);
    expect(() => parseIsoDate(date)).toThrow(CalendarError);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['1900-01-01', -25567],
  ])('%s is epoch day %i', (date, epochDay) => {
    expect(toEpochDay(date)).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toBe(date);
  });

  it('agrees with the platform calendar on every day of 1900–2100', () => {
    const failures: string[] = [];
    for (let epochDay = toEpochDay('1900-01-01'); epochDay <= toEpochDay('2100-12-31'); epochDay += 1) {
      const expected = new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
      if (fromEpochDay(epochDay) !== expected) failures.push(expected);
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s %+i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2024-01-01', 1],
    ['2024-02-10', 6],
    ['2026-01-10', 6],
    ['2026-02-17', 2],
    ['2027-01-03', 7],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('compares dates', () => {
    expect(compareIsoDates('2024-01-02', '2024-01-01')).toBe(1);
    expect(compareIsoDates('2024-01-01', '2024-01-01')).toBe(0);
    expect(compareIsoDates('2023-12-31', '2024-01-01')).toBe(-1);
  });

  it('rejects fractional offsets', () => {
    expect(() => addDays('2024-01-01', 0.5)).toThrow(CalendarError);
  });
});

describe('vietnamDateAt', () => {
  it.each([
    ['2024-02-09T16:59:59.999Z', '2024-02-09'],
    ['2024-02-09T17:00:00.000Z', '2024-02-10'],
    ['2023-12-31T17:00:00+00:00', '2024-01-01'],
    ['2024-01-01T00:30:00+07:00', '2024-01-01'],
  ])('%s is %s in Vietnam', (instant, date) => {
    expect(vietnamDateAt(new Date(instant))).toBe(date);
  });

  it('rejects an invalid instant', () => {
    expect(() => vietnamDateAt(new Date('nonsense'))).toThrow(CalendarError);
  });
});
