import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { periodContaining, previousPeriod, vietnamDateAt } from '../../domain/calendar/index.js';
import { systemContext } from '../common/context.js';
import { DEMO_PLAN_NUMBER } from './demo-plan.js';
import { seedDemoData } from './demo-seed.js';

// Issue 11, "what it must show": on a fresh start Tổng quan shows the department a believable
// completion rate for the last completed half-year, and the department's report for that period
// states the same figure as GET /api/stats/tasks with the same scope.

const NOW = new Date('2026-12-07T03:00:00Z');

interface Stats {
  countBasis: string;
  due: number;
  dueDone: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  completionRate: number | null;
  occurrences: { due: number; completionRate: number | null };
}

interface Rates {
  onTime: number;
  late: number;
  missing: number;
  lateUnits: { name: string }[];
  missingUnits: { name: string }[];
}

describe('a fresh start with the sample data', () => {
  let t: TestContext;
  let leader: Session;
  let compiler: Session;
  let department = '';
  const half = previousPeriod(periodContaining('half', vietnamDateAt(NOW))).code;

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD);
    department = (await t.services.orgUnits.listAll()).find((u) => u.code === 'STTTT-AG')?.id ?? '';
    leader = await login(t.app, 'lanhdao', TEST_PASSWORD);
    compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
  }, 300_000);
  afterAll(() => t.close());

  const stats = async (query: string) => {
    const res = await leader.request('GET', `/api/stats/tasks?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Stats>();
  };

  it('shows the department between 50 % and 90 % completion for the last completed half-year', async () => {
    expect(half).toBe('2026-H1');
    // What Tổng quan asks for the department with its units and that half-year.
    const s = await stats(`unitId=${department}&includeSubunits=1&period=${half}`);
    expect(s.countBasis).toBe('tasks');
    expect(s.completionRate).toBeGreaterThanOrEqual(50);
    expect(s.completionRate).toBeLessThanOrEqual(90);
    // Some late, some overdue: a real mid-year, not a perfect one.
    expect(s.doneLate).toBeGreaterThan(0);
    expect(s.overdue).toBeGreaterThan(0);
    expect(s.doneOnTime / s.due).toBeGreaterThan(0.5);
  });

  it("states the same figure in the department's report as the statistics API", async () => {
    const res = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: department,
      period: half,
      kind: 'department',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { draft } = res.json<{
      draft: {
        completion: { rate: number | null; due: number; done: number; sentence: string; asOf: string };
        blocks: { id: string; content: { text?: string } }[];
      };
    }>();
    const s = await stats(
      `unitId=${department}&includeSubunits=1&period=${half}&asOf=${draft.completion.asOf}`,
    );
    expect(draft.completion.asOf).toBe(vietnamDateAt(NOW));
    expect([draft.completion.rate, draft.completion.due, draft.completion.done]).toEqual([
      s.completionRate,
      s.due,
      s.dueDone,
    ]);
    const paragraph = draft.blocks.find((b) => b.id === 'completion')?.content.text ?? '';
    expect(paragraph).toContain(`(${s.dueDone}/${s.due} nhiệm vụ)`);
    expect(paragraph).toContain(`đạt ${Math.round(s.completionRate ?? 0)}%`);
  });

  it('has most reports on time, one late and one missing, and values for most indicators', async () => {
    const ctx = systemContext('test');
    const plans = await t.services.plans.list(ctx);
    const sample = plans.find((p) => p.isSample && p.number === DEMO_PLAN_NUMBER);
    const { regimes } = await t.services.reportRegimes.list(ctx, { planId: sample?.id ?? '' });
    const ministry = (await t.services.orgUnits.listAll()).find((u) => u.code === 'BTTTT')?.id ?? '';
    const all = [...regimes, ...(await t.services.reportRegimes.list(ctx, { unitId: ministry })).regimes];
    // The department's 6-month regime and the ministry's: on each board most units reported on
    // time, one late and one not at all.
    // Each board read by someone who sees all of it (read scope): the department's by its leader,
    // the ministry's by the ministry's compiler.
    const ministryCompiler = await login(t.app, 'tonghopbo', TEST_PASSWORD);
    let boards = 0;
    for (const regime of all) {
      const seen = [];
      for (const viewer of [leader, ministryCompiler]) {
        const res = await viewer.request('GET', `/api/stats/reporting?regimeId=${regime.id}&period=${half}`);
        if (res.statusCode === 200) seen.push(res.json<Rates & { expected: number }>());
      }
      const rates = seen.sort((a, b) => b.expected - a.expected)[0];
      if (!rates || rates.expected === 0) continue;
      boards += 1;
      expect([rates.late, rates.missing], regime.name).toEqual([1, 1]);
      expect(rates.onTime, regime.name).toBe(rates.expected - 2);
      expect(rates.onTime).toBeGreaterThan(rates.expected / 2);
    }
    expect(boards).toBe(2);

    const indicators = await t.services.indicators.list(ctx, { planId: sample?.id ?? '' });
    const withValues = indicators.filter((i) => i.latest !== null).length;
    expect(withValues / indicators.length).toBeGreaterThan(0.6);
  });
});
