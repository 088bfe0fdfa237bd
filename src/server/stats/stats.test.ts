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
  taskCompletion,
} from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';

// Test-only: progress written straight into the rows, as the tasks API would leave them.
async function setOccurrence(
  db: Kysely<Database>,
  taskId: string,
  key: string,
  status: TaskStatus,
  completedOn: string | null = null,
) {
  const result = await db
    .updateTable('task_occurrences')
    .set({
      status,
      completed_on: completedOn,
      progress: status === 'done' ? 100 : status === 'inProgress' ? 50 : 0,
    })
    .where('plan_item_id', '=', taskId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  expect(result.numUpdatedRows).toBe(1n);
}

/** Every stored occurrence with what the filters look at, for the domain function to count. */
async function allOccurrences(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('task_occurrences as o')
    .innerJoin('plans as p', 'p.id', 'o.plan_id')
    .innerJoin('plan_items as i', 'i.id', 'o.plan_item_id')
    .select(['o.status', 'o.due_date', 'o.deadline', 'o.completed_on', 'o.period_code', 'o.source'])
    .select(['o.plan_id', 'o.plan_item_id', 'p.status as plan_status', 'i.domain'])
    .orderBy('o.plan_item_id')
    .execute();
  const links = await db
    .selectFrom('plan_item_units')
    .select(['plan_item_id', 'org_unit_id', 'role'])
    .execute();
  return rows.map((r) => ({
    taskId: r.plan_item_id,
    planId: r.plan_id,
    activePlan: r.plan_status === 'active',
    domain: r.domain,
    units: links.filter((l) => l.plan_item_id === r.plan_item_id),
    record: {
      status: r.status,
      dueDate: r.due_date,
      deadline: r.deadline,
      completedOn: r.completed_on,
      periodCode: r.period_code,
      source: r.source,
    } satisfies CompletionOccurrence,
  }));
}

type Stored = Awaited<ReturnType<typeof allOccurrences>>[number];

type Numbers = Omit<CompletionCounts, 'countBasis' | 'extended' | 'doneOnTimeExtended'>;
type Body = Numbers & {
  countBasis: string;
  basisLabel: string;
  occurrences: Numbers & { countBasis: string };
};

function numbers(body: Numbers): Numbers {
  const { assigned, due, dueDone, doneOnTime, doneLate, overdue, inProgress, noDeadline, cancelled } = body;
  const { completionRate } = body;
  return {
    assigned,
    due,
    dueDone,
    doneOnTime,
    doneLate,
    overdue,
    inProgress,
    noDeadline,
    cancelled,
    completionRate,
  };
}

describe('task statistics', () => {
  let t: TestContext;
  let admin: Session;
  let headA: Session;
  let staffA: Session;
  let stored: Stored[];
  const ids = { A: '', A1: '', B: '', plan: '', oldPlan: '' };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => new Date('2024-07-10T03:00:00Z') });
    const db = t.database.db;
    const { ids: unitIds, sessions } = await aDepartmentWithSubunit(t);
    Object.assign(ids, unitIds);
    ({ admin, headA, staffA } = sessions);

    const plan = await aPlan(db, t.services, { year: 2024 });
    ids.plan = plan.id;
    const edu = 'Giáo dục';
    const health = 'Y tế';
    // Quý I falls due 31/3/2024, a Sunday: the deadline is Monday 1/4.
    const onTime = await plan.task({ lead: ids.A, domain: edu, timeframe: 'Quý I' });
    await setOccurrence(db, onTime, 'once', 'done', '2024-03-25');
    const late = await plan.task({ lead: ids.A, domain: edu, timeframe: 'Quý I' });
    await setOccurrence(db, late, 'once', 'done', '2024-04-15');
    // Quý II: 30/6 is a Sunday, deadline 1/7; open on 10/7, so overdue then and in time on 20/6.
    const open = await plan.task({ lead: ids.B, domain: health, timeframe: 'Quý II' });
    await setOccurrence(db, open, 'once', 'inProgress');
    await plan.task({ lead: ids.B, coordinators: [ids.A], domain: health, timeframe: 'Quý III' });
    // Monthly: January–May done on their deadlines, June done on 5/7 (deadline 1/7).
    const monthly = await plan.task({ lead: ids.A, domain: edu, timeframe: 'Hằng tháng' });
    const monthDeadlines = await db
      .selectFrom('task_occurrences')
      .select(['key', 'deadline'])
      .where('plan_item_id', '=', monthly)
      .orderBy('key')
      .execute();
    for (const { key, deadline } of monthDeadlines.slice(0, 5))
      await setOccurrence(db, monthly, key, 'done', deadline);
    await setOccurrence(db, monthly, '2024-06', 'done', '2024-07-05');
    // Continuous work of the subunit: one occurrence a month, no deadline; January done.
    const continuous = await plan.task({ lead: ids.A1, domain: edu, timeframe: 'Thường xuyên' });
    await setOccurrence(db, continuous, '2024-01', 'done', '2024-01-31');
    const cancelled = await plan.task({ lead: ids.B, domain: health, timeframe: 'Quý II' });
    await setOccurrence(db, cancelled, 'once', 'cancelled');
    const early = await plan.task({ lead: ids.A, domain: health, timeframe: 'trước ngày 15/7' });
    await setOccurrence(db, early, 'once', 'done', '2024-06-18');
    // Due on the day the numbers are read: due, yet still in time.
    await plan.task({ lead: ids.B, domain: health, timeframe: 'trước ngày 10/7' });

    const old = await aPlan(db, t.services, { year: 2024, status: 'superseded' });
    ids.oldPlan = old.id;
    await old.task({ lead: ids.A, domain: edu, timeframe: 'Quý I' });
    stored = await allOccurrences(db);
  });
  afterAll(() => t.close());

  /** The independent count: the domain definition over the stored rows, filtered in memory. */
  function oracle(q: {
    asOf: string;
    planId?: string;
    unitIds?: string[];
    role?: 'lead' | 'coordinator' | 'any';
    domain?: string;
    period?: string;
  }): { tasks: Numbers; occurrences: Numbers } {
    const roles = q.role === 'any' ? ['lead', 'coordinator'] : [q.role ?? 'lead'];
    const records = stored
      .filter((o) => (q.planId === undefined ? o.activePlan : o.planId === q.planId))
      .filter((o) => q.domain === undefined || o.domain === q.domain)
      .filter(
        (o) =>
          q.unitIds === undefined ||
          o.units.some((u) => roles.includes(u.role) && q.unitIds?.includes(u.org_unit_id)),
      );
    const period = q.period === undefined ? null : parsePeriodCode(q.period);
    const byTask = new Map<string, CompletionOccurrence[]>();
    for (const o of records) byTask.set(o.taskId, [...(byTask.get(o.taskId) ?? []), o.record]);
    const tasks = [...byTask].map(([taskId, occurrences]) => ({ taskId, occurrences }));
    const result = taskCompletion(tasks, { asOf: q.asOf, period });
    return { tasks: numbers(result.tasks), occurrences: numbers(result.occurrences) };
  }

  const get = async (session: Session, query: string) => {
    const res = await session.request('GET', `/api/stats/tasks?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Body & { asOf: string }>();
  };

  // assigned, due, dueDone, on time, late, overdue, in progress (not yet due), no deadline, cancelled, rate
  const n = (
    ...v: [number, number, number, number, number, number, number, number, number, number | null]
  ) => {
    const [assigned, due, dueDone, doneOnTime, doneLate, overdue, inProgress, noDeadline, cancelled] = v;
    const completionRate = v[9];
    return {
      assigned,
      due,
      dueDone,
      doneOnTime,
      doneLate,
      overdue,
      inProgress,
      noDeadline,
      cancelled,
      completionRate,
    };
  };

  // Counted per task (9 tasks in the active plan). Whole organisation on 10/7: Quý I done 25/3 and
  // 15/4 (deadline Monday 1/4): on time and late; Quý II open past 1/7: overdue; Quý III: in time;
  // monthly with June done on 5/7: late (occurrences: 5 on time, 1 late, 6 ahead); continuous: no
  // deadline, apart; cancelled: apart; "trước ngày 15/7" done 18/6: done early, so due and on time;
  // "trước ngày 10/7" read on 10/7: still in time.
  it.each<[string, string, Parameters<typeof oracle>[0], Numbers]>([
    ['whole organisation on 10/7', '', { asOf: '2024-07-10' }, n(8, 5, 4, 2, 2, 1, 2, 1, 1, 80)],
    // On 20/6 Quý II was still in time and June not yet due: the monthly task was on time then.
    [
      'whole organisation on 20/6',
      'asOf=2024-06-20',
      { asOf: '2024-06-20' },
      n(8, 4, 4, 3, 1, 0, 3, 1, 1, 100),
    ],
    ['Phòng A leads', 'unitId=A', { asOf: '2024-07-10', unitIds: ['A'] }, n(4, 4, 4, 2, 2, 0, 0, 0, 0, 100)],
    [
      'Phòng A with Tổ A1 below it',
      'unitId=A&includeSubunits=1',
      { asOf: '2024-07-10', unitIds: ['A', 'A1'] },
      n(5, 4, 4, 2, 2, 0, 0, 1, 0, 100),
    ],
    ['Phòng B leads', 'unitId=B', { asOf: '2024-07-10', unitIds: ['B'] }, n(3, 1, 0, 0, 0, 1, 2, 0, 1, 0)],
    [
      'Phòng B on 20/6',
      'unitId=B&asOf=2024-06-20',
      { asOf: '2024-06-20', unitIds: ['B'] },
      n(3, 0, 0, 0, 0, 0, 3, 0, 1, null),
    ],
    [
      'Phòng A coordinates',
      'unitId=A&role=coordinator',
      { asOf: '2024-07-10', unitIds: ['A'], role: 'coordinator' },
      n(1, 0, 0, 0, 0, 0, 1, 0, 0, null),
    ],
    [
      'Phòng A in any role',
      'unitId=A&role=any',
      { asOf: '2024-07-10', unitIds: ['A'], role: 'any' },
      n(5, 4, 4, 2, 2, 0, 1, 0, 0, 100),
    ],
    [
      'domain Giáo dục',
      'domain=Gi%C3%A1o%20d%E1%BB%A5c',
      { asOf: '2024-07-10', domain: 'Giáo dục' },
      n(4, 3, 3, 1, 2, 0, 0, 1, 0, 100),
    ],
    [
      'domain Y tế',
      'domain=Y%20t%E1%BA%BF',
      { asOf: '2024-07-10', domain: 'Y tế' },
      n(4, 2, 1, 1, 0, 1, 2, 0, 1, 50),
    ],
    // Q2 by due date: Quý I's 31/3 stays in Q1 although its deadline moved to 1/4; the monthly task
    // counts April–June (June late), continuous work its April–June occurrences.
    [
      'period 2024-Q2',
      'period=2024-Q2',
      { asOf: '2024-07-10', period: '2024-Q2' },
      n(3, 2, 1, 0, 1, 1, 0, 1, 1, 50),
    ],
    [
      'period 2024-07',
      'period=2024-07',
      { asOf: '2024-07-10', period: '2024-07' },
      n(4, 1, 1, 1, 0, 0, 2, 1, 0, 100),
    ],
    [
      'period 2024-Q2 on 20/6',
      'period=2024-Q2&asOf=2024-06-20',
      { asOf: '2024-06-20', period: '2024-Q2' },
      n(3, 1, 1, 1, 0, 0, 1, 1, 1, 100),
    ],
    ['the plan', 'planId=plan', { asOf: '2024-07-10', planId: 'plan' }, n(8, 5, 4, 2, 2, 1, 2, 1, 1, 80)],
    // A superseded plan counts only when asked for by id.
    [
      'a superseded plan asked for by id',
      'planId=oldPlan',
      { asOf: '2024-07-10', planId: 'oldPlan' },
      n(1, 1, 0, 0, 0, 1, 0, 0, 0, 0),
    ],
  ])('%s', async (_what, query, oracleQuery, expected) => {
    const resolve = (s: string) => (s in ids ? ids[s as keyof typeof ids] : s);
    const url = query.replace(
      /(unitId|planId)=(\w+)/g,
      (_m, key: string, name: string) => `${key}=${resolve(name)}`,
    );
    const body = await get(admin, url);
    const o = {
      ...oracleQuery,
      ...(oracleQuery.unitIds ? { unitIds: oracleQuery.unitIds.map(resolve) } : {}),
      ...(oracleQuery.planId ? { planId: resolve(oracleQuery.planId) } : {}),
    };
    expect(numbers(body)).toEqual(expected);
    const truth = oracle(o);
    expect(numbers(body)).toEqual(truth.tasks);
    expect(numbers(body.occurrences)).toEqual(truth.occurrences);
    expect([body.countBasis, body.basisLabel, body.occurrences.countBasis]).toEqual([
      'tasks',
      'Tính theo nhiệm vụ',
      'occurrences',
    ]);
    expect(body.asOf).toBe(oracleQuery.asOf);
  });

  it('breaks the numbers down per lead unit and per domain, each row matching the domain count', async () => {
    const res = await admin.request('GET', '/api/stats/tasks/breakdown?by=unit');
    expect(res.statusCode, res.body).toBe(200);
    const byUnit = res.json<{ rows: (Body & { key: string; label: string })[] }>().rows;
    expect(byUnit.map((r) => [r.label, r.assigned, r.overdue, r.completionRate])).toEqual([
      ['Phòng A', 4, 0, 100],
      ['Phòng B', 3, 1, 0],
      ['Tổ A1', 1, 0, null],
    ]);
    for (const row of byUnit)
      expect(numbers(row)).toEqual(oracle({ asOf: '2024-07-10', unitIds: [row.key] }).tasks);
    // In any role Phòng A also counts the Quý III task it coordinates for Phòng B.
    const anyRole = await admin.request('GET', '/api/stats/tasks/breakdown?by=unit&role=any');
    const rows = anyRole.json<{ rows: (Body & { key: string; label: string })[] }>().rows;
    expect(rows.map((r) => [r.label, r.assigned])).toEqual([
      ['Phòng A', 5],
      ['Phòng B', 3],
      ['Tổ A1', 1],
    ]);
    for (const row of rows) {
      expect(numbers(row)).toEqual(oracle({ asOf: '2024-07-10', unitIds: [row.key], role: 'any' }).tasks);
      expect(numbers(row.occurrences)).toEqual(
        oracle({ asOf: '2024-07-10', unitIds: [row.key], role: 'any' }).occurrences,
      );
    }

    const domains = await admin.request('GET', '/api/stats/tasks/breakdown?by=domain&period=2024-Q2');
    const byDomain = domains.json<{ rows: (Body & { key: string; label: string })[] }>().rows;
    expect(byDomain.map((r) => [r.label, r.assigned, r.due, r.dueDone])).toEqual([
      ['Giáo dục', 2, 1, 1],
      ['Y tế', 1, 1, 0],
    ]);
    for (const row of byDomain) {
      expect(numbers(row)).toEqual(oracle({ asOf: '2024-07-10', domain: row.key, period: '2024-Q2' }).tasks);
    }
  });

  it('limits an actor who does not see the whole organisation to their own unit', async () => {
    // Staff see their own unit by default, and nothing else.
    expect(numbers(await get(staffA, ''))).toEqual(oracle({ asOf: '2024-07-10', unitIds: [ids.A] }).tasks);
    for (const query of [`unitId=${ids.B}`, `unitId=${ids.A1}`, 'includeSubunits=1']) {
      const res = await staffA.request('GET', `/api/stats/tasks?${query}`);
      expect(res.statusCode, query).toBe(403);
    }
    // A unit head also sees the units below theirs, not their neighbours.
    const below = await get(headA, `unitId=${ids.A}&includeSubunits=1`);
    expect(numbers(below)).toEqual(oracle({ asOf: '2024-07-10', unitIds: [ids.A, ids.A1] }).tasks);
    expect((await headA.request('GET', `/api/stats/tasks?unitId=${ids.A1}`)).statusCode).toBe(200);
    expect((await headA.request('GET', `/api/stats/tasks?unitId=${ids.B}`)).statusCode).toBe(403);
    const breakdown = await headA.request('GET', '/api/stats/tasks/breakdown?by=unit&includeSubunits=1');
    expect(breakdown.json<{ rows: { label: string }[] }>().rows.map((r) => r.label)).toEqual([
      'Phòng A',
      'Tổ A1',
    ]);
  });

  it('refuses bad filters with Vietnamese messages and unknown plans or units with 404', async () => {
    for (const query of ['period=2024-Q5', 'asOf=2024-02-30', 'role=boss', 'planId=abc']) {
      const res = await admin.request('GET', `/api/stats/tasks?${query}`);
      expect(res.statusCode, query).toBe(400);
    }
    const period = await admin.request('GET', '/api/stats/tasks?period=2024-Q5');
    expect(period.json<{ error: { message: string } }>().error.message).toContain('Kỳ báo cáo không hợp lệ');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await admin.request('GET', `/api/stats/tasks?planId=${unknown}`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/stats/tasks?unitId=${unknown}`)).statusCode).toBe(404);
  });

  it('writes the definitions into the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, { get: { description?: string } }>;
    }>();
    const description = doc.paths['/api/stats/tasks']?.get.description ?? '';
    expect(description).toContain('Đến hạn = đã hoàn thành + quá hạn');
    expect(description).toContain('completionRate (tỷ lệ hoàn thành) = dueDone / due');
  });
});
