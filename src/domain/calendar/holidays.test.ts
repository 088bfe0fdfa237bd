import { describe, expect, it } from 'vitest';
import { suggestCompensatoryDays } from './adjustments.js';
import { CalendarError } from './errors.js';
import { type Holiday, nationalDaySecondDay, statutoryHolidays } from './holidays.js';

const dates = (holidays: readonly Pick<Holiday, 'date'>[]): string[] =>
  holidays.map((holiday) => holiday.date);

describe('statutoryHolidays', () => {
  // Lunar dates as verified in lunar.test.ts; the second Quốc khánh day follows the `auto` rule.
  it.each([
    [
      2023,
      [
        '2023-01-01',
        '2023-01-21',
        '2023-01-22',
        '2023-01-23',
        '2023-01-24',
        '2023-01-25',
        '2023-04-29',
        '2023-04-30',
        '2023-05-01',
        '2023-09-01',
        '2023-09-02',
      ],
    ],
    [
      2024,
      [
        '2024-01-01',
        '2024-02-09',
        '2024-02-10',
        '2024-02-11',
        '2024-02-12',
        '2024-02-13',
        '2024-04-18',
        '2024-04-30',
        '2024-05-01',
        '2024-09-02',
        '2024-09-03',
      ],
    ],
    [
      2025,
      [
        '2025-01-01',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-02-01',
        '2025-04-07',
        '2025-04-30',
        '2025-05-01',
        '2025-09-01',
        '2025-09-02',
      ],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-04-26',
        '2026-04-30',
        '2026-05-01',
        '2026-09-01',
        '2026-09-02',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-04-16',
        '2027-04-30',
        '2027-05-01',
        '2027-09-02',
        '2027-09-03',
      ],
    ],
  ])('%i has the 11 days of Art. 112, in date order', (year, expected) => {
    expect(dates(statutoryHolidays(year))).toEqual(expected);
  });

  it('names each day in Vietnamese', () => {
    expect(statutoryHolidays(2025).map(({ date, name, kind }) => `${date} ${kind} ${name}`)).toEqual([
      '2025-01-01 newYear Tết Dương lịch',
      '2025-01-28 lunarNewYear Tết Nguyên đán (29 tháng Chạp)',
      '2025-01-29 lunarNewYear Tết Nguyên đán (mùng 1 tháng Giêng)',
      '2025-01-30 lunarNewYear Tết Nguyên đán (mùng 2 tháng Giêng)',
      '2025-01-31 lunarNewYear Tết Nguyên đán (mùng 3 tháng Giêng)',
      '2025-02-01 lunarNewYear Tết Nguyên đán (mùng 4 tháng Giêng)',
      '2025-04-07 hungKings Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      '2025-04-30 reunificationDay Ngày Chiến thắng (30/4)',
      '2025-05-01 labourDay Ngày Quốc tế Lao động (1/5)',
      '2025-09-01 nationalDay Quốc khánh (ngày liền kề)',
      '2025-09-02 nationalDay Quốc khánh (2/9)',
    ]);
  });

  it('names the last day of a year with a full last month "30 tháng Chạp"', () => {
    expect(statutoryHolidays(2024)[1]).toEqual({
      date: '2024-02-09',
      name: 'Tết Nguyên đán (30 tháng Chạp)',
      kind: 'lunarNewYear',
    });
  });

  it('keeps both names when Giỗ Tổ falls on 30/4 (1947)', () => {
    const onApril30 = statutoryHolidays(1947).filter((holiday) => holiday.date === '1947-04-30');
    expect(onApril30.map((holiday) => holiday.kind)).toEqual(['hungKings', 'reunificationDay']);
  });

  it.each([1899, 2101, 2024.5])('rejects year %d', (year) => {
    expect(() => statutoryHolidays(year)).toThrow(CalendarError);
  });
});

describe('second Quốc khánh day', () => {
  it.each([
    // year, weekday of 2/9, auto choice
    [2024, 'Mon', '2024-09-03'], // Sunday 1/9 is a rest day anyway; confirmed: off 31/8–3/9/2024
    [2025, 'Tue', '2025-09-01'], // Monday bridges the weekend
    [2026, 'Wed', '2026-09-01'], // tie: 1/9
    [2027, 'Thu', '2027-09-03'], // Friday bridges the weekend
    [2028, 'Sat', '2028-09-01'], // the only weekday neighbour
    [2029, 'Sun', '2029-09-03'], // the only weekday neighbour
    [2033, 'Fri', '2033-09-01'], // Saturday 3/9 would be a rest day
  ])('%i (2/9 on %s) → %s', (year, _weekday, expected) => {
    expect(nationalDaySecondDay(year)).toBe(expected);
  });

  it('can be fixed to the day before or after', () => {
    expect(nationalDaySecondDay(2024, 'before')).toBe('2024-09-01');
    expect(nationalDaySecondDay(2025, 'after')).toBe('2025-09-03');
    expect(dates(statutoryHolidays(2025, { nationalDaySecondDay: 'after' })).slice(-2)).toEqual([
      '2025-09-02',
      '2025-09-03',
    ]);
  });
});

describe('suggestCompensatoryDays', () => {
  it.each([
    // The law's rule; the Government's schedule may place days elsewhere (2023: 20/01 instead of 27/01).
    [2023, ['2023-01-02', '2023-01-26', '2023-01-27', '2023-05-02', '2023-05-03', '2023-09-04']],
    [2024, ['2024-02-14', '2024-02-15']],
    [2025, ['2025-02-03']],
    [2026, ['2026-04-27']], // regulations.md §4.3: Giỗ Tổ on Sunday → Monday 27/04 [U]
    [2027, ['2027-02-10', '2027-02-11', '2027-05-03']],
  ])('%i → %j', (year, expected) => {
    const suggestions = suggestCompensatoryDays(statutoryHolidays(year));
    expect(dates(suggestions)).toEqual(expected);
    expect(suggestions.every((suggestion) => suggestion.kind === 'dayOff')).toBe(true);
  });

  it('explains each suggestion', () => {
    expect(suggestCompensatoryDays(statutoryHolidays(2026))).toEqual([
      { date: '2026-04-27', kind: 'dayOff', note: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (2026-04-26)' },
    ]);
  });

  it('owes one day when two holidays share a rest day', () => {
    const sameDay: Holiday[] = [
      { date: '2024-06-01', name: 'A', kind: 'newYear' },
      { date: '2024-06-01', name: 'B', kind: 'labourDay' },
    ];
    expect(dates(suggestCompensatoryDays(sameDay))).toEqual(['2024-06-03']);
  });
});
