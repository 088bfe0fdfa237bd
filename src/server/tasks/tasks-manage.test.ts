import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUnit, aUser } from '../../../test/support/builders.js';
import { type ErrorBody, type TaskWorld, aTaskWorld, taskDetail } from '../../../test/support/tasks.js';

describe('coordinating parts, people, triggered work and bulk status', () => {
  let w: TaskWorld;
  let shared: string; // led by Phòng A, coordinated by Phòng B
  let onEvent: string; // "Theo sự kiện", led by Phòng A

  beforeAll(async () => {
    w = await aTaskWorld();
    shared = await w.plan.task({
      lead: w.org.divisionA.id,
      coordinators: [w.org.divisionB.id],
      timeframe: 'trước ngày 30/6 và 15/12 hằng năm',
      content: 'Báo cáo an toàn thông tin',
    });
    onEvent = await w.plan.task({
      lead: w.org.divisionA.id,
      timeframe: 'Theo sự kiện',
      content: 'Xử lý sự cố',
    });
  });
  afterAll(() => w.t.close());

  describe('a coordinating unit’s part', () => {
    const partUrl = () => `/api/tasks/${shared}/parts/${w.org.divisionB.id}`;

    it('is updated by that unit’s staff, versioned, and shows on the timeline', async () => {
      const { staffB } = w.sessions;
      const res = await staffB.request('PUT', partUrl(), {
        version: 1,
        status: 'inProgress',
        note: 'Đã rà soát hệ thống',
      });
      expect(res.statusCode, res.body).toBe(200);
      const detail = await taskDetail(staffB, shared);
      expect(detail.coordinatorUnits[0]).toMatchObject({
        partStatus: 'inProgress',
        partNote: 'Đã rà soát hệ thống',
        partVersion: 2,
      });
      expect(detail.timeline[0]).toMatchObject({
        kind: 'part',
        unit: { id: w.org.divisionB.id },
        statusFrom: 'notStarted',
        statusTo: 'inProgress',
      });
      // The task's own occurrences are untouched by a part.
      expect(detail.occurrences.every((o) => o.status === 'notStarted' && o.version === 1)).toBe(true);

      const stale = await staffB.request('PUT', partUrl(), { version: 1, status: 'done', note: 'Ghi đè' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ErrorBody>().error.details).toMatchObject({
        current: { version: 2, status: 'inProgress' },
      });
    });

    it('is closed to the lead unit’s staff and to units that do not coordinate', async () => {
      expect(
        (await w.sessions.staffA.request('PUT', partUrl(), { version: 2, status: 'done', note: 'x' }))
          .statusCode,
      ).toBe(403);
      const notCoordinating = `/api/tasks/${shared}/parts/${w.org.divisionA.id}`;
      expect(
        (await w.sessions.compiler.request('PUT', notCoordinating, { version: 1, status: 'done', note: 'x' }))
          .statusCode,
      ).toBe(404);
    });
  });

  describe('people', () => {
    it('are assigned by the lead unit’s head from the task’s units or below', async () => {
      const team = await aUnit(w.t.services, { parentId: w.org.divisionB.id, name: 'Tổ B1' });
      const inTeam = await aUser(w.t.services, { orgUnitId: team.id });
      const res = await w.sessions.headA.request('PUT', `/api/tasks/${shared}/people`, {
        assignees: [w.org.staffA.id],
        watchers: [w.org.staffB.id, inTeam.id],
      });
      expect(res.statusCode, res.body).toBe(200);
      const detail = await taskDetail(w.sessions.headA, shared);
      expect(detail.people.assignees.map((p) => p.id)).toEqual([w.org.staffA.id]);
      expect(detail.people.watchers.map((p) => p.id).sort()).toEqual([w.org.staffB.id, inTeam.id].sort());
      expect(detail.timeline[0]).toMatchObject({ kind: 'assignment' });
      expect(detail.timeline[0]?.note).toContain(w.org.staffA.fullName);
    });

    it('refuses people from other units, and callers who do not manage the task', async () => {
      const outsider = await aUser(w.t.services, { orgUnitId: w.org.divisionB.id });
      const res = await w.sessions.headA.request('PUT', `/api/tasks/${onEvent}/people`, {
        assignees: [outsider.id],
        watchers: [],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.message).toContain('không thuộc đơn vị chủ trì hoặc phối hợp');
      const byStaff = await w.sessions.staffA.request('PUT', `/api/tasks/${onEvent}/people`, {
        assignees: [],
        watchers: [],
      });
      expect(byStaff.statusCode).toBe(403);
      expect((await taskDetail(w.sessions.headA, onEvent)).people).toEqual({ assignees: [], watchers: [] });
    });
  });

  describe('triggered work', () => {
    const event = { date: '2024-07-05', description: 'Công văn 123/UBND-KT', dueInWorkingDays: 5 };

    it('records an event once: the same event again adds nothing', async () => {
      const first = await w.sessions.headA.request('POST', `/api/tasks/${onEvent}/triggers`, event);
      expect(first.statusCode, first.body).toBe(200);
      const created = first.json<{ created: boolean; occurrenceId: string }>();
      expect(created.created).toBe(true);
      const again = await w.sessions.compiler.request('POST', `/api/tasks/${onEvent}/triggers`, event);
      expect(again.json<{ created: boolean; occurrenceId: string }>()).toMatchObject({
        created: false,
        occurrenceId: created.occurrenceId,
      });
      const detail = await taskDetail(w.sessions.staffA, onEvent);
      // Five working days after Friday 5/7: Friday 12/7.
      expect(detail.occurrences).toEqual([
        expect.objectContaining({
          dueDate: '2024-07-12',
          deadline: '2024-07-12',
          status: 'notStarted',
          timeliness: 'dueSoon',
        }),
      ]);
      expect(detail.occurrences[0]?.label).toBe(
        'Phát sinh ngày 5/7/2024 (Công văn 123/UBND-KT), hạn 12/7/2024',
      );
      expect(detail.timeline.filter((e) => e.kind === 'trigger')).toHaveLength(1);
      // A second, different event on the same day is its own occurrence.
      const other = await w.sessions.headA.request('POST', `/api/tasks/${onEvent}/triggers`, {
        date: '2024-07-05',
        description: 'Công văn 130/UBND-KT',
        dueDate: '2024-07-20',
      });
      expect(other.json<{ created: boolean }>().created).toBe(true);
      expect((await taskDetail(w.sessions.staffA, onEvent)).occurrences).toHaveLength(2);
    });

    it('is refused for scheduled tasks, for staff, and without a due date', async () => {
      const scheduled = await w.sessions.compiler.request('POST', `/api/tasks/${shared}/triggers`, event);
      expect(scheduled.statusCode).toBe(400);
      expect(scheduled.json<ErrorBody>().error.message).toContain('theo sự kiện');
      expect(
        (await w.sessions.staffA.request('POST', `/api/tasks/${onEvent}/triggers`, event)).statusCode,
      ).toBe(403);
      const noDue = await w.sessions.headA.request('POST', `/api/tasks/${onEvent}/triggers`, {
        date: '2024-07-05',
      });
      expect(noDue.statusCode).toBe(400);
    });
  });

  describe('bulk status', () => {
    const occurrencesOf = async (taskId: string) =>
      (await taskDetail(w.sessions.compiler, taskId)).occurrences;

    it('changes every row, or none when one row is refused', async () => {
      const [june, december] = await occurrencesOf(shared);
      const led = await w.plan.task({
        lead: w.org.divisionB.id,
        timeframe: 'Quý II',
        content: 'Việc của Phòng B',
      });
      const [ofB] = await occurrencesOf(led);
      const items = [june, december, ofB].map((o) => ({
        occurrenceId: o?.id ?? '',
        version: o?.version ?? 0,
      }));

      // Phòng A's staff may not touch Phòng B's task: the whole batch is refused.
      const refused = await w.sessions.staffA.request('POST', '/api/tasks/bulk-status', {
        items,
        status: 'inProgress',
        note: 'Bắt đầu',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<ErrorBody>().error.details).toEqual({
        failures: [{ occurrenceId: ofB?.id, code: 'forbidden', message: expect.any(String) as string }],
      });
      expect((await occurrencesOf(shared)).map((o) => [o.status, o.version])).toEqual([
        ['notStarted', 1],
        ['notStarted', 1],
      ]);

      const done = await w.sessions.staffA.request('POST', '/api/tasks/bulk-status', {
        items: items.slice(0, 2),
        status: 'done',
        note: 'Đã gửi báo cáo',
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toEqual({ updated: 2 });
      expect((await occurrencesOf(shared)).map((o) => [o.status, o.completedOn, o.version])).toEqual([
        ['done', '2024-07-10', 2],
        ['done', '2024-07-10', 2],
      ]);
    });

    it('refuses stale versions and bad transitions without writing anything', async () => {
      const [june] = await occurrencesOf(shared);
      const [event] = await occurrencesOf(onEvent);
      const stale = await w.sessions.compiler.request('POST', '/api/tasks/bulk-status', {
        items: [{ occurrenceId: june?.id, version: 1 }],
        status: 'inProgress',
        note: 'Mở lại',
        reason: 'Trả lại',
      });
      expect(stale.statusCode).toBe(409);
      const mixed = await w.sessions.compiler.request('POST', '/api/tasks/bulk-status', {
        items: [
          { occurrenceId: event?.id, version: event?.version },
          { occurrenceId: june?.id, version: june?.version },
        ],
        status: 'cancelled',
        note: 'Hủy',
      });
      expect(mixed.statusCode).toBe(400);
      const codes = (mixed.json<ErrorBody>().error.details as { failures: { code: string }[] }).failures.map(
        (f) => f.code,
      );
      expect(codes).toEqual(['reasonRequired', 'notAllowed']);
      expect((await occurrencesOf(onEvent))[0]).toMatchObject({
        status: 'notStarted',
        version: event?.version,
      });
    });
  });
});
