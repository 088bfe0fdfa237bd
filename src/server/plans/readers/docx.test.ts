import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { readPlanDocument } from './index.js';
import { PARSE_WARNINGS } from '../../../domain/plan-import/warnings.js';
import { itemShapeWithOutput, type ItemShapeWithOutput } from '../../../../test/support/plan-items.js';

/**
 * A Word plan built here, laid out the way agencies type them: the header block as a borderless two-column
 * table, automatic numbering in the STT column, group rows merged over all columns, multi-paragraph cells,
 * a shared (vertically merged) lead cell, header words other than the text plan's and an extra column.
 */

const COLUMNS = 7;

function cell(
  texts: string | string[],
  options: { span?: number; merge?: 'restart' | 'continue' } = {},
): TableCell {
  const paragraphs = (Array.isArray(texts) ? texts : [texts]).map((text) => new Paragraph(text));
  return new TableCell({
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')],
    ...(options.span === undefined ? {} : { columnSpan: options.span }),
    ...(options.merge === undefined
      ? {}
      : {
          verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }),
  });
}

/** An STT cell numbered by Word ("1.", "2." …), not typed. */
function numberedCell(): TableCell {
  return new TableCell({ children: [new Paragraph({ numbering: { reference: 'stt', level: 0 } })] });
}

function groupRow(text: string): TableRow {
  return new TableRow({ children: [cell(text, { span: COLUMNS })] });
}

function row(cells: TableCell[]): TableRow {
  return new TableRow({ children: cells });
}

