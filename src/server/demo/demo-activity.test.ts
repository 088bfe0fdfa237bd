import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { seedDemoActivity } from './demo-activity.js';
import { seedDemoData } from './demo-seed.js';

interface Report {
  draft: {
    blocks: { id: string; origin: string; content: { kind: string; text?: string } }[];
    completion: { due: number; done: number; sentence: string } | null;
  };
}

const NOW = new Date('2024-07-20T03:00:00Z');

/** A fresh start with the sample data builds the department's half-year report and the ministry's at once. */
describe('demo activity', () => {
  let t: TestContext;
  let unitIds: Map<string, string>;

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { year: 2024 });
    unitIds = new Map((await t.services.orgUnits.listAll()).map((u) => [u.code, u.id]));
  }, 180_000);
  afterAll(() => t.close());

  it("builds the department's 6-month report with tasks done, indicator values and the divisions' text", async () => {
    const compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
    const res = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: unitIds.get('STTTT-AG'),
      period: '2024-H1',
      kind: 'department',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { draft } = res.json<Report>();
    expect(draft.completion?.due).toBeGreaterThan(0);
    expect(draft.completion?.done).toBeGreaterThan(0);
    expect(draft.blocks.filter((b) => b.id.startsWith('submission:')).length).toBeGreaterThan(0);
    expect(
      draft.blocks.some((b) => b.id.startsWith('indicator:') && /đạt tỷ lệ/.test(b.content.text ?? '')),
    ).toBe(true);
  });

  it('judges every target of the sample indicators: no row waits for a figure of a second target', async () => {
    const compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
    const res = await compiler.request('GET', '/api/indicators');
    const body = res.json<{ indicators: { verdict: string; breakdowns: { target: string | null }[] }[] }>()
      .indicators;
    const several = body.filter((r) => r.breakdowns.some((b) => b.target !== null));
    expect(several.length).toBeGreaterThan(0);
    expect(body.filter((r) => r.verdict === 'incomplete')).toEqual([]);
  });

  it("builds the ministry's report over its departments, naming the one that did not report", async () => {
    const compiler = await login(t.app, 'tonghopbo', TEST_PASSWORD);
    const res = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: unitIds.get('BTTTT'),
      period: '2024-H1',
      kind: 'upward',
    });
    expect(res.statusCode, res.body).toBe(200);
    const missing = res.json<Report>().draft.blocks.find((b) => b.id === 'missing-units');
    expect(missing?.content.text).toMatch(
      /^Đã nhận báo cáo của 5\/6 Sở, 4 Sở gửi đúng hạn; 1 Sở gửi muộn: Sở Thông tin và Truyền thông Đồng Tháp; 1 Sở chưa gửi báo cáo: Sở Thông tin và Truyền thông Hậu Giang\.$/,
    );
  });

  it('changes nothing when run again at the same moment', async () => {
    const before = await t.database.db
      .selectFrom('task_updates')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await seedDemoActivity(t.database.db, t.services, unitIds, 2024, NOW);
    const after = await t.database.db
      .selectFrom('task_updates')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
