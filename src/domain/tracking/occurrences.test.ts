import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/index.js';
import { type Frequency, normalizeTimeframe } from '../timeframe/index.js';
import {
  type Occurrence,
  type TriggerEvent,
  occurrencesOf,
  recordTrigger,
  triggerOccurrence,
} from './index.js';

const calendar = new WorkingCalendar({ holidays: { nationalDaySecondDay: 'before' } });

function occurrences(raw: string, reportingFrequency: Frequency = 'quarterly'): Occurrence[] {
  return occurrencesOf(normalizeTimeframe(raw, { planYear: 2025 }), { planYear: 2025, reportingFrequency });
}

type Row = [key: string, periodCode: string | null, dueDate: string | null, label: string];
const rows = (list: Occurrence[]): Row[] => list.map((o) => [o.key, o.periodCode, o.dueDate, o.label]);

describe('occurrencesOf: one-off timeframes', () => {
  it.each<[string, Row[]]>([
    ['Cả năm', [['once', '2025', '2025-12-31', 'Cả năm 2025']]],
    ['Quý II/2025', [['once', '2025-Q2', '2025-06-30', 'Quý II/2025']]],
    // A span is due at the end of its last quarter, and reported in that quarter.
    ['Quý II - Quý III/2025', [['once', '2025-Q3', '2025-09-30', 'Quý II - Quý III/2025']]],
    ['Tháng 12/2023', [['once', '2023-12', '2023-12-31', 'Tháng 12/2023']]],
    ['Trước ngày 30/6/2025', [['once', null, '2025-06-30', 'Hạn 30/6/2025']]],
  ])('%s', (raw, expected) => {
    expect(rows(occurrences(raw))).toEqual(expected);
  });
});

describe('occurrencesOf: deadlines', () => {
  it.each<[string, Row[]]>([
    [
      'trước ngày 30/6 và 15/12 hằng năm',
      [
        ['due:2025-06-30', null, '2025-06-30', 'Hạn 30/6/2025'],
        ['due:2025-12-15', null, '2025-12-15', 'Hạn 15/12/2025'],
      ],
    ],
    [
      'Báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12',
      [
        ['2025-H1', '2025-H1', '2025-06-15', 'Báo cáo 6 tháng, hạn 15/6/2025'],
        ['2025', '2025', '2025-12-15', 'Báo cáo năm, hạn 15/12/2025'],
      ],
    ],
    [
      'Báo cáo 9 tháng trước ngày 15/9',
      [['2025-9M', '2025-9M', '2025-09-15', 'Báo cáo 9 tháng, hạn 15/9/2025']],
    ],
    // Due next January, but the annual report covers the plan year.
    ['Báo cáo năm trước ngày 15/01/2026', [['2025', '2025', '2026-01-15', 'Báo cáo năm, hạn 15/1/2026']]],
  ])('%s', (raw, expected) => {
    expect(rows(occurrences(raw))).toEqual(expected);
  });
});

describe('occurrencesOf: recurring and continuous', () => {
  it.each<[string, Frequency, number, Row, Row]>([
    [
      'Hằng tháng',
      'quarterly',
      12,
      ['2025-01', '2025-01', '2025-01-31', 'Tháng 01/2025'],
      ['2025-12', '2025-12', '2025-12-31', 'Tháng 12/2025'],
    ],
    [
      'trước ngày 15 hằng tháng',
      'quarterly',
      12,
      ['2025-01', '2025-01', '2025-01-15', 'Tháng 01/2025'],
      ['2025-12', '2025-12', '2025-12-15', 'Tháng 12/2025'],
    ],
    [
      'Trước ngày 15 của tháng cuối quý',
      'monthly',
      4,
      ['2025-Q1', '2025-Q1', '2025-03-15', 'Quý I/2025'],
      ['2025-Q4', '2025-Q4', '2025-12-15', 'Quý IV/2025'],
    ],
    // 2025 starts on a Wednesday: the first Sunday, 5/1, closes ISO week 1; the last, 28/12, week 52.
    [
      'hằng tuần',
      'quarterly',
      52,
      ['2025-W01', '2025-W01', '2025-01-05', 'Tuần 01/2025'],
      ['2025-W52', '2025-W52', '2025-12-28', 'Tuần 52/2025'],
    ],
    // A bare "Định kỳ" follows the plan's reporting frequency.
    [
      'Định kỳ',
      'semiannual',
      2,
      ['2025-H1', '2025-H1', '2025-06-30', '6 tháng đầu năm 2025'],
      ['2025-H2', '2025-H2', '2025-12-31', '6 tháng cuối năm 2025'],
    ],
    // Continuous work is reported on in every period but never falls due.
    [
      'Thường xuyên',
      'monthly',
      12,
      ['2025-01', '2025-01', null, 'Tháng 01/2025'],
      ['2025-12', '2025-12', null, 'Tháng 12/2025'],
    ],
    [
      'Thường xuyên',
      'quarterly',
      4,
      ['2025-Q1', '2025-Q1', null, 'Quý I/2025'],
      ['2025-Q4', '2025-Q4', null, 'Quý IV/2025'],
    ],
    ['Thường xuyên', 'annual', 1, ['2025', '2025', null, 'Năm 2025'], ['2025', '2025', null, 'Năm 2025']],
  ])('%s (reporting %s): %i occurrences', (raw, frequency, count, first, last) => {
    const list = rows(occurrences(raw, frequency));
    expect(list).toHaveLength(count);
    expect(list[0]).toEqual(first);
    expect(list.at(-1)).toEqual(last);
  });

  it('gives every frequency named its own occurrences', () => {
    expect(rows(occurrences('Định kỳ quý, năm, 06 tháng'))).toEqual([
      ['2025-Q1', '2025-Q1', '2025-03-31', 'Quý I/2025'],
      ['2025-Q2', '2025-Q2', '2025-06-30', 'Quý II/2025'],
      ['2025-Q3', '2025-Q3', '2025-09-30', 'Quý III/2025'],
      ['2025-Q4', '2025-Q4', '2025-12-31', 'Quý IV/2025'],
      ['2025-H1', '2025-H1', '2025-06-30', '6 tháng đầu năm 2025'],
      ['2025-H2', '2025-H2', '2025-12-31', '6 tháng cuối năm 2025'],
      ['2025', '2025', '2025-12-31', 'Năm 2025'],
    ]);
  });
});

