import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDirectiveWorld, type DirectiveWorld } from '../../../test/support/task-sources.js';
import { taskDetail, updateCurrent } from '../../../test/support/tasks.js';
import { TASK_EXPORT_HEADERS } from '../tasks/tasks-export.js';

type ErrorBody = { error: { code: string; message: string } };

/** Every row a refused request could have touched. */
async function snapshot(w: DirectiveWorld) {
  const db = w.t.database.db;
  const [extensions, occurrences, audit] = await Promise.all([
    db.selectFrom('task_extensions').selectAll().orderBy('id').execute(),
    db.selectFrom('task_occurrences').selectAll().orderBy('id').execute(),
    db.selectFrom('audit_log').select('id').execute(),
  ]);
  return { extensions, occurrences, audit: audit.length };
}

describe('deadline extensions (gia hạn)', () => {
  let w: DirectiveWorld;
  let taskId: string;
  let sourceId: string;

  beforeAll(async () => {
    // 12/5/2026: the task given for 4/5 is past its deadline when the unit asks for more time.
    w = await aDirectiveWorld('2026-05-12');
    const source = await w.sessions.leader.request('POST', '/api/task-sources', {
      kind: 'conclusionNotice',
      number: '130/TB-STTTT',
      date: '2026-04-15',
      issuer: 'Sở Thông tin và Truyền thông',
      title: 'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2026',
    });
    sourceId = source.json<{ id: string }>().id;
    const task = await w.sessions.leader.request('POST', `/api/task-sources/${sourceId}/tasks`, {
      content: 'Xây dựng dự toán kinh phí chuyển đổi số năm 2027',
      itemNumber: '2',
      leadUnitId: w.units.finance.id,
      coordinatorUnitIds: [w.units.office.id],
      dueDate: '2026-05-04',
      focalPersonId: w.users.staff.id,
    });
    expect(task.statusCode, task.body).toBe(201);
    taskId = task.json<{ taskId: string }>().taskId;
  });
  afterAll(() => w.t.close());

  it('refuses a proposed date before the current deadline, and a unit that does not lead the task', async () => {
    const before = await snapshot(w);
    const early = await w.sessions.head.request('POST', `/api/tasks/${taskId}/extensions`, {
      reason: 'Chờ số liệu của các đơn vị',
      proposedDate: '2026-05-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json<ErrorBody>().error.message).toBe(
      'Ngày đề nghị gia hạn (01/05/2026) phải sau hạn hiện tại (04/05/2026).',
    );
    const outsider = await w.sessions.compiler.request('POST', `/api/tasks/${taskId}/extensions`, {
      reason: 'Chờ số liệu của các đơn vị',
      proposedDate: '2026-05-29',
    });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json<ErrorBody>().error.message).toBe(
      'Chỉ đơn vị chủ trì nhiệm vụ mới được đề nghị gia hạn.',
    );
    expect(await snapshot(w)).toEqual(before);
  });

  it('the lead unit requests; the request waits in the assigner’s Việc của tôi', async () => {
    const res = await w.sessions.head.request('POST', `/api/tasks/${taskId}/extensions`, {
      reason: 'Chờ hướng dẫn của Bộ Tài chính về định mức',
      proposedDate: '2026-05-29',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'pending',
      previousDeadline: '2026-05-04',
      proposedDate: '2026-05-29',
    });
    const pending = await w.sessions.leader.request('GET', '/api/extensions/pending');
    expect(pending.json<{ extensions: { taskId: string; sourceNumber: string }[] }>().extensions).toEqual([
      expect.objectContaining({ taskId, sourceNumber: '130/TB-STTTT' }),
    ]);
    const notMine = await w.sessions.otherLeader.request('GET', '/api/extensions/pending');
    expect(notMine.json<{ extensions: unknown[] }>().extensions).toEqual([]);
  });

  it('refuses an approval by someone who did not assign the task, changing nothing', async () => {
    const [request] = (await w.sessions.leader.request('GET', `/api/tasks/${taskId}/extensions`)).json<{
      extensions: { id: string }[];
    }>().extensions;
    const before = await snapshot(w);
    const res = await w.sessions.otherLeader.request(
      'POST',
      `/api/extensions/${request?.id ?? ''}/decision`,
      {
        approve: true,
      },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorBody>().error.message).toBe(
      'Chỉ người giao nhiệm vụ (lãnh đạo phụ trách hoặc người tạo nhiệm vụ) mới được quyết định gia hạn.',
    );
    expect(await snapshot(w)).toEqual(before);
  });

  it('the assigner approves: the deadline moves, the previous one is kept, reminders start over', async () => {
    const db = w.t.database.db;
    const occurrence = await db
      .selectFrom('task_occurrences')
      .select('id')
      .where('plan_item_id', '=', taskId)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('reminder_deliveries')
      .values({
        subject_type: 'taskOccurrence',
        subject_id: occurrence.id,
        step: 'overdue-1',
        recipients: 1,
        emails: 0,
      })
      .execute();
    const [request] = (await w.sessions.leader.request('GET', `/api/tasks/${taskId}/extensions`)).json<{
      extensions: { id: string }[];
    }>().extensions;
    const res = await w.sessions.leader.request('POST', `/api/extensions/${request?.id ?? ''}/decision`, {
      approve: true,
      note: 'Đồng ý gia hạn',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'approved',
      approvedDate: '2026-05-29',
      statusLabel: 'Đã gia hạn',
    });
    const detail = await taskDetail(w.sessions.head, taskId);
    expect(detail.current?.deadline).toBe('2026-05-29');
    expect(detail.current?.timeliness).not.toBe('overdue');
    expect(detail.sourcing.extensions).toEqual({
      count: 1,
      previousDeadlines: ['2026-05-04'],
      approvedBy: [w.users.leader.fullName],
      pending: false,
    });
    expect(
      await db
        .selectFrom('reminder_deliveries')
        .select('step')
        .where('subject_id', '=', occurrence.id)
        .execute(),
    ).toEqual([]);
    const audit = await db.selectFrom('audit_log').select('action').where('entity_id', '=', taskId).execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['extension.request', 'extension.approve']),
    );
    const pending = await w.sessions.leader.request('GET', '/api/extensions/pending');
    expect(pending.json<{ extensions: unknown[] }>().extensions).toEqual([]);
  });

  it('done by the extended date counts on time, with "đã gia hạn" apart, in the statistics and the XLSX', async () => {
    const done = await updateCurrent(w.sessions.head, taskId, {
      status: 'done',
      note: 'Đã trình dự toán',
      completedOn: '2026-05-12',
    });
    expect(done.statusCode, done.body).toBe(200);
    const stats = await w.sessions.leader.request(
      'GET',
      `/api/stats/tasks?planId=${sourceId}&asOf=2026-05-12`,
    );
    expect(stats.json()).toMatchObject({
      due: 1,
      doneOnTime: 1,
      doneLate: 0,
      extended: 1,
      doneOnTimeExtended: 1,
      completionRate: 100,
    });
    const xlsx = await w.sessions.leader.request('GET', `/api/tasks/export.xlsx?planId=${sourceId}`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Nhiệm vụ');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const row = (sheet?.getRow(2).values as unknown[]).slice(1);
    const cell = (name: (typeof TASK_EXPORT_HEADERS)[number]) => row[header.indexOf(name)];
    expect(cell('Văn bản nguồn')).toBe(
      'Thông báo kết luận số 130/TB-STTTT ngày 15/04/2026 của Sở Thông tin và Truyền thông: Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2026 (mục 2)',
    );
    expect(cell('Đầu mối')).toBe(w.users.staff.fullName);
    expect(cell('Số lần gia hạn')).toBe(1);
    expect(cell('Hạn trước khi gia hạn')).toBe('04/05/2026');
    expect(cell('Người duyệt gia hạn')).toBe(w.users.leader.fullName);
    expect(cell('Hạn')).toEqual(new Date(Date.UTC(2026, 4, 29)));
    expect(cell('Đánh giá')).toBe('Hoàn thành đúng hạn');
  });

  it('refuses a request on a finished task, changing nothing', async () => {
    const before = await snapshot(w);
    const res = await w.sessions.head.request('POST', `/api/tasks/${taskId}/extensions`, {
      reason: 'Xin thêm thời gian',
      proposedDate: '2026-06-30',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.message).toBe(
      'Nhiệm vụ đã hoàn thành hoặc đã hủy, không thể đề nghị gia hạn.',
    );
    expect(await snapshot(w)).toEqual(before);
  });
});
