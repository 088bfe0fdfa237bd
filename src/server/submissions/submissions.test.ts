import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aMultipartUpload, aUser } from '../../../test/support/builders.js';
import {
  type SubmissionView,
  aDoc,
  expectStatus,
  loginAll,
  unitIdsByCode,
} from '../../../test/support/reporting.js';
import { updateCurrent } from '../../../test/support/tasks.js';
import { aPlan } from '../../../test/support/tracking.js';
import { seedDemoData } from '../demo/demo-seed.js';

interface ErrorBody {
  error: { message: string };
}

/**
 * A quarterly report from Phòng CNTT-BCVT and Phòng TTBCXB to Phòng KH-TC, due the 10th after the
 * quarter; today is 9/7/2024, so the second quarter's report is open and due tomorrow.
 */
describe('unit reports: drafting, rights, figures', () => {
  let t: TestContext;
  let units: Record<string, string>;
  let compiler: Session;
  let ministryCompiler: Session;
  let headCNTT: Session;
  let staffCNTT: Session;
  let staffTTBCXB: Session;
  let viewer: Session;
  let indicatorId: string;
  let periodId: string;
  let report: SubmissionView;

  const ok = expectStatus;
  const save = (session: Session, body: Record<string, unknown>) =>
    session.request('PUT', `/api/submissions/${report.id}`, { version: report.version, ...body });

  beforeAll(async () => {
    t = await createTestApp(
      { loginRateLimitPerMinute: 1000 },
      { now: () => new Date('2024-07-09T03:00:00Z') },
    );
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { withPlan: false });
    units = await unitIdsByCode(t.database.db);
    const cntt = units['CNTT-BCVT'] ?? '';
    await aUser(t.services, { username: 'nvbaochi', orgUnitId: units.TTBCXB ?? '', roles: ['staff'] });
    [compiler, ministryCompiler, headCNTT, staffCNTT, staffTTBCXB, viewer] = await loginAll(t.app, [
      'tonghop',
      'tonghopbo',
      'truongphong',
      'chuyenvien',
      'nvbaochi',
      'xem',
    ]);

    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    const done = await plan.task({ lead: cntt, timeframe: 'Quý II', content: 'Triển khai nền tảng số' });
    await plan.task({ lead: cntt, timeframe: 'Tháng 5/2024', content: 'Rà soát hạ tầng mạng' });
    await plan.task({ lead: cntt, timeframe: 'Quý III', content: 'Việc của quý sau' });
    await plan.task({ lead: units.TTBCXB ?? '', timeframe: 'Quý II', content: 'Việc của phòng khác' });
    indicatorId = await plan.indicator({ lead: cntt, content: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%' });
    ok(
      await updateCurrent(staffCNTT, done, {
        status: 'done',
        note: 'Đã triển khai',
        evidence: { number: '15/QĐ-STTTT', date: '2024-06-20', text: 'Quyết định đưa nền tảng vào sử dụng' },
      }),
    );
    ok(
      await compiler.request('PUT', `/api/indicators/${indicatorId}/values`, {
        period: '2024-Q2',
        value: 70,
        asOf: '2024-06-30',
      }),
    );

    const regime = ok(
      await compiler.request('POST', '/api/report-regimes', {
        name: 'Báo cáo quý',
        content: 'Kết quả thực hiện nhiệm vụ, chỉ tiêu trong quý',
        reportingUnits: [cntt, units.TTBCXB],
        receivingUnitId: units.KHTC,
        frequency: 'quarterly',
        year: 2024,
        cutOffRule: { kind: 'standard' },
        deadlineRule: { kind: 'dayOfMonth', day: 10, monthOffset: 1 },
        dataForm: [indicatorId],
      }),
      201,
    ).json<{ id: string }>();
    ok(await compiler.request('POST', `/api/report-regimes/${regime.id}/activate`));
    const { periods } = ok(await headCNTT.request('GET', `/api/report-periods?regimeId=${regime.id}`)).json<{
      periods: { id: string; code: string; dueAt: string }[];
    }>();
    const q2 = periods.find((p) => p.code === '2024-Q2');
    expect(q2?.dueAt).toBe('2024-07-10T23:59:59+07:00');
    periodId = q2?.id ?? '';
  });
  afterAll(() => t.close());

  it('opens the unit’s draft with its task progress for the quarter and the tracked figure', async () => {
    report = ok(
      await staffCNTT.request('GET', `/api/submissions?periodId=${periodId}`),
    ).json<SubmissionView>();
    expect(report).toMatchObject({ status: 'draft', timeliness: 'pending', sections: {}, data: {} });
    const progress = report.taskProgress;
    expect(progress.done.map((o) => [o.content, o.evidence])).toEqual([
      [
        'Triển khai nền tảng số',
        { number: '15/QĐ-STTTT', date: '2024-06-20', text: 'Quyết định đưa nền tảng vào sử dụng' },
      ],
    ]);
    expect(progress.overdue.map((o) => o.content)).toEqual(['Rà soát hạ tầng mạng']);
    expect(progress.inProgress).toEqual([]);
    expect(report.dataForm).toEqual([
      {
        indicatorId,
        content: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%',
        reported: null,
        tracked: expect.objectContaining({ value: 70, asOf: '2024-06-30' }) as unknown,
        writesBack: true,
      },
    ]);
  });

  it('stores rich text without markup and refuses anything that is not the document model', async () => {
    report = ok(
      await save(staffCNTT, {
        sections: {
          results: {
            blocks: [
              {
                type: 'paragraph',
                // A NUL never gets this far: the edge refuses it with a 400 (common/edge.test.ts).
                children: [{ text: '<script>alert(1)</script>Kết quả <b>tốt</b>' }],
              },
              {
                type: 'bulletList',
                items: [[{ text: 'Ý 1', bold: true }], [{ text: '<img src=x onerror=alert(1)>' }]],
              },
            ],
          },
        },
      }),
    ).json<SubmissionView>();
    expect(report.sections.results).toEqual({
      blocks: [
        { type: 'paragraph', children: [{ text: 'Kết quả tốt' }] },
        { type: 'bulletList', items: [[{ text: 'Ý 1', bold: true }]] },
      ],
    });
    for (const bad of [
      { results: { blocks: [{ type: 'html', html: '<p>x</p>' }] } },
      { results: '<p>Kết quả</p>' },
      { results: { blocks: [{ type: 'paragraph', children: [{ text: 'x' }], style: 'color:red' }] } },
    ]) {
      const res = await save(staffCNTT, { sections: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const stored = ok(await staffCNTT.request('GET', `/api/submissions/${report.id}`)).json<SubmissionView>();
    expect(stored.version).toBe(report.version);
  });

  it('answers a stale save with 409 and keeps the first write', async () => {
    const seen = report.version;
    report = ok(
      await save(headCNTT, { sections: { nextTasks: aDoc('Bản của trưởng phòng') } }),
    ).json<SubmissionView>();
    const late = await staffCNTT.request('PUT', `/api/submissions/${report.id}`, {
      version: seen,
      sections: { nextTasks: aDoc('Bản của chuyên viên') },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error.message).toContain('vừa được người khác lưu');
    const stored = ok(await staffCNTT.request('GET', `/api/submissions/${report.id}`)).json<SubmissionView>();
    expect(stored.sections.nextTasks).toEqual(aDoc('Bản của trưởng phòng'));
    expect(stored.version).toBe(seen + 1);
  });

  it('keeps other units out, and leaves returning and accepting to the receiving agency’s compiler', async () => {
    const url = `/api/submissions/${report.id}`;
    expect((await staffTTBCXB.request('GET', url)).statusCode).toBe(403);
    expect(
      (await staffTTBCXB.request('PUT', url, { version: report.version, sections: {} })).statusCode,
    ).toBe(403);
    expect(
      (
        await staffTTBCXB.request(
          'GET',
          `/api/submissions?periodId=${periodId}&unitId=${units['CNTT-BCVT'] ?? ''}`,
        )
      ).statusCode,
    ).toBe(403);
    expect((await staffTTBCXB.request('POST', `${url}/comments`, { body: 'Góp ý' })).statusCode).toBe(403);
    expect((await viewer.request('GET', url)).statusCode).toBe(403);
    // A unit that does not owe the report has none.
    const notOwed = await compiler.request(
      'GET',
      `/api/submissions?periodId=${periodId}&unitId=${units.TTRA ?? ''}`,
    );
    expect(notOwed.statusCode).toBe(404);

    ok(await headCNTT.request('POST', `${url}/submit`));
    expect((await staffCNTT.request('POST', `${url}/return`, { comment: 'Sửa' })).statusCode).toBe(403);
    expect((await headCNTT.request('POST', `${url}/accept`)).statusCode).toBe(403);
    // The ministry's compiler reads everything but reviews only what the ministry receives.
    expect((await ministryCompiler.request('GET', url)).statusCode).toBe(200);
    expect((await ministryCompiler.request('POST', `${url}/accept`)).statusCode).toBe(403);
    const returned = ok(
      await compiler.request('POST', `${url}/return`, { comment: 'Bổ sung số liệu' }),
    ).json<SubmissionView>();
    expect(returned.status).toBe('returned');
    report = returned;
  });

  it('takes attachments while the unit can edit, checked by type', async () => {
    const upload = (name: string, content: string) => {
      const body = aMultipartUpload({ filename: name, content });
      return t.app.inject({
        method: 'POST',
        url: `/api/submissions/${report.id}/attachments`,
        headers: { cookie: staffCNTT.cookie, 'x-csrf-token': staffCNTT.csrf, ...body.headers },
        payload: body.payload,
      });
    };
    const file = ok(await upload('so-lieu quý II.txt', 'Số liệu: 82,5%'), 201).json<{
      id: string;
      filename: string;
    }>();
    expect((await upload('virus.exe', 'MZ')).statusCode).toBe(415);
    const shown = ok(await staffCNTT.request('GET', `/api/submissions/${report.id}`)).json<
      SubmissionView & { attachments: { id: string }[] }
    >();
    expect(shown.attachments.map((a) => a.id)).toEqual([file.id]);
    const download = await compiler.request('GET', `/api/submissions/${report.id}/attachments/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('Số liệu: 82,5%');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(
      (await staffTTBCXB.request('GET', `/api/submissions/${report.id}/attachments/${file.id}`)).statusCode,
    ).toBe(403);
  });

  it('writes the accepted figure back to the indicator, with the report as its source', async () => {
    const outside = await save(headCNTT, { data: { [units.VP ?? '']: { value: 1 } } });
    expect(outside.statusCode).toBe(400);
    report = ok(
      await save(headCNTT, { data: { [indicatorId]: { value: 82.5, note: 'Theo cổng DVC' } } }),
    ).json<SubmissionView>();
    expect(report.dataForm[0]?.reported).toEqual({
      value: 82.5,
      numerator: null,
      denominator: null,
      note: 'Theo cổng DVC',
    });
    ok(await headCNTT.request('POST', `/api/submissions/${report.id}/submit`));
    const before = await t.database.db
      .selectFrom('indicator_values')
      .select(['value', 'source'])
      .where('plan_item_id', '=', indicatorId)
      .where('period_code', '=', '2024-Q2')
      .executeTakeFirstOrThrow();
    expect(Number(before.value)).toBe(70);

    ok(await compiler.request('POST', `/api/submissions/${report.id}/accept`));
    const after = await t.database.db
      .selectFrom('indicator_values')
      .select(['value', 'source', 'as_of'])
      .where('plan_item_id', '=', indicatorId)
      .where('period_code', '=', '2024-Q2')
      .executeTakeFirstOrThrow();
    expect({ ...after, value: Number(after.value) }).toEqual({
      value: 82.5,
      source: 'Báo cáo quý kỳ Quý II/2024 – Phòng Công nghệ thông tin – Bưu chính – Viễn thông',
      as_of: '2024-06-14',
    });
    // Locked now: neither edits nor files.
    expect((await save(headCNTT, { sections: { results: aDoc('Sửa') } })).statusCode).toBe(409);
  });
});