describe('occurrencesOf: nothing to schedule', () => {
  it.each([['Theo sự kiện'], ['Khi có yêu cầu'], [''], ['sau khi có ý kiến của cấp có thẩm quyền xyz']])(
    '%j produces no occurrence',
    (raw) => {
      expect(occurrences(raw)).toEqual([]);
    },
  );
});

describe('occurrencesOf: stable keys', () => {
  it.each([
    ['Cả năm'],
    ['Hằng tháng'],
    ['hằng tuần'],
    ['Định kỳ quý, năm, 06 tháng'],
    ['trước ngày 30/6 và 15/12 hằng năm'],
    ['Thường xuyên'],
  ])('%s: unique keys, identical on regeneration', (raw) => {
    const first = occurrences(raw, 'monthly');
    expect(new Set(first.map((o) => o.key)).size).toBe(first.length);
    expect(occurrences(raw, 'monthly')).toEqual(first);
  });
});

describe('triggered work', () => {
  // A Saturday made a working day (làm bù), to show the admin's adjustments count.
  const withMakeUpDay = new WorkingCalendar({
    adjustments: [{ date: '2025-03-15', kind: 'workday', note: 'làm bù' }],
    holidays: { nationalDaySecondDay: 'before' },
  });

  it.each<[string, TriggerEvent, WorkingCalendar, Row]>([
    // Monday 10/3 + 5 working days, the event day not counted: 11, 12, 13, 14, 17.
    [
      '5 working days',
      { date: '2025-03-10', dueInWorkingDays: 5 },
      calendar,
      ['event:2025-03-10', null, '2025-03-17', 'Phát sinh ngày 10/3/2025, hạn 17/3/2025'],
    ],
    // Thursday 13/3 + 3: 14, Saturday 15 (làm bù), 17; without the make-up day it would be 18/3.
    [
      'over a make-up Saturday',
      { date: '2025-03-13', dueInWorkingDays: 3 },
      withMakeUpDay,
      ['event:2025-03-13', null, '2025-03-17', 'Phát sinh ngày 13/3/2025, hạn 17/3/2025'],
    ],
    [
      'without it',
      { date: '2025-03-13', dueInWorkingDays: 3 },
      calendar,
      ['event:2025-03-13', null, '2025-03-18', 'Phát sinh ngày 13/3/2025, hạn 18/3/2025'],
    ],
    // Friday 29/8 + 3: the weekend and 1–2/9 (Quốc khánh) are skipped: 3, 4, 5/9.
    [
      'over Quốc khánh',
      { date: '2025-08-29', dueInWorkingDays: 3, id: 'cv-123', description: 'Công văn 123/UBND-KT' },
      calendar,
      ['event:cv-123', null, '2025-09-05', 'Phát sinh ngày 29/8/2025 (Công văn 123/UBND-KT), hạn 5/9/2025'],
    ],
    [
      'a given due date',
      { date: '2025-03-10', dueDate: '2025-03-31' },
      calendar,
      ['event:2025-03-10', null, '2025-03-31', 'Phát sinh ngày 10/3/2025, hạn 31/3/2025'],
    ],
  ])('%s', (_name, event, cal, expected) => {
    const o = triggerOccurrence(event, cal);
    expect([o.key, o.periodCode, o.dueDate, o.label]).toEqual(expected);
    expect(o.source).toBe('triggered');
  });

  it.each<[string, TriggerEvent]>([
    ['a due date before the event', { date: '2025-03-10', dueDate: '2025-03-09' }],
    ['a negative offset', { date: '2025-03-10', dueInWorkingDays: -1 }],
    ['a fractional offset', { date: '2025-03-10', dueInWorkingDays: 1.5 }],
    ['an invalid event date', { date: '2025-02-30', dueInWorkingDays: 1 }],
  ])('refuses %s', (_name, event) => {
    expect(() => triggerOccurrence(event, calendar)).toThrow(RangeError);
  });

  it.each<[string, TriggerEvent[], string[]]>([
    ['one event', [{ date: '2025-03-10', dueInWorkingDays: 5 }], ['event:2025-03-10']],
    [
      'the same event twice',
      [
        { date: '2025-03-10', dueInWorkingDays: 5 },
        { date: '2025-03-10', dueInWorkingDays: 5 },
      ],
      ['event:2025-03-10'],
    ],
    [
      'two events on one day, told apart by id',
      [
        { date: '2025-03-10', dueInWorkingDays: 5, id: 'a' },
        { date: '2025-03-10', dueInWorkingDays: 2, id: 'b' },
      ],
      ['event:a', 'event:b'],
    ],
  ])('recordTrigger: %s', (_name, events, keys) => {
    const start = occurrences('Theo sự kiện');
    const recorded = events.reduce<Occurrence[]>(
      (list, event) => recordTrigger(list, event, calendar),
      start,
    );
    expect(recorded.map((o) => o.key)).toEqual(keys);
  });
});
