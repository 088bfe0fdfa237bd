import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/index.js';
import { normalizeTimeframe } from '../timeframe/index.js';
import {
  type CompletionSummary,
  type OccurrenceProgress,
  type TaskProgress,
  type TaskStatus,
  completionRate,
  occurrencesOf,
} from './index.js';

const calendar = new WorkingCalendar({ holidays: { nationalDaySecondDay: 'before' } });

/** A task whose every occurrence of `raw` has the same progress. */
function task(id: string, raw: string, status: TaskStatus, completedOn?: string): TaskProgress {
  const timeframe = normalizeTimeframe(raw, { planYear: 2024 });
  const occurrences = occurrencesOf(timeframe, { planYear: 2024, reportingFrequency: 'quarterly' });
  return {
    taskId: id,
    occurrences: occurrences.map((o) => ({ ...o, status, completedOn: completedOn ?? null })),
  };
}

function dated(id: string, dueDate: string, status: TaskStatus, completedOn?: string): TaskProgress {
  const occurrence: OccurrenceProgress = {
    key: 'once',
    periodCode: null,
    dueDate,
    label: '',
    source: 'deadline',
    status,
  };
  return { taskId: id, occurrences: [{ ...occurrence, completedOn: completedOn ?? null }] };
}

/** `done` tasks done on 10/6/2024, then `open` ones not started, all due 30/6/2024. */
function batch(done: number, open: number): TaskProgress[] {
  return Array.from({ length: done + open }, (_, i) =>
    i < done
      ? dated(`t${i}`, '2024-06-30', 'done', '2024-06-10')
      : dated(`t${i}`, '2024-06-30', 'notStarted'),
  );
}

type Counts = Pick<
  CompletionSummary,
  'due' | 'done' | 'doneOnTime' | 'doneLate' | 'overdue' | 'cancelled' | 'rate' | 'sentence'
>;

function counts(summary: CompletionSummary): Counts {
  const { due, done, doneOnTime, doneLate, overdue, cancelled, rate, sentence } = summary;
  return { due, done, doneOnTime, doneLate, overdue, cancelled, rate, sentence };
}

describe('completionRate: seed 001, 6 tháng đầu năm 2024', () => {
  // The report's table: 2 tasks for Quý I, 7 for Quý II; two plans issued (355/KH-UBND on 5/4,
  // 462/KH-UBND on 8/5), the rest "Chưa đạt". Its text says "ước đạt khoảng 33%"; the table gives
  // 2/9 = 22.2…%, which rounds half up to 22%.
  const tasks: TaskProgress[] = [
    task('q1-1', 'Quý I/2024', 'inProgress'),
    task('q1-2', 'Quý I/2024', 'inProgress'),
    task('q2-1', 'Quý II/2024', 'inProgress'),
    task('q2-2', 'Quý II/2024', 'done', '2024-05-08'),
    task('q2-3', 'Quý II/2024', 'done', '2024-04-05'),
    task('q2-4', 'Quý II/2024', 'inProgress'),
    task('q2-5', 'Quý II/2024', 'inProgress'),
    task('q2-6', 'Quý II/2024', 'inProgress'),
    task('q2-7', 'Quý II/2024', 'inProgress'),
  ];

  // [period, today, due, done, on time, late, overdue, rate, sentence]
  it.each<[string, string, number, number, number, number, number, number | null, string]>([
    // Q1 was due 31/3/2024 (a Sunday, so 1/4): both Q1 tasks are overdue by 20/6.
    ['2024-H1', '2024-06-20', 9, 2, 2, 0, 2, 22.2, 'đạt 22% (2/9 nhiệm vụ)'],
    // 2/7 = 28.57… → 28.6 and 29%.
    ['2024-Q2', '2024-06-20', 7, 2, 2, 0, 0, 28.6, 'đạt 29% (2/7 nhiệm vụ)'],
    // 30/6/2024 is a Sunday, so Q2 is due Monday 1/7; by 2/7 the five open Q2 tasks are late too.
    ['2024-H1', '2024-07-02', 9, 2, 2, 0, 7, 22.2, 'đạt 22% (2/9 nhiệm vụ)'],
    ['2024-Q1', '2024-06-20', 2, 0, 0, 0, 2, 0, 'đạt 0% (0/2 nhiệm vụ)'],
    ['2024-Q3', '2024-06-20', 0, 0, 0, 0, 0, null, 'không có nhiệm vụ đến hạn trong kỳ'],
  ])('%s as of %s: %i due', (period, today, due, done, doneOnTime, doneLate, overdue, rate, sentence) => {
    expect(counts(completionRate(tasks, period, { today, calendar }))).toEqual({
      due,
      done,
      doneOnTime,
      doneLate,
      overdue,
      cancelled: 0,
      rate,
      sentence,
    });
  });

  it('lists each task with its outcome', () => {
    const { tasks: outcomes } = completionRate(tasks.slice(0, 4), '2024-H1', {
      today: '2024-06-20',
      calendar,
    });
    expect(outcomes).toEqual([
      { taskId: 'q1-1', outcome: 'overdue' },
      { taskId: 'q1-2', outcome: 'overdue' },
      { taskId: 'q2-1', outcome: 'pending' },
      { taskId: 'q2-2', outcome: 'doneOnTime' },
    ]);
  });
});

