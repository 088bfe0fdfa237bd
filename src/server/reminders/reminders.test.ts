import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles.js';
import { addDays } from '../../domain/calendar/index.js';
import { aUnit } from '../../../test/support/builders.js';
import { createTestApp, type TestContext } from '../../../test/support/app.js';
import { aClosedPort, aLogCapture, startSmtpCapture, type SmtpCapture } from '../../../test/support/smtp.js';
import { aPlan, type PlanBuilder } from '../../../test/support/tracking.js';
import { systemContext } from '../common/context.js';
import { createLogger } from '../logger.js';
import { createReminderService } from './reminders.service.js';

const ctx = systemContext('test');
const PUBLIC_URL = 'https://baocao.angiang.gov.vn';
/** 10:00 in Vietnam on the given day: when an office would expect the morning's reminders. */
const morningOf = (day: string) => new Date(`${day}T03:00:00Z`);

let t: TestContext;
let smtp: SmtpCapture;
let plan: PlanBuilder;
const people: Record<string, { id: string; email: string | null }> = {};
const items: Record<string, string> = {};
/** Every e-mail of the simulated month, as "day | to | subject". */
const sentByDay: string[] = [];

async function person(key: string, unitId: string, roles: Role[], email: boolean, disabled = false) {
  const user = await t.services.users.create(ctx, {
    username: key,
    fullName: `Ông/bà ${key}`,
    email: email ? `${key}@angiang.gov.vn` : null,
    orgUnitId: unitId,
    roles,
    password: 'mat-khau-thu-nghiem',
  });
  if (disabled) await t.services.users.setDisabled(ctx, user.id, true);
  people[key] = { id: user.id, email: user.email };
}

async function taskPeople(itemId: string, role: 'assignee' | 'watcher', ...keys: string[]) {
  await t.database.db
    .insertInto('task_people')
    .values(keys.map((k) => ({ plan_item_id: itemId, user_id: people[k]?.id ?? '', role })))
    .execute();
}

async function deliveries(itemId: string) {
  return t.database.db
    .selectFrom('reminder_deliveries as d')
    .innerJoin('task_occurrences as o', 'o.id', 'd.subject_id')
    .select(['d.step', 'd.recipients', 'd.emails'])
    .where('o.plan_item_id', '=', itemId)
    .orderBy('d.sent_at')
    .execute();
}

async function notificationsOf(key: string) {
  return t.database.db
    .selectFrom('notifications')
    .select(['title', 'body', 'link', 'kind'])
    .where('user_id', '=', people[key]?.id ?? '')
    .orderBy('created_at')
    .execute();
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp(
    { mail: { smtpUrl: smtp.url, from: 'Nhắc việc <nhacviec@angiang.gov.vn>', publicUrl: PUBLIC_URL } },
    { now: () => morningOf('2024-07-01'), logger: createLogger('silent') },
  );
  const department = await aUnit(t.services, { kind: 'provincialDepartment', name: 'Sở thử nghiệm' });
  const divA = await aUnit(t.services, { parentId: department.id, name: 'Phòng A' });
  const divB = await aUnit(t.services, { parentId: department.id, name: 'Phòng B' });
  await person('anh', divA.id, ['staff'], true);
  await person('binh', department.id, ['leader'], true);
  await person('headA', divA.id, ['unitHead'], true);
  await person('goneA', divA.id, ['staff'], true, true);
  await person('headB', divB.id, ['unitHead'], true);
  await person('staffB', divB.id, ['staff'], true);
  await person('nomailB', divB.id, ['staff'], false);
  await person('viewerB', divB.id, ['viewer'], true);
  await person('goneB', divB.id, ['staff'], true, true);

  plan = await aPlan(t.database.db, t.services, { year: 2024 });
  const task = (lead: string, timeframe: string, content: string) => plan.task({ lead, timeframe, content });
  items.A = await task(divA.id, 'trước ngày 12/7/2024', 'Rà soát thủ tục hành chính (A)');
  items.B = await task(divB.id, 'trước ngày 15/7/2024', 'Cập nhật cơ sở dữ liệu (B)');
  items.C = await task(divA.id, 'trước ngày 17/7/2024', 'Hoàn thiện báo cáo (C)');
  items.D = await task(divB.id, 'trước ngày 19/7/2024', 'Kiểm tra an toàn thông tin (D)');
  await taskPeople(items.A, 'assignee', 'anh');
  await taskPeople(items.A, 'watcher', 'binh', 'goneA');
  await taskPeople(items.C, 'assignee', 'anh');
  // D's only assignee has left: the lead unit stands in, as for B which nobody was assigned to.
  await taskPeople(items.D, 'assignee', 'goneB');
  const superseded = await aPlan(t.database.db, t.services, { year: 2024, status: 'superseded' });
  items.S = await superseded.task({
    lead: divA.id,
    timeframe: 'trước ngày 12/7/2024',
    content: 'Bản cũ (S)',
  });
  await taskPeople(items.S, 'assignee', 'anh');

  // Every day of July, twice, as a scheduler repeating its runs would; C is finished on the 13th.
  for (let day = '2024-07-01'; day <= '2024-07-31'; day = addDays(day, 1)) {
    if (day === '2024-07-13') {
      await t.database.db
        .updateTable('task_occurrences')
        .set({ status: 'done', completed_on: day })
        .where('plan_item_id', '=', items.C)
        .execute();
    }
    const before = smtp.mails.length;
    await t.services.reminders.run(morningOf(day));
    await t.services.reminders.run(morningOf(day));
    for (const mail of smtp.mails.slice(before))
      sentByDay.push(`${day} | ${mail.to.join(',')} | ${mail.subject}`);
  }
}, 120_000);

