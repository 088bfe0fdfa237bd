import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aDepartment, aUser } from '../../../test/support/builders.js';
import { aPlan } from '../../../test/support/tracking.js';

interface Flag {
  code: string;
  periodCode: string | null;
  message: string;
}
interface Detail {
  targets: { periodCode: string; breakdown: string; text: string }[];
  annualTargets: { breakdown: string; text: string; origin: string }[];
  values: {
    periodCode: string;
    breakdown: string;
    value: number;
    target: string | null;
    evaluationLabel: string;
    flags: Flag[];
  }[];
  breakdowns: { breakdown: string; target: string | null; evaluationLabel: string }[];
  evaluationLabel: string;
  flags: Flag[];
  rules: { id: string }[];
}
interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const NOW = new Date('2024-07-10T03:00:00Z');

/** A department with a compiler at department level, Phòng A's staff signed in, and a 2024 plan. */
async function aCompilerWorld() {
  const t = await createTestApp({}, { now: () => NOW });
  const org = await aDepartment(t.services);
  const compilerUser = await aUser(t.services, { orgUnitId: org.department.id, roles: ['compiler'] });
  const compiler = await login(t.app, compilerUser.username, TEST_PASSWORD);
  const staffA = await login(t.app, org.staffA.username, TEST_PASSWORD);
  const plan = await aPlan(t.database.db, t.services, { year: 2024 });
  return { t, org, compiler, staffA, plan };
}

