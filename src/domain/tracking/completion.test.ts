import { describe, expect, it } from 'vitest';
import { WorkingCalendar, parsePeriodCode } from '../calendar/index.js';
import { normalizeTimeframe } from '../timeframe/index.js';
import {
  type CompletionCounts,
  type CompletionOccurrence,
  type OccurrenceStanding,
  type TaskOutcome,
  type TaskStatus,
  completionSentence,
  occurrencesOf,
  periodCodesContaining,
  periodCodesOverlapping,
  recordTrigger,
  standingAsOf,
  taskCompletion,
} from './index.js';

const calendar = new WorkingCalendar({ holidays: { nationalDaySecondDay: 'before' } });

interface TestTask {
  taskId: string;
  occurrences: CompletionOccurrence[];
}

/** A task of the timeframe `raw` in 2024; `progress(i, dueDate)` gives each occurrence's completion. */
function task(
  id: string,
  raw: string,
  progress: (i: number, due: string | null) => [TaskStatus, string | null] = () => ['notStarted', null],
): TestTask {
  const timeframe = normalizeTimeframe(raw, { planYear: 2024 });
  const occurrences = occurrencesOf(timeframe, { planYear: 2024, reportingFrequency: 'quarterly' });
  return {
    taskId: id,
    occurrences: occurrences.map((o, i) => {
      const [status, completedOn] = progress(i, o.dueDate);
      return {
        status,
        completedOn,
        dueDate: o.dueDate,
        deadline: o.dueDate === null ? null : calendar.nextWorkingDayOnOrAfter(o.dueDate),
        periodCode: o.periodCode,
        source: o.source,
      };
    }),
  };
}

const done = (on: string) => (): [TaskStatus, string | null] => ['done', on];
const doneThrough =
  (n: number, late = false) =>
  (i: number, due: string | null): [TaskStatus, string | null] =>
    i < n && due !== null
      ? ['done', late ? `2024-${String(i + 2).padStart(2, '0')}-05` : due]
      : ['notStarted', null];

function occ(deadline: string | null, completedOn: string | null = null): CompletionOccurrence {
  return {
    status: completedOn ? 'done' : 'notStarted',
    dueDate: deadline,
    deadline,
    completedOn,
    periodCode: null,
    source: 'deadline',
  };
}

function triggered(id: string, events: { date: string; days: number; doneOn?: string }[]): TestTask {
  let occurrences = occurrencesOf(normalizeTimeframe('Theo sự kiện', { planYear: 2024 }), {
    planYear: 2024,
    reportingFrequency: 'quarterly',
  });
  for (const e of events)
    occurrences = recordTrigger(occurrences, { date: e.date, dueInWorkingDays: e.days }, calendar);
  return {
    taskId: id,
    occurrences: occurrences.map((o) => {
      const e = events.find((x) => o.key === `event:${x.date}`);
      return {
        status: e?.doneOn ? 'done' : 'inProgress',
        completedOn: e?.doneOn ?? null,
        dueDate: o.dueDate,
        deadline: o.dueDate,
        periodCode: o.periodCode,
        source: o.source,
      };
    }),
  };
}

describe('standingAsOf: rule 2, one occurrence on a date', () => {
  it.each<[string, CompletionOccurrence, string, OccurrenceStanding]>([
    ['done on its deadline', occ('2024-06-28', '2024-06-28'), '2024-07-10', 'doneOnTime'],
    ['done a day after its deadline', occ('2024-06-28', '2024-07-01'), '2024-07-10', 'doneLate'],
    ['done early, deadline still ahead', occ('2024-06-28', '2024-06-05'), '2024-06-10', 'doneOnTime'],
    [
      'done after the as-of date, deadline passed then',
      occ('2024-03-29', '2024-05-02'),
      '2024-04-15',
      'overdue',
    ],
    [
      'done after the as-of date, deadline ahead then',
      occ('2024-06-28', '2024-06-20'),
      '2024-06-10',
      'inProgress',
    ],
    ['open, deadline yesterday', occ('2024-07-09'), '2024-07-10', 'overdue'],
    ['open, deadline today (still in time)', occ('2024-07-10'), '2024-07-10', 'inProgress'],
    ['open, no deadline', occ(null), '2024-07-10', 'noDeadline'],
    ['done, no deadline', occ(null, '2024-03-01'), '2024-07-10', 'noDeadline'],
    // An approved extension replaces the deadline in force: done by the new date is on time.
    ['done by an extended deadline', occ('2024-08-30', '2024-07-20'), '2024-09-10', 'doneOnTime'],
  ])('%s → %s', (_what, occurrence, asOf, standing) => {
    expect(standingAsOf(occurrence, asOf)).toBe(standing);
  });
});