afterAll(async () => {
  await t.close();
  await smtp.close();
});

const mailsTo = (day: string, subject: string, ...keys: string[]) =>
  keys.map((k) => `${day} | ${k}@angiang.gov.vn | [baocao] ${subject}`);

describe('reminder run over a month', () => {
  it('e-mails each step once, on its day: 3 working days ahead, on the deadline, every working week late', () => {
    const A = 'Rà soát thủ tục hành chính (A)';
    const B = 'Cập nhật cơ sở dữ liệu (B)';
    const C = 'Hoàn thiện báo cáo (C)';
    const D = 'Kiểm tra an toàn thông tin (D)';
    const expected = [
      ...mailsTo('2024-07-09', `Sắp đến hạn: ${A}`, 'anh', 'binh'),
      ...mailsTo('2024-07-10', `Sắp đến hạn: ${B}`, 'headB', 'staffB'),
      ...mailsTo('2024-07-12', `Đến hạn hôm nay: ${A}`, 'anh', 'binh'),
      ...mailsTo('2024-07-12', `Sắp đến hạn: ${C}`, 'anh'),
      ...mailsTo('2024-07-15', `Đến hạn hôm nay: ${B}`, 'headB', 'staffB'),
      ...mailsTo('2024-07-16', `Sắp đến hạn: ${D}`, 'headB', 'staffB'),
      ...mailsTo('2024-07-19', `Quá hạn 5 ngày làm việc: ${A}`, 'anh', 'binh'),
      ...mailsTo('2024-07-19', `Đến hạn hôm nay: ${D}`, 'headB', 'staffB'),
      ...mailsTo('2024-07-22', `Quá hạn 5 ngày làm việc: ${B}`, 'headB', 'staffB'),
      ...mailsTo('2024-07-26', `Quá hạn 10 ngày làm việc: ${A}`, 'anh', 'binh'),
      ...mailsTo('2024-07-26', `Quá hạn 5 ngày làm việc: ${D}`, 'headB', 'staffB'),
      ...mailsTo('2024-07-29', `Quá hạn 10 ngày làm việc: ${B}`, 'headB', 'staffB'),
    ];
    expect([...sentByDay].sort()).toEqual(expected.sort());
  });

  it('records one delivery per subject and step, with how many people and e-mails', async () => {
    expect(await deliveries(items.A ?? '')).toEqual([
      { step: 'before', recipients: 2, emails: 2 },
      { step: 'due', recipients: 2, emails: 2 },
      { step: 'overdue-1', recipients: 2, emails: 2 },
      { step: 'overdue-2', recipients: 2, emails: 2 },
    ]);
    // B's unit stand-ins include a staff member without an e-mail address.
    expect((await deliveries(items.B ?? '')).map((d) => [d.step, d.recipients, d.emails])).toEqual([
      ['before', 3, 2],
      ['due', 3, 2],
      ['overdue-1', 3, 2],
      ['overdue-2', 3, 2],
    ]);
  });

  it('stops reminding once a task is done, and never reminds tasks of a superseded plan', async () => {
    expect((await deliveries(items.C ?? '')).map((d) => d.step)).toEqual(['before']);
    expect(await deliveries(items.S ?? '')).toEqual([]);
  });

  it('creates in-app notifications for everyone reminded, e-mail or not, linking to the task', async () => {
    const nomail = await notificationsOf('nomailB');
    expect(nomail).toHaveLength(4 + 3);
    expect(nomail[0]).toEqual({
      kind: 'reminder',
      title: 'Sắp đến hạn: Cập nhật cơ sở dữ liệu (B)',
      body: expect.stringContaining('có hạn ngày 15/07/2024, còn 3 ngày làm việc') as unknown,
      link: expect.stringMatching(new RegExp(`^/tasks/${items.B}\\?occurrence=[0-9a-f-]{36}$`)) as unknown,
    });
    expect(await notificationsOf('anh')).toHaveLength(4 + 1);
  });

  it('reminds assignees and watchers, else the lead unit heads and staff; never viewers or disabled users', async () => {
    expect(await notificationsOf('binh')).toHaveLength(4);
    expect(await notificationsOf('headA')).toEqual([]);
    expect(await notificationsOf('viewerB')).toEqual([]);
    expect(await notificationsOf('goneA')).toEqual([]);
    expect(await notificationsOf('goneB')).toEqual([]);
    expect(await notificationsOf('headB')).toHaveLength(4 + 3);
  });

  it('writes the e-mail in Vietnamese with the task, its deadline as dd/mm/yyyy and a link to it', () => {
    const mail = smtp.mails.find((m) => m.subject.includes('Quá hạn 5 ngày làm việc: Rà soát'));
    expect(mail?.from).toBe('nhacviec@angiang.gov.vn');
    expect(mail?.text).toContain('Kính gửi Ông/bà anh,');
    expect(mail?.text).toContain('Nhiệm vụ “Rà soát thủ tục hành chính (A)” (Hạn 12/7/2024, Kế hoạch số');
    expect(mail?.text).toContain('đã quá hạn 5 ngày làm việc (hạn ngày 12/07/2024).');
    expect(mail?.text).toMatch(new RegExp(`${PUBLIC_URL}/tasks/${items.A}\\?occurrence=[0-9a-f-]{36}`));
  });
});

