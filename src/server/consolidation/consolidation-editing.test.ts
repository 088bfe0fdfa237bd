import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestContext } from '../../../test/support/app.js';
import {
  aDepartmentReport,
  block,
  type ErrorBody,
  type Report,
} from '../../../test/support/consolidation.js';
import { paragraphTexts, readDocx, tables } from '../../../test/support/docx.js';

// Editing the department report: edits kept through a refresh, stale versions and bad edits refused.
// The tests run in order on the same report, each starting from the version the previous one left.

describe('consolidated department report', () => {
  let t: TestContext;
  let compiler: Session;
  let leader: Session;
  let report: Report;

  beforeAll(async () => {
    ({ t, compiler, leader, report } = await aDepartmentReport());
  });
  afterAll(() => t.close());

  it("keeps the compiler's edits through a refresh and reports what the new data changed", async () => {
    const intro = block(report, 'intro');
    const edited = await compiler.request('PUT', `/api/consolidated-reports/${report.id}`, {
      version: report.version,
      edits: [
        { op: 'rewrite', blockId: 'intro', text: 'Sở báo cáo sơ kết 6 tháng như sau:' },
        { op: 'insert', afterId: 'completion', text: 'Nhận xét của Văn phòng.' },
        { op: 'remove', blockId: 'evaluation:reference' },
      ],
      header: {
        number: '172',
        date: '2024-07-12',
        signature: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn A' },
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const afterEdit = edited.json<Report>();
    expect(afterEdit.version).toBe(report.version + 1);
    expect(intro?.content.text).not.toBe('Sở báo cáo sơ kết 6 tháng như sau:');

    const value = await compiler.request('PUT', `/api/indicators/${await egovId(compiler)}/values`, {
      period: '2024-Q2',
      value: 70,
      asOf: '2024-06-30',
    });
    expect(value.statusCode, value.body).toBe(200);
    const refreshed = await compiler.request('POST', `/api/consolidated-reports/${report.id}/refresh`);
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const { report: after, changes } = refreshed.json<{
      report: Report;
      changes: { blockId: string; change: string; before: string; after: string }[];
    }>();
    expect(block(after, 'intro')).toMatchObject({
      edited: true,
      content: { text: 'Sở báo cáo sơ kết 6 tháng như sau:' },
    });
    expect(
      after.draft.blocks.some((b) => b.origin === 'text' && b.content.text === 'Nhận xét của Văn phòng.'),
    ).toBe(true);
    expect(block(after, 'evaluation:reference')).toBeUndefined();
    expect(
      changes.some((c) => c.change === 'updated' && c.after.includes('đến Quý II/2024 đạt tỷ lệ 70%')),
    ).toBe(true);

    const issued = await readDocx(
      (await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.docx`)).rawPayload,
    );
    expect(paragraphTexts(issued.document)).toEqual(
      expect.arrayContaining([
        'Sở báo cáo sơ kết 6 tháng như sau:',
        'Nhận xét của Văn phòng.',
        'PHÓ GIÁM ĐỐC',
        'Nguyễn Văn A',
      ]),
    );
    expect(tables(issued.document)[0]?.rows[1]?.cells).toEqual([
      'Số: 172/BC-STTTT',
      'An Giang, ngày 12 tháng 7 năm 2024',
    ]);
    report = after;
  });

  it('answers 409 to an edit made on a stale version, and keeps the draft as it was', async () => {
    const stale = await compiler.request('PUT', `/api/consolidated-reports/${report.id}`, {
      version: report.version - 1,
      edits: [{ op: 'rewrite', blockId: 'intro', text: 'Ghi đè' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.message).toMatch(/đã được người khác sửa/);
    const current = (await leader.request('GET', `/api/consolidated-reports/${report.id}`)).json<Report>();
    expect(current.version).toBe(report.version);
    expect(block(current, 'intro')?.content.text).toBe('Sở báo cáo sơ kết 6 tháng như sau:');
  });

  it('refuses bad edits with a Vietnamese message and stores nothing', async () => {
    const res = await compiler.request('PUT', `/api/consolidated-reports/${report.id}`, {
      version: report.version,
      edits: [
        { op: 'rewrite', blockId: 'intro', text: 'Sẽ không được lưu' },
        { op: 'rewrite', blockId: 'evaluation-table', text: 'x' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.message).toMatch(/Bảng số liệu do hệ thống tính/);
    const current = (await leader.request('GET', `/api/consolidated-reports/${report.id}`)).json<Report>();
    expect(current.version).toBe(report.version);
  });
});

async function egovId(session: Session): Promise<string> {
  const res = await session.request('GET', '/api/indicators?q=chinh quyen dien tu');
  const rows = res.json<
    { id: string; content: string }[] | { indicators: { id: string; content: string }[] }
  >();
  const list = Array.isArray(rows) ? rows : rows.indicators;
  const found = list.find((r) => r.content.startsWith('Tỷ lệ cơ quan nhà nước'));
  if (!found) throw new Error('indicator not found');
  return found.id;
}
