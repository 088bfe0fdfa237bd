import { describe, expect, it } from 'vitest';
import { WorkingCalendar, parsePeriodCode } from '../calendar/index.js';
import { normalizeTimeframe } from '../timeframe/index.js';
import {
  type StatsOccurrence,
  type StatsStanding,
  type TaskProgress,
  type TaskStatus,
  type Timeliness,
  completionRate,
  occurrencesOf,
  periodCodesContaining,
  periodCodesOverlapping,
  standingAsOf,
  taskStats,
  timeliness,
} from './index.js';

const calendar = new WorkingCalendar({ holidays: { nationalDaySecondDay: 'before' } });

function occ(
  deadline: string | null,
  status: TaskStatus = 'notStarted',
  completedOn: string | null = null,
  extra: Partial<StatsOccurrence> = {},
): StatsOccurrence {
  return { status, dueDate: deadline, deadline, completedOn, periodCode: null, source: 'deadline', ...extra };
}

describe('standingAsOf: where one occurrence stands on a date', () => {
  // [what, occurrence, as of, standing]
  it.each<[string, StatsOccurrence, string, StatsStanding]>([
    ['done on its deadline', occ('2024-06-28', 'done', '2024-06-28'), '2024-07-10', 'doneOnTime'],
    ['done a day after its deadline', occ('2024-06-28', 'done', '2024-07-01'), '2024-07-10', 'doneLate'],
    ['done with no deadline', occ(null, 'done', '2024-03-01'), '2024-07-10', 'doneOnTime'],
    [
      'done after the as-of date, deadline passed then',
      occ('2024-03-29', 'done', '2024-05-02'),
      '2024-04-15',
      'overdue',
    ],
    [
      'done after the as-of date, deadline still ahead then',
      occ('2024-06-28', 'done', '2024-06-20'),
      '2024-06-10',
      'inProgress',
    ],
    ['open, deadline yesterday', occ('2024-07-09', 'inProgress'), '2024-07-10', 'overdue'],
    ['open, deadline today (still in time)', occ('2024-07-10', 'inProgress'), '2024-07-10', 'inProgress'],
    ['open, no deadline', occ(null, 'notStarted'), '2024-07-10', 'inProgress'],
    ['paused past its deadline', occ('2024-05-02', 'paused'), '2024-07-10', 'overdue'],
  ])('%s → %s', (_what, occurrence, asOf, standing) => {
    expect(standingAsOf(occurrence, asOf)).toBe(standing);
  });

  const fromTimeliness: Record<Timeliness, StatsStanding> = {
    doneOnTime: 'doneOnTime',
    doneLate: 'doneLate',
    overdue: 'overdue',
    dueSoon: 'inProgress',
    onTrack: 'inProgress',
    noDeadline: 'inProgress',
  };
  it.each<[string | null, TaskStatus, string | null, string]>([
    // 30/6/2024 is a Sunday: the deadline is Monday 1/7, and work handed in then is on time.
    ['2024-06-30', 'done', '2024-07-01', '2024-07-10'],
    ['2024-06-30', 'done', '2024-07-02', '2024-07-10'],
    ['2024-06-30', 'inProgress', null, '2024-07-01'],
    ['2024-06-30', 'inProgress', null, '2024-07-02'],
    // 31/8/2024 is a Saturday before the National Day holidays: the deadline moves to 3/9.
    ['2024-08-31', 'notStarted', null, '2024-09-03'],
    ['2024-08-31', 'notStarted', null, '2024-09-04'],
    [null, 'paused', null, '2024-09-05'],
    [null, 'done', '2024-01-05', '2024-09-05'],
  ])('agrees with timeliness: due %s, %s, done %s, as of %s', (dueDate, status, completedOn, asOf) => {
    const deadline = dueDate === null ? null : calendar.nextWorkingDayOnOrAfter(dueDate);
    const occurrence: StatsOccurrence = { ...occ(deadline, status, completedOn), dueDate };
    const expected = fromTimeliness[timeliness({ dueDate, completedOn, status, today: asOf }, { calendar })];
    expect(standingAsOf(occurrence, asOf)).toBe(expected);
  });
});