describe('reminder delivery guarantees', () => {
  it('sends a step once when two runs race on the same day', async () => {
    items.E = await plan.task({
      lead: (await t.services.users.get(ctx, people.anh?.id ?? '')).orgUnitId,
      timeframe: 'trước ngày 5/8/2024',
      content: 'Tổng hợp số liệu (E)',
    });
    await taskPeople(items.E, 'assignee', 'anh');
    const before = smtp.mails.length;
    const [first, second] = await Promise.all([
      t.services.reminders.run(morningOf('2024-07-31')),
      t.services.reminders.run(morningOf('2024-07-31')),
    ]);
    expect(first.deliveries + second.deliveries).toBe(1);
    expect(smtp.mails.slice(before).map((m) => [m.to, m.subject])).toEqual([
      [['anh@angiang.gov.vn'], '[baocao] Sắp đến hạn: Tổng hợp số liệu (E)'],
    ]);
    expect(await deliveries(items.E)).toEqual([{ step: 'before', recipients: 1, emails: 1 }]);
    expect((await notificationsOf('anh')).filter((n) => n.title.includes('(E)'))).toHaveLength(1);
  });

  it('with the mail server down, still creates the in-app notifications and logs the failure', async () => {
    const log = aLogCapture();
    const down = createReminderService({
      db: t.database.db,
      audit: t.services.audit,
      calendar: t.services.calendar,
      notifications: t.services.notifications,
      mail: {
        smtpUrl: `smtp://127.0.0.1:${await aClosedPort()}`,
        from: 'nhacviec@angiang.gov.vn',
        publicUrl: PUBLIC_URL,
      },
      logger: createLogger('info', log.stream),
      sources: [],
    });
    items.F = await plan.task({
      lead: (await t.services.users.get(ctx, people.anh?.id ?? '')).orgUnitId,
      timeframe: 'trước ngày 6/8/2024',
      content: 'Rà soát danh mục (F)',
    });
    await taskPeople(items.F, 'assignee', 'anh');

    // 2/8: F is in its window, A enters its third week late and D its second.
    const summary = await down.run(morningOf('2024-08-02'));

    expect(summary).toMatchObject({
      deliveries: 3,
      notifications: 2 + 3 + 1,
      emails: 0,
      emailFailures: 2 + 2 + 1,
    });
    expect(await deliveries(items.F)).toEqual([{ step: 'before', recipients: 1, emails: 0 }]);
    expect((await notificationsOf('anh')).map((n) => n.title)).toContain('Sắp đến hạn: Rà soát danh mục (F)');
    const failures = log.lines.filter((l) => l.msg === 'reminder e-mail failed');
    expect(failures.length).toBeGreaterThan(0);
    expect(failures[0]).toMatchObject({ level: 50, subjectType: 'taskOccurrence', step: 'overdue-3' });
    expect(
      log.lines.filter((l) => l.msg === 'mail server unreachable: no more reminder e-mails this run'),
    ).toHaveLength(1);
  });
});