async function planDocx(): Promise<Buffer> {
  const headerBlock = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row([
        cell(['UBND TỈNH AN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: 40/KH-STTTT']),
        cell([
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'An Giang, ngày 15 tháng 3 năm 2023',
        ]),
      ]),
    ],
  });
  const appendix = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          'STT',
          'Nội dung nhiệm vụ',
          'Chủ trì',
          'Phối hợp',
          'Thời hạn',
          'Sản phẩm đầu ra',
          'Ghi chú',
        ].map((t) => cell(t)),
      }),
      row(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'].map((t) => cell(t))),
      groupRow('A. CÁC CHỈ TIÊU CHỦ YẾU'),
      groupRow('I. LĨNH VỰC BƯU CHÍNH'),
      row([
        cell(''),
        cell('Doanh thu bưu chính tăng trưởng trên 10%/năm'),
        cell('Phòng Bưu chính - Viễn thông'),
        cell(''),
        cell('Cả năm'),
        cell('Báo cáo'),
        cell(''),
      ]),
      groupRow('B. NHIỆM VỤ THEO TỪNG LĨNH VỰC'),
      groupRow('I. LĨNH VỰC CHUYỂN ĐỔI SỐ'),
      row([
        numberedCell(),
        cell(['Xây dựng kế hoạch chuyển đổi số năm 2024,', 'trình UBND tỉnh phê duyệt']),
        cell('Phòng Chuyển đổi số'),
        cell(['Văn phòng Sở', 'Thanh tra Sở']),
        cell('Quý II'),
        cell('Kế hoạch'),
        cell('Trọng tâm'),
      ]),
      row([
        numberedCell(),
        cell('Theo dõi chỉ số phục vụ người dân:'),
        ...['', '', '', '', ''].map((t) => cell(t)),
      ]),
      row([
        cell(''),
        cell('- Công khai, minh bạch'),
        cell('Văn phòng Sở'),
        cell(''),
        cell('Thường xuyên'),
        cell(''),
        cell(''),
      ]),
      row([
        cell(''),
        cell('- Dịch vụ công trực tuyến'),
        cell('Trung tâm Công nghệ thông tin và Truyền thông'),
        cell('Phòng Chuyển đổi số; Văn phòng Sở'),
        cell('Hằng tháng'),
        cell(''),
        cell(''),
      ]),
      groupRow('II. LĨNH VỰC BÁO CHÍ'),
      row([
        numberedCell(),
        cell('Tổ chức tập huấn kỹ năng số cho cán bộ'),
        cell('Phòng Thông tin - Báo chí', { merge: 'restart' }),
        cell('UBND các huyện, thành phố'),
        cell('Quý III'),
        cell(''),
        cell(''),
      ]),
      row([
        numberedCell(),
        cell('Kiểm tra hoạt động báo chí trên địa bàn'),
        cell('', { merge: 'continue' }),
        cell('Công an tỉnh'),
        cell(''),
        cell(''),
        cell(''),
      ]),
    ],
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'stt',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.CENTER }],
        },
      ],
    },
    sections: [
      {
        children: [
          headerBlock,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun('KẾ HOẠCH')],
          }),
          new Paragraph('Thực hiện nhiệm vụ trọng tâm năm 2023'),
          new Paragraph(
            'Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu năm 2023;',
          ),
          new Paragraph('Sở Thông tin và Truyền thông ban hành Kế hoạch như sau:'),
          new Paragraph('I. MỤC ĐÍCH, YÊU CẦU'),
          new Paragraph('Hoàn thành các chỉ tiêu, nhiệm vụ được giao.'),
          new Paragraph('II. TỔ CHỨC THỰC HIỆN'),
          new Paragraph('Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 20 hằng tháng.'),
          new Paragraph('PHỤ LỤC'),
          appendix,
          new Paragraph('Nơi nhận:'),
          new Paragraph('- Như trên;'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const task = { kind: 'task', part: 'B', subOrdinal: null, output: null } as const;

describe('readPlanDocument: .docx', () => {
  it('reads the appendix table cell by cell', async () => {
    const result = await readPlanDocument(await planDocx(), 'ke-hoach.docx');
    expect(result.items.map(itemShapeWithOutput)).toEqual<ItemShapeWithOutput[]>([
      {
        kind: 'indicator',
        part: 'A',
        domain: 'LĨNH VỰC BƯU CHÍNH',
        domainIndex: 'I',
        ordinal: null,
        subOrdinal: null,
        content: 'Doanh thu bưu chính tăng trưởng trên 10%/năm',
        lead: ['Phòng Bưu chính - Viễn thông'],
        coordinators: [],
        timeframeRaw: 'Cả năm',
        output: 'Báo cáo',
      },
      {
        ...task,
        domain: 'LĨNH VỰC CHUYỂN ĐỔI SỐ',
        domainIndex: 'I',
        ordinal: '1',
        content: 'Xây dựng kế hoạch chuyển đổi số năm 2024, trình UBND tỉnh phê duyệt',
        lead: ['Phòng Chuyển đổi số'],
        coordinators: ['Văn phòng Sở', 'Thanh tra Sở'],
        timeframeRaw: 'Quý II',
        output: 'Kế hoạch',
      },
      {
        ...task,
        domain: 'LĨNH VỰC CHUYỂN ĐỔI SỐ',
        domainIndex: 'I',
        ordinal: '2',
        content: 'Theo dõi chỉ số phục vụ người dân:',
        lead: [],
        coordinators: [],
        timeframeRaw: '',
      },
      {
        ...task,
        domain: 'LĨNH VỰC CHUYỂN ĐỔI SỐ',
        domainIndex: 'I',
        ordinal: '2',
        subOrdinal: 1,
        content: 'Công khai, minh bạch',
        lead: ['Văn phòng Sở'],
        coordinators: [],
        timeframeRaw: 'Thường xuyên',
      },
      {
        ...task,
        domain: 'LĨNH VỰC CHUYỂN ĐỔI SỐ',
        domainIndex: 'I',
        ordinal: '2',
        subOrdinal: 2,
        content: 'Dịch vụ công trực tuyến',
        lead: ['Trung tâm Công nghệ thông tin và Truyền thông'],
        coordinators: ['Phòng Chuyển đổi số', 'Văn phòng Sở'],
        timeframeRaw: 'Hằng tháng',
      },
      {
        ...task,
        domain: 'LĨNH VỰC BÁO CHÍ',
        domainIndex: 'II',
        ordinal: '3',
        content: 'Tổ chức tập huấn kỹ năng số cho cán bộ',
        lead: ['Phòng Thông tin - Báo chí'],
        coordinators: ['UBND các huyện, thành phố'],
        timeframeRaw: 'Quý III',
      },
      {
        ...task,
        domain: 'LĨNH VỰC BÁO CHÍ',
        domainIndex: 'II',
        ordinal: '4',
        content: 'Kiểm tra hoạt động báo chí trên địa bàn',
        // The lead cell is merged down from the row above.
        lead: ['Phòng Thông tin - Báo chí'],
        coordinators: ['Công an tỉnh'],
        timeframeRaw: '',
      },
    ]);
    // Table rows, 1-based, counted from the header row.
    expect(result.items.map((i) => i.lines)).toEqual([
      [5, 5],
      [8, 8],
      [9, 9],
      [10, 10],
      [11, 11],
      [13, 13],
      [14, 14],
    ]);
  });

  it('reads the document header, legal bases and sections from the paragraphs', async () => {
    const result = await readPlanDocument(await planDocx(), 'ke-hoach.docx');
    expect(result.document).toMatchObject({
      number: '40/KH-STTTT',
      symbol: 'KH-STTTT',
      date: '2023-03-15',
      place: 'An Giang',
      parentAgency: 'UBND TỈNH AN GIANG',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      type: 'KẾ HOẠCH',
      title: 'Thực hiện nhiệm vụ trọng tâm năm 2023',
      year: 2023,
    });
    expect(result.legalBases).toEqual([
      'Căn cứ Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu năm 2023',
    ]);
    expect(result.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining([expect.stringContaining('MỤC ĐÍCH, YÊU CẦU')]),
    );
    expect(result.warnings).toEqual([]);
  });

  it('returns no items, with a warning, for a document without an appendix table', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('KẾ HOẠCH'), new Paragraph('Không có bảng.')] }],
    });
    const result = await readPlanDocument(await Packer.toBuffer(doc), 'trong.docx');
    expect(result.items).toEqual([]);
    expect(result.warnings).toContain(PARSE_WARNINGS.noTable);
  });

  it('rejects a corrupt file with a 400 AppError in Vietnamese', async () => {
    const good = await planDocx();
    for (const bytes of [Buffer.from('not a zip at all'), good.subarray(0, good.length / 2)]) {
      const error = await readPlanDocument(bytes, 'hong.docx').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: 'Tệp DOCX bị hỏng hoặc không đọc được.',
      });
    }
  });
});
