import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OfficialDocument, TextRun } from '../../domain/documents/official-document.js';
import { paragraphTexts, paragraphXml, readDocx, sections, tables } from '../../../test/support/docx.js';
import { writeDocx } from './docx-writer.js';
import { writeTablesXlsx } from './xlsx-writer.js';

const evaluation = {
  name: 'Đánh giá nhiệm vụ',
  columns: [
    { title: 'STT', width: 6, align: 'center' as const },
    { title: 'Chỉ tiêu/Nhiệm vụ', width: 44 },
    { title: 'Đặt ra', width: 15 },
    { title: 'Kết quả thực hiện', width: 25 },
    { title: 'Đánh giá', width: 10, align: 'center' as const },
  ],
  rows: [
    { kind: 'group' as const, text: 'I. CHỈ TIÊU' },
    { kind: 'data' as const, cells: ['1', 'Tỷ lệ hồ sơ trực tuyến', '≥ 75%', '65% (13/20)', 'Chưa đạt'] },
    { kind: 'group' as const, text: 'Quý II' },
    {
      kind: 'data' as const,
      cells: ['2', 'Ban hành kế hoạch chuyển đổi số', 'Quý II', 'Kế hoạch số 462/KH-UBND', 'Đạt'],
    },
  ],
};

const report: OfficialDocument = {
  parentAgency: 'UBND tỉnh An Giang',
  agency: 'Sở Thông tin và Truyền thông',
  number: null,
  symbol: 'BC-STTTT',
  place: 'An Giang',
  date: '2024-07-05',
  typeName: 'Báo cáo',
  summary: 'Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024',
  body: [
    { kind: 'heading', level: 1, text: 'I. KẾT QUẢ ĐẠT ĐƯỢC' },
    { kind: 'paragraph', content: 'Tỷ lệ hoàn thành nhiệm vụ đạt 22% (2/9 nhiệm vụ).' },
    {
      kind: 'list',
      ordered: false,
      items: [
        'Khó khăn thứ nhất',
        [{ text: 'Khó khăn ', bold: true } satisfies TextRun, { text: 'thứ hai' }],
      ],
    },
    { kind: 'table', table: evaluation },
  ],
  recipients: ['Bộ TTTT', 'UBND tỉnh', 'Lưu: VT, KHTC'],
  signature: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn A' },
  appendices: [
    {
      label: 'Phụ lục I',
      title: 'Kết quả thực hiện chỉ tiêu',
      caption: '(Kèm theo Báo cáo số      /BC-STTTT)',
      landscape: true,
      body: [{ kind: 'table', table: { ...evaluation, name: 'Phụ lục I' } }],
    },
  ],
};

describe('DOCX in the format of Nghị định 30/2020', async () => {
  const docx = await readDocx(await writeDocx(report));
  const texts = paragraphTexts(docx.document);

  it('opens with the borderless two-column header block: agency, number, quốc hiệu, tiêu ngữ, place and date', () => {
    const [header] = tables(docx.document);
    expect(header?.rows.map((r) => r.cells)).toEqual([
      [
        'UBND TỈNH AN GIANG\nSỞ THÔNG TIN\nVÀ TRUYỀN THÔNG\n',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
      ],
      ['Số:        /BC-STTTT', 'An Giang, ngày 05 tháng 7 năm 2024'],
    ]);
    const headerTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.document)?.[0] ?? '';
    expect(headerTable).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="none"/);
    expect(paragraphXml(docx.document, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:u w:val="single"\/>/);
    expect(paragraphXml(docx.document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>/);
    expect(paragraphXml(docx.document, 'An Giang, ngày 05 tháng 7 năm 2024')).toMatch(/<w:i\/>/);
  });

  it('has the type name and trích yếu centred and bold, then the body, Nơi nhận and signature', () => {
    expect(texts).toContain('BÁO CÁO');
    expect(paragraphXml(docx.document, 'BÁO CÁO')).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>/);
    expect(texts).toContain('Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024');
    expect(texts).toContain('Tỷ lệ hoàn thành nhiệm vụ đạt 22% (2/9 nhiệm vụ).');
    expect(texts).toEqual(expect.arrayContaining(['- Khó khăn thứ nhất', '- Khó khăn thứ hai']));
    expect(texts).toEqual(expect.arrayContaining(['Nơi nhận:', '- Bộ TTTT;', '- Lưu: VT, KHTC.']));
    expect(texts).toEqual(expect.arrayContaining(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A']));
  });

  it('uses A4 portrait with the decree margins for the body and landscape for the wide annex', () => {
    const [body, annex] = sections(docx.document);
    expect(body).toEqual({ width: 11906, height: 16838, orient: 'portrait', titlePage: true });
    expect(annex).toMatchObject({ width: 16838, height: 11906, orient: 'landscape' });
    expect(docx.document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman as the document font', () => {
    expect(docx.styles).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
  });

  it('numbers pages in the header except on the first page', () => {
    expect(docx.headers.some((h) => /PAGE/.test(h))).toBe(true);
    expect(docx.headers.some((h) => !/PAGE/.test(h))).toBe(true);
  });

  it('writes the evaluation table with its columns, a repeated header row and rows that do not split', () => {
    const evaluationTables = tables(docx.document).filter((t) => t.rows[0]?.cells[1] === 'Chỉ tiêu/Nhiệm vụ');
    expect(evaluationTables).toHaveLength(2);
    for (const table of evaluationTables) {
      expect(table.rows[0]).toEqual({
        cells: ['STT', 'Chỉ tiêu/Nhiệm vụ', 'Đặt ra', 'Kết quả thực hiện', 'Đánh giá'],
        header: true,
        cantSplit: true,
      });
      expect(table.rows.slice(1).every((r) => !r.header && r.cantSplit)).toBe(true);
      expect(table.rows.map((r) => r.cells[0])).toEqual(['STT', 'I. CHỈ TIÊU', '1', 'Quý II', '2']);
    }
  });

  it('heads the annex with its label, title and caption', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'Phụ lục I',
        'KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
        '(Kèm theo Báo cáo số      /BC-STTTT)',
      ]),
    );
  });
});

describe('XLSX of the tables', () => {
  it('puts each table on its own sheet with the header row and merged group rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const buffer = await writeTablesXlsx([evaluation, { ...evaluation, name: 'Đánh giá nhiệm vụ' }]);
    // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Đánh giá nhiệm vụ', 'Đánh giá nhiệm vụ (2)']);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Chỉ tiêu/Nhiệm vụ',
      'Đặt ra',
      'Kết quả thực hiện',
      'Đánh giá',
    ]);
    expect(sheet?.getCell('A2').value).toBe('I. CHỈ TIÊU');
    expect(sheet?.getCell('A2').isMerged).toBe(true);
    expect(sheet?.getRow(3).values).toEqual([
      undefined,
      1,
      'Tỷ lệ hồ sơ trực tuyến',
      '≥ 75%',
      '65% (13/20)',
      'Chưa đạt',
    ]);
  });
});
