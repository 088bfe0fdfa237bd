import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../domain/access/roles.js';
import { createTestApp, login, type Session, type TestContext } from '../../test/support/app.js';
import { TEST_PASSWORD, aUnit, aUser } from '../../test/support/builders.js';
import { aPlan } from '../../test/support/tracking.js';

/**
 * The read-scope property, over HTTP, on a generated tree of two provinces:
 *   UBND ▸ Sở ▸ {Văn phòng, P1 ▸ P1a, P2}
 * with one user per role in every unit, and per province a plan of the Sở (naming P1 and P2), a
 * plan of P1a alone and a regime from P1 and P2 to the Sở's Văn phòng. Every role × unit ×
 * resource × action is compared with the rule written out case by case below, and so are the tasks
 * of both plans (list, detail) and the statistics over them (totals, per-unit rows, per-unit asks).
 */
const ROLES: Role[] = ['leader', 'unitHead', 'staff', 'compiler', 'viewer'];
const UNIT_KEYS = ['UBND', 'SO', 'VP', 'P1', 'P1a', 'P2'] as const;
type UnitKey = (typeof UNIT_KEYS)[number];
const PARENT: Record<UnitKey, UnitKey | null> = {
  UBND: null,
  SO: 'UBND',
  VP: 'SO',
  P1: 'SO',
  P1a: 'P1',
  P2: 'SO',
};
const below = (unit: UnitKey, ancestor: UnitKey): boolean => {
  for (let u: UnitKey | null = unit; u; u = PARENT[u]) if (u === ancestor) return true;
  return false;
};

interface Person {
  role: Role;
  province: string;
  unit: UnitKey;
  session: Session;
}

/** Leaders and compilers work for the agency above their unit (the Sở for a division); a root unit for itself. */
const agencyOf = (unit: UnitKey): UnitKey => PARENT[unit] ?? unit;

function expectedPlanRead(p: Person, province: string, kind: 'department' | 'division'): boolean {
  if (p.province !== province) return false;
  if (p.role === 'leader' || p.role === 'compiler') return true; // every agency in a province reaches these units
  if (kind === 'department') {
    // The Sở's plan assigns work to everyone at or below the Sở; above it, a unit head's subtree holds it.
    return below(p.unit, 'SO') || p.role === 'unitHead';
  }
  return p.unit === 'P1a' || (p.role === 'unitHead' && below('P1a', p.unit));
}

/** The regime names the Sở's Văn phòng, P1 and P2: placed at the Sở, like the department plan. */
const expectedRegimeRead = (p: Person, province: string) => expectedPlanRead(p, province, 'department');

/** The units whose work (tasks, statistics) a person reads: their agency's, subtree's or own unit's. */
function reaches(p: Person, province: string, unit: UnitKey): boolean {
  if (p.province !== province) return false;
  if (p.role === 'leader' || p.role === 'compiler') return below(unit, agencyOf(p.unit));
  return p.role === 'unitHead' ? below(unit, p.unit) : unit === p.unit;
}

/** Board rows: all of them to those who reach the receiving Văn phòng, else the rows within reach. */
function expectedBoardRows(p: Person): UnitKey[] {
  const inReach = (unit: UnitKey) => reaches(p, p.province, unit);
  if (inReach('VP')) return ['P1', 'P2'];
  return (['P1', 'P2'] as UnitKey[]).filter(inReach);
}

/** The tasks of each province: the Sở's (lead P1, coordinator P2) and P1a's own. */
const TASK_UNITS: Record<'department' | 'division', UnitKey[]> = {
  department: ['P1', 'P2'],
  division: ['P1a'],
};
interface TaskRef {
  id: string;
  province: string;
  units: UnitKey[];
}
const readsTask = (p: Person, task: TaskRef) => task.units.some((u) => reaches(p, task.province, u));
/** Tasks counted for a unit asked about: those naming it (or, with its subunits, a unit below it). */
const tasksOf = (tasks: TaskRef[], province: string, unit: UnitKey, withSubunits: boolean) =>
  tasks.filter(
    (t) => t.province === province && t.units.some((u) => (withSubunits ? below(u, unit) : u === unit)),
  ).length;

