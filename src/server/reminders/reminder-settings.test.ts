import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDepartment, TEST_PASSWORD } from '../../../test/support/builders.js';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aPlan } from '../../../test/support/tracking.js';
import { SettingsRepository } from '../settings/settings.repository.js';

const morningOf = (day: string) => new Date(`${day}T03:00:00Z`);

let t: TestContext;
let admin: Session;
let staff: Session;
let staffId: string;

async function reminderCount(): Promise<number> {
  const rows = await t.database.db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', staffId)
    .where('kind', '=', 'reminder')
    .execute();
  return rows.length;
}

beforeAll(async () => {
  t = await createTestApp({}, { now: () => morningOf('2024-07-01') });
  const org = await aDepartment(t.services);
  staffId = org.staffA.id;
  admin = await login(t.app, org.admin.username, TEST_PASSWORD);
  staff = await login(t.app, org.staffA.username, TEST_PASSWORD);
  const plan = await aPlan(t.database.db, t.services, { year: 2024 });
  // Nobody assigned: the unit head and staff of Phòng A are reminded.
  await plan.task({ lead: org.divisionA.id, timeframe: 'trước ngày 12/7/2024', content: 'Rà soát hồ sơ' });
});

afterAll(() => t.close());

describe('reminder settings API', () => {
  it('starts at 3 working days ahead, enabled, with weekly overdue reminders and no e-mail configured', async () => {
    const res = await admin.request('GET', '/api/settings/reminders');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      daysBefore: 3,
      enabled: true,
      overdueEveryWorkingDays: 5,
      emailConfigured: false,
    });
  });

  it('is for admins only', async () => {
    expect((await staff.request('GET', '/api/settings/reminders')).statusCode).toBe(403);
    expect(
      (await staff.request('PUT', '/api/settings/reminders', { daysBefore: 1, enabled: true })).statusCode,
    ).toBe(403);
  });

  it.each([
    [{ daysBefore: 31, enabled: true }, 'Số ngày làm việc nhắc trước hạn phải là số nguyên từ 0 đến 30.'],
    [{ daysBefore: 1.5, enabled: true }, 'Số ngày làm việc nhắc trước hạn phải là số nguyên từ 0 đến 30.'],
    [{ daysBefore: 2 }, 'Hãy cho biết bật hay tắt nhắc việc (enabled: true/false).'],
  ])('refuses %o with a Vietnamese message and stores nothing', async (body, message) => {
    const res = await admin.request('PUT', '/api/settings/reminders', body);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect((await admin.request('GET', '/api/settings/reminders')).json()).toMatchObject({ daysBefore: 3 });
  });

  it('saves a change and records it in the audit log', async () => {
    const res = await admin.request('PUT', '/api/settings/reminders', { daysBefore: 1, enabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ daysBefore: 1, enabled: true });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity_type', '=', 'appSetting')
      .where('entity_id', '=', 'reminders')
      .execute();
    expect(audit).toEqual([
      { action: 'update', before: { daysBefore: 3, enabled: true }, after: { daysBefore: 1, enabled: true } },
    ]);
  });
});

describe('reminder settings in effect', () => {
  it('with daysBefore = 1, reminds the working day before the deadline, not three days ahead', async () => {
    await t.services.reminders.run(morningOf('2024-07-09'));
    await t.services.reminders.run(morningOf('2024-07-10'));
    expect(await reminderCount()).toBe(0);
    await t.services.reminders.run(morningOf('2024-07-11'));
    expect(await reminderCount()).toBe(1);
  });

  it('when disabled, sends nothing, not even on the deadline', async () => {
    await admin.request('PUT', '/api/settings/reminders', { daysBefore: 1, enabled: false });
    const summary = await t.services.reminders.run(morningOf('2024-07-12'));
    expect(summary).toMatchObject({ enabled: false, deliveries: 0 });
    expect(await reminderCount()).toBe(1);
  });

  it('falls back to the defaults when the stored value is unreadable', async () => {
    await new SettingsRepository().set(t.database.db, 'reminders', { daysBefore: 'ba' });
    expect((await admin.request('GET', '/api/settings/reminders')).json()).toMatchObject({
      daysBefore: 3,
      enabled: true,
    });
    const summary = await t.services.reminders.run(morningOf('2024-07-12'));
    expect(summary).toMatchObject({ enabled: true, deliveries: 1 });
    expect(await reminderCount()).toBe(2);
  });
});
