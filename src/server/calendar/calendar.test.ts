import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartment, TEST_PASSWORD } from '../../../test/support/builders.js';
import { aPlan } from '../../../test/support/tracking.js';

describe('working calendar: admin adjustments move stored deadlines', () => {
  let t: TestContext;
  let admin: Session;
  let staff: Session;
  let taskId = '';
  let regimeId = '';

  const deadlineOf = async () =>
    (
      await t.database.db
        .selectFrom('task_occurrences')
        .select('deadline')
        .where('plan_item_id', '=', taskId)
        .executeTakeFirstOrThrow()
    ).deadline;
  const julyReportDue = async () => {
    const res = await admin.request('GET', `/api/report-periods?regimeId=${regimeId}`);
    return res
      .json<{ periods: { code: string; dueAt: string }[] }>()
      .periods.find((p) => p.code === '2024-07')?.dueAt;
  };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => new Date('2024-07-10T03:00:00Z') });
    const org = await aDepartment(t.services);
    admin = await login(t.app, org.admin.username, TEST_PASSWORD);
    staff = await login(t.app, org.staffA.username, TEST_PASSWORD);
    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    // Due Monday 19/8/2024, a working day.
    taskId = await plan.task({ lead: org.divisionA.id, timeframe: 'trước ngày 19/8/2024' });
    const created = await admin.request('POST', '/api/report-regimes', {
      name: 'Báo cáo tháng',
      content: 'Kết quả thực hiện nhiệm vụ trong tháng',
      reportingUnits: [org.divisionA.id],
      receivingUnitId: org.department.id,
      frequency: 'monthly',
      year: 2024,
      cutOffRule: { kind: 'standard' },
      // Three working days after the month ends: July's report is due Monday 5/8/2024.
      deadlineRule: { kind: 'workingDaysAfterPeriodEnd', days: 3 },
    });
    expect(created.statusCode, created.body).toBe(201);
    regimeId = created.json<{ id: string }>().id;
    expect((await admin.request('POST', `/api/report-regimes/${regimeId}/activate`)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('lists the statutory holidays and the official adjustments of a year', async () => {
    const res = await staff.request('GET', '/api/calendar/2024');
    expect(res.statusCode).toBe(200);
    const days = res.json<{ days: { date: string; isWorkingDay: boolean; holidays: string[] }[] }>().days;
    expect(days.find((d) => d.date === '2024-09-02')).toMatchObject({ isWorkingDay: false });
    expect(days.find((d) => d.date === '2024-02-10')?.holidays.length).toBeGreaterThan(0);
  });

  it('moves task and report deadlines when a day off is recorded, and back when it is removed', async () => {
    expect(await deadlineOf()).toBe('2024-08-19');
    const before = await julyReportDue();
    expect(before?.slice(0, 10)).toBe('2024-08-05');

    const recorded = await admin.request('PUT', '/api/calendar/adjustments', {
      date: '2024-08-19',
      kind: 'dayOff',
      note: 'Thông báo nghỉ bù số 01/TB-VPCP (thử nghiệm)',
    });
    expect(recorded.statusCode, recorded.body).toBe(204);
    expect(await deadlineOf()).toBe('2024-08-20');

    const dayOffBeforeReport = await admin.request('PUT', '/api/calendar/adjustments', {
      date: '2024-08-01',
      kind: 'dayOff',
      note: 'Nghỉ bù (thử nghiệm)',
    });
    expect(dayOffBeforeReport.statusCode).toBe(204);
    expect((await julyReportDue())?.slice(0, 10)).toBe('2024-08-06');

    expect((await admin.request('DELETE', '/api/calendar/adjustments/2024-08-19')).statusCode).toBe(204);
    expect((await admin.request('DELETE', '/api/calendar/adjustments/2024-08-01')).statusCode).toBe(204);
    expect(await deadlineOf()).toBe('2024-08-19');
    expect(await julyReportDue()).toBe(before);
  });

  it('refuses bad adjustments with Vietnamese messages and lets only admins record them', async () => {
    const weekdayAsWorkday = await admin.request('PUT', '/api/calendar/adjustments', {
      date: '2024-08-20',
      kind: 'workday',
      note: 'Làm bù',
    });
    expect(weekdayAsWorkday.statusCode).toBe(400);
    expect(weekdayAsWorkday.json<{ error: { message: string } }>().error.message).toBe(
      'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
    );
    const noNote = await admin.request('PUT', '/api/calendar/adjustments', {
      date: '2024-08-24',
      kind: 'workday',
      note: ' ',
    });
    expect(noNote.statusCode).toBe(400);
    const badDate = await admin.request('PUT', '/api/calendar/adjustments', {
      date: '2024-02-30',
      kind: 'dayOff',
      note: 'x',
    });
    expect(badDate.statusCode).toBe(400);
    const byStaff = await staff.request('PUT', '/api/calendar/adjustments', {
      date: '2024-08-24',
      kind: 'workday',
      note: 'Làm bù',
    });
    expect(byStaff.statusCode).toBe(403);
    expect((await admin.request('DELETE', '/api/calendar/adjustments/2024-08-24')).statusCode).toBe(404);
  });
});
