import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskRow } from '../tasks/tasks.schemas.js';
import {
  aDirectiveDocx,
  aDirectiveWorld,
  conclusionNoticeText,
  type DirectiveWorld,
  uploadTo,
} from '../../../test/support/task-sources.js';
import type { Session } from '../../../test/support/app.js';

type Preview = {
  previewId: string;
  suggestedKind: string;
  result: { items: unknown[]; unmatchedUnits: string[] };
};

// [item number, lead, coordinators, deadline in force]
type Expected = [string, string[], string[], string | null];

async function importDirective(w: DirectiveWorld, session: Session, filename: string, content: Buffer) {
  const res = await uploadTo(w.t, session, '/api/task-sources/import', filename, content);
  expect(res.statusCode, res.body).toBe(200);
  const preview = res.json<Preview>();
  expect(preview.result.unmatchedUnits).toEqual([]);
  const commit = await session.request('POST', `/api/task-sources/import/${preview.previewId}/commit`, {
    sourceKind: preview.suggestedKind,
  });
  expect(commit.statusCode, commit.body).toBe(200);
  return { preview, sourceId: commit.json<{ sourceId: string }>().sourceId };
}

async function tasksOf(session: Session, sourceId: string): Promise<TaskRow[]> {
  const res = await session.request('GET', `/api/tasks?planId=${sourceId}&pageSize=200`);
  expect(res.statusCode, res.body).toBe(200);
  const items = res.json<{ items: TaskRow[] }>().items;
  return items.sort((a, b) =>
    (a.sourcing.source.itemNumber ?? '').localeCompare(b.sourcing.source.itemNumber ?? '', 'vi', {
      numeric: true,
    }),
  );
}

const shape = (rows: TaskRow[]): Expected[] =>
  rows.map((r) => [
    r.sourcing.source.itemNumber ?? '',
    r.leadUnits.map((u) => u.shortName ?? u.name),
    r.coordinatorUnits.map((u) => u.shortName ?? u.name).sort(),
    r.current?.deadline ?? null,
  ]);