describe('indicator targets by period and breakdown', () => {
  let t: TestContext;
  let compiler: Session;
  let staffA: Session;
  let rateId: string;
  let communesId: string;

  const putTargets = (session: Session, id: string, body: unknown) =>
    session.request('PUT', `/api/indicators/${id}/targets`, body);
  const detail = async (id: string) =>
    (await compiler.request('GET', `/api/indicators/${id}`)).json<Detail>();

  beforeAll(async () => {
    const world = await aCompilerWorld();
    ({ t, compiler, staffA } = world);
    const { org, plan } = world;
    rateId = await plan.indicator({
      lead: org.divisionA.id,
      content: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 75%',
    });
    communesId = await plan.indicator({
      lead: org.divisionA.id,
      content:
        'Tỷ lệ xã có điểm phục vụ tối thiểu đạt 35% đối với xã miền núi; tối thiểu 65% đối với các xã còn lại',
    });
  });
  afterAll(() => t.close());

  it('refuses quarter targets that contradict the annual one, storing none of them', async () => {
    const res = await putTargets(compiler, rateId, {
      targets: [
        { period: '2024-Q1', comparator: 'gte', value: 50, unit: 'percent' },
        { period: '2024-Q2', comparator: 'gte', value: 80, unit: 'percent' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.message).toMatch(
      /Chỉ tiêu Quý II\/2024 \(80%\) cao hơn chỉ tiêu cả năm \(75%\)/,
    );
    const falling = await putTargets(compiler, rateId, {
      targets: [
        { period: '2024-Q1', comparator: 'gte', value: 60, unit: 'percent' },
        { period: '2024-Q2', comparator: 'gte', value: 50, unit: 'percent' },
      ],
    });
    expect(falling.statusCode).toBe(400);
    expect(falling.json<ErrorBody>().error.message).toMatch(/không được thấp hơn kỳ trước/);
    expect((await detail(rateId)).targets).toEqual([]);
  });

  it('stores consistent quarter targets and judges each quarter against its own', async () => {
    const res = await putTargets(compiler, rateId, {
      targets: [
        { period: '2024-Q1', comparator: 'gte', value: 50, unit: 'percent' },
        { period: '2024-Q2', comparator: 'gte', value: 60, unit: 'percent' },
        { period: '2024-Q3', comparator: 'gte', value: 70, unit: 'percent' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Detail>().targets.map((x) => `${x.periodCode} ${x.text}`)).toEqual([
      '2024-Q1 ≥ 50%',
      '2024-Q2 ≥ 60%',
      '2024-Q3 ≥ 70%',
    ]);
    const put = await staffA.request('PUT', `/api/indicators/${rateId}/values`, {
      period: '2024-Q2',
      value: 62,
      asOf: '2024-06-30',
    });
    const q2 = put.json<Detail>().values[0];
    // Met for the quarter, while the indicator as a whole is still short of 75 %.
    expect(q2).toMatchObject({ target: '≥ 60%', evaluationLabel: 'Đạt' });
    expect(put.json<Detail>().evaluationLabel).toBe('Chưa đạt');
  });

  it('only lets managers assign targets', async () => {
    const res = await putTargets(staffA, rateId, { targets: [] });
    expect(res.statusCode).toBe(403);
    expect((await detail(rateId)).targets).toHaveLength(3);
  });

  it('keeps breakdown targets apart and judges each breakdown by its own', async () => {
    const contradicting = await putTargets(compiler, communesId, {
      targets: [
        { period: '2024-H1', breakdown: 'Xã miền núi', comparator: 'gte', value: 40, unit: 'percent' },
      ],
    });
    expect(contradicting.statusCode).toBe(400);
    expect(contradicting.json<ErrorBody>().error.message).toMatch(
      /cao hơn chỉ tiêu cả năm \(35%\).*xã miền núi/,
    );
    const ok = await putTargets(compiler, communesId, {
      targets: [
        { period: '2024-H1', breakdown: 'Xã miền núi', comparator: 'gte', value: 20, unit: 'percent' },
        { period: '2024-H1', breakdown: 'các xã còn lại', comparator: 'gte', value: 50, unit: 'percent' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Detail>().targets.map((x) => x.text)).toEqual([
      '≥ 50% (các xã còn lại)',
      '≥ 20% (xã miền núi)',
    ]);
    const enter = (breakdown: string, value: number) =>
      staffA.request('PUT', `/api/indicators/${communesId}/values`, {
        period: '2024-H1',
        breakdown,
        value,
        asOf: '2024-06-30',
      });
    expect((await enter('XÃ MIỀN NÚI', 36)).statusCode).toBe(200);
    const body = (await enter('các xã còn lại', 60)).json<Detail>();
    expect(body.breakdowns).toMatchObject([
      { breakdown: 'xã miền núi', target: '≥ 35% (xã miền núi)', evaluationLabel: 'Đạt' },
      { breakdown: 'các xã còn lại', target: '≥ 65% (các xã còn lại)', evaluationLabel: 'Chưa đạt' },
    ]);
    expect(body.evaluationLabel).toBe('Chưa đạt');
  });

  it('asks for an annual target before period targets of an indicator whose target could not be read', async () => {
    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    const units = await t.database.db.selectFrom('org_units').select('id').execute();
    const id = await plan.indicator({ lead: units[0]?.id ?? '', content: 'Số thuê bao băng rộng cố định' });
    const without = await putTargets(compiler, id, {
      targets: [{ period: '2024-Q1', comparator: 'gte', value: 100, unit: 'count' }],
    });
    expect(without.statusCode).toBe(400);
    expect(without.json<ErrorBody>().error.message).toMatch(/Chưa có chỉ tiêu cả năm/);
    const withYear = await putTargets(compiler, id, {
      aggregation: 'additive',
      targets: [
        { period: '2024', comparator: 'gte', value: 400, unit: 'count' },
        { period: '2024-Q1', comparator: 'gte', value: 100, unit: 'count' },
      ],
    });
    expect(withYear.statusCode, withYear.body).toBe(200);
    expect(withYear.json<Detail>().annualTargets).toEqual([
      { breakdown: '', text: '≥ 400', origin: 'assigned', target: expect.anything() as unknown },
    ]);
  });
});

describe('indicator validation rules (seed 001: 647 + 912 of 1.348)', () => {
  let t: TestContext;
  let compiler: Session;
  let staffA: Session;
  let planId: string;
  const ids = { partial: '', full: '', total: '' };

  const enter = (session: Session, id: string, value: number, extra: Record<string, unknown> = {}) =>
    session.request('PUT', `/api/indicators/${id}/values`, {
      period: '2024-H1',
      value,
      asOf: '2024-05-20',
      source: 'Báo cáo 6 tháng đầu năm 2024',
      ...extra,
    });

  beforeAll(async () => {
    const world = await aCompilerWorld();
    ({ t, compiler, staffA } = world);
    const { org, plan } = world;
    planId = plan.id;
    const lead = org.divisionA.id;
    ids.partial = await plan.indicator({ lead, content: 'Số lượng dịch vụ công trực tuyến một phần' });
    ids.full = await plan.indicator({ lead, content: 'Số lượng dịch vụ công trực tuyến toàn trình' });
    ids.total = await plan.indicator({
      lead,
      content: 'Số dịch vụ công trực tuyến một phần và toàn trình tích hợp trên Cổng dịch vụ công quốc gia',
    });
  });
  afterAll(() => t.close());

  it('adds a rule only over indicators of the plan, and only for managers', async () => {
    const url = `/api/plans/${planId}/indicator-rules`;
    const foreign = await compiler.request('POST', url, {
      kind: 'sumEquals',
      parts: [ids.partial, '00000000-0000-4000-8000-000000000000'],
      total: ids.total,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<ErrorBody>().error.message).toMatch(/không phải chỉ tiêu của kế hoạch này/);
    const noTotal = await compiler.request('POST', url, { kind: 'sumEquals', parts: [ids.partial] });
    expect(noTotal.statusCode).toBe(400);
    expect((await staffA.request('POST', url, { kind: 'rateLeq100', parts: [ids.total] })).statusCode).toBe(
      403,
    );
    const created = await compiler.request('POST', url, {
      kind: 'sumEquals',
      parts: [ids.partial, ids.full],
      total: ids.total,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'sumEquals',
      parts: [ids.partial, ids.full],
      total: ids.total,
      description: expect.stringContaining(' + ') as unknown,
    });
    const listed = await staffA.request('GET', url);
    expect(listed.json<{ rules: unknown[] }>().rules).toHaveLength(1);
  });

  it('flags 647 + 912 against 1.348 before saving, and saves it only when confirmed', async () => {
    expect((await enter(staffA, ids.total, 1348)).statusCode).toBe(200);
    // The rule is incomplete until the last figure arrives, so nothing is flagged yet.
    expect((await enter(staffA, ids.partial, 647)).statusCode).toBe(200);
    const refused = await enter(staffA, ids.full, 912);
    expect(refused.statusCode).toBe(400);
    const error = refused.json<ErrorBody>().error;
    expect(error.message).toContain(
      'Số lượng dịch vụ công trực tuyến một phần (647) + Số lượng dịch vụ công trực tuyến toàn trình (912) = 1.559, khác',
    );
    expect(error.message).toMatch(/\(1\.348\)/);
    expect(error.details).toMatchObject({ violations: [{ keys: [ids.partial, ids.full, ids.total] }] });
    const before = await compiler.request('GET', `/api/indicators/${ids.full}`);
    expect(before.json<Detail>().values).toEqual([]);

    const confirmed = await enter(staffA, ids.full, 912, { confirmViolations: true });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const body = confirmed.json<Detail>();
    expect(body.values[0]).toMatchObject({
      value: 912,
      flags: [{ code: 'ruleViolation', periodCode: '2024-H1' }],
    });
    expect(body.flags.filter((f) => f.code === 'ruleViolation')).toHaveLength(1);
    const list = await compiler.request('GET', `/api/indicators?planId=${planId}`);
    const flagged = list
      .json<{ indicators: (Detail & { id: string })[] }>()
      .indicators.filter((r) => r.flags.some((f) => f.code === 'ruleViolation'))
      .map((r) => r.id);
    expect(flagged.sort()).toEqual([ids.partial, ids.full, ids.total].sort());
  });

  it('clears the flag once the figures agree, and when the rule is removed', async () => {
    const flagged = (await compiler.request('GET', `/api/indicators/${ids.total}`)).json<Detail>();
    expect(flagged.flags.some((f) => f.code === 'ruleViolation')).toBe(true);
    const corrected = await enter(staffA, ids.total, 1559, { version: 1 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const current = corrected.json<Detail>();
    expect(current.flags.some((f) => f.code === 'ruleViolation')).toBe(false);
    expect((await enter(staffA, ids.total, 1348, { version: 2, confirmViolations: true })).statusCode).toBe(
      200,
    );
    const [rule] = current.rules;
    const removed = await compiler.request(
      'DELETE',
      `/api/plans/${planId}/indicator-rules/${rule?.id ?? ''}`,
    );
    expect(removed.statusCode).toBe(204);
    const after = (await compiler.request('GET', `/api/indicators/${ids.total}`)).json<Detail>();
    expect(after.flags.some((f) => f.code === 'ruleViolation')).toBe(false);
    expect(after.rules).toEqual([]);
    const again = await compiler.request('DELETE', `/api/plans/${planId}/indicator-rules/${rule?.id ?? ''}`);
    expect(again.statusCode).toBe(404);
  });
});