describe(
  'read scope of plans, plan items, regimes, boards, tasks and statistics (two provinces)',
  { timeout: 300_000 },
  () => {
    let t: TestContext;
    const people: Person[] = [];
    const unitIds: Record<string, Record<UnitKey, string>> = {};
    const resources: Record<string, { department: string; division: string; regime: string }> = {};
    const tasks: TaskRef[] = [];
    let admin: Session;

    beforeAll(async () => {
      t = await createTestApp({ loginRateLimitPerMinute: 10_000 });
      for (const province of ['AG', 'CT']) {
        const ids = {} as Record<UnitKey, string>;
        for (const key of UNIT_KEYS) {
          const parent = PARENT[key];
          const unit = await aUnit(t.services, {
            code: `${key}-${province}`,
            name: `${key} ${province}`,
            ...(parent ? { parentId: ids[parent] } : {}),
            kind: key === 'SO' ? 'provincialDepartment' : 'division',
          });
          ids[key] = unit.id;
          for (const role of ROLES) {
            const user = await aUser(t.services, {
              username: `${role}-${key}-${province}`.toLowerCase(),
              orgUnitId: unit.id,
              roles: [role],
            });
            people.push({
              role,
              province,
              unit: key,
              session: await login(t.app, user.username, TEST_PASSWORD),
            });
          }
        }
        unitIds[province] = ids;
      }
      const adminUser = await aUser(t.services, {
        username: 'quantri',
        orgUnitId: unitIds.AG?.VP ?? '',
        roles: ['admin'],
      });
      admin = await login(t.app, adminUser.username, TEST_PASSWORD);
      for (const province of ['AG', 'CT']) {
        const ids = unitIds[province] as Record<UnitKey, string>;
        const department = await aPlan(t.database.db, t.services, { title: `Kế hoạch của Sở ${province}` });
        const shared = await department.task({
          lead: ids.P1,
          coordinators: [ids.P2],
          timeframe: 'Quý II',
          content: 'Việc chung',
        });
        const division = await aPlan(t.database.db, t.services, { title: `Kế hoạch của P1a ${province}` });
        const own = await division.task({ lead: ids.P1a, timeframe: 'Quý III', content: 'Việc riêng' });
        tasks.push(
          { id: shared, province, units: TASK_UNITS.department },
          { id: own, province, units: TASK_UNITS.division },
        );
        const regime = await admin.request('POST', '/api/report-regimes', {
          name: `Báo cáo quý ${province}`,
          content: 'Kết quả trong quý',
          reportingUnits: [ids.P1, ids.P2],
          receivingUnitId: ids.VP,
          frequency: 'quarterly',
          year: 2024,
          cutOffRule: { kind: 'standard' },
          deadlineRule: { kind: 'dayOfMonth', day: 10, monthOffset: 1 },
          dataForm: [],
        });
        expect(regime.statusCode, regime.body).toBe(201);
        const regimeId = regime.json<{ id: string }>().id;
        expect((await admin.request('POST', `/api/report-regimes/${regimeId}/activate`)).statusCode).toBe(
          200,
        );
        resources[province] = { department: department.id, division: division.id, regime: regimeId };
      }
    });
    afterAll(() => t.close());

    it('has zero violations over roles × units × resources × actions', async () => {
      const violations: string[] = [];
      const check = (who: Person, what: string, actual: unknown, expected: unknown) => {
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          violations.push(
            `${who.role}@${who.unit}-${who.province} ${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
          );
      };
      let checks = 0;
      for (const p of people) {
        const plans = (await p.session.request('GET', '/api/plans'))
          .json<{ plans: { id: string }[] }>()
          .plans.map((x) => x.id);
        const regimes = (await p.session.request('GET', '/api/report-regimes'))
          .json<{ regimes: { id: string }[] }>()
          .regimes.map((x) => x.id);
        for (const province of ['AG', 'CT']) {
          const r = resources[province] as { department: string; division: string; regime: string };
          for (const kind of ['department', 'division'] as const) {
            const expected = expectedPlanRead(p, province, kind);
            check(p, `list plans has ${kind} plan ${province}`, plans.includes(r[kind]), expected);
            check(
              p,
              `GET plan ${kind} ${province}`,
              (await p.session.request('GET', `/api/plans/${r[kind]}`)).statusCode,
              expected ? 200 : 404,
            );
            check(
              p,
              `GET items of ${kind} ${province}`,
              (await p.session.request('GET', `/api/plans/${r[kind]}/items`)).statusCode,
              expected ? 200 : 404,
            );
            checks += 3;
          }
          const regimeRead = expectedRegimeRead(p, province);
          check(p, `list regimes has ${province}`, regimes.includes(r.regime), regimeRead);
          check(
            p,
            `GET regime ${province}`,
            (await p.session.request('GET', `/api/report-regimes/${r.regime}`)).statusCode,
            regimeRead ? 200 : 404,
          );
          const board = await p.session.request('GET', `/api/report-regimes/${r.regime}/board`);
          check(p, `board ${province}`, board.statusCode, regimeRead ? 200 : 404);
          checks += 3;
          if (board.statusCode === 200) {
            const ids = unitIds[province] as Record<UnitKey, string>;
            const rows = board
              .json<{ units: { id: string }[] }>()
              .units.map((u) => (Object.keys(ids) as UnitKey[]).find((k) => ids[k] === u.id));
            check(p, `board rows ${province}`, rows.sort(), expectedBoardRows(p).sort());
            checks++;
          }
        }
      }
      console.info(`read scope: ${people.length} users, ${checks} checks, ${violations.length} violations`);
      expect(violations).toEqual([]);
    });

    it('has zero violations over roles × units × tasks and statistics', async () => {
      const violations: string[] = [];
      const check = (who: Person, what: string, actual: unknown, expected: unknown) => {
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          violations.push(
            `${who.role}@${who.unit}-${who.province} ${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
          );
      };
      const keyOf = (id: string | null) => {
        for (const [province, ids] of Object.entries(unitIds))
          for (const key of UNIT_KEYS) if (ids[key] === id) return `${key}-${province}`;
        return `?${id}`;
      };
      const whole = (p: Person) => p.role === 'leader' || p.role === 'compiler';
      let checks = 0;
      for (const p of people) {
        const readable = tasks.filter((task) => readsTask(p, task));
        // Tasks: the list holds exactly the readable ones; the detail refuses the others (403, as before).
        const list = (await p.session.request('GET', '/api/tasks?pageSize=200'))
          .json<{ items: { id: string }[] }>()
          .items.map((x) => x.id);
        check(p, 'task list', list.sort(), readable.map((x) => x.id).sort());
        for (const task of tasks) {
          const detail = await p.session.request('GET', `/api/tasks/${task.id}`);
          check(
            p,
            `GET task ${task.units.join('+')}-${task.province}`,
            detail.statusCode,
            readsTask(p, task) ? 200 : 403,
          );
        }
        checks += 1 + tasks.length;

        // Statistics as asked with no unit: leaders and compilers get their agency, the others their unit.
        const own = (province: string) =>
          province === p.province ? tasksOf(tasks, province, p.unit, false) : 0;
        const totals = await p.session.request('GET', '/api/stats/tasks?role=any');
        check(
          p,
          'stats totals',
          totals.json<{ assigned: number }>().assigned,
          whole(p) ? readable.length : own(p.province),
        );
        const breakdown = (await p.session.request('GET', '/api/stats/tasks/breakdown?by=unit&role=any'))
          .json<{ rows: { key: string | null; assigned: number }[] }>()
          .rows.map((row) => `${keyOf(row.key)}:${row.assigned}`);
        const expectedRows = (['P1', 'P2', 'P1a'] as UnitKey[])
          .filter((u) => (whole(p) ? reaches(p, p.province, u) : u === p.unit))
          .map((u) => `${u}-${p.province}:${tasksOf(tasks, p.province, u, false)}`);
        check(p, 'stats rows by unit', breakdown.sort(), expectedRows.sort());
        checks += 2;

        // Statistics of each unit asked by id: the units in reach only, counting their tasks.
        const subunits = p.role !== 'staff' && p.role !== 'viewer';
        for (const [province, ids] of Object.entries(unitIds)) {
          for (const unit of UNIT_KEYS) {
            const res = await p.session.request(
              'GET',
              `/api/stats/tasks?role=any&unitId=${ids[unit]}&includeSubunits=${subunits}`,
            );
            const expected = reaches(p, province, unit);
            check(p, `stats of ${unit}-${province}`, res.statusCode, expected ? 200 : 403);
            if (expected && res.statusCode === 200)
              check(
                p,
                `stats of ${unit}-${province} assigned`,
                res.json<{ assigned: number }>().assigned,
                tasksOf(tasks, province, unit, subunits),
              );
            checks++;
          }
        }
      }
      console.info(
        `task/stats scope: ${people.length} users, ${checks} checks, ${violations.length} violations`,
      );
      expect(violations).toEqual([]);
    });

    it('leaves admins every task and the statistics of both provinces', async () => {
      const list = (await admin.request('GET', '/api/tasks?pageSize=200')).json<{
        items: { id: string }[];
      }>();
      expect(list.items.map((x) => x.id).sort()).toEqual(tasks.map((x) => x.id).sort());
      const totals = (await admin.request('GET', '/api/stats/tasks?role=any')).json<{ assigned: number }>();
      expect(totals.assigned).toBe(tasks.length);
    });

    it('leaves admins every plan and regime', async () => {
      const plans = (await admin.request('GET', '/api/plans'))
        .json<{ plans: { id: string }[] }>()
        .plans.map((x) => x.id);
      for (const r of Object.values(resources))
        expect(plans).toEqual(expect.arrayContaining([r.department, r.division]));
    });
  },
);
