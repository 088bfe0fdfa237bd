import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../test/support/app.js';
import { aMultipartUpload } from '../../../test/support/builders.js';
import {
  type ErrorBody,
  type TaskWorld,
  aTaskWorld,
  taskDetail,
  taskList,
  updateCurrent,
} from '../../../test/support/tasks.js';
import { BODY_LIMIT_BYTES } from '../config.js';
import type { TaskDetail } from './tasks.schemas.js';
import { TASK_EXPORT_HEADERS } from './tasks-export.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
/** The start of a Windows executable: "MZ" and the DOS stub. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(200, 0x41)]);

async function officeFile(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('task evidence files and the spreadsheet export', () => {
  let w: TaskWorld;
  let task: string;
  let otherTask: string;
  let updateId: string;

  const upload = (
    session: Session,
    file: { filename: string; content: Buffer },
    id = updateId,
    taskId = task,
  ) => {
    const { payload, headers } = aMultipartUpload(file);
    return w.t.app.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/updates/${id}/attachments`,
      headers: { ...headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload,
    });
  };
  const attachmentCount = async () =>
    Number(
      (
        await w.t.database.db
          .selectFrom('attachments')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    w = await aTaskWorld();
    task = await w.plan.task({
      lead: w.org.divisionA.id,
      coordinators: [w.org.divisionB.id],
      timeframe: 'Quý III',
      domain: 'Chính phủ số và Chuyển đổi số',
      content: 'Xây dựng kho dữ liệu dùng chung',
    });
    otherTask = await w.plan.task({
      lead: w.org.divisionB.id,
      timeframe: 'Quý IV',
      content: 'Việc của Phòng B',
    });
    const res = await updateCurrent(w.sessions.staffA, task, { status: 'inProgress', note: 'Đã có dự thảo' });
    expect(res.statusCode).toBe(200);
    updateId = res.json<TaskDetail>().timeline[0]?.id ?? '';
  });
  afterAll(() => w.t.close());

  it('keeps a PDF with a clean name and hands back the same bytes as a download', async () => {
    const res = await upload(w.sessions.staffA, {
      filename: 'C:\\fakepath\\Báo cáo\u0007 tiến độ.pdf',
      content: PDF,
    });
    expect(res.statusCode, res.body).toBe(201);
    const meta = res.json<{ id: string; filename: string; contentType: string; sizeBytes: number }>();
    expect(meta).toMatchObject({
      filename: 'Báo cáo tiến độ.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });

    const download = await w.sessions.staffB.request('GET', `/api/attachments/${meta.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Bao cao tien do.pdf"; filename*=UTF-8''${encodeURIComponent('Báo cáo tiến độ.pdf')}`,
    );
    const timeline = (await taskDetail(w.sessions.staffA, task)).timeline;
    expect(timeline[0]?.attachments.map((a) => a.filename)).toEqual(['Báo cáo tiến độ.pdf']);
  });

  it('refuses a program renamed to .pdf, and any type outside the list', async () => {
    const before = await attachmentCount();
    const renamed = await upload(w.sessions.staffA, { filename: 'bao-cao.pdf', content: EXE });
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json<ErrorBody>().error.message).toContain('không phải định dạng PDF');
    const exe = await upload(w.sessions.staffA, { filename: 'setup.exe', content: EXE });
    expect(exe.statusCode).toBe(415);
    expect(exe.json<ErrorBody>().error.message).toContain('chỉ nhận các định dạng');
    // A zip that is not a Word document is not a .docx.
    const zip = await officeFile({ 'readme.txt': 'x' });
    expect((await upload(w.sessions.staffA, { filename: 'du-thao.docx', content: zip })).statusCode).toBe(
      415,
    );
    expect(await attachmentCount()).toBe(before);
  });

  it('accepts Word documents and plain text that are what they say', async () => {
    const docx = await officeFile({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:document/>',
    });
    expect((await upload(w.sessions.staffA, { filename: 'du-thao.docx', content: docx })).statusCode).toBe(
      201,
    );
    const text = Buffer.from('Kết quả thực hiện\r\n- Đã ban hành kế hoạch\n');
    expect((await upload(w.sessions.staffA, { filename: 'ghi-chu.txt', content: text })).statusCode).toBe(
      201,
    );
  });

  it('refuses a file over the size limit with 413', async () => {
    const before = await attachmentCount();
    const big = Buffer.concat([PDF, Buffer.alloc(BODY_LIMIT_BYTES, 0x20)]);
    const res = await upload(w.sessions.staffA, { filename: 'lon.pdf', content: big });
    expect(res.statusCode).toBe(413);
    expect(res.json<ErrorBody>().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await attachmentCount()).toBe(before);
  });

  it('lets only the author or the task’s updaters attach, and only readers download', async () => {
    const before = await attachmentCount();
    // Phòng B coordinates but did not write this update and cannot update the task.
    expect((await upload(w.sessions.staffB, { filename: 'b.pdf', content: PDF })).statusCode).toBe(403);
    // The update must belong to the task named in the path.
    expect(
      (await upload(w.sessions.staffA, { filename: 'a.pdf', content: PDF }, updateId, otherTask)).statusCode,
    ).toBe(404);
    expect(await attachmentCount()).toBe(before);

    const ofB = await updateCurrent(w.sessions.staffB, otherTask, { progress: 10, note: 'Bắt đầu' });
    const bUpdate = ofB.json<TaskDetail>().timeline[0]?.id ?? '';
    const stored = await upload(w.sessions.staffB, { filename: 'b.pdf', content: PDF }, bUpdate, otherTask);
    expect(stored.statusCode).toBe(201);
    const id = stored.json<{ id: string }>().id;
    expect((await w.sessions.staffA.request('GET', `/api/attachments/${id}`)).statusCode).toBe(403);
    expect((await w.sessions.leader.request('GET', `/api/attachments/${id}`)).statusCode).toBe(200);
  });

  it('exports the filtered list to an XLSX that Excel reads, with Vietnamese headers', async () => {
    const res = await w.sessions.staffA.request('GET', '/api/tasks/export.xlsx?q=kho%20du%20lieu');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain('attachment;');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhiệm vụ');
    const rowValues = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
    expect(rowValues(1)).toEqual([...TASK_EXPORT_HEADERS]);
    expect(sheet?.rowCount).toBe(2);
    expect(rowValues(2)).toEqual([
      1,
      'Xây dựng kho dữ liệu dùng chung',
      'Chính phủ số và Chuyển đổi số',
      'Phòng A',
      'Phòng B',
      'Quý III/2024',
      new Date(Date.UTC(2024, 8, 30)),
      'Đang thực hiện',
      0,
      'Trong hạn',
      expect.stringContaining('Kế hoạch số'),
      '',
      '',
      'Bình thường',
      0,
      '',
      '',
    ]);
    expect(sheet?.getRow(2).getCell(7).numFmt).toBe('dd/mm/yyyy');
    // The export keeps the reader's scope: Phòng A's staff do not get Phòng B's task.
    const all = await taskList(w.sessions.staffA);
    const full = await w.sessions.staffA.request('GET', '/api/tasks/export.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(full.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet('Nhiệm vụ')?.rowCount).toBe(all.total + 1);
  });
});
