import { describe, expect, it } from 'vitest';
import type { CalendarAdjustment } from './adjustments.js';
import { addDays, daysBetween } from './date.js';
import { CalendarError } from './errors.js';
import { OFFICIAL_ADJUSTMENTS } from './official-adjustments.js';
import { WorkingCalendar } from './working-days.js';

const official = new WorkingCalendar({ adjustments: OFFICIAL_ADJUSTMENTS });
const statutoryOnly = new WorkingCalendar();

describe('isWorkingDay with the official adjustments', () => {
  it.each([
    ['2024-07-01', true, 'an ordinary Monday'],
    ['2024-07-06', false, 'a Saturday'],
    ['2024-07-07', false, 'a Sunday'],
    ['2023-01-20', false, 'nghỉ bù before Tết 2023'],
    ['2023-01-25', false, 'mùng 4 Tết 2023'],
    ['2023-01-26', false, 'nghỉ bù after Tết 2023'],
    ['2023-01-27', true, 'back to work after Tết 2023'],
    ['2024-02-07', true, 'last working day before Tết 2024'],
    ['2024-02-08', false, '29 tháng Chạp 2024, nghỉ bù'],
    ['2024-02-09', false, 'Giao thừa 2024'],
    ['2024-02-13', false, 'mùng 4 Tết 2024'],
    ['2024-02-14', false, 'mùng 5 Tết 2024, nghỉ bù'],
    ['2024-02-15', true, 'back to work after Tết 2024'],
    ['2024-04-18', false, 'Giỗ Tổ 2024'],
    ['2024-04-30', false, '30/4/2024'],
    ['2024-05-01', false, '1/5/2024'],
    ['2024-05-02', true, 'the day after 1/5/2024'],
    ['2024-09-02', false, 'Quốc khánh 2024'],
    ['2024-09-03', false, 'second Quốc khánh day 2024'],
    ['2024-09-04', true, 'after Quốc khánh 2024'],
    ['2025-01-24', true, 'last working day before Tết 2025'],
    ['2025-01-27', false, '28 tháng Chạp 2025'],
    ['2025-02-03', true, 'back to work after Tết 2025'],
    ['2025-04-07', false, 'Giỗ Tổ 2025 (Monday)'],
    ['2026-01-01', false, 'Tết Dương lịch 2026'],
    ['2026-01-02', false, 'Friday swapped away, 2026'],
    ['2026-01-10', true, 'Saturday làm bù, 2026'],
    ['2026-01-11', false, 'the Sunday after it'],
    ['2026-02-13', true, 'last working day before Tết 2026'],
    ['2026-02-16', false, '29 tháng Chạp 2026'],
    ['2026-02-20', false, 'mùng 4 Tết 2026'],
    ['2026-02-23', true, 'back to work after Tết 2026'],
    ['2027-02-05', false, 'Giao thừa 2027 (Friday)'],
    ['2027-02-09', false, 'mùng 4 Tết 2027'],
    ['2027-02-10', true, '2027: no official schedule yet, so no nghỉ bù'],
    ['2027-04-16', false, 'Giỗ Tổ 2027'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(official.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2024-02-08', true],
    ['2024-02-14', true],
    ['2025-01-27', true],
    ['2026-01-02', true],
    ['2026-01-10', false],
  ])('without them, %s → %s', (date, expected) => {
    expect(statutoryOnly.isWorkingDay(date)).toBe(expected);
  });
});

describe('the official break lengths in regulations.md §4.2 come out right', () => {
  it.each([
    // first day off, last day off, days
    ['2023-01-20', '2023-01-26', 7],
    ['2024-02-08', '2024-02-14', 7],
    ['2025-01-25', '2025-02-02', 9],
    ['2026-02-14', '2026-02-22', 9],
    ['2026-01-01', '2026-01-04', 4],
    ['2024-08-31', '2024-09-03', 4],
  ])('%s → %s: %i consecutive days off', (first, last, length) => {
    expect(official.isWorkingDay(addDays(first, -1))).toBe(true);
    expect(official.isWorkingDay(addDays(last, 1))).toBe(true);
    expect(official.countWorkingDays(first, last)).toBe(0);
    expect(official.workingDaysBetween(addDays(first, -1), addDays(last, 1))).toBe(1);
    expect(daysBetween(first, last) + 1).toBe(length);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // across Tết
    ['2024-02-07', 1, '2024-02-15'],
    ['2024-02-15', -1, '2024-02-07'],
    ['2024-02-05', 5, '2024-02-19'],
    ['2024-02-19', -5, '2024-02-05'], // "05 ngày làm việc trước ngày 19/02/2024"
    ['2025-01-24', 1, '2025-02-03'],
    ['2026-02-13', 1, '2026-02-23'],
    ['2027-02-04', 1, '2027-02-10'],
    // across Tết Dương lịch 2026 and its make-up Saturday
    ['2025-12-31', 1, '2026-01-05'],
    ['2026-01-09', 1, '2026-01-10'],
    ['2026-01-12', -1, '2026-01-10'],
    ['2026-01-05', -3, '2025-12-29'],
    // across 30/4–1/5 (only statutory days are on file for these years)
    ['2024-04-29', 1, '2024-05-02'],
    ['2024-05-02', -1, '2024-04-29'],
    ['2025-04-29', 1, '2025-05-02'],
    ['2026-04-29', 1, '2026-05-04'],
    ['2026-04-24', 1, '2026-04-27'],
    ['2023-04-28', 1, '2023-05-02'],
    // start on a rest day: the start itself is never counted
    ['2024-07-06', 1, '2024-07-08'],
    ['2024-07-06', -1, '2024-07-05'],
    ['2024-07-01', 0, '2024-07-01'],
    ['2024-07-06', 0, '2024-07-06'],
    // across a year end
    ['2024-12-27', 3, '2025-01-02'],
  ])('%s %+i → %s', (date, n, expected) => {
    expect(official.addWorkingDays(date, n)).toBe(expected);
  });

  it('follows admin adjustments, the later entry winning', () => {
    const records: CalendarAdjustment[] = [
      { date: '2023-05-02', kind: 'dayOff', note: 'nghỉ bù Giỗ Tổ' },
      { date: '2023-05-03', kind: 'dayOff', note: 'nghỉ bù 30/4' },
      { date: '2023-05-06', kind: 'workday', note: 'làm bù' },
      { date: '2026-01-10', kind: 'dayOff', note: 'admin cancels the make-up Saturday' },
    ];
    const calendar = new WorkingCalendar({ adjustments: [...OFFICIAL_ADJUSTMENTS, ...records] });
    expect(calendar.addWorkingDays('2023-04-28', 1)).toBe('2023-05-04');
    expect(calendar.addWorkingDays('2023-05-05', 1)).toBe('2023-05-06');
    expect(calendar.isWorkingDay('2026-01-10')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
  });

  it('lets an adjustment make a holiday a working day', () => {
    const calendar = new WorkingCalendar({
      adjustments: [
        { date: '2026-09-01', kind: 'workday', note: 'official schedule picked 3/9' },
        { date: '2026-09-03', kind: 'dayOff', note: 'second Quốc khánh day' },
      ],
    });
    expect(calendar.isWorkingDay('2026-09-01')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-03')).toBe(false);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects offset %d', (n) => {
    expect(() => official.addWorkingDays('2024-01-02', n)).toThrow(CalendarError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2024-02-07', '2024-02-15', 1],
    ['2024-02-15', '2024-02-07', -1],
    ['2024-02-01', '2024-02-29', 15], // Feb 2024: 16 working days, 01/02 itself excluded
    ['2024-07-01', '2024-07-01', 0],
    ['2024-07-05', '2024-07-08', 1], // Fri → Mon
    ['2024-07-06', '2024-07-08', 1], // Sat → Mon
    ['2024-07-08', '2024-07-06', 0], // back from Mon to Sat: only Sun and Sat are stepped over
    ['2024-07-08', '2024-07-05', -1],
    ['2024-04-26', '2024-05-03', 3], // Fri 26/4 → Fri 3/5: 29/4, 2/5, 3/5
  ])('%s → %s: %i', (from, to, expected) => {
    expect(official.workingDaysBetween(from, to)).toBe(expected);
  });

  it('inverts addWorkingDays for every start in 2023–2027 and offsets up to ±30', () => {
    const failures: string[] = [];
    for (let date = '2023-01-01'; date <= '2027-12-31'; date = addDays(date, 1)) {
      for (const n of [-30, -7, -5, -1, 1, 2, 5, 30]) {
        const target = official.addWorkingDays(date, n);
        if (official.workingDaysBetween(date, target) !== n) failures.push(`${date} ${n}`);
        if (!official.isWorkingDay(target)) failures.push(`${date} ${n} → rest day ${target}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('countWorkingDays, next/previous working day', () => {
  it.each([
    ['2024-02-01', '2024-02-29', 16, 18],
    ['2025-01-01', '2025-01-31', 17, 18],
    ['2026-01-01', '2026-01-31', 21, 21], // 02/01 swapped with Saturday 10/01
    ['2024-07-01', '2024-07-07', 5, 5],
    ['2024-07-07', '2024-07-01', 0, 0],
  ])('%s…%s: %i working days (%i without the official adjustments)', (start, end, withOfficial, without) => {
    expect(official.countWorkingDays(start, end)).toBe(withOfficial);
    expect(statutoryOnly.countWorkingDays(start, end)).toBe(without);
  });

  it.each([
    ['2024-02-08', '2024-02-15', '2024-02-07'],
    ['2024-07-06', '2024-07-08', '2024-07-05'],
    ['2024-07-03', '2024-07-03', '2024-07-03'],
    ['2026-01-02', '2026-01-05', '2025-12-31'],
    ['2026-01-11', '2026-01-12', '2026-01-10'],
  ])('%s: next %s, previous %s', (date, next, previous) => {
    expect(official.nextWorkingDayOnOrAfter(date)).toBe(next);
    expect(official.previousWorkingDayOnOrBefore(date)).toBe(previous);
  });
});

describe('calendar data', () => {
  it('describes why a day is off', () => {
    expect(official.describeDay('2024-02-10')).toEqual({
      date: '2024-02-10',
      isWorkingDay: false,
      isWeekend: true,
      holidays: [{ date: '2024-02-10', name: 'Tết Nguyên đán (mùng 1 tháng Giêng)', kind: 'lunarNewYear' }],
      adjustment: undefined,
    });
    expect(official.describeDay('2026-01-10')).toMatchObject({
      isWorkingDay: true,
      isWeekend: true,
      holidays: [],
      adjustment: { kind: 'workday' },
    });
  });

  it.each([
    [2023, true],
    [2024, true],
    [2025, true],
    [2026, true],
    [2027, false],
  ])('%i has official adjustments on file: %s', (year, expected) => {
    expect(official.hasAdjustmentsForYear(year)).toBe(expected);
  });

  it('lists the holidays of a year', () => {
    expect(official.holidaysInYear(2026)).toHaveLength(11);
  });

  it('keeps official rows sorted, unique and marked with their source', () => {
    const dates = OFFICIAL_ADJUSTMENTS.map((row) => row.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(OFFICIAL_ADJUSTMENTS.every((row) => row.source.length > 0)).toBe(true);
    expect(OFFICIAL_ADJUSTMENTS.filter((row) => !row.confirmed).map((row) => row.date)).toEqual([
      '2025-01-27',
    ]);
  });

  it.each([
    [{ date: '2024-02-30', kind: 'dayOff', note: '' }],
    [{ date: '2024-02-01', kind: 'holiday', note: '' }],
    [{ date: '2101-01-03', kind: 'dayOff', note: '' }],
  ])('rejects adjustment %o', (adjustment) => {
    expect(() => new WorkingCalendar({ adjustments: [adjustment as CalendarAdjustment] })).toThrow(
      CalendarError,
    );
  });

  it.each(['2101-01-01', '2101-01-02', '1899-12-31'])('rejects %s, outside the supported years', (date) => {
    expect(() => official.isWorkingDay(date)).toThrow(CalendarError);
  });
});
