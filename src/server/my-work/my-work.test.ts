import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartmentWithSubunit } from '../../../test/support/tasks.js';
import { aPlan } from '../../../test/support/tracking.js';
import type { TaskStatus } from '../../domain/tracking/index.js';
import { systemContext } from '../common/context.js';
import type { Database } from '../db/schema.js';
import type { MyWorkResponse, TaskSectionKey, TaskWorkItem } from './my-work.schemas.js';

// Test-only: progress written straight into the rows, as the tasks API would leave them.
async function setOccurrence(
  db: Kysely<Database>,
  taskId: string,
  keys: string[],
  status: TaskStatus,
  completedOn: string | null = null,
) {
  const result = await db
    .updateTable('task_occurrences')
    .set({ status, completed_on: completedOn, progress: status === 'done' ? 100 : 0 })
    .where('plan_item_id', '=', taskId)
    .where('key', 'in', keys)
    .executeTakeFirstOrThrow();
  expect(result.numUpdatedRows).toBe(BigInt(keys.length));
}

const months = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2024-${String(from + i).padStart(2, '0')}`);

describe('Việc của tôi (my work)', () => {
  let t: TestContext;
  let staffA: Session;
  let headA: Session;
  let admin: Session;
  const ids = { A: '', A1: '', B: '' };
  const task: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => new Date('2024-07-10T03:00:00Z') });
    const db = t.database.db;
    const { org, ids: unitIds, sessions } = await aDepartmentWithSubunit(t);
    Object.assign(ids, unitIds);
    ({ admin, headA, staffA } = sessions);

    // Last year's plan is still in force, and its open task is still overdue.
    const lastYear = await aPlan(db, t.services, { year: 2023 });
    task.lastYear = await lastYear.task({
      lead: ids.A,
      timeframe: 'Quý II',
      content: 'Việc quá hạn từ năm 2023',
    });

    const plan = await aPlan(db, t.services, { year: 2024 });
    const lead = (timeframe: string, content: string) => plan.task({ lead: ids.A, timeframe, content });
    task.q2Open = await lead('Quý II', 'Quý II chưa xong');
    task.q2Done = await lead('Quý II', 'Quý II đã xong');
    await setOccurrence(db, task.q2Done, ['once'], 'done', '2024-07-05');
    task.cancelled = await lead('Quý I', 'Đã hủy');
    await setOccurrence(db, task.cancelled, ['once'], 'cancelled');
    task.today = await lead('trước ngày 10/7', 'Hạn hôm nay');
    // Five working days after Wednesday 10/7 is Wednesday 17/7; 18/7 is the sixth.
    task.fifthDay = await lead('trước ngày 17/7', 'Hạn ngày làm việc thứ năm');
    task.sixthDay = await lead('trước ngày 18/7', 'Hạn ngày làm việc thứ sáu');
    task.monthly = await lead('Hằng tháng', 'Báo cáo tháng chưa cập nhật');
    await setOccurrence(db, task.monthly, months(1, 6), 'done', '2024-06-28');
    task.monthlyUpdated = await lead('Hằng tháng', 'Báo cáo tháng đã cập nhật');
    await setOccurrence(db, task.monthlyUpdated, months(1, 6), 'done', '2024-06-28');
    const july = await db
      .selectFrom('task_occurrences')
      .select('id')
      .where('plan_item_id', '=', task.monthlyUpdated)
      .where('key', '=', '2024-07')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('task_updates')
      .values({
        plan_item_id: task.monthlyUpdated,
        occurrence_id: july.id,
        kind: 'progress',
        progress: 40,
        note: 'Đã tổng hợp số liệu tuần đầu',
        created_at: new Date('2024-07-08T02:00:00Z'),
      })
      .execute();
    task.continuous = await lead('Thường xuyên', 'Việc thường xuyên');

    // Phòng A coordinates: a monthly task with June overdue, and two quarterly ones.
    task.coordMonthly = await plan.task({
      lead: ids.B,
      coordinators: [ids.A],
      timeframe: 'Hằng tháng',
      content: 'Phối hợp hằng tháng',
    });
    await setOccurrence(db, task.coordMonthly, months(1, 5), 'done', '2024-05-31');
    task.coordQ3 = await plan.task({
      lead: ids.B,
      coordinators: [ids.A],
      timeframe: 'Quý III',
      content: 'Phối hợp quý III',
    });
    task.coordPartDone = await plan.task({
      lead: ids.B,
      coordinators: [ids.A],
      timeframe: 'Quý III',
      content: 'Phần phối hợp đã xong',
    });
    await db
      .updateTable('plan_item_units')
      .set({ part_status: 'done' })
      .where('plan_item_id', '=', task.coordPartDone)
      .where('org_unit_id', '=', ids.A)
      .execute();

    // Staff A is named on a task Phòng B leads.
    task.assigned = await plan.task({
      lead: ids.B,
      timeframe: 'Quý III',
      content: 'Giao riêng cho chuyên viên A',
    });
    await db
      .insertInto('task_people')
      .values({ plan_item_id: task.assigned, user_id: org.staffA.id, role: 'assignee' })
      .execute();

    const superseded = await aPlan(db, t.services, { year: 2024, status: 'superseded' });
    await superseded.task({ lead: ids.A, timeframe: 'Quý I', content: 'Kế hoạch cũ' });
  });
  afterAll(() => t.close());

  const inbox = async (session: Session, query = '') => {
    const res = await session.request('GET', `/api/my-work${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<MyWorkResponse>();
  };
  const section = (body: MyWorkResponse, key: TaskSectionKey) => {
    const found = body.sections.find((s) => s.key === key);
    if (!found) throw new Error(`no section ${key}`);
    return found;
  };
  const contents = (items: TaskWorkItem[]) => items.map((i) => `${i.content} ${i.label}`);

  it("lists the unit's overdue work, however old, sorted by deadline", async () => {
    const body = await inbox(staffA);
    expect(body.unit).toEqual({ id: ids.A, name: 'Phòng A' });
    const overdue = section(body, 'overdue');
    expect(overdue.count).toBe(2);
    expect(overdue.items.map((i) => [i.content, i.deadline, i.timeliness])).toEqual([
      ['Việc quá hạn từ năm 2023', '2023-06-30', 'overdue'],
      ['Quý II chưa xong', '2024-07-01', 'overdue'],
    ]);
    expect(overdue.items[1]).toMatchObject({
      kind: 'task',
      taskId: task.q2Open,
      status: 'notStarted',
      progress: 0,
      role: 'lead',
      partStatus: null,
      leadUnitName: 'Phòng A',
    });
  });

  it('counts due soon within five working days, today included', async () => {
    const body = await inbox(staffA);
    expect(body.dueSoonUntil).toBe('2024-07-17');
    const dueSoon = section(body, 'dueSoon');
    expect(dueSoon.items.map((i) => [i.content, i.deadline, i.timeliness])).toEqual([
      ['Hạn hôm nay', '2024-07-10', 'dueSoon'],
      ['Hạn ngày làm việc thứ năm', '2024-07-17', 'dueSoon'],
    ]);
  });

  it('asks for an update on periodic work of the current period that has none', async () => {
    const awaiting = section(await inbox(staffA), 'awaitingUpdate');
    expect(contents(awaiting.items)).toEqual([
      'Báo cáo tháng chưa cập nhật Tháng 07/2024',
      'Việc thường xuyên Tháng 07/2024',
    ]);
  });

  it('shows coordinated work whose unit part is open: the overdue and the next occurrences only', async () => {
    const coordinating = section(await inbox(staffA), 'coordinating');
    expect(contents(coordinating.items)).toEqual([
      'Phối hợp hằng tháng Tháng 06/2024',
      'Phối hợp hằng tháng Tháng 07/2024',
      'Phối hợp quý III Quý III/2024',
    ]);
    expect(coordinating.items.map((i) => [i.role, i.partStatus, i.leadUnitName])).toEqual([
      ['coordinator', 'notStarted', 'Phòng B'],
      ['coordinator', 'notStarted', 'Phòng B'],
      ['coordinator', 'notStarted', 'Phòng B'],
    ]);
    expect(coordinating.items[0]?.timeliness).toBe('overdue');
  });

  it('shows work assigned to the person, whichever unit leads it', async () => {
    const mine = section(await inbox(staffA), 'assignedToMe');
    expect(mine.items.map((i) => [i.content, i.role, i.leadUnitName])).toEqual([
      ['Giao riêng cho chuyên viên A', null, 'Phòng B'],
    ]);
    // Someone else in the same unit is not assigned it.
    expect(section(await inbox(headA), 'assignedToMe').count).toBe(0);
  });

  it('pages each section while counting all of it', async () => {
    const overdue = section(await inbox(staffA, '?limit=1'), 'overdue');
    expect([overdue.count, overdue.items.length]).toEqual([2, 1]);
  });

  it('reads the desk as of another day', async () => {
    // On 20/6 the Quý II work (deadline 1/7) was not yet overdue but also not within five days;
    // the January–May reports, done only on 28/6, were still open and overdue that day.
    const body = await inbox(staffA, '?asOf=2024-06-20');
    const months = ['01', '02', '03', '04', '05'];
    // Same deadlines come in task id order, which is random: compared as sets.
    expect(contents(section(body, 'overdue').items).sort()).toEqual(
      [
        'Việc quá hạn từ năm 2023 Quý II/2023',
        ...months.flatMap((m) => [
          `Báo cáo tháng chưa cập nhật Tháng ${m}/2024`,
          `Báo cáo tháng đã cập nhật Tháng ${m}/2024`,
        ]),
      ].sort(),
    );
    expect(section(body, 'overdue').items[1]?.status).toBe('inProgress');
    // June of both monthly reports was open then too, with no update written by that day.
    expect(contents(section(body, 'awaitingUpdate').items).sort()).toEqual([
      'Báo cáo tháng chưa cập nhật Tháng 06/2024',
      'Báo cáo tháng đã cập nhật Tháng 06/2024',
      'Việc thường xuyên Tháng 06/2024',
    ]);
  });

  it('keeps staff to their own unit, unit heads to theirs and below, and lets leaders see any', async () => {
    for (const unit of [ids.B, ids.A1]) {
      const res = await staffA.request('GET', `/api/my-work?unitId=${unit}`);
      expect(res.statusCode).toBe(403);
      expect(res.json<{ error: { message: string } }>().error.message).toBe(
        'Bạn chỉ xem được việc của đơn vị mình.',
      );
    }
    expect((await headA.request('GET', `/api/my-work?unitId=${ids.A1}`)).statusCode).toBe(200);
    expect((await headA.request('GET', `/api/my-work?unitId=${ids.B}`)).statusCode).toBe(403);
    const b = await inbox(admin, `?unitId=${ids.B}`);
    expect(contents(section(b, 'overdue').items)).toEqual(['Phối hợp hằng tháng Tháng 06/2024']);
    const unknown = await admin.request('GET', '/api/my-work?unitId=00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect((await admin.request('GET', '/api/my-work?asOf=2024-13-01')).statusCode).toBe(400);
  });

  // Last: it changes the calendar for the rest of the file.
  it('moves the due-soon window when a holiday is declared inside it', async () => {
    await t.services.calendar.record(systemContext('test'), {
      date: '2024-07-12',
      kind: 'dayOff',
      note: 'Nghỉ bù (thử nghiệm)',
    });
    const body = await inbox(staffA);
    expect(body.dueSoonUntil).toBe('2024-07-18');
    expect(section(body, 'dueSoon').items.map((i) => i.content)).toEqual([
      'Hạn hôm nay',
      'Hạn ngày làm việc thứ năm',
      'Hạn ngày làm việc thứ sáu',
    ]);
  });
});
