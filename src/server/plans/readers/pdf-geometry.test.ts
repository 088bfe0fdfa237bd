import { describe, expect, it } from 'vitest';
import { writePlanPdf, type PlanPdfSpec } from '../../../../test/support/pdf-plan-writer.js';
import { cellText, joinWrappedLine } from './pdf-cells.js';
import { readPlanDocument } from './index.js';
import type { CellLine } from './pdf-rows.js';

describe('joinWrappedLine', () => {
  it.each([
    ['Phòng BCVT-', 'CNTT', 'Phòng BCVT-CNTT'],
    ['Trước ngày 31/', '12/2025', 'Trước ngày 31/12/2025'],
    ['Trước ngày 31/1', '2/2025', 'Trước ngày 31/12/2025'],
    ['Trước ngày 31/1', '0/2025.', 'Trước ngày 31/10/2025.'],
    ['Quý I/', '2025', 'Quý I/2025'],
    ['Phòng Bưu chính -', 'Viễn thông', 'Phòng Bưu chính - Viễn thông'],
    ['Văn phòng', 'Sở', 'Văn phòng Sở'],
    ['Từ ngày 01/3/2025', '31/12/2025', 'Từ ngày 01/3/2025 31/12/2025'],
    ['tháng 12', 'năm 2025', 'tháng 12 năm 2025'],
  ])('%s + %s = %s', (left, right, joined) => {
    expect(joinWrappedLine(left, right)).toBe(joined);
  });
});

/** Left-aligned lines of a cell starting at x 10, in a 10-point font (a character about 5.5 wide). */
function lines(...texts: string[]): CellLine[] {
  return texts.map((text) => {
    const word = text.split(' ')[0] ?? '';
    return { text, x: 10, right: 10 + 5.5 * text.length, firstWord: 5.5 * word.length, h: 10 };
  });
}

describe('cellText', () => {
  it('joins lines wrapped because the next word did not fit', () => {
    expect(cellText(lines('Trung tâm Công', 'nghệ thông tin và', 'Truyền thông'), 100)).toBe(
      'Trung tâm Công nghệ thông tin và Truyền thông',
    );
  });

  it('keeps paragraphs the author started: the next word would have fitted', () => {
    expect(cellText(lines('Văn phòng Sở', 'Thanh tra Sở'), 100)).toBe('Văn phòng Sở\nThanh tra Sở');
  });

  it('joins a word cut at the cell edge without a space', () => {
    expect(cellText(lines('Phòng BCVT-', 'CNTT'), 65)).toBe('Phòng BCVT-CNTT');
  });

  it('tells paragraphs from wraps in a centred cell too', () => {
    const centred = (text: string): CellLine => {
      const width = 5.5 * text.length;
      return {
        text,
        x: 60 - width / 2,
        right: 60 + width / 2,
        firstWord: 5.5 * (text.split(' ')[0] ?? '').length,
        h: 10,
      };
    };
    expect(cellText([centred('Văn phòng Sở'), centred('Thanh tra Sở')], 100)).toBe(
      'Văn phòng Sở\nThanh tra Sở',
    );
    expect(cellText([centred('Trung tâm Công nghệ'), centred('thông tin')], 100)).toBe(
      'Trung tâm Công nghệ thông tin',
    );
  });
});

