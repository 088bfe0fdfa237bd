import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartmentWithSubunit } from '../../../test/support/tasks.js';
import { aPlan } from '../../../test/support/tracking.js';
import { parsePeriodCode } from '../../domain/calendar/index.js';
import {
  type CompletionCounts,
  type CompletionOccurrence,
  type TaskStatus,
  completionSentence,
  taskCompletion,
} from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';

// One completion rule, every view (issue 11, item 1): plans with one-off, quarterly, monthly,
// weekly, continuous and triggered tasks, progress of every kind, and for several units, plans,
// periods and as-of dates the statistics API, its breakdowns, Việc của tôi and the department
// report all state the figures the domain rule gives over the stored rows.

type Figures = Omit<CompletionCounts, 'countBasis'>;
type Body = Figures & { countBasis: string; basisLabel: string; occurrences: Figures };

const FIELDS = [
  'assigned',
  'due',
  'dueDone',
  'doneOnTime',
  'doneLate',
  'overdue',
  'inProgress',
  'noDeadline',
  'cancelled',
  'completionRate',
] as const;
const figures = (body: Figures): Figures =>
  Object.fromEntries(FIELDS.map((k) => [k, body[k]])) as unknown as Figures;

/** A fixed spread of progress, the same on every run: on time, late, open, cancelled, early. */
function progressFor(n: number, deadline: string | null): { status: TaskStatus; completedOn: string | null } {
  const shift = (days: number) => {
    const base = deadline ?? '2024-03-29';
    const d = new Date(`${base}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  switch (n % 7) {
    case 0:
    case 1:
    case 4:
      return { status: 'done', completedOn: shift(-2) };
    case 2:
      return { status: 'done', completedOn: shift(9) };
    case 3:
      return { status: 'inProgress', completedOn: null };
    case 5:
      return n % 3 === 0
        ? { status: 'cancelled', completedOn: null }
        : { status: 'paused', completedOn: null };
    default:
      return { status: 'done', completedOn: shift(0) };
  }
}

async function storedTasks(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('task_occurrences as o')
    .innerJoin('plans as p', 'p.id', 'o.plan_id')
    .innerJoin('plan_items as i', 'i.id', 'o.plan_item_id')
    .select(['o.plan_item_id', 'o.plan_id', 'p.status as plan_status', 'i.domain'])
    .select(['o.status', 'o.due_date', 'o.deadline', 'o.completed_on', 'o.period_code', 'o.source'])
    .orderBy('o.plan_item_id')
    .orderBy('o.key')
    .execute();
  const links = await db
    .selectFrom('plan_item_units')
    .select(['plan_item_id', 'org_unit_id', 'role'])
    .execute();
  const tasks = new Map<
    string,
    {
      planId: string;
      active: boolean;
      domain: string | null;
      leads: string[];
      occurrences: CompletionOccurrence[];
    }
  >();
  for (const r of rows) {
    const task = tasks.get(r.plan_item_id) ?? {
      planId: r.plan_id,
      active: r.plan_status === 'active',
      domain: r.domain,
      leads: links
        .filter((l) => l.plan_item_id === r.plan_item_id && l.role === 'lead')
        .map((l) => l.org_unit_id),
      occurrences: [],
    };
    task.occurrences.push({
      status: r.status,
      dueDate: r.due_date,
      deadline: r.deadline,
      completedOn: r.completed_on,
      periodCode: r.period_code,
      source: r.source,
    });
    tasks.set(r.plan_item_id, task);
  }
  return tasks;
}

describe('one completion rule across the statistics, breakdowns, Việc của tôi and the report', () => {
  let t: TestContext;
  let admin: Session;
  let clock = new Date('2024-12-31T03:00:00Z');
  let stored: Awaited<ReturnType<typeof storedTasks>>;
  const ids = { department: '', A: '', A1: '', B: '', plan1: '', plan2: '' };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => clock });
    const db = t.database.db;
    const { org, ids: unitIds, sessions } = await aDepartmentWithSubunit(t);
    Object.assign(ids, unitIds, { department: org.department.id });
    admin = sessions.admin;

    const plan1 = await aPlan(db, t.services, { year: 2024 });
    const plan2 = await aPlan(db, t.services, { year: 2024 });
    const superseded = await aPlan(db, t.services, { year: 2024, status: 'superseded' });
    Object.assign(ids, { plan1: plan1.id, plan2: plan2.id });
    const kinds = [
      'trước ngày 15/3',
      'Quý II',
      'trước ngày 20/5',
      'Hằng quý',
      'Hằng tháng',
      'Hằng tuần',
      'Thường xuyên',
      'Theo sự kiện',
      '6 tháng đầu năm',
      'Quý III',
    ];
    const domains = ['Bưu chính', 'Chuyển đổi số', 'Báo chí'];
    const leads = [ids.A, ids.A1, ids.B];
    const triggered: string[] = [];
    let dropped = '';
    let n = 0;
    for (const [p, plan] of [plan1, plan2, superseded].entries())
      for (const [k, timeframe] of kinds.entries()) {
        if (p > 0 && k % 2 === 1) continue;
        const task = await plan.task({
          lead: leads[(k + p) % 3] as string,
          coordinators: k % 4 === 0 ? [ids.B] : [],
          domain: domains[(k + p) % 3],
          timeframe,
        });
        n += 1;
        if (timeframe === 'Theo sự kiện') triggered.push(task);
        if (timeframe === '6 tháng đầu năm' && p === 0) dropped = task;
      }
    for (const [i, task] of triggered.entries())
      for (const [date, days] of [
        ['2024-02-05', 5],
        ['2024-05-13', 10],
        ['2024-09-02', 3],
      ] as const) {
        const res = await admin.request('POST', `/api/tasks/${task}/triggers`, {
          date,
          dueInWorkingDays: days + i,
          description: `Công văn ${date}`,
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    expect(n).toBe(20);

    // Progress on every occurrence, spread by a counter (test-only: rows as the tasks API leaves them).
    // In a stable order (ids are random): by the tasks' numbered names, then the occurrence key.
    const occurrences = await db
      .selectFrom('task_occurrences as o')
      .innerJoin('plan_items as i', 'i.id', 'o.plan_item_id')
      .select(['o.id', 'o.deadline'])
      .orderBy('i.content')
      .orderBy('o.key')
      .execute();
    for (const [i, o] of occurrences.entries()) {
      const { status, completedOn } = progressFor(i, o.deadline);
      if (status === 'notStarted') continue;
      await db
        .updateTable('task_occurrences')
        .set({ status, completed_on: completedOn, progress: status === 'done' ? 100 : 30 })
        .where('id', '=', o.id)
        .execute();
    }
    // A task withdrawn from the plan: every occurrence cancelled, so it counts nowhere but there.
    await db
      .updateTable('task_occurrences')
      .set({ status: 'cancelled', completed_on: null, progress: 0 })
      .where('plan_item_id', '=', dropped)
      .execute();
    stored = await storedTasks(db);
  });
  afterAll(() => t.close());

  /** The domain rule over the stored rows, filtered in memory: the reference every view must match. */
  function rule(q: { asOf: string; period?: string; unitIds?: string[]; planId?: string; domain?: string }) {
    const tasks = [...stored]
      .filter(([, task]) => (q.planId === undefined ? task.active : task.planId === q.planId))
      .filter(([, task]) => q.domain === undefined || task.domain === q.domain)
      .filter(([, task]) => q.unitIds === undefined || task.leads.some((u) => q.unitIds?.includes(u)))
      .map(([taskId, task]) => ({ taskId, occurrences: task.occurrences }));
    const period = q.period === undefined ? null : parsePeriodCode(q.period);
    return taskCompletion(tasks, { asOf: q.asOf, period });
  }

  const stats = async (query: string) => {
    const res = await admin.request('GET', `/api/stats/tasks?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Body>();
  };

  const subtree = (unit: 'department' | 'A' | 'B') =>
    unit === 'department' ? [ids.A, ids.A1, ids.B, ids.department] : unit === 'A' ? [ids.A, ids.A1] : [ids.B];

  const AS_OF = ['2024-04-10', '2024-07-10', '2024-12-31'];
  const PERIODS = ['2024-Q1', '2024-H1', '2024'];

  it.each(AS_OF.flatMap((asOf) => PERIODS.map((period) => [asOf, period])))(
    'as of %s for %s: stats API (units, plans) = the rule, per task and per occurrence',
    async (asOf, period) => {
      const queries: [string, Parameters<typeof rule>[0]][] = [
        [`asOf=${asOf}&period=${period}`, { asOf, period }],
        [`asOf=${asOf}&period=${period}&planId=${ids.plan1}`, { asOf, period, planId: ids.plan1 }],
        [`asOf=${asOf}&period=${period}&planId=${ids.plan2}`, { asOf, period, planId: ids.plan2 }],
        ...(['department', 'A', 'B'] as const).map((u): [string, Parameters<typeof rule>[0]] => [
          `asOf=${asOf}&period=${period}&unitId=${ids[u]}&includeSubunits=1`,
          { asOf, period, unitIds: subtree(u) },
        ]),
        [
          `asOf=${asOf}&period=${period}&domain=${encodeURIComponent('Báo chí')}`,
          { asOf, period, domain: 'Báo chí' },
        ],
      ];
      for (const [query, q] of queries) {
        const body = await stats(query);
        const truth = rule(q);
        expect(figures(body), query).toEqual(figures({ ...truth.tasks }));
        expect(figures(body.occurrences), query).toEqual(figures({ ...truth.occurrences }));
      }
    },
  );

  it('has every outcome in the data, so the comparison means something', () => {
    const { tasks, occurrences } = rule({ asOf: '2024-07-10', period: '2024' });
    for (const c of [tasks, occurrences])
      for (const key of [
        'doneOnTime',
        'doneLate',
        'overdue',
        'inProgress',
        'noDeadline',
        'cancelled',
      ] as const)
        expect(c[key], `${c.countBasis}.${key}`).toBeGreaterThan(0);
    expect(tasks.completionRate).not.toBe(occurrences.completionRate);
  });

  it.each(AS_OF)(
    'as of %s: each breakdown row (unit, domain) is the stats API for that unit or domain',
    async (asOf) => {
      for (const by of ['unit', 'domain'] as const) {
        const res = await admin.request(
          'GET',
          `/api/stats/tasks/breakdown?by=${by}&asOf=${asOf}&period=2024-H1`,
        );
        expect(res.statusCode, res.body).toBe(200);
        const rows = res.json<{ rows: (Body & { key: string })[] }>().rows;
        expect(rows.length).toBeGreaterThan(1);
        for (const row of rows) {
          const filter = by === 'unit' ? `unitId=${row.key}` : `domain=${encodeURIComponent(row.key)}`;
          const single = await stats(`asOf=${asOf}&period=2024-H1&${filter}`);
          expect(figures(row), filter).toEqual(figures(single));
          expect(figures(row.occurrences), filter).toEqual(figures(single.occurrences));
        }
      }
    },
  );

  it.each(AS_OF)('as of %s: Việc của tôi states the stats API figures of the unit', async (asOf) => {
    for (const unit of ['A', 'A1', 'B'] as const) {
      const res = await admin.request('GET', `/api/my-work?unitId=${ids[unit]}&asOf=${asOf}`);
      expect(res.statusCode, res.body).toBe(200);
      const work = res.json<{
        summary: Body;
        sections: { key: string; count: number; countBasis: string }[];
      }>();
      const unitStats = await stats(`asOf=${asOf}&unitId=${ids[unit]}`);
      expect(figures(work.summary), unit).toEqual(figures(unitStats));
      expect(figures(work.summary.occurrences), unit).toEqual(figures(unitStats.occurrences));
      expect(figures(work.summary)).toEqual(figures(rule({ asOf, unitIds: [ids[unit]] }).tasks));
      // The overdue section lists occurrences, and says so: as many as the rule counts overdue.
      const overdue = work.sections.find((s) => s.key === 'overdue');
      expect(overdue?.countBasis).toBe('occurrences');
      expect(overdue?.count).toBe(unitStats.occurrences.overdue);
    }
  });

  it.each(AS_OF.flatMap((asOf) => PERIODS.map((period) => [asOf, period])))(
    'built on %s, the department report for %s states the stats API figures, in its sentence and its table',
    async (asOf, period) => {
      clock = new Date(`${asOf}T03:00:00Z`);
      for (const unit of ['department', 'A', 'B'] as const) {
        const res = await admin.request('POST', '/api/consolidated-reports', {
          unitId: ids[unit],
          period,
          kind: 'department',
        });
        expect(res.statusCode, res.body).toBe(200);
        const { draft } = res.json<{
          draft: {
            completion: Record<string, unknown>;
            blocks: {
              id: string;
              content: {
                kind: string;
                text?: string;
                table?: { rows: { kind: string; text?: string; cells?: unknown[] }[] };
              };
            }[];
          };
        }>();
        const api = await stats(`asOf=${asOf}&period=${period}&unitId=${ids[unit]}&includeSubunits=1`);
        expect(draft.completion, `${unit} ${period} ${asOf}`).toMatchObject({
          countBasis: 'tasks',
          asOf,
          due: api.due,
          done: api.dueDone,
          doneOnTime: api.doneOnTime,
          doneLate: api.doneLate,
          overdue: api.overdue,
          inProgress: api.inProgress,
          noDeadline: api.noDeadline,
          rate: api.completionRate,
          sentence: completionSentence({ ...api, countBasis: 'tasks' }),
        });
        const paragraph = draft.blocks.find((b) => b.id === 'completion')?.content.text ?? '';
        expect(paragraph).toContain(completionSentence({ ...api, countBasis: 'tasks' }));
        const table = draft.blocks.find((b) => b.id === 'evaluation-table')?.content.table;
        expect(table?.rows.at(-1)?.text).toBe(`Đánh giá: ${paragraph}`);
      }
    },
  );
});