describe('completionRate: rounding', () => {
  it.each<[number, number, number, string]>([
    // 1/8 = 12.5 exactly: half up gives 13 %, where banker's rounding would give 12.
    [1, 8, 12.5, 'đạt 13% (1/8 nhiệm vụ)'],
    // 1/3 = 33.33… → 33.3 and 33 %; 2/3 = 66.66… → 66.7 and 67 %.
    [1, 3, 33.3, 'đạt 33% (1/3 nhiệm vụ)'],
    [2, 3, 66.7, 'đạt 67% (2/3 nhiệm vụ)'],
    // 199/200 = 99.5 would round to 100 %, but one task is open: 99 %.
    [199, 200, 99.5, 'đạt 99% (199/200 nhiệm vụ)'],
    // 1999/2000 = 99.95 would round to 100.0 in the rate as well: 99.9.
    [1999, 2000, 99.9, 'đạt 99% (1999/2000 nhiệm vụ)'],
    // 1/300 = 0.33… → 0.3, and 0 % would hide the one done task: 1 %.
    [1, 300, 0.3, 'đạt 1% (1/300 nhiệm vụ)'],
    [0, 5, 0, 'đạt 0% (0/5 nhiệm vụ)'],
    [5, 5, 100, 'đạt 100% (5/5 nhiệm vụ)'],
  ])('%i of %i → %d, "%s"', (done, due, rate, sentence) => {
    const summary = completionRate(batch(done, due - done), '2024-H1', { today: '2024-06-20', calendar });
    expect([summary.rate, summary.sentence]).toEqual([rate, sentence]);
  });
});

describe('completionRate: which tasks count', () => {
  const monthly = (id: string, doneThrough: number, late = false): TaskProgress => {
    const base = task(id, 'Hằng tháng', 'notStarted');
    const occurrences = base.occurrences.map((o, i): OccurrenceProgress => {
      if (i >= doneThrough) return o;
      // Done on the due date, or the 5th of the next month when late.
      const completedOn = late ? `2024-${String(i + 2).padStart(2, '0')}-05` : o.dueDate;
      return { ...o, status: 'done', completedOn };
    });
    return { taskId: id, occurrences };
  };

  it.each<[string, TaskProgress[], string, string, Partial<Counts>]>([
    [
      'a cancelled task is left out',
      [dated('a', '2024-06-30', 'done', '2024-06-01'), dated('b', '2024-06-30', 'cancelled')],
      '2024-Q2',
      '2024-06-20',
      { due: 1, done: 1, cancelled: 1, sentence: 'đạt 100% (1/1 nhiệm vụ)' },
    ],
    [
      'a paused task still counts',
      [dated('a', '2024-06-30', 'paused')],
      '2024-Q2',
      '2024-07-05',
      { due: 1, done: 0, overdue: 1 },
    ],
    [
      'done late',
      [dated('a', '2024-04-30', 'done', '2024-05-03')],
      '2024-Q2',
      '2024-06-20',
      { due: 1, done: 1, doneOnTime: 0, doneLate: 1 },
    ],
    // January–June are the six occurrences in H1; June is still open on 20/6, so not done.
    ['monthly, June still open', [monthly('m', 5)], '2024-H1', '2024-06-20', { due: 1, done: 0, overdue: 0 }],
    ['monthly, all six done', [monthly('m', 6)], '2024-H1', '2024-07-10', { due: 1, done: 1, doneOnTime: 1 }],
    [
      'monthly, all six done late',
      [monthly('m', 6, true)],
      '2024-H1',
      '2024-07-10',
      { due: 1, done: 1, doneLate: 1 },
    ],
    ['monthly, March missing', [monthly('m', 2)], '2024-Q1', '2024-04-10', { due: 1, done: 0, overdue: 1 }],
    // Continuous work reported quarterly counts in any period its quarter overlaps.
    [
      'continuous, in its quarter',
      [task('c', 'Thường xuyên', 'inProgress')],
      '2024-Q2',
      '2024-06-20',
      { due: 1, done: 0, overdue: 0 },
    ],
    [
      'continuous, in a month',
      [task('c', 'Thường xuyên', 'done', '2024-05-31')],
      '2024-05',
      '2024-06-20',
      { due: 1, done: 1, doneOnTime: 1 },
    ],
    ['continuous, for the year', [task('c', 'Thường xuyên', 'inProgress')], '2024', '2024-06-20', { due: 1 }],
    [
      'not due in the period',
      [task('q3', 'Quý III/2024', 'notStarted')],
      '2024-H1',
      '2024-06-20',
      { due: 0, rate: null },
    ],
    [
      'triggered, nothing recorded',
      [task('t', 'Theo sự kiện', 'notStarted')],
      '2024',
      '2024-06-20',
      { due: 0 },
    ],
    ['undated timeframe', [task('u', '', 'notStarted')], '2024', '2024-06-20', { due: 0 }],
  ])('%s', (_name, tasks, period, today, expected) => {
    expect(counts(completionRate(tasks, period, { today, calendar }))).toMatchObject(expected);
  });

  it('refuses an invalid period code', () => {
    expect(() => completionRate([], '2024-Q5', { today: '2024-06-20', calendar })).toThrow();
  });
});