const SPEC: Omit<PlanPdfSpec, 'ruled' | 'rows'> = {
  orientation: 'portrait',
  header: {
    left: ['UBND TỈNH CÀ MAU', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: 08/KH-STTTT'],
    right: [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Cà Mau, ngày 06 tháng 01 năm 2025',
    ],
  },
  titleLines: ['KẾ HOẠCH', 'Chuyển đổi số năm 2025'],
  paragraphs: [],
  columns: [
    { title: 'STT', width: 36 },
    { title: 'Nội dung', width: 230 },
    { title: 'Đơn vị chủ trì', width: 95 },
    { title: 'Đơn vị phối hợp', width: 80 },
    { title: 'Thời gian thực hiện', width: 74 },
  ],
  closing: ['Nơi nhận:', 'GIÁM ĐỐC'],
};

describe('readPlanDocument: numbered sub-items under a parent row with blank unit cells', () => {
  it.each([true, false])(
    'keeps the parent and each sub-item as rows of their own (ruled: %s)',
    async (ruled) => {
      const bytes = await writePlanPdf({
        ...SPEC,
        ruled,
        rows: [
          {
            cells: [
              '6',
              'Ban hành quy chế bảo đảm an toàn thông tin',
              'Phòng CNTT',
              'Văn phòng Sở',
              'Quý I/2025',
            ],
          },
          { cells: ['7', 'Triển khai nền tảng số:', '', '', ''] },
          { cells: ['7.1', 'Nền tảng họp trực tuyến', 'Trung tâm CNTT&TT', 'Phòng CNTT', 'Quý II/2025'] },
          { cells: ['7.2', 'Nền tảng trợ lý ảo', 'Phòng CNTT', '', 'Quý III/2025'] },
          {
            cells: [
              '8',
              'Đánh giá mức độ chuyển đổi số cấp xã',
              'Phòng CNTT',
              'UBND các huyện',
              'Trước ngày 31/10/2025',
            ],
          },
        ],
      });
      const result = await readPlanDocument(bytes, 'ke-hoach.pdf');
      expect(result.items.map((item) => [item.content, item.lead, item.timeframeRaw])).toEqual([
        ['Ban hành quy chế bảo đảm an toàn thông tin', ['Phòng CNTT'], 'Quý I/2025'],
        ['Triển khai nền tảng số:', [], ''],
        ['Nền tảng họp trực tuyến', ['Trung tâm CNTT&TT'], 'Quý II/2025'],
        ['Nền tảng trợ lý ảo', ['Phòng CNTT'], 'Quý III/2025'],
        ['Đánh giá mức độ chuyển đổi số cấp xã', ['Phòng CNTT'], 'Trước ngày 31/10/2025'],
      ]);
    },
  );
});

describe('readPlanDocument: lettered sub-items in the content cell', () => {
  it.each([true, false])('starts a row at each "a)", "b)" (ruled: %s)', async (ruled) => {
    const bytes = await writePlanPdf({
      ...SPEC,
      ruled,
      rows: [
        { cells: ['1', 'Bảo đảm an toàn thông tin mạng:', '', '', ''] },
        {
          cells: [
            '',
            'a) Diễn tập ứng cứu sự cố an toàn thông tin',
            'Phòng CNTT',
            'Công an tỉnh',
            'Tháng 10',
          ],
        },
        { cells: ['', 'b) Đánh giá hệ thống thông tin theo cấp độ', 'Phòng CNTT', '', 'Trước 15/11'] },
      ],
    });
    const result = await readPlanDocument(bytes, 'ke-hoach.pdf');
    expect(result.items.map((item) => [item.content.replace(/^[a-z]\)\s*/, ''), item.lead])).toEqual([
      ['Bảo đảm an toàn thông tin mạng:', []],
      ['Diễn tập ứng cứu sự cố an toàn thông tin', ['Phòng CNTT']],
      ['Đánh giá hệ thống thông tin theo cấp độ', ['Phòng CNTT']],
    ]);
  });
});

describe('readPlanDocument: a table of reporting regimes in the running text', () => {
  it('reads each row as a regime with its deadline and recipient', async () => {
    const bytes = await writePlanPdf({
      ...SPEC,
      ruled: true,
      paragraphs: [
        'I. MỤC TIÊU',
        'Bảo đảm hoàn thành nhiệm vụ năm 2025.',
        'II. TỔ CHỨC THỰC HIỆN',
        'Chế độ báo cáo như sau:',
      ],
      textTable: [
        ['Loại báo cáo', 'Thời hạn gửi', 'Nơi nhận'],
        ['Báo cáo tháng', 'Trước ngày 22 hằng tháng', 'Văn phòng Sở'],
        ['Báo cáo quý', 'Trước ngày 15 của tháng cuối quý', 'Văn phòng Sở'],
        ['Báo cáo năm', 'Trước ngày 20/11', 'Phòng Kế hoạch - Tài chính'],
      ],
      rows: [
        {
          cells: [
            '1',
            'Ban hành quy chế bảo đảm an toàn thông tin',
            'Phòng CNTT',
            'Văn phòng Sở',
            'Quý I/2025',
          ],
        },
      ],
    });
    const result = await readPlanDocument(bytes, 'ke-hoach.pdf');
    expect(result.regimes.map((r) => [r.frequency, r.deadline, r.recipient])).toEqual([
      ['monthly', { raw: 'Trước ngày 22 hằng tháng', dayOfMonth: 22 }, 'Văn phòng Sở'],
      [
        'quarterly',
        { raw: 'Trước ngày 15 của tháng cuối quý', dayOfMonth: 15, monthOfQuarter: 'last' },
        'Văn phòng Sở',
      ],
      ['annual', { raw: 'Trước ngày 20/11', day: 20, month: 11 }, 'Phòng Kế hoạch - Tài chính'],
    ]);
    expect(result.items).toHaveLength(1);
  });
});

describe('readPlanDocument: the header block', () => {
  it('ends at the document type even when the type is not centred', async () => {
    const bytes = await writePlanPdf({
      ...SPEC,
      ruled: true,
      // The type and title printed flush left, right under the block.
      titleLines: [],
      paragraphs: ['KẾ HOẠCH', 'Chuyển đổi số năm 2025'],
      rows: [
        {
          cells: [
            '1',
            'Ban hành quy chế bảo đảm an toàn thông tin',
            'Phòng CNTT',
            'Văn phòng Sở',
            'Quý I/2025',
          ],
        },
      ],
    });
    const result = await readPlanDocument(bytes, 'ke-hoach.pdf');
    expect(result.document).toMatchObject({
      number: '08/KH-STTTT',
      date: '2025-01-06',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      parentAgency: 'UBND TỈNH CÀ MAU',
      type: 'KẾ HOẠCH',
      title: 'Chuyển đổi số năm 2025',
    });
  });
});