type Figures = Pick<
  CompletionCounts,
  | 'assigned'
  | 'due'
  | 'dueDone'
  | 'doneOnTime'
  | 'doneLate'
  | 'overdue'
  | 'inProgress'
  | 'noDeadline'
  | 'cancelled'
  | 'completionRate'
>;
const figures = (c: CompletionCounts): Figures => {
  const rest: Partial<CompletionCounts> = { ...c };
  delete rest.countBasis;
  return rest as Figures;
};
const zero: Figures = {
  assigned: 0,
  due: 0,
  dueDone: 0,
  doneOnTime: 0,
  doneLate: 0,
  overdue: 0,
  inProgress: 0,
  noDeadline: 0,
  cancelled: 0,
  completionRate: null,
};

describe('taskCompletion: rule 3, how each kind of task counts', () => {
  // [what, task, period, as of, outcome (null: not in the period), occurrences counted]
  it.each<[string, TestTask, string | null, string, TaskOutcome | null, Partial<Figures>]>([
    [
      'one-off, done on time',
      task('a', 'Trước ngày 30/4/2024', done('2024-04-20')),
      '2024-Q2',
      '2024-07-01',
      'doneOnTime',
      { due: 1, dueDone: 1 },
    ],
    [
      'one-off, done late',
      task('a', 'Trước ngày 30/4/2024', done('2024-05-03')),
      '2024-Q2',
      '2024-07-01',
      'doneLate',
      { due: 1, doneLate: 1 },
    ],
    [
      'one-off, open past its deadline',
      task('a', 'Trước ngày 30/4/2024'),
      '2024-Q2',
      '2024-07-01',
      'overdue',
      { due: 1, overdue: 1 },
    ],
    [
      'one-off, not yet due',
      task('a', 'Trước ngày 30/4/2024'),
      '2024-Q2',
      '2024-04-10',
      'inProgress',
      { due: 0, inProgress: 1 },
    ],
    [
      'one-off, done early (counts as due)',
      task('a', 'Trước ngày 30/4/2024', done('2024-04-02')),
      '2024-Q2',
      '2024-04-10',
      'doneOnTime',
      { due: 1 },
    ],
    ['one-off in another period', task('a', 'Quý III/2024'), '2024-H1', '2024-07-01', null, {}],
    // Q1 2024 ends Sunday 31/3: the deadline is Monday 1/4.
    [
      'quarterly task, Q1 done on the moved deadline',
      task('q', 'Hằng quý', done('2024-04-01')),
      '2024-Q1',
      '2024-05-01',
      'doneOnTime',
      { due: 1 },
    ],
    [
      'quarterly, both quarters of H1 done',
      task('q', 'Hằng quý', doneThrough(2)),
      '2024-H1',
      '2024-07-10',
      'doneOnTime',
      { assigned: 2, due: 2, dueDone: 2 },
    ],
    [
      'quarterly, Q2 open on 10/7',
      task('q', 'Hằng quý', doneThrough(1)),
      '2024-H1',
      '2024-07-10',
      'overdue',
      { due: 2, dueDone: 1, overdue: 1 },
    ],
    [
      'quarterly, Q2 not yet due on 20/6',
      task('q', 'Hằng quý', doneThrough(1)),
      '2024-H1',
      '2024-06-20',
      'doneOnTime',
      { due: 1, inProgress: 1 },
    ],
    [
      'monthly, six of six done',
      task('m', 'Hằng tháng', doneThrough(6)),
      '2024-H1',
      '2024-07-10',
      'doneOnTime',
      { due: 6, dueDone: 6 },
    ],
    [
      'monthly, done but late',
      task('m', 'Hằng tháng', doneThrough(6, true)),
      '2024-H1',
      '2024-07-10',
      'doneLate',
      { due: 6, doneLate: 6 },
    ],
    [
      'monthly, March missing',
      task('m', 'Hằng tháng', doneThrough(2)),
      '2024-Q1',
      '2024-04-10',
      'overdue',
      { due: 3, dueDone: 2, overdue: 1 },
    ],
    [
      'monthly, June still in time on 20/6',
      task('m', 'Hằng tháng', doneThrough(5)),
      '2024-H1',
      '2024-06-20',
      'doneOnTime',
      { due: 5, inProgress: 1 },
    ],
    [
      'weekly, W01–W26 in H1, W03 missed',
      task('w', 'Hằng tuần', (i, due) => (i === 2 ? ['notStarted', null] : ['done', due])),
      '2024-H1',
      '2024-07-10',
      'overdue',
      { overdue: 1 },
    ],
    [
      'continuous, counted apart',
      task('c', 'Thường xuyên', done('2024-05-31')),
      '2024-H1',
      '2024-07-10',
      'noDeadline',
      { assigned: 2, due: 0, noDeadline: 2 },
    ],
    [
      'continuous, in a month its quarter overlaps',
      task('c', 'Thường xuyên'),
      '2024-05',
      '2024-06-20',
      'noDeadline',
      { noDeadline: 1 },
    ],
    ['triggered, nothing recorded', triggered('t', []), '2024', '2024-06-20', null, {}],
    [
      'triggered, two events, one late',
      triggered('t', [
        { date: '2024-03-04', days: 5, doneOn: '2024-03-08' },
        { date: '2024-05-06', days: 3, doneOn: '2024-05-20' },
      ]),
      '2024-H1',
      '2024-07-01',
      'doneLate',
      { due: 2, doneOnTime: 1, doneLate: 1 },
    ],
    ['undated timeframe', task('u', ''), '2024', '2024-06-20', null, {}],
    [
      'cancelled',
      task('x', 'Trước ngày 30/4/2024', () => ['cancelled', null]),
      '2024-Q2',
      '2024-07-01',
      'cancelled',
      { assigned: 0, cancelled: 1 },
    ],
    [
      'whole plan (no period)',
      task('m', 'Hằng tháng', doneThrough(6)),
      null,
      '2024-07-10',
      'doneOnTime',
      { assigned: 12, due: 6, inProgress: 6 },
    ],
  ])('%s', (_what, t, periodCode, asOf, outcome, occurrences) => {
    const period = periodCode === null ? null : parsePeriodCode(periodCode);
    const result = taskCompletion([t], { asOf, period });
    expect(result.entries.map((e) => e.outcome)).toEqual(outcome === null ? [] : [outcome]);
    expect(figures(result.occurrences)).toMatchObject(occurrences);
    const tasks = result.tasks;
    expect(tasks.countBasis).toBe('tasks');
    if (outcome !== null) expect(tasks[outcome]).toBe(1);
    // Every task and every occurrence lands in exactly one place.
    for (const c of [result.tasks, result.occurrences]) {
      expect(c.due).toBe(c.doneOnTime + c.doneLate + c.overdue);
      expect(c.assigned).toBe(c.due + c.inProgress + c.noDeadline);
    }
  });
});

