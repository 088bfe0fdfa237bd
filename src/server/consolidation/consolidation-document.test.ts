import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestContext } from '../../../test/support/app.js';
import {
  TASKS,
  aDepartmentReport,
  type ErrorBody,
  type Report,
} from '../../../test/support/consolidation.js';
import { paragraphTexts, readDocx, sections, tables } from '../../../test/support/docx.js';

// What the department report looks like once downloaded: the DOCX, the XLSX tables and the PDF.

describe('consolidated department report', () => {
  let t: TestContext;
  let compiler: Session;
  let leader: Session;
  let report: Report;
  let docx: Awaited<ReturnType<typeof readDocx>>;

  beforeAll(async () => {
    ({ t, compiler, leader, report } = await aDepartmentReport());
    const file = await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.docx`);
    expect(file.statusCode).toBe(200);
    docx = await readDocx(file.rawPayload);
  });
  afterAll(() => t.close());

  describe('the DOCX (Nghị định 30/2020)', () => {
    it('opens with the header block: parent agency, agency, number, quốc hiệu and tiêu ngữ, place and date', () => {
      const [header] = tables(docx.document);
      expect(header?.rows.map((r) => r.cells)).toEqual([
        [
          'UBND TỈNH AN GIANG\nSỞ THÔNG TIN\nVÀ TRUYỀN THÔNG\n',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
        ],
        ['Số:        /BC-STTTT', 'An Giang, ngày      tháng      năm 2024'],
      ]);
      const texts = paragraphTexts(docx.document).map((p) => p.replace(/\n/g, ' '));
      expect(texts).toEqual(
        expect.arrayContaining([
          'BÁO CÁO',
          'Sơ kết công tác 6 tháng đầu năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm 2024',
        ]),
      );
    });

    it('is A4 in Times New Roman, with the evaluation table on a landscape page', () => {
      const [body, annex] = sections(docx.document);
      expect(body).toMatchObject({ width: 11906, height: 16838, orient: 'portrait' });
      expect(annex).toMatchObject({ width: 16838, height: 11906, orient: 'landscape' });
      expect(docx.styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    });

    it('has the evaluation table with its columns and a header row repeated on every page', () => {
      const evaluation = tables(docx.document).find((tb) => tb.rows[0]?.cells[1] === 'Chỉ tiêu/Nhiệm vụ');
      expect(evaluation?.rows[0]).toEqual({
        cells: ['STT', 'Chỉ tiêu/Nhiệm vụ', 'Đặt ra', 'Kết quả thực hiện', 'Đánh giá'],
        header: true,
        cantSplit: true,
      });
      expect(evaluation?.rows.slice(1).every((r) => !r.header && r.cantSplit)).toBe(true);
      const cells = evaluation?.rows.map((r) => r.cells) ?? [];
      expect(cells.map((c) => c[0])).toEqual(
        expect.arrayContaining(['I. CHỈ TIÊU', 'II. NHIỆM VỤ', 'Quý I/2024', 'Quý II/2024']),
      );
      expect(cells).toContainEqual([
        '1',
        'Tỷ lệ cơ quan nhà nước các cấp hoàn thiện chính quyền điện tử đạt 75%',
        '≥ 75%',
        'Đến Quý I/2024 đạt tỷ lệ 65% (số liệu tính đến ngày 31/3/2024)',
        expect.stringMatching(/^Chưa đạt\. Dự báo đến cuối năm 2024 đạt 65%/),
      ]);
      expect(cells).toContainEqual([
        expect.any(String),
        'Kế hoạch triển khai hoạt động thông tin đối ngoại năm 2024',
        'Kế hoạch',
        'UBND tỉnh đã ban hành Kế hoạch số 462/KH-UBND ngày 08/5/2024',
        'Đạt',
      ]);
    });

    it("states the completion rate the system computed, matching the test's own count", () => {
      const due = TASKS.filter((x) => x.dueInH1).length;
      const done = TASKS.filter((x) => x.dueInH1 && x.done !== null).length;
      const sentence = `đạt ${Math.round((done / due) * 100)}% (${done}/${due} nhiệm vụ)`;
      expect(sentence).toBe('đạt 75% (3/4 nhiệm vụ)');
      expect(report.draft.completion).toMatchObject({ sentence, due, done });
      const texts = paragraphTexts(docx.document).map((p) => p.replace(/\n/g, ' '));
      expect(
        texts.some((p) =>
          p.startsWith('Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn ' + sentence),
        ),
      ).toBe(true);
    });

    it("merges the divisions' text by domain with their names", () => {
      const texts = paragraphTexts(docx.document).map((p) => p.replace(/\n/g, ' '));
      expect(texts).toEqual(
        expect.arrayContaining([
          'Truyền thông Lễ công bố Quy hoạch tỉnh (Phòng Thông tin – Báo chí)',
          'Tổ chức tốt việc quản lý thông tin trên môi trường mạng (Phòng Thông tin – Báo chí)',
          'Số hóa kết quả giải quyết TTHC đến 100% Bộ phận Một cửa (Phòng Chuyển đổi số)',
          'Nguồn thu quảng cáo sụt giảm mạnh (Phòng Thông tin – Báo chí)',
        ]),
      );
    });
  });

  it('exports the tables to XLSX and names the files in Vietnamese', async () => {
    const res = await leader.request('GET', `/api/consolidated-reports/${report.id}/tables.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%206%20th%C3%A1ng",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Chỉ tiêu/Nhiệm vụ',
      'Đặt ra',
      'Kết quả thực hiện',
      'Đánh giá',
    ]);
    // The sheet is named on a whole word, and STT is a number one can sort by.
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Đánh giá 6 tháng đầu năm 2024');
    expect(sheet?.getRow(3).getCell(1).value).toBe(1);
  });

  it('answers PDF requests with 501 and a Vietnamese message when LibreOffice is not installed', async () => {
    const res = await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.pdf`);
    if (res.statusCode === 200) {
      expect(res.headers['content-type']).toBe('application/pdf');
      return;
    }
    expect(res.statusCode).toBe(501);
    expect(res.json<ErrorBody>().error.message).toMatch(/LibreOffice/);
  });
});
