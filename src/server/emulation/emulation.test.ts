import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { type Subject, ok } from '../../../test/support/emulation.js';
import { seedDemoData } from '../demo/demo-seed.js';

const NOW = new Date('2024-12-10T03:00:00Z');
const AS_OF = '2024-12-10';

/**
 * The year-end run on the demo data: the scores are recomputed here from the raw rows (task people,
 * lead units, occurrences), with none of the completion code, and must agree with the API.
 */
describe('emulation: year-end scores from the stored work', () => {
  let t: TestContext;
  let compiler: Session;
  let department: string;
  let scores: { units: Subject[]; people: Subject[] };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { year: 2024 });
    const units = await t.services.orgUnits.listAll();
    department = units.find((u) => u.code === 'STTTT-AG')?.id ?? '';
    compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
    scores = await ok(compiler, 'GET', `/api/emulation/scores?unitId=${department}&period=2024`);
  }, 240_000);
  afterAll(() => t.close());

  /** Independent reading of the rule: a task counts when one of its year's occurrences is done or past its deadline. */
  async function expectedTaskPoints(owner: { kind: 'person' | 'unit'; id: string }) {
    const db = t.database.db;
    const calendar = await t.services.calendar.calendar();
    const taskIds =
      owner.kind === 'person'
        ? (
            await db
              .selectFrom('task_people')
              .select('plan_item_id')
              .where('user_id', '=', owner.id)
              .where('role', '=', 'assignee')
              .execute()
          ).map((r) => r.plan_item_id)
        : (
            await db
              .selectFrom('plan_item_units as u')
              .innerJoin('plan_items as i', 'i.id', 'u.plan_item_id')
              .select('u.plan_item_id')
              .where('u.org_unit_id', '=', owner.id)
              .where('u.role', '=', 'lead')
              .where('i.kind', '=', 'task')
              .execute()
          ).map((r) => r.plan_item_id);
    let earned = 0;
    let max = 0;
    const outcomes: Record<string, number> = { onTime: 0, late: 0, overdue: 0 };
    for (const taskId of taskIds) {
      const rows = await db
        .selectFrom('task_occurrences')
        .select(['due_date', 'deadline', 'completed_on', 'status'])
        .where('plan_item_id', '=', taskId)
        .where('status', '!=', 'cancelled')
        .where('due_date', '>=', '2024-01-01')
        .where('due_date', '<=', '2024-12-31')
        .execute();
      const done = (r: (typeof rows)[number]) => r.completed_on !== null && r.completed_on <= AS_OF;
      const overdue = rows.some((r) => r.deadline !== null && !done(r) && r.deadline < AS_OF);
      const late = rows.some((r) => done(r) && r.deadline !== null && (r.completed_on ?? '') > r.deadline);
      const anyDone = rows.some((r) => done(r) && r.deadline !== null);
      const extended = rows.some(
        (r) =>
          r.deadline !== null &&
          r.due_date !== null &&
          r.deadline > calendar.nextWorkingDayOnOrAfter(r.due_date),
      );
      let value: number | null = null;
      if (overdue) {
        value = 0;
        outcomes.overdue = (outcomes.overdue ?? 0) + 1;
      } else if (late) {
        value = 0.75;
        outcomes.late = (outcomes.late ?? 0) + 1;
      } else if (anyDone) {
        value = 1;
        outcomes.onTime = (outcomes.onTime ?? 0) + 1;
      }
      if (value === null) continue;
      if (extended && value > 0) value -= 0.25;
      earned += value;
      max += 1;
    }
    return { earned, max, outcomes };
  }

  it('scores every division and person of the department, and the people with tasks have points', () => {
    expect(scores.units.length).toBeGreaterThanOrEqual(7);
    const scored = scores.people.filter((p) => p.points !== null).map((p) => p.name);
    expect(scored).toEqual(
      expect.arrayContaining(['Lê Văn Chuyên Viên (mẫu)', 'Trần Thị Trưởng Phòng (mẫu)']),
    );
  });

  it("recomputes each person's points from the raw rows", async () => {
    for (const person of scores.people) {
      const { earned, max, outcomes } = await expectedTaskPoints({ kind: 'person', id: person.id });
      expect(person.points, person.name).toBe(max === 0 ? null : Math.round((1000 * earned) / max) / 10);
      expect([person.tally.onTime, person.tally.late, person.tally.overdue], person.name).toEqual([
        outcomes.onTime,
        outcomes.late,
        outcomes.overdue,
      ]);
    }
  });

  it("recomputes each division's task component, and the points from the components and the year's weights", async () => {
    const weights = { tasks: 60, indicators: 25, reports: 15 };
    for (const unit of scores.units) {
      const { earned, max } = await expectedTaskPoints({ kind: 'unit', id: unit.id });
      expect([unit.components.tasks.earned, unit.components.tasks.max], unit.name).toEqual([earned, max]);
      const present = (['tasks', 'indicators', 'reports'] as const).filter((c) => unit.components[c].max > 0);
      const total = present.reduce((s, c) => s + weights[c], 0);
      const points = present.reduce(
        (s, c) => s + (weights[c] * 100 * unit.components[c].earned) / total / unit.components[c].max,
        0,
      );
      expect(unit.points, unit.name).toBe(present.length === 0 ? null : Math.round(points * 10) / 10);
    }
  });

  it('links every point to its source: the task, the indicator, the report board', async () => {
    const lines = [...scores.units, ...scores.people].flatMap((s) => s.lines);
    expect(lines.some((l) => l.component === 'indicators')).toBe(true);
    expect(lines.some((l) => l.component === 'reports')).toBe(true);
    for (const line of lines) {
      expect(line.link).toMatch(/^\/(tasks|indicators|reports\/regimes)\/[0-9a-f-]{36}(\/board)?$/);
      const table = { tasks: 'plan_items', indicators: 'plan_items', reports: 'report_periods' } as const;
      const id = line.component === 'reports' ? (line.sourceId.split('|')[0] ?? '') : line.sourceId;
      const row = await t.database.db
        .selectFrom(table[line.component])
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      expect(row, line.sourceId).toBeDefined();
    }
  });

  it('proposes ratings from the points within the 20 % cap of every unit', () => {
    for (const unit of scores.units) {
      const own = scores.people.filter((p) => p.unit.id === unit.id);
      const excellent = own.filter((p) => p.proposed === 'HTXSNV').length;
      const good = own.filter((p) => p.proposed === 'HTTNV').length;
      expect(excellent * 5, unit.name).toBeLessThanOrEqual(good);
      for (const p of own) if (p.capped) expect([p.fromPoints, p.proposed]).toEqual(['HTXSNV', 'HTTNV']);
    }
  });

  it('shows a staff member only their own scores', async () => {
    const staff = await login(t.app, 'chuyenvien', TEST_PASSWORD);
    const own = await ok<{ units: Subject[]; people: Subject[] }>(
      staff,
      'GET',
      `/api/emulation/scores?unitId=${department}&period=2024-Q4`,
    );
    expect(own.units).toEqual([]);
    expect(own.people.map((p) => p.name)).toEqual(['Lê Văn Chuyên Viên (mẫu)']);
  });

  it('refuses a period that is not a month, quarter or year, in Vietnamese', async () => {
    const res = await compiler.request('GET', `/api/emulation/scores?unitId=${department}&period=2024-H1`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('kỳ chấm điểm phải là năm');
  });
});