describe('taskCompletion: seed 001, 6 tháng đầu năm 2024', () => {
  // The report's table: 2 tasks for Quý I, 7 for Quý II; two plans issued (355/KH-UBND on 5/4,
  // 462/KH-UBND on 8/5), the rest open. Its text says "ước đạt khoảng 33%"; the table gives 2/9.
  const tasks = [
    task('q1-1', 'Quý I/2024'),
    task('q1-2', 'Quý I/2024'),
    task('q2-1', 'Quý II/2024'),
    task('q2-2', 'Quý II/2024', done('2024-05-08')),
    task('q2-3', 'Quý II/2024', done('2024-04-05')),
    ...['q2-4', 'q2-5', 'q2-6', 'q2-7'].map((id) => task(id, 'Quý II/2024')),
  ];
  // [period, as of, figures, sentence]
  it.each<[string, string, Partial<Figures>, string]>([
    // Q2 ends Sunday 30/6, due Monday 1/7: on 2/7 the seven open tasks are overdue.
    [
      '2024-H1',
      '2024-07-02',
      { assigned: 9, due: 9, dueDone: 2, overdue: 7, completionRate: 22.2 },
      'đạt 22% (2/9 nhiệm vụ)',
    ],
    // On 20/6 only Q1's two are overdue; the five open Q2 tasks are still in time.
    [
      '2024-H1',
      '2024-06-20',
      { assigned: 9, due: 4, dueDone: 2, overdue: 2, inProgress: 5, completionRate: 50 },
      'đạt 50% (2/4 nhiệm vụ)',
    ],
    ['2024-Q1', '2024-06-20', { due: 2, overdue: 2, completionRate: 0 }, 'đạt 0% (0/2 nhiệm vụ)'],
    ['2024-Q3', '2024-06-20', zero, 'không có nhiệm vụ đến hạn'],
  ])('%s as of %s', (periodCode, asOf, expected, sentence) => {
    const result = taskCompletion(tasks, { asOf, period: parsePeriodCode(periodCode) });
    expect(figures(result.tasks)).toMatchObject(expected);
    expect(completionSentence(result.tasks)).toBe(sentence);
  });
});

