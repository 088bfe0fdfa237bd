import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aDepartment, aUser } from '../../../test/support/builders.js';
import { aPlan } from '../../../test/support/tracking.js';

interface Detail {
  id: string;
  target: string | null;
  unit: string | null;
  latest: { periodCode: string; value: number; asOf: string; source: string | null } | null;
  evaluation: 'met' | 'notMet' | null;
  evaluationLabel: string;
  forecast: { value: number; method: string; text: string } | null;
  sparkline: { periodCode: string; value: number }[];
  values: {
    periodCode: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    version: number;
    source: string | null;
    enteredByName: string | null;
  }[];
  history: {
    year: number;
    target: string | null;
    latest: { value: number } | null;
    evaluationLabel: string;
    change: number | null;
  }[];
  permissions: { canEnterValues: boolean; canManage: boolean };
}
interface ErrorBody {
  error: { code: string; message: string };
}

// Wednesday 10/7/2024, 10:00 in Hà Nội.
const NOW = new Date('2024-07-10T03:00:00Z');
const WORDING = 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt';

describe('indicator values', () => {
  let t: TestContext;
  let staffA: Session;
  let staffB: Session;
  let compiler: Session;
  let viewer: Session;
  let rateId: string;
  let rate2023Id: string;
  let planId: string;

  const putValue = (session: Session, id: string, body: Record<string, unknown>) =>
    session.request('PUT', `/api/indicators/${id}/values`, body);
  const detail = async (session: Session, id: string) => {
    const res = await session.request('GET', `/api/indicators/${id}`);
    expect(res.statusCode).toBe(200);
    return res.json<Detail>();
  };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    const org = await aDepartment(t.services);
    const compilerUser = await aUser(t.services, { orgUnitId: org.department.id, roles: ['compiler'] });
    const viewerUser = await aUser(t.services, { orgUnitId: org.department.id, roles: ['viewer'] });
    staffA = await login(t.app, org.staffA.username, TEST_PASSWORD);
    staffB = await login(t.app, org.staffB.username, TEST_PASSWORD);
    compiler = await login(t.app, compilerUser.username, TEST_PASSWORD);
    viewer = await login(t.app, viewerUser.username, TEST_PASSWORD);
    const plan2023 = await aPlan(t.database.db, t.services, { year: 2023 });
    rate2023Id = await plan2023.indicator({ lead: org.divisionA.id, content: `${WORDING} 60%` });
    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    planId = plan.id;
    rateId = await plan.indicator({
      lead: org.divisionA.id,
      content: `${WORDING} 75%`,
      domain: 'Cải cách hành chính',
    });
  });
  afterAll(() => t.close());

  it('stores 13/20 as 65 % and judges it Chưa đạt against ≥ 75 %, forecasting it carried', async () => {
    const res = await putValue(staffA, rateId, {
      period: '2024-Q1',
      numerator: 13,
      denominator: 20,
      asOf: '2024-03-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Detail>();
    expect(body.target).toBe('≥ 75%');
    expect(body.values).toMatchObject([
      {
        periodCode: '2024-Q1',
        value: 65,
        numerator: 13,
        denominator: 20,
        version: 1,
        source: 'Nhập trực tiếp',
      },
    ]);
    expect(body.values[0]?.enteredByName).toMatch(/^Người dùng/);
    expect(body.latest).toMatchObject({ periodCode: '2024-Q1', value: 65, asOf: '2024-03-31' });
    expect(body.evaluation).toBe('notMet');
    expect(body.evaluationLabel).toBe('Chưa đạt');
    expect(body.forecast).toEqual({
      value: 65,
      method: 'carried',
      text: 'Dự báo đến cuối năm 2024 đạt 65% (giữ nguyên số liệu tính đến ngày 31/3/2024)',
    });
    const row = await t.database.db
      .selectFrom('indicator_values')
      .select(['value', 'numerator', 'denominator'])
      .where('plan_item_id', '=', rateId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ value: 65, numerator: 13, denominator: 20 });
  });

  it('forecasts linearly once there are two values, and says so', async () => {
    const res = await putValue(staffA, rateId, { period: '2024-Q2', value: 70, asOf: '2024-06-30' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Detail>();
    // 65 on day 90, 70 on day 181: +5 per 91 days, so 70 + 5 × 184 / 91 ≈ 80.1 on 31/12.
    expect(body.forecast).toEqual({
      value: 80.1,
      method: 'linear',
      text: 'Dự báo đến cuối năm 2024 đạt 80,1% (theo xu hướng 2 số liệu từ 31/3/2024 đến 30/6/2024)',
    });
    expect(body.evaluationLabel).toBe('Chưa đạt');
    expect(body.sparkline.map((p) => p.value)).toEqual([65, 70]);

    const list = await viewer.request('GET', `/api/indicators?planId=${planId}`);
    expect(list.statusCode).toBe(200);
    const [row] = list.json<{ indicators: Detail[] }>().indicators;
    expect(row).toMatchObject({
      id: rateId,
      target: '≥ 75%',
      unit: 'percent',
      latest: { periodCode: '2024-Q2', value: 70, source: 'Nhập trực tiếp' },
      evaluation: 'notMet',
      forecast: { method: 'linear', value: 80.1 },
    });
  });

  it('shows the same indicator across years: 60 % in 2023, 75 % in 2024', async () => {
    expect(
      (await putValue(compiler, rate2023Id, { period: '2023-Q2', value: 58, asOf: '2023-06-30' })).statusCode,
    ).toBe(200);
    expect(
      (await putValue(compiler, rate2023Id, { period: '2023', value: 62, asOf: '2023-12-31' })).statusCode,
    ).toBe(200);
    const body = await detail(viewer, rateId);
    expect(body.history).toMatchObject([
      { year: 2023, target: '≥ 60%', latest: { value: 62 }, evaluationLabel: 'Đạt', change: null },
      // Q2 against Q2: 70 − 58.
      { year: 2024, target: '≥ 75%', latest: { value: 70 }, evaluationLabel: 'Chưa đạt', change: 12 },
    ]);
  });

  it('refuses a percentage above 100, typed or counted', async () => {
    for (const body of [
      { period: '2024-05', value: 120, asOf: '2024-05-31' },
      { period: '2024-05', numerator: 25, denominator: 20, asOf: '2024-05-31' },
    ]) {
      const res = await putValue(staffA, rateId, body);
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.message).toMatch(/phải từ 0% đến 100%/);
    }
    expect((await detail(staffA, rateId)).values.map((v) => v.periodCode)).not.toContain('2024-05');
  });

  it('refuses bad period codes, periods of another year and future dates in Vietnamese', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ period: '2024-Q5', value: 70, asOf: '2024-06-30' }, /Mã kỳ "2024-Q5" không hợp lệ/],
      [{ period: 'quý 2', value: 70, asOf: '2024-06-30' }, /Mã kỳ "quý 2" không hợp lệ/],
      [
        { period: '2023-Q2', value: 70, asOf: '2024-06-30' },
        /Quý II\/2023 không thuộc năm của kế hoạch \(2024\)/,
      ],
      [{ period: '2024-07', value: 70, asOf: '2024-07-11' }, /không được sau hôm nay \(10\/7\/2024\)/],
      [{ period: '2024-07', asOf: '2024-07-01' }, /Cần nhập giá trị, hoặc tử số và mẫu số/],
      [{ period: '2024-07', value: 70, numerator: 13, denominator: 20, asOf: '2024-07-01' }, /không khớp/],
    ];
    for (const [body, message] of cases) {
      const res = await putValue(staffA, rateId, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json<ErrorBody>().error.message).toMatch(message);
    }
  });

  it('answers 409 to a write without the current version or with a stale one, keeping the first write', async () => {
    const first = await putValue(staffA, rateId, { period: '2024-07', value: 71, asOf: '2024-07-05' });
    expect(first.statusCode).toBe(200);
    // Two people read version 1; the first to save wins.
    const mine = await putValue(staffA, rateId, {
      period: '2024-07',
      value: 72,
      asOf: '2024-07-08',
      version: 1,
    });
    expect(mine.statusCode).toBe(200);
    const stale = await putValue(compiler, rateId, {
      period: '2024-07',
      value: 90,
      asOf: '2024-07-09',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.message).toMatch(/vừa được người khác cập nhật/);
    const blind = await putValue(compiler, rateId, { period: '2024-07', value: 90, asOf: '2024-07-09' });
    expect(blind.statusCode).toBe(409);
    expect(blind.json<ErrorBody>().error.message).toMatch(/Tháng 07\/2024 đã có số liệu 72% \(phiên bản 2/);
    const july = (await detail(viewer, rateId)).values.find((v) => v.periodCode === '2024-07');
    expect(july).toMatchObject({ value: 72, version: 2 });
  });

  it('lets only the leading or coordinating units, compilers and admins enter values', async () => {
    const denied = await putValue(staffB, rateId, { period: '2024-06', value: 69, asOf: '2024-06-15' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json<ErrorBody>().error.message).toMatch(/đơn vị chủ trì hoặc phối hợp/);
    expect(
      (await putValue(viewer, rateId, { period: '2024-06', value: 69, asOf: '2024-06-15' })).statusCode,
    ).toBe(403);
    expect((await detail(staffB, rateId)).permissions).toEqual({ canEnterValues: false, canManage: false });
    expect((await detail(staffA, rateId)).permissions).toEqual({ canEnterValues: true, canManage: false });
    expect((await detail(compiler, rateId)).permissions).toEqual({ canEnterValues: true, canManage: true });
    const allowed = await putValue(compiler, rateId, { period: '2024-06', value: 69, asOf: '2024-06-15' });
    expect(allowed.statusCode).toBe(200);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('entity_type', '=', 'indicatorValue')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });

  it('filters the list by unit, domain and words, and lists only active plans by default', async () => {
    const rows = async (query: string) =>
      (await viewer.request('GET', `/api/indicators${query}`))
        .json<{ indicators: Detail[] }>()
        .indicators.map((r) => r.id);
    expect(await rows('')).toEqual(expect.arrayContaining([rateId, rate2023Id]));
    expect(await rows(`?domain=${encodeURIComponent('Cải cách hành chính')}`)).toEqual([rateId]);
    expect(await rows(`?q=${encodeURIComponent('HO SO GIAI QUYET')}&planId=${planId}`)).toEqual([rateId]);
    const units = await t.database.db.selectFrom('org_units').select(['id', 'name']).execute();
    const divisionB = units.find((u) => u.name === 'Phòng B')?.id ?? '';
    expect(await rows(`?unitId=${divisionB}`)).toEqual([]);
    await t.database.db.updateTable('plans').set({ status: 'superseded' }).where('year', '=', 2023).execute();
    expect(await rows('')).not.toContain(rate2023Id);
  });

  it('exports the indicator table as XLSX with the report headers', async () => {
    const res = await viewer.request('GET', `/api/indicators/export.xlsx?planId=${planId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const cells = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
    expect(cells(1)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị chủ trì',
      'Chỉ tiêu đặt ra',
      'Giá trị mới nhất',
      'Tính đến ngày',
      'Đánh giá',
      'Dự báo cuối năm',
    ]);
    expect(cells(2)).toEqual([
      '1',
      `${WORDING} 75%`,
      'Phòng A',
      '≥ 75%',
      '72%',
      '8/7/2024',
      'Chưa đạt',
      expect.stringMatching(/^Dự báo đến cuối năm 2024 đạt/),
    ]);
  });
  it('documents its paths in the OpenAPI document under the tag Chỉ tiêu', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>();
    const ours = Object.entries(doc.paths).filter(([path]) => path.includes('indicator'));
    expect(ours.map(([path]) => path).sort()).toEqual([
      '/api/indicators',
      '/api/indicators/export.xlsx',
      '/api/indicators/{id}',
      '/api/indicators/{id}/targets',
      '/api/indicators/{id}/values',
      '/api/plans/{planId}/indicator-rules',
      '/api/plans/{planId}/indicator-rules/{ruleId}',
    ]);
    for (const [, methods] of ours)
      for (const operation of Object.values(methods)) expect(operation.tags).toEqual(['Chỉ tiêu']);
  });
});
