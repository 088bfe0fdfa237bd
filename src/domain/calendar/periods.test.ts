import { describe, expect, it } from 'vitest';
import { CalendarError } from './errors.js';
import { isoWeekOf, isoWeeksInYear } from './iso-week.js';
import {
  type PeriodKind,
  formatPeriodCode,
  isPeriodCode,
  nextPeriod,
  parsePeriodCode,
  periodContaining,
  periodLabel,
  periodsInYear,
  previousPeriod,
} from './periods.js';

describe('parsePeriodCode', () => {
  it.each([
    ['2024-W27', 'week', 2024, 27, '2024-07-01', '2024-07-07', 'Tuần 27/2024'],
    ['2025-W01', 'week', 2025, 1, '2024-12-30', '2025-01-05', 'Tuần 01/2025'],
    ['2026-W53', 'week', 2026, 53, '2026-12-28', '2027-01-03', 'Tuần 53/2026'],
    ['2020-W53', 'week', 2020, 53, '2020-12-28', '2021-01-03', 'Tuần 53/2020'],
    ['2024-01', 'month', 2024, 1, '2024-01-01', '2024-01-31', 'Tháng 01/2024'],
    ['2024-02', 'month', 2024, 2, '2024-02-01', '2024-02-29', 'Tháng 02/2024'],
    ['2023-02', 'month', 2023, 2, '2023-02-01', '2023-02-28', 'Tháng 02/2023'],
    ['2024-12', 'month', 2024, 12, '2024-12-01', '2024-12-31', 'Tháng 12/2024'],
    ['2024-Q1', 'quarter', 2024, 1, '2024-01-01', '2024-03-31', 'Quý I/2024'],
    ['2024-Q2', 'quarter', 2024, 2, '2024-04-01', '2024-06-30', 'Quý II/2024'],
    ['2024-Q3', 'quarter', 2024, 3, '2024-07-01', '2024-09-30', 'Quý III/2024'],
    ['2024-Q4', 'quarter', 2024, 4, '2024-10-01', '2024-12-31', 'Quý IV/2024'],
    ['2024-H1', 'half', 2024, 1, '2024-01-01', '2024-06-30', '6 tháng đầu năm 2024'],
    ['2024-H2', 'half', 2024, 2, '2024-07-01', '2024-12-31', '6 tháng cuối năm 2024'],
    ['2024-9M', 'nineMonths', 2024, 1, '2024-01-01', '2024-09-30', '9 tháng năm 2024'],
    ['2024', 'year', 2024, 1, '2024-01-01', '2024-12-31', 'Năm 2024'],
  ])('%s: %s %i #%i, %s…%s, "%s"', (code, kind, year, index, start, end, label) => {
    const period = parsePeriodCode(code);
    expect(period).toEqual({ kind, year, index, code, start, end });
    expect(formatPeriodCode(period)).toBe(code);
    expect(periodLabel(period)).toBe(label);
    expect(isPeriodCode(code)).toBe(true);
  });

  it.each([
    ['2024-W53', '2024 has 52 ISO weeks'],
    ['2025-W53', '2025 has 52 ISO weeks'],
    ['2024-W00', 'no week 0'],
    ['2024-W7', 'week must have two digits'],
    ['2024-w27', 'lower-case w'],
    ['2024-13', 'no month 13'],
    ['2024-00', 'no month 0'],
    ['2024-1', 'month must have two digits'],
    ['2024-Q0', 'no quarter 0'],
    ['2024-Q5', 'no quarter 5'],
    ['2024-H3', 'no third half'],
    ['2024-6M', '6 months is H1'],
    ['24', 'two-digit year'],
    ['1899', 'before the supported years'],
    ['2101-Q1', 'after the supported years'],
    [' 2024', 'surrounding space'],
    ['', 'empty'],
  ])('rejects %j (%s)', (code) => {
    expect(isPeriodCode(code)).toBe(false);
    expect(() => parsePeriodCode(code)).toThrow(CalendarError);
    expect(() => parsePeriodCode(code)).toThrow(expect.objectContaining({ code: 'invalidPeriodCode' }));
  });

  it.each([
    [{ kind: 'week', year: 2024, index: 53 }],
    [{ kind: 'quarter', year: 2024, index: 1.5 }],
    [{ kind: 'fortnight', year: 2024, index: 1 }],
  ])('formatPeriodCode rejects %o', (ref) => {
    expect(() => formatPeriodCode(ref as { kind: PeriodKind; year: number; index: number })).toThrow(
      CalendarError,
    );
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2024-12-30', 2025, 1],
    ['2024-12-29', 2024, 52],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2021-01-03', 2020, 53],
    ['2023-01-01', 2022, 52],
    ['2024-01-01', 2024, 1],
    ['2026-01-01', 2026, 1],
  ])('%s is in %i-W%i', (date, weekYear, week) => {
    expect(isoWeekOf(date)).toEqual({ weekYear, week });
    expect(periodContaining('week', date)).toMatchObject({ year: weekYear, index: week });
  });

  it.each([
    [2015, 53],
    [2020, 53],
    [2023, 52],
    [2024, 52],
    [2025, 52],
    [2026, 53],
    [2027, 52],
    [2032, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
    expect(periodsInYear('week', year)).toHaveLength(weeks);
  });

  it('tiles each year with consecutive Monday–Sunday weeks', () => {
    for (let year = 2020; year <= 2030; year += 1) {
      const weeks = periodsInYear('week', year);
      for (const [i, week] of weeks.entries()) {
        expect(nextPeriod(week).start).toBe(
          i + 1 < weeks.length ? weeks[i + 1]?.start : periodsInYear('week', year + 1)[0]?.start,
        );
      }
    }
  });
});

describe('periodContaining', () => {
  it.each([
    ['month', '2024-02-29', '2024-02'],
    ['quarter', '2024-04-01', '2024-Q2'],
    ['quarter', '2024-03-31', '2024-Q1'],
    ['half', '2024-06-30', '2024-H1'],
    ['half', '2024-07-01', '2024-H2'],
    ['nineMonths', '2024-09-30', '2024-9M'],
    ['year', '2024-12-31', '2024'],
    ['week', '2024-07-07', '2024-W27'],
  ] as const)('%s containing %s is %s', (kind, date, code) => {
    expect(periodContaining(kind, date)?.code).toBe(code);
  });

  it('finds no 9-month period for October–December', () => {
    expect(periodContaining('nineMonths', '2024-10-01')).toBeUndefined();
  });

  it.each(['2024-02-30', '2101-01-01'])('rejects %s', (date) => {
    expect(() => periodContaining('month', date)).toThrow(CalendarError);
  });
});

describe('periodsInYear', () => {
  it.each([
    ['month', 12, '2024-01', '2024-12'],
    ['quarter', 4, '2024-Q1', '2024-Q4'],
    ['half', 2, '2024-H1', '2024-H2'],
    ['nineMonths', 1, '2024-9M', '2024-9M'],
    ['year', 1, '2024', '2024'],
    ['week', 52, '2024-W01', '2024-W52'],
  ] as const)('%s: %i periods, %s … %s', (kind, count, first, last) => {
    const periods = periodsInYear(kind, 2024);
    expect(periods).toHaveLength(count);
    expect(periods[0]?.code).toBe(first);
    expect(periods.at(-1)?.code).toBe(last);
  });

  it.each(['month', 'quarter', 'half'] as const)('%s periods cover 2024 without gaps', (kind) => {
    const periods = periodsInYear(kind, 2024);
    expect(periods[0]?.start).toBe('2024-01-01');
    expect(periods.at(-1)?.end).toBe('2024-12-31');
    for (const [i, period] of periods.slice(1).entries()) {
      expect(period.start > (periods[i]?.end ?? '')).toBe(true);
      expect(previousPeriod(period).end).toBe(periods[i]?.end);
    }
  });
});

describe('nextPeriod and previousPeriod', () => {
  it.each([
    ['2024-W52', '2025-W01'],
    ['2026-W52', '2026-W53'],
    ['2026-W53', '2027-W01'],
    ['2024-12', '2025-01'],
    ['2024-Q4', '2025-Q1'],
    ['2024-H1', '2024-H2'],
    ['2024-H2', '2025-H1'],
    ['2024-9M', '2025-9M'],
    ['2024', '2025'],
  ])('%s → %s', (code, next) => {
    expect(nextPeriod(parsePeriodCode(code)).code).toBe(next);
    expect(previousPeriod(parsePeriodCode(next)).code).toBe(code);
  });

  it('stops at the supported years', () => {
    expect(() => nextPeriod(parsePeriodCode('2100'))).toThrow(CalendarError);
    expect(() => previousPeriod(parsePeriodCode('1900-01'))).toThrow(CalendarError);
  });
});
