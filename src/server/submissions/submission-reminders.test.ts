import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aUser } from '../../../test/support/builders.js';
import {
  type PeriodView,
  type SubmissionView,
  aDoc,
  loginAll,
  unitIdsByCode,
} from '../../../test/support/reporting.js';
import { seedDemoData } from '../demo/demo-seed.js';
import { createLogger } from '../logger.js';
import { SUBMISSION_SUBJECT, submissionSubjectId } from './submission-reminder-source.js';

/** A monthly report due the 15th from CNTT-BCVT and TTBCXB; June's was never sent. */
describe('report reminders', () => {
  let t: TestContext;
  let clock = new Date('2024-07-11T03:00:00Z');
  let units: Record<string, string>;
  let compiler: Session;
  let headCNTT: Session;
  let july: PeriodView;
  let june: PeriodView;

  const run = (iso: string) => {
    clock = new Date(iso);
    return t.services.reminders.run(clock);
  };
  const notifications = async (username: string) =>
    t.database.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.title', 'n.body', 'n.link'])
      .where('u.username', '=', username)
      .orderBy('n.created_at')
      .execute();

  beforeAll(async () => {
    t = await createTestApp(
      { loginRateLimitPerMinute: 1000 },
      { now: () => clock, logger: createLogger('silent') },
    );
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { withPlan: false });
    units = await unitIdsByCode(t.database.db);
    await aUser(t.services, { username: 'nvbaochi', orgUnitId: units.TTBCXB ?? '', roles: ['staff'] });
    [compiler, headCNTT] = await loginAll(t.app, ['tonghop', 'truongphong']);
    const regime = await compiler.request('POST', '/api/report-regimes', {
      name: 'Báo cáo tháng',
      content: 'Kết quả thực hiện nhiệm vụ trong tháng',
      reportingUnits: [units['CNTT-BCVT'], units.TTBCXB],
      receivingUnitId: units.KHTC,
      frequency: 'monthly',
      year: 2024,
      cutOffRule: { kind: 'standard' },
      deadlineRule: { kind: 'dayOfMonth', day: 15 },
    });
    const { id } = regime.json<{ id: string }>();
    await compiler.request('POST', `/api/report-regimes/${id}/activate`);
    const periods = (await compiler.request('GET', `/api/report-periods?regimeId=${id}`)).json<{
      periods: PeriodView[];
    }>().periods;
    july = periods.find((p) => p.code === '2024-07') as PeriodView;
    june = periods.find((p) => p.code === '2024-06') as PeriodView;
  });
  afterAll(() => t.close());

  it('reminds the owing units’ heads and staff ahead of the deadline, not of the older missed report', async () => {
    const summary = await run('2024-07-11T03:00:00Z');
    expect(summary).toMatchObject({ deliveries: 2, notifications: 3, withoutRecipients: 0 });
    const head = await notifications('truongphong');
    expect(head).toEqual([
      {
        title: 'Sắp đến hạn: Báo cáo tháng',
        body: `Báo cáo “Báo cáo tháng” (Tháng 07/2024, Phòng Công nghệ thông tin – Bưu chính – Viễn thông) có hạn ngày 15/07/2024, còn 2 ngày làm việc.`,
        link: `/reports?periodId=${july.id}`,
      },
    ]);
    expect(await notifications('chuyenvien')).toHaveLength(1);
    expect(await notifications('nvbaochi')).toHaveLength(1);
    // Nobody outside the owing units, and nothing about June, which July's report supersedes.
    expect(await notifications('tonghop')).toEqual([]);
    const juneSubject = submissionSubjectId(june.id, units.TTBCXB ?? '');
    const logged = await t.database.db
      .selectFrom('reminder_deliveries')
      .select('subject_id')
      .where('subject_type', '=', SUBMISSION_SUBJECT)
      .execute();
    expect(logged.map((d) => d.subject_id)).not.toContain(juneSubject);
  });

  it('stops once the unit has sent its report, and keeps reminding the one that has not', async () => {
    clock = new Date('2024-07-12T03:00:00Z');
    const draft = (
      await headCNTT.request('GET', `/api/submissions?periodId=${july.id}`)
    ).json<SubmissionView>();
    await headCNTT.request('PUT', `/api/submissions/${draft.id}`, {
      version: draft.version,
      sections: { results: aDoc('Hoàn thành các nhiệm vụ tháng 7.') },
    });
    expect((await headCNTT.request('POST', `/api/submissions/${draft.id}/submit`)).statusCode).toBe(200);

    const onTheDay = await run('2024-07-15T02:00:00Z');
    expect(onTheDay).toMatchObject({ deliveries: 1, notifications: 1 });
    expect((await notifications('nvbaochi')).map((n) => n.title)).toEqual([
      'Sắp đến hạn: Báo cáo tháng',
      'Đến hạn hôm nay: Báo cáo tháng',
    ]);
    expect(await notifications('truongphong')).toHaveLength(1);

    // A week of working days late, the unit that has not sent hears again; run twice, sent once.
    expect(await run('2024-07-22T03:00:00Z')).toMatchObject({ deliveries: 1 });
    expect(await run('2024-07-22T05:00:00Z')).toMatchObject({ deliveries: 0 });
    expect((await notifications('nvbaochi')).at(-1)?.title).toBe('Quá hạn 5 ngày làm việc: Báo cáo tháng');
    // Once opened, reminders lead to the report itself.
    const opened = (
      await compiler.request('GET', `/api/submissions?periodId=${july.id}&unitId=${units.TTBCXB ?? ''}`)
    ).json<SubmissionView>();
    await run('2024-07-29T03:00:00Z');
    expect((await notifications('nvbaochi')).at(-1)?.link).toBe(`/reports/submissions/${opened.id}`);
  });
});

describe('submissionSubjectId', () => {
  it('is a stable UUID per period and unit', () => {
    const a = submissionSubjectId('p1', 'u1');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(submissionSubjectId('p1', 'u1')).toBe(a);
    expect(submissionSubjectId('p1', 'u2')).not.toBe(a);
  });
});
