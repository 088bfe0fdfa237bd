import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartment, TEST_PASSWORD } from '../../../test/support/builders.js';
import { aDoc } from '../../../test/support/reporting.js';
import type { MyWorkResponse } from './my-work.schemas.js';

describe('Việc của tôi: Báo cáo phải nộp', () => {
  let t: TestContext;
  let staffA: Session;
  let staffB: Session;
  let headA: Session;
  let admin: Session;
  let periods: { id: string; code: string }[] = [];

  const reportsDue = async (session: Session, query = '') => {
    const res = await session.request('GET', `/api/my-work${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<MyWorkResponse>().reportsDue;
  };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => new Date('2024-07-10T03:00:00Z') });
    const org = await aDepartment(t.services);
    staffA = await login(t.app, org.staffA.username, TEST_PASSWORD);
    staffB = await login(t.app, org.staffB.username, TEST_PASSWORD);
    headA = await login(t.app, org.headA.username, TEST_PASSWORD);
    admin = await login(t.app, org.admin.username, TEST_PASSWORD);
    const created = await admin.request('POST', '/api/report-regimes', {
      name: 'Báo cáo tháng',
      content: 'Kết quả thực hiện nhiệm vụ trong tháng',
      reportingUnits: [org.divisionA.id],
      receivingUnitId: org.department.id,
      frequency: 'monthly',
      year: 2024,
      cutOffRule: { kind: 'standard' },
      deadlineRule: { kind: 'dayOfMonth', day: 15, monthOffset: 1 },
    });
    expect(created.statusCode).toBe(201);
    const regimeId = created.json<{ id: string }>().id;
    expect((await admin.request('POST', `/api/report-regimes/${regimeId}/activate`)).statusCode).toBe(200);
    periods = (await admin.request('GET', `/api/report-periods?regimeId=${regimeId}`)).json<{
      periods: { id: string; code: string }[];
    }>().periods;
  });
  afterAll(() => t.close());

  it('lists every overdue report and the next one due within two weeks, soonest first', async () => {
    const due = await reportsDue(staffA);
    expect(due.title).toBe('Báo cáo phải nộp');
    // On 10/7/2024 the January–May reports (due 15/2 … 15/6) are overdue; June's is due 15/7.
    expect(due.items.map((i) => [i.periodLabel, i.overdue, i.dueAt.slice(0, 10)])).toEqual([
      [expect.stringContaining('01/2024'), true, '2024-02-15'],
      [expect.stringContaining('02/2024'), true, '2024-03-15'],
      [expect.stringContaining('03/2024'), true, '2024-04-15'],
      [expect.stringContaining('04/2024'), true, '2024-05-15'],
      [expect.stringContaining('05/2024'), true, '2024-06-15'],
      [expect.stringContaining('06/2024'), false, '2024-07-15'],
    ]);
    expect(due.count).toBe(6);
  });

  it('drops a report once it is sent, and brings it back when it is returned', async () => {
    const june = periods.find((p) => p.code === '2024-06');
    const draft = await headA.request('GET', `/api/submissions?periodId=${june?.id ?? ''}`);
    expect(draft.statusCode).toBe(200);
    const submissionId = draft.json<{ id: string }>().id;
    expect((await reportsDue(staffA)).items.at(-1)).toMatchObject({ submissionId, status: 'draft' });

    const saved = await headA.request('PUT', `/api/submissions/${submissionId}`, {
      version: draft.json<{ version: number }>().version,
      sections: { results: aDoc('Hoàn thành các nhiệm vụ của tháng.') },
    });
    expect(saved.statusCode).toBe(200);

    expect((await headA.request('POST', `/api/submissions/${submissionId}/submit`)).statusCode).toBe(200);
    expect((await reportsDue(staffA)).count).toBe(5);

    const returned = await admin.request('POST', `/api/submissions/${submissionId}/return`, {
      comment: 'Bổ sung số liệu',
    });
    expect(returned.statusCode).toBe(200);
    expect((await reportsDue(staffA)).items.at(-1)).toMatchObject({ submissionId, status: 'returned' });
  });

  it('shows nothing to a unit that owes no report', async () => {
    expect(await reportsDue(staffB)).toMatchObject({ count: 0, items: [] });
  });
});
