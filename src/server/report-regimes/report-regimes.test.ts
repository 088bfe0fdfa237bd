import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aUser } from '../../../test/support/builders.js';
import {
  type PeriodView,
  type RegimeView,
  type SubmissionView,
  aDoc,
  expectStatus,
  loginAll,
  unitIdsByCode,
} from '../../../test/support/reporting.js';
import { seedDemoData } from '../demo/demo-seed.js';

interface ErrorBody {
  error: { message: string; details?: { problems?: string[] } };
}

/** Regimes written by hand: an ad hoc request to chosen units, edits, and who may make them. */
describe('report regimes', () => {
  let t: TestContext;
  let units: Record<string, string>;
  let compiler: Session;
  let ministryCompiler: Session;
  let staff: Session;
  let staffTTBCXB: Session;
  let headCNTT: Session;
  let adHoc: RegimeView;

  const ok = expectStatus;
  const adHocRequest = () => ({
    name: 'Báo cáo nhanh tình hình thiệt hại do mưa bão',
    content: 'Thiệt hại về hạ tầng viễn thông, bưu chính và biện pháp khắc phục',
    reportingUnits: [units.TTBCXB, units['TTCNTT-TT']],
    receivingUnitId: units.KHTC,
    frequency: 'adHoc',
    cutOffRule: { kind: 'explicit', from: '2024-07-01', to: '2024-07-08' },
    deadlineRule: { kind: 'explicit', at: '2024-07-12T17:00' },
    outline: [
      { key: 'damage', title: 'Tình hình thiệt hại' },
      { key: 'measures', title: 'Biện pháp khắc phục' },
    ],
  });

  beforeAll(async () => {
    t = await createTestApp(
      { loginRateLimitPerMinute: 1000 },
      { now: () => new Date('2024-07-09T03:00:00Z') },
    );
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { withPlan: false });
    units = await unitIdsByCode(t.database.db);
    await aUser(t.services, { username: 'nvbaochi', orgUnitId: units.TTBCXB ?? '', roles: ['staff'] });
    [compiler, ministryCompiler, staff, staffTTBCXB, headCNTT] = await loginAll(t.app, [
      'tonghop',
      'tonghopbo',
      'chuyenvien',
      'nvbaochi',
      'truongphong',
    ]);
  });
  afterAll(() => t.close());

  it('sends an ad hoc request to the chosen units, with its own window, deadline and outline', async () => {
    adHoc = ok(await compiler.request('POST', '/api/report-regimes', adHocRequest()), 201).json<RegimeView>();
    expect(adHoc).toMatchObject({ status: 'proposed', year: 2024, scope: 'administrative', problems: [] });
    expect(adHoc.units.map((u) => u.id)).toEqual([units.TTBCXB, units['TTCNTT-TT']]);
    const issued = ok(await compiler.request('POST', `/api/report-regimes/${adHoc.id}/activate`)).json<{
      periodsCreated: number;
    }>();
    expect(issued.periodsCreated).toBe(1);

    const owed = ok(await staffTTBCXB.request('GET', '/api/report-periods?mine=1')).json<{
      periods: PeriodView[];
    }>();
    expect(owed.periods).toHaveLength(1);
    expect(owed.periods[0]).toMatchObject({
      code: 'adhoc',
      label: 'Đột xuất, hạn 12/7/2024',
      cutOff: { from: '2024-07-01', to: '2024-07-08' },
      dueAt: '2024-07-12T17:00:00+07:00',
      expectedUnits: 2,
      mine: { status: null, timeliness: 'pending' },
    });
    expect(
      ok(await headCNTT.request('GET', '/api/report-periods?mine=1')).json<{ periods: PeriodView[] }>()
        .periods,
    ).toEqual([]);

    const periodId = owed.periods[0]?.id ?? '';
    expect((await headCNTT.request('GET', `/api/submissions?periodId=${periodId}`)).statusCode).toBe(404);
    const draft = ok(
      await staffTTBCXB.request('GET', `/api/submissions?periodId=${periodId}`),
    ).json<SubmissionView>();
    const wrongSection = await staffTTBCXB.request('PUT', `/api/submissions/${draft.id}`, {
      version: draft.version,
      sections: { results: aDoc('Kết quả') },
    });
    expect(wrongSection.statusCode).toBe(400);
    expect(wrongSection.json<ErrorBody>().error.message).toBe(
      'Mục "results" không có trong đề cương của chế độ báo cáo.',
    );
    const saved = await staffTTBCXB.request('PUT', `/api/submissions/${draft.id}`, {
      version: draft.version,
      sections: { damage: aDoc('02 trạm BTS bị ngập.') },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it('refuses to issue an incomplete regime and lists what is missing', async () => {
    const incomplete = ok(
      await compiler.request('POST', '/api/report-regimes', {
        ...adHocRequest(),
        content: '',
        deadlineRule: { kind: 'dayOfMonth', day: 15 },
        year: 2024,
      }),
      201,
    ).json<RegimeView>();
    expect(incomplete.problems).toEqual([
      'Chưa có nội dung yêu cầu báo cáo.',
      'Báo cáo đột xuất phải có thời hạn gửi cụ thể.',
    ]);
    const res = await compiler.request('POST', `/api/report-regimes/${incomplete.id}/activate`);
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.details?.problems).toEqual(incomplete.problems);
    expect(
      ok(await compiler.request('GET', `/api/report-regimes/${incomplete.id}`)).json<RegimeView>()
        .periodCount,
    ).toBe(0);
  });

  it('answers a stale regime edit with 409 and keeps the first', async () => {
    const first = ok(
      await compiler.request('PUT', `/api/report-regimes/${adHoc.id}`, {
        version: adHoc.version + 1,
        deadlineRule: { kind: 'explicit', at: '2024-07-15T17:00' },
      }),
    ).json<RegimeView>();
    expect(first.version).toBe(adHoc.version + 2);
    const stale = await compiler.request('PUT', `/api/report-regimes/${adHoc.id}`, {
      version: adHoc.version + 1,
      name: 'Tên khác',
    });
    expect(stale.statusCode).toBe(409);
    const stored = ok(await compiler.request('GET', `/api/report-regimes/${adHoc.id}`)).json<RegimeView>();
    expect(stored.name).toBe(adHoc.name);
    // The issued regime's period moved with its deadline.
    const periods = ok(await compiler.request('GET', `/api/report-periods?regimeId=${adHoc.id}`)).json<{
      periods: PeriodView[];
    }>().periods;
    expect(periods.map((p) => p.dueAt)).toEqual(['2024-07-15T17:00:00+07:00']);
  });

  it('refuses edits that would leave an issued regime incomplete, or point at units that do not exist', async () => {
    const current = ok(await compiler.request('GET', `/api/report-regimes/${adHoc.id}`)).json<RegimeView>();
    const blank = await compiler.request('PUT', `/api/report-regimes/${adHoc.id}`, {
      version: current.version,
      content: '',
    });
    expect(blank.statusCode).toBe(400);
    const ghost = await compiler.request('PUT', `/api/report-regimes/${adHoc.id}`, {
      version: current.version,
      reportingUnits: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json<ErrorBody>().error.message).toBe('Không tìm thấy 1 đơn vị thực hiện báo cáo đã chọn.');
    expect(
      ok(await compiler.request('GET', `/api/report-regimes/${adHoc.id}`)).json<RegimeView>().version,
    ).toBe(current.version);
  });

  it('lets only compilers of the receiving agency and admins manage regimes; everyone reads them', async () => {
    expect((await staff.request('POST', '/api/report-regimes', adHocRequest())).statusCode).toBe(403);
    const otherAgency = await ministryCompiler.request('POST', '/api/report-regimes', adHocRequest());
    expect(otherAgency.statusCode).toBe(403);
    expect(otherAgency.json<ErrorBody>().error.message).toBe(
      'Bạn chỉ quản lý được chế độ báo cáo gửi về cơ quan, đơn vị của mình.',
    );
    expect(
      (await ministryCompiler.request('POST', `/api/report-regimes/${adHoc.id}/activate`)).statusCode,
    ).toBe(403);
    const listed = ok(await staff.request('GET', `/api/report-regimes?unitId=${units.TTBCXB ?? ''}`)).json<{
      regimes: RegimeView[];
    }>();
    expect(listed.regimes.map((r) => r.id)).toContain(adHoc.id);
    const notMine = ok(
      await staff.request('GET', `/api/report-regimes?unitId=${units['CNTT-BCVT'] ?? ''}`),
    ).json<{ regimes: RegimeView[] }>();
    expect(notMine.regimes.map((r) => r.id)).not.toContain(adHoc.id);
  });

  it('documents the reporting API in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/report-regimes',
        '/api/report-regimes/{id}/activate',
        '/api/report-regimes/{id}/board',
        '/api/report-periods',
        '/api/submissions',
        '/api/submissions/{id}/submit',
        '/api/submissions/{id}/versions/{number}',
        '/api/stats/reporting',
        '/api/stats/reporting/tree',
      ]),
    );
  });

  it('rejects rules the domain cannot apply, in Vietnamese', async () => {
    const res = await compiler.request('POST', '/api/report-regimes', {
      ...adHocRequest(),
      frequency: 'monthly',
      deadlineRule: { kind: 'weekday', weekday: 9 },
    });
    expect(res.statusCode).toBe(400);
    const badTime = await compiler.request('POST', '/api/report-regimes', {
      ...adHocRequest(),
      deadlineRule: { kind: 'explicit', at: '2024-07-12T25:00' },
    });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json<ErrorBody>().error.message).toContain('YYYY-MM-DDTHH:MM');
  });
});
