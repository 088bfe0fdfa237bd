import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aMultipartUpload, aUser } from '../../../test/support/builders.js';
import {
  type PeriodView,
  type RegimeView,
  type SubmissionView,
  aDoc,
  expectStatus,
  importPlan,
  unitIdsByCode,
} from '../../../test/support/reporting.js';
import { seedDemoData } from '../demo/demo-seed.js';

const seed003 = readFileSync(
  path.resolve(import.meta.dirname, '../../../../shared/seeds/003_77dc22eebe307cd2.txt'),
);

/**
 * The issue's end-to-end story: seed 003's six regimes proposed at import, confirmed for 2024;
 * three divisions owe the 6-month report, due 15/6/2024 (end of day, Vietnam time): Văn phòng
 * sends on time (and is returned once), CNTT-BCVT sends late, TTBCXB never sends.
 */
describe('reporting flow: seed 003 regimes, one period, three units', () => {
  let t: TestContext;
  let clock = new Date('2024-01-08T02:00:00Z');
  let compiler: Session;
  let admin: Session;
  let headVP: Session;
  let headCNTT: Session;
  let staffCNTT: Session;
  let units: Record<string, string>;
  let regimes: RegimeView[];
  let halfYear: RegimeView;
  let period: PeriodView;
  let vpReport: SubmissionView;

  const at = (iso: string) => {
    clock = new Date(iso);
  };
  const json = expectStatus;

  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: 1000 }, { now: () => clock });
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { withPlan: false });
    units = await unitIdsByCode(t.database.db);
    await aUser(t.services, { username: 'truongvp', orgUnitId: units.VP ?? '', roles: ['unitHead'] });
    compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
    admin = await login(t.app, 'admin', TEST_PASSWORD);
    headVP = await login(t.app, 'truongvp', TEST_PASSWORD);
    headCNTT = await login(t.app, 'truongphong', TEST_PASSWORD);
    staffCNTT = await login(t.app, 'chuyenvien', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('proposes the six regimes of "Tổ chức thực hiện" when the plan is committed', async () => {
    const planId = await importPlan(t.app, compiler, '003.txt', seed003);
    regimes = json(await compiler.request('GET', `/api/report-regimes?planId=${planId}`)).json<{
      regimes: RegimeView[];
    }>().regimes;
    expect(regimes.map((r) => [r.frequency, r.status, r.year, r.receivingUnit.id]).sort()).toEqual(
      [
        ['annual', 'proposed', 2023, units.KHTC],
        ['monthly', 'proposed', 2023, units.KHTC],
        ['nineMonths', 'proposed', 2023, units.KHTC],
        ['quarterly', 'proposed', 2023, units.KHTC],
        ['semiannual', 'proposed', 2023, units.KHTC],
        ['weekly', 'proposed', 2023, units.VP],
      ].sort(),
    );
    // Every division of the Sở reports by default, the receiving one excepted.
    const weekly = regimes.find((r) => r.frequency === 'weekly');
    expect(weekly?.reportingUnits).toEqual({ childrenOf: units['STTTT-AG'] });
    expect(weekly?.units.map((u) => u.id)).not.toContain(units.VP);
    expect(weekly?.units).toHaveLength(6);
    expect(regimes.every((r) => r.problems.length === 0)).toBe(true);
    expect(weekly?.warnings[0]).toContain('chốt số liệu báo cáo tuần');
  });

  it('confirms the six for 2024 and lays out their periods once: 52 + 12 + 4 + 1 + 1 + 1', async () => {
    const counts: Record<string, number> = {};
    for (const regime of regimes) {
      const edit =
        regime.frequency === 'semiannual'
          ? { reportingUnits: [units.VP, units['CNTT-BCVT'], units.TTBCXB] }
          : {};
      const edited = json(
        await compiler.request('PUT', `/api/report-regimes/${regime.id}`, {
          version: regime.version,
          year: 2024,
          ...edit,
        }),
      ).json<RegimeView>();
      const activated = json(
        await compiler.request('POST', `/api/report-regimes/${edited.id}/activate`),
      ).json<{ regime: RegimeView; periodsCreated: number; notes: string[] }>();
      expect(activated.regime.status).toBe('active');
      counts[regime.frequency] = activated.periodsCreated;
      // The annual report is due 15/11 for data to 14/12: noted, not blocking, for an internal regime.
      expect(activated.notes).toHaveLength(regime.frequency === 'annual' ? 1 : 0);
    }
    expect(counts).toEqual({
      weekly: 52,
      monthly: 12,
      quarterly: 4,
      semiannual: 1,
      nineMonths: 1,
      annual: 1,
    });

    const again = json(
      await compiler.request('POST', `/api/report-regimes/${regimes[0]?.id ?? ''}/activate`),
    ).json<{ periodsCreated: number; regime: RegimeView }>();
    expect(again.periodsCreated).toBe(0);
    expect(again.regime.periodCount).toBe(counts[regimes[0]?.frequency ?? ''] ?? -1);

    halfYear = json(await compiler.request('GET', '/api/report-regimes?status=active'))
      .json<{ regimes: RegimeView[] }>()
      .regimes.find((r) => r.frequency === 'semiannual') as RegimeView;
    const periods = json(await compiler.request('GET', `/api/report-periods?regimeId=${halfYear.id}`)).json<{
      periods: PeriodView[];
    }>().periods;
    expect(periods).toHaveLength(1);
    period = periods[0] as PeriodView;
    expect(period).toMatchObject({
      code: '2024-H1',
      label: '6 tháng đầu năm 2024',
      cutOff: { from: '2023-12-15', to: '2024-06-14' },
      dueAt: '2024-06-15T23:59:59+07:00',
      expectedUnits: 3,
    });
  });

  it('shows each unit only the periods it owes', async () => {
    const mine = json(
      await headVP.request('GET', '/api/report-periods?mine=1&from=2024-06-01&to=2024-06-30'),
    ).json<{ periods: PeriodView[] }>().periods;
    // Văn phòng receives the weekly report, so in June it owes the monthly, quarterly and 6-month ones.
    expect(mine.map((p) => p.code).sort()).toEqual(['2024-06', '2024-H1', '2024-Q2']);
    expect(mine.find((p) => p.code === '2024-H1')?.mine).toEqual({
      unitId: units.VP,
      submissionId: null,
      status: null,
      timeliness: 'pending',
    });
  });

  it('Văn phòng sends on time; the compiler returns it with a comment; it is fixed, resent and accepted', async () => {
    at('2024-06-10T02:00:00Z');
    vpReport = json(
      await headVP.request('GET', `/api/submissions?periodId=${period.id}`),
    ).json<SubmissionView>();
    expect(vpReport).toMatchObject({ status: 'draft', version: 1, timeliness: 'pending' });
    vpReport = json(
      await headVP.request('PUT', `/api/submissions/${vpReport.id}`, {
        version: 1,
        sections: { results: aDoc('Hoàn thành 8/10 nhiệm vụ.') },
      }),
    ).json<SubmissionView>();
    vpReport = json(
      await headVP.request('POST', `/api/submissions/${vpReport.id}/submit`),
    ).json<SubmissionView>();
    expect(vpReport).toMatchObject({
      status: 'submitted',
      timeliness: 'onTime',
      submittedAt: '2024-06-10T09:00:00+07:00',
    });

    at('2024-06-11T02:00:00Z');
    expect((await headVP.request('POST', `/api/submissions/${vpReport.id}/accept`)).statusCode).toBe(403);
    const returned = json(
      await compiler.request('POST', `/api/submissions/${vpReport.id}/return`, {
        comment: 'Đề nghị bổ sung khó khăn, vướng mắc.',
      }),
    ).json<SubmissionView>();
    expect(returned.status).toBe('returned');
    const comments = json(await headVP.request('GET', `/api/submissions/${vpReport.id}/comments`)).json<{
      comments: { body: string }[];
    }>().comments;
    expect(comments.map((c) => c.body)).toEqual(['Đề nghị bổ sung khó khăn, vướng mắc.']);

    at('2024-06-12T02:00:00Z');
    const fixed = json(
      await headVP.request('PUT', `/api/submissions/${vpReport.id}`, {
        version: returned.version,
        sections: { difficulties: aDoc('Thiếu nhân lực.') },
      }),
    ).json<SubmissionView>();
    expect(Object.keys(fixed.sections).sort()).toEqual(['difficulties', 'results']);
    const resent = json(
      await headVP.request('POST', `/api/submissions/${vpReport.id}/submit`),
    ).json<SubmissionView>();
    // Timeliness stands on the first sending.
    expect(resent).toMatchObject({
      status: 'submitted',
      timeliness: 'onTime',
      submittedAt: '2024-06-10T09:00:00+07:00',
    });
    vpReport = json(
      await compiler.request('POST', `/api/submissions/${vpReport.id}/accept`),
    ).json<SubmissionView>();
    expect(vpReport).toMatchObject({ status: 'accepted', locked: true });

    const versions = json(await compiler.request('GET', `/api/submissions/${vpReport.id}/versions`)).json<{
      versions: { number: number; event: string; comment: string | null }[];
    }>().versions;
    expect(versions.map((v) => v.event)).toEqual(['submit', 'return', 'submit', 'accept']);
    const first = json(await compiler.request('GET', `/api/submissions/${vpReport.id}/versions/1`)).json<{
      plainText: Record<string, string>;
    }>();
    expect(first.plainText).toEqual({ results: 'Hoàn thành 8/10 nhiệm vụ.' });
  });

  it('CNTT-BCVT sends after the deadline; its staff drafts but only its head may send', async () => {
    at('2024-06-20T03:00:00Z');
    const draft = json(
      await staffCNTT.request('GET', `/api/submissions?periodId=${period.id}`),
    ).json<SubmissionView>();
    expect(draft.permissions).toEqual({ canDraft: true, canSubmit: false, canReview: false });
    const saved = json(
      await staffCNTT.request('PUT', `/api/submissions/${draft.id}`, {
        version: draft.version,
        sections: { results: aDoc('Đã triển khai nền tảng số.') },
      }),
    ).json<SubmissionView>();
    expect((await staffCNTT.request('POST', `/api/submissions/${draft.id}/submit`)).statusCode).toBe(403);
    const sent = json(
      await headCNTT.request('POST', `/api/submissions/${draft.id}/submit`, { version: saved.version }),
    ).json<SubmissionView>();
    expect(sent).toMatchObject({ status: 'submitted', timeliness: 'late' });
  });

  it('counts the rates exactly: 3 expected, 2 sent, 1 on time, 1 late, 1 missing', async () => {
    const rates = json(
      await compiler.request('GET', `/api/stats/reporting?regimeId=${halfYear.id}&period=2024-H1`),
    ).json<Record<string, unknown>>();
    // 2/3 = 66.7 %, 1/3 = 33.3 %, to one decimal.
    expect(rates).toMatchObject({
      expected: 3,
      submitted: 2,
      onTime: 1,
      late: 1,
      missing: 1,
      pending: 0,
      reportingRate: 66.7,
      onTimeRate: 33.3,
      missingUnits: [{ id: units.TTBCXB }],
      lateUnits: [{ id: units['CNTT-BCVT'] }],
    });

    const board = json(await compiler.request('GET', `/api/report-regimes/${halfYear.id}/board`)).json<{
      units: { id: string; cells: { cell: string }[] }[];
    }>();
    const cells = Object.fromEntries(board.units.map((u) => [u.id, u.cells.map((c) => c.cell)]));
    expect(cells).toEqual({
      [units.VP ?? '']: ['accepted'],
      [units['CNTT-BCVT'] ?? '']: ['late'],
      [units.TTBCXB ?? '']: ['missing'],
    });

    const tree = json(
      await compiler.request('GET', `/api/stats/reporting/tree?regimeId=${halfYear.id}&period=2024-H1`),
    ).json<{
      nodes: {
        unitId: string;
        depth: number;
        childrenExpected: number;
        childrenReported: number;
        missingChildren: { id: string }[];
      }[];
    }>();
    expect(tree.nodes[0]).toMatchObject({
      unitId: units.KHTC,
      depth: 0,
      childrenExpected: 3,
      childrenReported: 2,
      missingChildren: [{ id: units.TTBCXB }],
    });
  });

  it('refuses edits to the accepted, locked report', async () => {
    const res = await headVP.request('PUT', `/api/submissions/${vpReport.id}`, {
      version: vpReport.version,
      sections: { results: aDoc('Sửa sau khi khóa') },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('đã được tiếp nhận và khóa');
    const stored = json(
      await headVP.request('GET', `/api/submissions/${vpReport.id}`),
    ).json<SubmissionView>();
    expect(stored.sections.results).toEqual(aDoc('Hoàn thành 8/10 nhiệm vụ.'));
  });

  it('unlocks only with a reason, by the compiler, and the audit log keeps the reason', async () => {
    expect(
      (await compiler.request('POST', `/api/submissions/${vpReport.id}/unlock`, { reason: '' })).statusCode,
    ).toBe(400);
    expect(
      (await headVP.request('POST', `/api/submissions/${vpReport.id}/unlock`, { reason: 'Tự mở khóa' }))
        .statusCode,
    ).toBe(403);
    const unlocked = json(
      await compiler.request('POST', `/api/submissions/${vpReport.id}/unlock`, {
        reason: 'Đơn vị xin điều chỉnh số liệu quý II.',
      }),
    ).json<SubmissionView>();
    expect(unlocked).toMatchObject({ status: 'returned', locked: false });
    const audit = json(
      await admin.request('GET', `/api/audit?entityType=submission&entityId=${vpReport.id}`),
    ).json<{ items: { action: string; after: { reason?: string } }[] }>();
    expect(audit.items.find((i) => i.action === 'unlock')?.after.reason).toBe(
      'Đơn vị xin điều chỉnh số liệu quý II.',
    );
    // The unit can correct it again.
    const edited = await headVP.request('PUT', `/api/submissions/${vpReport.id}`, {
      version: unlocked.version,
      sections: { results: aDoc('Hoàn thành 9/10 nhiệm vụ.') },
    });
    expect(edited.statusCode).toBe(200);
  });

  it('does not propose the regimes again when the same plan is re-imported, as an update or a version', async () => {
    for (const mode of ['update', 'version']) {
      const upload = aMultipartUpload({ filename: '003.txt', content: seed003, contentType: 'text/plain' });
      const preview = await t.app.inject({
        method: 'POST',
        url: '/api/plans/import',
        headers: { cookie: compiler.cookie, 'x-csrf-token': compiler.csrf, ...upload.headers },
        payload: upload.payload,
      });
      const { previewId } = json(preview).json<{ previewId: string }>();
      json(await compiler.request('POST', `/api/plans/import/${previewId}/commit`, { mode }));
    }
    const all = json(await compiler.request('GET', '/api/report-regimes')).json<{ regimes: RegimeView[] }>()
      .regimes;
    expect(all).toHaveLength(6);
    expect(all.every((r) => r.status === 'active')).toBe(true);
  });
});