describe('taskStats: the counts', () => {
  const set: StatsOccurrence[] = [
    occ('2024-03-29', 'done', '2024-03-20'),
    occ('2024-03-29', 'done', '2024-04-10'),
    occ('2024-04-01', 'inProgress'),
    occ('2024-07-01', 'done', '2024-06-25'),
    occ('2024-07-01', 'notStarted'),
    occ('2024-09-30', 'notStarted'),
    occ(null, 'inProgress', null, { source: 'continuous', periodCode: '2024-06', dueDate: null }),
    occ(null, 'inProgress', null, { source: 'continuous', periodCode: '2024-08', dueDate: null }),
    occ('2024-04-01', 'cancelled'),
  ];

  // [as of, period, assigned, due, dueDone, on time, late, in progress, overdue, cancelled, rate]
  it.each<
    [string, string | null, number, number, number, number, number, number, number, number, number | null]
  >([
    // Due: the two March ones and 1/4; done among them: both March ones → 2/3. The one done on
    // 25/6 was not done yet on 20/6.
    ['2024-06-20', null, 8, 3, 2, 1, 1, 5, 1, 1, 66.7],
    // 1/7 has come: 5 due, 3 of them done; the open 1/7 one is due but not yet late.
    ['2024-07-01', null, 8, 5, 3, 2, 1, 4, 1, 1, 60],
    ['2024-07-02', null, 8, 5, 3, 2, 1, 3, 2, 1, 60],
    // Seen from 10/4, the one done on 10/4 was done that day; from 5/4 it was overdue.
    ['2024-04-10', null, 8, 3, 2, 1, 1, 5, 1, 1, 66.7],
    ['2024-04-05', null, 8, 3, 1, 1, 0, 5, 2, 1, 33.3],
    // Only dates inside Q2, and continuous work reported in June.
    ['2024-07-02', '2024-Q2', 2, 1, 0, 0, 0, 1, 1, 1, 0],
    ['2024-07-02', '2024-H1', 4, 3, 2, 1, 1, 1, 1, 1, 66.7],
    ['2024-07-02', '2024-Q3', 4, 2, 1, 1, 0, 2, 1, 0, 50],
    ['2024-01-10', '2024-Q4', 0, 0, 0, 0, 0, 0, 0, 0, null],
  ])(
    'as of %s, period %s',
    (asOf, code, assigned, due, dueDone, doneOnTime, doneLate, inProgress, overdue, cancelled, rate) => {
      const period = code === null ? undefined : parsePeriodCode(code);
      expect(taskStats(set, { asOf, ...(period ? { period } : {}) })).toEqual({
        asOf,
        assigned,
        due,
        dueDone,
        doneOnTime,
        doneLate,
        inProgress,
        overdue,
        cancelled,
        completionRate: rate,
      });
    },
  );

  it('every non-cancelled occurrence lands in exactly one of the four standings', () => {
    for (const asOf of ['2024-01-01', '2024-04-01', '2024-07-01', '2024-12-31']) {
      const s = taskStats(set, { asOf });
      expect(s.doneOnTime + s.doneLate + s.inProgress + s.overdue).toBe(s.assigned);
      expect(s.overdue).toBeLessThanOrEqual(s.due - s.dueDone);
    }
  });

  it('never reads 100 % while one due occurrence is open', () => {
    const many = [
      ...Array.from({ length: 1999 }, () => occ('2024-03-29', 'done', '2024-03-01')),
      occ('2024-03-29'),
    ];
    expect(taskStats(many, { asOf: '2024-07-10' }).completionRate).toBe(99.9);
  });
});

