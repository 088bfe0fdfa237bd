import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestContext } from '../../../test/support/app.js';
import {
  aDepartmentReport,
  block,
  type ErrorBody,
  type Report,
} from '../../../test/support/consolidation.js';

// Building the department report: its checks, who may build, edit and read it, and what is refused.
// The report's files are tested in consolidation-document.test.ts, its editing in
// consolidation-editing.test.ts.

describe('consolidated department report', () => {
  let t: TestContext;
  let compiler: Session;
  let leader: Session;
  let staff: Session;
  let unitIds: { department: string; a: string; b: string };
  let report: Report;

  beforeAll(async () => {
    ({ t, compiler, leader, staff, unitIds, report } = await aDepartmentReport());
  });
  afterAll(() => t.close());

  it('flags 647 + 912 ≠ 1.348 with its place in the draft', async () => {
    const res = await leader.request('GET', `/api/consolidated-reports/${report.id}/checks`);
    expect(res.statusCode).toBe(200);
    const issues = res.json<{
      issues: { code: string; message: string; location: string; blockId: string }[];
    }>().issues;
    const location = block(report, issues[0]?.blockId ?? '')?.location;
    expect(location).toMatch(/^Mục 2\.\d\.1$/);
    expect(issues.map((i) => [i.code, i.location])).toEqual([['ruleViolation', location]]);
    expect(issues[0]?.message).toMatch(
      /\(647\) \+ .*\(912\) = 1\.559, khác .*\(1\.348\)\. \(Mục 2\.\d\.1\)$/,
    );
  });

  it('lets leaders read but only the compiling office build and edit; staff see nothing', async () => {
    const body = { unitId: unitIds.department, period: '2024-H1', kind: 'department' };
    expect((await leader.request('POST', '/api/consolidated-reports', body)).statusCode).toBe(403);
    expect(
      (
        await leader.request('PUT', `/api/consolidated-reports/${report.id}`, {
          version: report.version,
          edits: [],
        })
      ).statusCode,
    ).toBe(403);
    expect((await staff.request('GET', `/api/consolidated-reports/${report.id}`)).statusCode).toBe(403);
    const list = await leader.request(
      'GET',
      `/api/consolidated-reports?unitId=${unitIds.department}&period=2024-H1`,
    );
    expect(list.json<{ reports: { id: string; periodLabel: string }[] }>().reports).toEqual([
      expect.objectContaining({ id: report.id, periodLabel: '6 tháng đầu năm 2024' }),
    ]);
  });

  it.each([
    [
      { unitId: '00000000-0000-4000-8000-000000000000', period: '2024-H1', kind: 'department' },
      404,
      'Không tìm thấy đơn vị.',
    ],
    [{ period: '2024-H3', kind: 'department' }, 400, 'Kỳ báo cáo không hợp lệ'],
    [{ period: '2024-H1', kind: 'upward' }, 400, 'Chưa có chế độ báo cáo nào gửi đến'],
  ])('refuses to build %j', async (body, status, message) => {
    const res = await compiler.request('POST', '/api/consolidated-reports', { unitId: unitIds.b, ...body });
    expect(res.statusCode).toBe(status);
    expect(res.json<ErrorBody>().error.message).toContain(message);
  });
});