describe('tasks from directive documents', () => {
  let w: DirectiveWorld;
  beforeAll(async () => {
    w = await aDirectiveWorld('2026-04-01');
    // KHTC's work is overseen by the leader: its tasks default to them.
    const res = await w.sessions.admin.request('PUT', `/api/org-units/${w.units.finance.id}/leader`, {
      leaderId: w.users.leader.id,
    });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(() => w.t.close());

  it('imports a conclusion notice (plain text): every item with its units, deadline and citation', async () => {
    const { preview, sourceId } = await importDirective(
      w,
      w.sessions.leader,
      'tb-125.txt',
      conclusionNoticeText(),
    );
    expect(preview.suggestedKind).toBe('conclusionNotice');
    const rows = await tasksOf(w.sessions.leader, sourceId);
    expect(shape(rows)).toEqual<Expected[]>([
      ['1', ['KHTC'], ['VP'], '2026-06-30'],
      ['2', ['CNTT-BCVT'], ['TTCNTT-TT'], '2026-05-15'],
      ['3', ['TTr'], [], '2026-09-30'],
      // 31/8/2026 is a Monday; 10/7/2026 a Friday.
      ['4', ['TTCNTT-TT'], ['TTBCXB'], '2026-08-31'],
      ['5', ['VP'], [], '2026-07-10'],
      ['6', ['TTBCXB'], ['CNTT-BCVT', 'TTr'], '2026-09-30'],
      // 20/4/2026 is a Monday.
      ['7', ['KHTC'], [], '2026-04-20'],
      ['8', ['VP'], [], null],
    ]);
    for (const row of rows) {
      expect(row.sourcing.source).toMatchObject({
        kind: 'conclusionNotice',
        kindLabel: 'Thông báo kết luận',
        number: '125/TB-STTTT',
        date: '2026-03-15',
        issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        title: 'Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3 năm 2026',
      });
      expect(row.sourcing.assignedBy).toBe(w.users.leader.id);
    }
    // The leader in charge defaults from the lead unit's assigned leader.
    expect(
      rows
        .filter((r) => r.sourcing.leader?.id === w.users.leader.id)
        .map((r) => r.sourcing.source.itemNumber),
    ).toEqual(['1', '7']);
  });

  it('imports a directive letter typed in Word with a numbered list', async () => {
    const { preview, sourceId } = await importDirective(
      w,
      w.sessions.compiler,
      'cv-48.docx',
      await aDirectiveDocx(),
    );
    expect(preview.suggestedKind).toBe('directive');
    const rows = await tasksOf(w.sessions.compiler, sourceId);
    expect(shape(rows)).toEqual<Expected[]>([
      ['1', ['TTCNTT-TT'], ['CNTT-BCVT'], '2026-06-01'],
      ['2', ['KHTC'], ['VP'], '2026-06-15'],
      ['3', ['TTr'], ['TTBCXB'], '2026-09-30'],
      ['4', ['TTBCXB'], [], '2026-07-10'],
      ['5', ['VP'], ['KHTC'], '2026-08-31'],
      ['6', ['CNTT-BCVT'], ['TTCNTT-TT', 'TTr'], '2026-09-30'],
      ['7', ['TTCNTT-TT'], [], null],
      ['8', ['VP'], [], null],
    ]);
    for (const row of rows) {
      expect(row.sourcing.source).toMatchObject({
        kind: 'directive',
        number: '48/STTTT-VP',
        date: '2026-04-20',
        title: 'Về việc triển khai ý kiến chỉ đạo của Giám đốc Sở quý II năm 2026',
      });
    }
  });

  it('refuses a document without numbered items, and a staff member, writing nothing', async () => {
    const before = await w.t.database.db.selectFrom('plans').select('id').execute();
    const empty = await uploadTo(
      w.t,
      w.sessions.leader,
      '/api/task-sources/import',
      'x.txt',
      Buffer.from('THÔNG BÁO\nCác đơn vị thực hiện.'),
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ error: { message: string } }>().error.message).toContain(
      'Không tìm thấy mục nào được đánh số',
    );
    const staff = await uploadTo(
      w.t,
      w.sessions.staff,
      '/api/task-sources/import',
      'tb.txt',
      conclusionNoticeText(),
    );
    expect(staff.statusCode).toBe(403);
    expect(await w.t.database.db.selectFrom('plans').select('id').execute()).toHaveLength(before.length);
  });

  it('gives a task by hand, filters and counts tasks by source, and scopes the statistics to a document', async () => {
    const created = await w.sessions.leader.request('POST', '/api/task-sources', {
      kind: 'annotatedIncoming',
      number: '512/UBND-KT',
      date: '2026-03-28',
      issuer: 'UBND tỉnh An Giang',
      title: 'Về việc báo cáo tình hình an toàn thông tin quý I',
    });
    expect(created.statusCode, created.body).toBe(201);
    const source = created.json<{ id: string; kindLabel: string }>();
    expect(source.kindLabel).toBe('Văn bản đến có bút phê');
    const task = await w.sessions.leader.request('POST', `/api/task-sources/${source.id}/tasks`, {
      content: 'Báo cáo UBND tỉnh tình hình an toàn thông tin quý I',
      itemNumber: '1',
      leadUnitId: w.units.it.id,
      coordinatorUnitIds: [w.units.centre.id],
      dueDate: '2026-04-10',
      priority: 'urgent',
    });
    expect(task.statusCode, task.body).toBe(201);
    const rows = await tasksOf(w.sessions.leader, source.id);
    expect(shape(rows)).toEqual<Expected[]>([['1', ['CNTT-BCVT'], ['TTCNTT-TT'], '2026-04-10']]);
    expect(rows[0]?.sourcing).toMatchObject({ priority: 'urgent', priorityLabel: 'Khẩn', leader: null });

    const byKind = await w.sessions.leader.request(
      'GET',
      '/api/tasks?sourceKind=conclusionNotice&pageSize=200',
    );
    expect(byKind.json<{ total: number }>().total).toBe(8);
    const statsByKind = await w.sessions.leader.request('GET', '/api/stats/tasks?sourceKind=directive');
    expect(statsByKind.json<{ assigned: number }>().assigned).toBe(8);
    const scoped = await w.sessions.leader.request(
      'GET',
      `/api/stats/tasks?planId=${source.id}&asOf=2026-04-11`,
    );
    expect(scoped.statusCode, scoped.body).toBe(200);
    expect(scoped.json()).toMatchObject({ assigned: 1, due: 1, overdue: 1, completionRate: 0 });

    const list = await w.sessions.leader.request('GET', '/api/task-sources');
    const sources = list.json<{ sources: { kind: string; tasks: number }[] }>().sources;
    expect(sources.map((s) => [s.kind, s.tasks]).sort()).toEqual([
      ['annotatedIncoming', 1],
      ['conclusionNotice', 8],
      ['directive', 8],
    ]);
  });

  it('refuses a hand task with a focal person outside the lead unit, writing nothing', async () => {
    const source = (await w.sessions.leader.request('GET', '/api/task-sources?kind=annotatedIncoming')).json<{
      sources: { id: string }[];
    }>().sources[0];
    const before = await w.t.database.db.selectFrom('plan_items').select('id').execute();
    const res = await w.sessions.leader.request('POST', `/api/task-sources/${source?.id ?? ''}/tasks`, {
      content: 'Việc thử',
      leadUnitId: w.units.it.id,
      focalPersonId: w.users.staff.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toBe(
      'Người đầu mối phải thuộc đơn vị chủ trì nhiệm vụ.',
    );
    expect(await w.t.database.db.selectFrom('plan_items').select('id').execute()).toHaveLength(before.length);
  });
});