describe('taskStats against completionRate (seed 001, 6 tháng đầu năm 2024)', () => {
  // The report's text claims "ước đạt khoảng 33%"; its own table gives 2/9.
  const raw: [string, TaskStatus, string | null][] = [
    ['Quý I/2024', 'inProgress', null],
    ['Quý I/2024', 'inProgress', null],
    ['Quý II/2024', 'inProgress', null],
    ['Quý II/2024', 'done', '2024-05-08'],
    ['Quý II/2024', 'done', '2024-04-05'],
    ['Quý II/2024', 'inProgress', null],
    ['Quý II/2024', 'inProgress', null],
    ['Quý II/2024', 'inProgress', null],
    ['Quý II/2024', 'inProgress', null],
  ];
  const tasks: TaskProgress[] = raw.map(([text, status, completedOn], i) => ({
    taskId: `t${i}`,
    occurrences: occurrencesOf(normalizeTimeframe(text, { planYear: 2024 }), {
      planYear: 2024,
      reportingFrequency: 'quarterly',
    }).map((o) => ({ ...o, status, completedOn })),
  }));
  const records: StatsOccurrence[] = tasks.flatMap((t) =>
    t.occurrences.map((o) => ({
      status: o.status,
      dueDate: o.dueDate,
      deadline: o.dueDate === null ? null : calendar.nextWorkingDayOnOrAfter(o.dueDate),
      completedOn: o.completedOn ?? null,
      periodCode: o.periodCode,
      source: o.source,
    })),
  );

  it('after the last deadline both give 2/9 = 22.2 %', () => {
    const summary = completionRate(tasks, '2024-H1', { today: '2024-07-02', calendar });
    const stats = taskStats(records, { asOf: '2024-07-02', period: parsePeriodCode('2024-H1') });
    expect([stats.due, stats.dueDone, stats.doneOnTime, stats.doneLate, stats.overdue]).toEqual([
      summary.due,
      summary.done,
      summary.doneOnTime,
      summary.doneLate,
      summary.overdue,
    ]);
    expect(stats.completionRate).toBe(22.2);
    expect(summary.rate).toBe(22.2);
  });

  it('before Q2 falls due only the Q1 tasks are due, so the rate is 0/2 while the report rate is 2/9', () => {
    const stats = taskStats(records, { asOf: '2024-06-20', period: parsePeriodCode('2024-H1') });
    expect([stats.due, stats.dueDone, stats.completionRate, stats.doneOnTime]).toEqual([2, 0, 0, 2]);
    expect(completionRate(tasks, '2024-H1', { today: '2024-06-20', calendar }).rate).toBe(22.2);
  });
});

describe('period codes for storage filters', () => {
  it.each<[string, string[], string[]]>([
    [
      '2024-Q2',
      ['2024', '2024-H1', '2024-9M', '2024-Q2', '2024-04', '2024-06', '2024-W14', '2024-W26'],
      ['2024-Q1', '2024-Q3', '2024-H2', '2024-03', '2024-07', '2024-W13', '2024-W27', '2023'],
    ],
    // 30/12/2024 starts ISO week 2025-W01, which overlaps the year 2024.
    ['2024', ['2024-W01', '2025-W01', '2024-12', '2024-9M'], ['2023-W52', '2025', '2025-01']],
    // 2020-W53 runs 28/12/2020–3/1/2021.
    ['2021', ['2020-W53', '2021-W52'], ['2020-12', '2020']],
  ])('%s overlaps what continuous work of those codes reports on', (code, inside, outside) => {
    const codes = periodCodesOverlapping(parsePeriodCode(code));
    expect(codes).toEqual(expect.arrayContaining(inside));
    for (const c of outside) expect(codes).not.toContain(c);
  });

  it('2024-Q2 has exactly its 20 overlapping periods (year, 9M, H1, Q2, 3 months, 13 weeks)', () => {
    expect(periodCodesOverlapping(parsePeriodCode('2024-Q2'))).toHaveLength(20);
  });

  it.each<[string, string[]]>([
    ['2024-07-10', ['2024-W28', '2024-07', '2024-Q3', '2024-H2', '2024-9M', '2024']],
    ['2024-12-31', ['2025-W01', '2024-12', '2024-Q4', '2024-H2', '2024']],
  ])('the periods holding %s', (date, codes) => {
    expect(periodCodesContaining(date)).toEqual(codes);
  });
});