describe('rule 4: rounding of the rate and the sentence', () => {
  const batch = (n: number, of: number) =>
    Array.from({ length: of }, (_, i) => ({
      taskId: `t${i}`,
      occurrences: [occ('2024-06-28', i < n ? '2024-06-10' : null)],
    }));
  it.each<[number, number, number, string]>([
    // 1/8 = 12.5 exactly: half up gives 13 %, where banker's rounding would give 12.
    [1, 8, 12.5, 'đạt 13% (1/8 nhiệm vụ)'],
    [1, 3, 33.3, 'đạt 33% (1/3 nhiệm vụ)'],
    [2, 3, 66.7, 'đạt 67% (2/3 nhiệm vụ)'],
    // 199/200 = 99.5 would round to 100 %, but one task is open: 99 %.
    [199, 200, 99.5, 'đạt 99% (199/200 nhiệm vụ)'],
    [1999, 2000, 99.9, 'đạt 99% (1999/2000 nhiệm vụ)'],
    // 1/300 = 0.33… → 0.3, and 0 % would hide the one done task: 1 %.
    [1, 300, 0.3, 'đạt 1% (1/300 nhiệm vụ)'],
    [0, 5, 0, 'đạt 0% (0/5 nhiệm vụ)'],
    [5, 5, 100, 'đạt 100% (5/5 nhiệm vụ)'],
  ])('%i of %i → %d, "%s"', (n, of, rate, sentence) => {
    const { tasks, occurrences } = taskCompletion(batch(n, of), { asOf: '2024-07-10' });
    expect([tasks.completionRate, completionSentence(tasks)]).toEqual([rate, sentence]);
    expect(completionSentence(occurrences)).toBe(sentence.replace('nhiệm vụ', 'lượt thực hiện'));
  });
});

describe('period codes for storage', () => {
  it('lists every code overlapping a half-year, and those holding a date', () => {
    const codes = periodCodesOverlapping(parsePeriodCode('2024-H1'));
    expect(codes).toEqual(
      expect.arrayContaining(['2024', '2024-H1', '2024-9M', '2024-Q2', '2024-06', '2024-W01']),
    );
    expect(codes).not.toContain('2024-Q3');
    expect(periodCodesContaining('2024-05-15')).toEqual(
      expect.arrayContaining(['2024', '2024-H1', '2024-Q2', '2024-05']),
    );
  });
});
