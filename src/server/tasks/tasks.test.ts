import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ErrorBody,
  TODAY,
  type TaskWorld,
  aTaskWorld,
  taskDetail,
  taskList,
  updateCurrent,
} from '../../../test/support/tasks.js';
import { aPlan } from '../../../test/support/tracking.js';

describe('tasks: who sees and changes what, status rules, concurrency', () => {
  let w: TaskWorld;
  let digital: string; // led by Phòng A, Phòng B coordinates; Quý II (due 30/6, a Sunday → 1/7)
  let inspection: string; // led by Phòng B alone
  let monthly: string; // led by Phòng A, every month

  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

  beforeAll(async () => {
    w = await aTaskWorld();
    const { org, plan } = w;
    digital = await plan.task({
      lead: org.divisionA.id,
      coordinators: [org.divisionB.id],
      timeframe: 'Quý II',
      domain: 'Chính phủ số và Chuyển đổi số',
      content: 'Triển khai Kế hoạch chuyển đổi số trong cơ quan nhà nước',
      output: 'Kế hoạch',
    });
    inspection = await plan.task({
      lead: org.divisionB.id,
      timeframe: 'Quý III',
      domain: 'Thanh tra',
      content: 'Thanh tra chuyên ngành bưu chính',
    });
    monthly = await plan.task({ lead: org.divisionA.id, timeframe: 'Hằng tháng', content: 'Báo cáo tháng' });
  });
  afterAll(() => w.t.close());

  describe('reading', () => {
    it('staff see the tasks their unit leads or coordinates, and nothing else', async () => {
      const { staffA, staffB } = w.sessions;
      expect(ids((await taskList(staffA)).items)).toEqual([digital, monthly].sort());
      expect(ids((await taskList(staffB)).items)).toEqual([digital, inspection].sort());
      const refused = await staffA.request('GET', `/api/tasks/${inspection}`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json<ErrorBody>().error.message).toContain('không thuộc đơn vị của bạn');
    });

    it('compilers and leaders see every task of the active plans', async () => {
      for (const session of [w.sessions.compiler, w.sessions.leader]) {
        const list = await taskList(session);
        expect(list.total).toBe(3);
        expect(ids(list.items)).toEqual([digital, inspection, monthly].sort());
        expect((await taskDetail(session, inspection)).content).toBe('Thanh tra chuyên ngành bưu chính');
      }
    });

    it('a task row carries its units, timeframe, current occurrence and computed timeliness', async () => {
      const row = (await taskList(w.sessions.compiler, 'unitId=' + w.org.divisionB.id + '&role=coordinator'))
        .items;
      expect(row).toHaveLength(1);
      expect(row[0]).toMatchObject({
        id: digital,
        domain: 'Chính phủ số và Chuyển đổi số',
        output: 'Kế hoạch',
        leadUnits: [{ id: w.org.divisionA.id, name: 'Phòng A' }],
        coordinatorUnits: [{ id: w.org.divisionB.id, name: 'Phòng B', partStatus: 'notStarted' }],
        timeframe: 'Quý II/2024',
        // Due on Sunday 30/6, so the deadline is Monday 1/7, and by 10/7 it is overdue.
        current: {
          dueDate: '2024-06-30',
          deadline: '2024-07-01',
          status: 'notStarted',
          timeliness: 'overdue',
        },
        occurrenceCounts: { done: 0, total: 1 },
      });
    });

    it('sorts by the current deadline and pages with a total', async () => {
      const all = await taskList(w.sessions.compiler);
      const deadlines = all.items.map((r) => r.current?.deadline);
      // Monthly work is at its earliest open month (January), then Quý II, then Quý III.
      expect(deadlines).toEqual(['2024-01-31', '2024-07-01', '2024-09-30']);
      const window = await taskList(w.sessions.compiler, 'dueFrom=2024-07-01&dueBefore=2024-09-30');
      expect(window.items.map((r) => r.id)).toEqual([digital, inspection]);
      const page2 = await taskList(w.sessions.compiler, 'page=2&pageSize=2');
      expect(page2).toMatchObject({ total: 3, items: [{ id: inspection }] });
    });

    it('finds tasks by words without diacritics or case', async () => {
      const { compiler } = w.sessions;
      expect(ids((await taskList(compiler, 'q=chuyen%20doi%20so')).items)).toEqual([digital]);
      expect(ids((await taskList(compiler, `q=${encodeURIComponent('THANH TRA bưu')}`)).items)).toEqual([
        inspection,
      ]);
      expect((await taskList(compiler, 'q=khong%20co%20dau%20nao')).total).toBe(0);
      // Search never widens the read scope.
      expect((await taskList(w.sessions.staffA, 'q=thanh%20tra')).total).toBe(0);
    });

    it('lists only active plans unless a plan is asked for', async () => {
      const old = await aPlan(w.t.database.db, w.t.services, { year: 2023, status: 'superseded' });
      const oldTask = await old.task({ lead: w.org.divisionA.id, timeframe: 'Quý IV', content: 'Việc cũ' });
      expect(ids((await taskList(w.sessions.compiler)).items)).not.toContain(oldTask);
      expect(ids((await taskList(w.sessions.compiler, `planId=${old.id}`)).items)).toEqual([oldTask]);
    });

    it('lists a plan’s items with their timeframe labels', async () => {
      const res = await w.sessions.staffB.request('GET', `/api/plans/${w.plan.id}/items?kind=task`);
      expect(res.statusCode).toBe(200);
      const items = res.json<{ items: { id: string; timeframe: string; kind: string }[] }>().items;
      expect(items.map((i) => [i.id, i.timeframe])).toEqual([
        [digital, 'Quý II/2024'],
        [inspection, 'Quý III/2024'],
        [monthly, 'Hằng tháng'],
      ]);
    });
  });

  describe('updating', () => {
    it('staff update their own unit’s task but not another unit’s', async () => {
      const { staffA, staffB } = w.sessions;
      const ok = await updateCurrent(staffA, digital, {
        status: 'inProgress',
        progress: 30,
        note: 'Đang soạn dự thảo',
      });
      expect(ok.statusCode, ok.body).toBe(200);
      const stored = ok.json<{ current: { status: string; progress: number } }>().current;
      expect(stored).toMatchObject({ status: 'inProgress', progress: 30 });

      const inspectionOcc = (await taskDetail(staffB, inspection)).current;
      const refused = await staffA.request('POST', `/api/tasks/${inspection}/updates`, {
        version: inspectionOcc?.version,
        note: 'Không phải việc của tôi',
      });
      expect(refused.statusCode).toBe(403);
      // A coordinating unit keeps its own part, not the task's status.
      expect((await updateCurrent(staffB, digital, { progress: 50, note: 'Phối hợp' })).statusCode).toBe(403);
      expect((await taskDetail(staffB, inspection)).current?.version).toBe(inspectionOcc?.version);
    });

    it('tells the caller what they may do', async () => {
      expect((await taskDetail(w.sessions.staffA, digital)).permissions).toEqual({
        canUpdate: true,
        canManage: false,
        canUpdateParts: [],
      });
      expect((await taskDetail(w.sessions.staffB, digital)).permissions).toEqual({
        canUpdate: false,
        canManage: false,
        canUpdateParts: [w.org.divisionB.id],
      });
      expect((await taskDetail(w.sessions.headA, digital)).permissions.canManage).toBe(true);
    });

    it('refuses a stale version with 409 and keeps the first write', async () => {
      const { staffA, headA } = w.sessions;
      const seen = (await taskDetail(staffA, digital)).current;
      const body = { occurrenceId: seen?.id, version: seen?.version };
      const first = await staffA.request('POST', `/api/tasks/${digital}/updates`, {
        ...body,
        progress: 60,
        note: 'Trình lãnh đạo',
      });
      expect(first.statusCode).toBe(200);
      const second = await headA.request('POST', `/api/tasks/${digital}/updates`, {
        ...body,
        progress: 10,
        note: 'Ghi đè',
      });
      expect(second.statusCode).toBe(409);
      const error = second.json<ErrorBody>().error;
      expect(error.message).toContain('người khác cập nhật');
      expect(error.details).toMatchObject({ current: { progress: 60, version: (seen?.version ?? 0) + 1 } });

      const after = await taskDetail(staffA, digital);
      expect(after.current).toMatchObject({ progress: 60, version: (seen?.version ?? 0) + 1 });
      expect(after.timeline.map((e) => e.note)).not.toContain('Ghi đè');
      expect(after.timeline[0]).toMatchObject({ kind: 'progress', note: 'Trình lãnh đạo', progress: 60 });
    });

    it('refuses to cancel without a reason, in Vietnamese', async () => {
      const res = await updateCurrent(w.sessions.staffA, digital, { status: 'cancelled', note: 'Hủy' });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.message).toBe(
        'Cần nêu lý do khi chuyển nhiệm vụ từ "Đang thực hiện" sang "Hủy".',
      );
      const future = await updateCurrent(w.sessions.staffA, digital, {
        status: 'done',
        completedOn: '2024-07-11',
        note: 'Xong',
      });
      expect(future.statusCode).toBe(400);
      expect(future.json<ErrorBody>().error.message).toBe('Ngày hoàn thành không được sau ngày hiện tại.');
      const missingNote = await updateCurrent(w.sessions.staffA, digital, { progress: 70, note: '  ' });
      expect(missingNote.statusCode).toBe(400);
    });

    it('stores the completion date (today by default) and shows late work as done late', async () => {
      const res = await updateCurrent(w.sessions.staffA, digital, {
        status: 'done',
        progress: 80,
        note: 'UBND tỉnh đã ban hành Kế hoạch',
        evidence: { number: '462/KH-UBND', date: '2024-07-08', text: 'Kế hoạch chuyển đổi số' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const detail = await taskDetail(w.sessions.staffA, digital);
      expect(detail.occurrences[0]).toMatchObject({
        status: 'done',
        progress: 100,
        completedOn: TODAY,
        timeliness: 'doneLate',
      });
      expect(detail.timeline[0]).toMatchObject({
        kind: 'status',
        statusFrom: 'inProgress',
        statusTo: 'done',
        evidence: { number: '462/KH-UBND', date: '2024-07-08', text: 'Kế hoạch chuyển đổi số' },
        author: { name: w.org.staffA.fullName },
      });
      expect((await taskList(w.sessions.staffA, 'status=done')).items.map((r) => r.id)).toEqual([digital]);
    });

    it('updates the occurrences of recurring work independently', async () => {
      const { staffA } = w.sessions;
      const before = await taskDetail(staffA, monthly);
      expect(before.occurrences).toHaveLength(12);
      const june = before.occurrences.find((o) => o.periodCode === '2024-06');
      const july = before.occurrences.find((o) => o.periodCode === '2024-07');
      const post = (o: typeof june, body: object) =>
        staffA.request('POST', `/api/tasks/${monthly}/updates`, {
          occurrenceId: o?.id,
          version: o?.version,
          ...body,
        });
      expect(
        (await post(june, { status: 'done', completedOn: '2024-06-28', note: 'Đã gửi báo cáo tháng 6' }))
          .statusCode,
      ).toBe(200);
      expect(
        (await post(july, { status: 'inProgress', progress: 40, note: 'Đang tổng hợp' })).statusCode,
      ).toBe(200);

      const after = await taskDetail(staffA, monthly);
      const byPeriod = new Map(after.occurrences.map((o) => [o.periodCode, o]));
      expect(byPeriod.get('2024-06')).toMatchObject({
        status: 'done',
        completedOn: '2024-06-28',
        timeliness: 'doneOnTime',
      });
      expect(byPeriod.get('2024-07')).toMatchObject({
        status: 'inProgress',
        progress: 40,
        timeliness: 'onTrack',
      });
      expect(byPeriod.get('2024-05')).toMatchObject({
        status: 'notStarted',
        timeliness: 'overdue',
        version: 1,
      });
      expect(after.occurrenceCounts).toEqual({ done: 1, total: 12 });
      // The list counts the done month and still points at the earliest open deadline.
      const row = (await taskList(staffA)).items.find((r) => r.id === monthly);
      expect(row).toMatchObject({
        occurrenceCounts: { done: 1, total: 12 },
        current: { deadline: '2024-01-31' },
      });
    });
  });
});
