import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../api/types';
import { dayCell, monthWeeks, workingDaysInYear } from './calendarGrid';

const special = (days: CalendarDay[]) => new Map(days.map((d) => [d.date, d]));

describe('calendar year view', () => {
  it('lays a month out in weeks from Monday', () => {
    // 1 May 2024 is a Wednesday
    const weeks = monthWeeks(2024, 5, new Map());
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.map((c) => c?.day ?? null)).toEqual([null, null, 1, 2, 3, 4, 5]);
    expect(weeks[4]?.map((c) => c?.day ?? null)).toEqual([27, 28, 29, 30, 31, null, null]);
    expect(weeks[0]?.[5]?.kind).toBe('weekend');
    expect(weeks[0]?.[2]?.kind).toBe('work');
  });

  it('marks holidays and recorded adjustments', () => {
    const days = special([
      { date: '2024-05-01', isWorkingDay: false, holidays: ['Ngày Quốc tế Lao động'], adjustment: null },
      {
        date: '2024-04-29',
        isWorkingDay: false,
        holidays: [],
        adjustment: { kind: 'dayOff', note: 'Nghỉ bù', recorded: false },
      },
      {
        date: '2024-05-04',
        isWorkingDay: true,
        holidays: [],
        adjustment: { kind: 'workday', note: 'Làm bù', recorded: true },
      },
    ]);
    expect(dayCell('2024-05-01', days.get('2024-05-01'))).toMatchObject({
      kind: 'holiday',
      isWorkingDay: false,
      notes: ['Ngày Quốc tế Lao động'],
    });
    expect(dayCell('2024-04-29', days.get('2024-04-29'))).toMatchObject({
      kind: 'dayOff',
      isWorkingDay: false,
    });
    expect(dayCell('2024-05-04', days.get('2024-05-04'))).toMatchObject({
      kind: 'workday',
      isWorkingDay: true,
      notes: ['Làm bù'],
    });
  });

  it('counts the working days of a year', () => {
    // 2024: 262 weekdays
    expect(workingDaysInYear(2024, new Map())).toBe(262);
    const days = special([
      { date: '2024-09-02', isWorkingDay: false, holidays: ['Quốc khánh'], adjustment: null },
      {
        date: '2024-08-31',
        isWorkingDay: true,
        holidays: [],
        adjustment: { kind: 'workday', note: 'x', recorded: true },
      },
    ]);
    expect(workingDaysInYear(2024, days)).toBe(262);
  });
});
