import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { readPlanDocument } from './index.js';
import { itemShape, type ItemShape } from '../../../../test/support/plan-items.js';

/**
 * PDF plans drawn here with pdfkit, the way a Word export lays them out: a title block, then the appendix
 * table with columns at fixed x positions, a header wrapped over two lines and repeated on page 2, wrapped
 * content and unit cells, group rows (one merged over the whole width), "- " sub-rows and a page number in
 * the footer, a row broken over the page. Once with drawn borders, once as bare text (the reader then cuts rows by ordinals and gaps).
 *
 * Needs a TrueType font with Vietnamese letters: DejaVu Sans (Debian package fonts-dejavu-core).
 */
const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
];
const FONT = FONT_CANDIDATES.find((path) => existsSync(path));

const PAGE_WIDTH = 842;
const PAGE_HEIGHT = 595;
const FONT_SIZE = 10;
const PAD = 4;
// STT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện
const EDGES = [40, 80, 400, 530, 660, 800];
const HEADER = ['STT', 'Nội dung thực hiện', 'Đơn vị\nchủ trì', 'Đơn vị\nphối hợp', 'Thời gian\nthực hiện'];

type Row = { cells: string[] } | { group: string; stt: string } | { merged: string };
type Page = Row[];

const PAGES: Page[] = [
  [
    { stt: 'A', group: 'CÁC CHỈ TIÊU CHỦ YẾU CỦA NGÀNH' },
    { stt: 'I', group: 'Lĩnh vực Bưu chính' },
    {
      cells: [
        '',
        'Phấn đấu đến cuối năm 2024, doanh thu bưu chính, viễn thông, công nghệ thông tin tăng trưởng trên 10%/năm, đóng góp vào tăng trưởng chung của tỉnh',
        'CNTT-BCVT;\nTTBCXB',
        '',
        'Cả năm',
      ],
    },
    { cells: ['', '100% xã có điểm phục vụ bưu chính có người phục vụ', 'CNTT-BCVT', 'KHTC', 'Cả năm'] },
    { stt: 'B', group: 'NHIỆM VỤ THEO TỪNG LĨNH VỰC' },
    { stt: 'I', group: 'LĨNH VỰC BƯU CHÍNH' },
    {
      cells: [
        '1',
        'Đánh giá chất lượng dịch vụ bưu chính công ích và ngoài công ích',
        'CNTT-BCVT',
        '',
        'Quý IV',
      ],
    },
    { cells: ['2', 'Thống kê, số liệu lĩnh vực bưu chính', 'CNTT-BCVT', 'KHTC', 'Cả năm'] },
    { merged: 'II. LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA, KINH TẾ SỐ VÀ XÃ HỘI SỐ' },
    {
      cells: [
        '1',
        'Theo dõi, cải thiện chỉ số phục vụ người dân, doanh nghiệp trong việc thực hiện thủ tục hành chính, cung cấp dịch vụ công trên Cổng dịch vụ công quốc gia:',
        '',
        '',
        '',
      ],
    },
    { cells: ['', '- Công khai, minh bạch', 'Văn phòng', '', 'Thường xuyên'] },
    { cells: ['', '- Tiến độ giải quyết', 'CNTT-BCVT, TTBCXB, Văn phòng', '', 'Thường xuyên'] },
    // A row broken over the page: its last content line is printed on page 2, under the repeated header.
    {
      cells: [
        '2',
        'Triển khai nền tảng số dùng chung của tỉnh; hướng dẫn các',
        'TTCNTT-TT',
        'CNTT-BCVT; KHTC',
        'Quý III/2024',
      ],
    },
  ],
  [
    { cells: ['', 'sở, ngành kết nối, chia sẻ dữ liệu', '', '', ''] },
    { cells: ['3', 'Tổ chức tuyên truyền về chuyển đổi số', 'TTBCXB', 'Văn phòng', 'Hằng quý'] },
  ],
];

async function planPdf(options: { ruled: boolean }): Promise<Buffer> {
  if (FONT === undefined)
    throw new Error(`no Vietnamese TrueType font found (tried ${FONT_CANDIDATES.join(', ')})`);
  const doc = new PDFDocument({ size: [PAGE_WIDTH, PAGE_HEIGHT], margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.addPage();
  doc.font(FONT).fontSize(FONT_SIZE);

  const at = (text: string, x: number, y: number, extra: PDFKit.Mixins.TextOptions = {}): void => {
    doc.text(text, x, y, { lineBreak: false, ...extra });
  };
  const cellWidth = (c: number): number => (EDGES[c + 1] ?? 0) - (EDGES[c] ?? 0) - 2 * PAD;
  const rule = (x0: number, y0: number, x1: number, y1: number): void => {
    if (options.ruled) doc.moveTo(x0, y0).lineTo(x1, y1).lineWidth(0.5).stroke();
  };
  const verticals = (top: number, bottom: number, inner: boolean): void => {
    EDGES.forEach((x, k) => {
      if (inner || k === 0 || k === EDGES.length - 1) rule(x, top, x, bottom);
    });
  };

  const drawRow = (texts: string[], top: number, align: 'left' | 'center' = 'left'): number => {
    const height =
      Math.max(...texts.map((t, c) => doc.heightOfString(t || 'x', { width: cellWidth(c) }))) + 2 * PAD;
    texts.forEach((text, c) => {
      if (text !== '') {
        doc.text(text, (EDGES[c] ?? 0) + PAD, top + PAD, {
          width: cellWidth(c),
          align: c === 0 ? 'center' : align,
        });
      }
    });
    rule(EDGES[0] ?? 0, top, EDGES[EDGES.length - 1] ?? 0, top);
    verticals(top, top + height, true);
    return top + height;
  };

  // Title block: agency and number on the left, motto and date on the right, then type, title, legal basis.
  at('UBND TỈNH AN GIANG', 60, 30);
  at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 470, 30);
  at('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 40, 44);
  at('Độc lập - Tự do - Hạnh phúc', 510, 44);
  at('Số: 42/KH-STTTT', 80, 62);
  at('An Giang, ngày 10 tháng 2 năm 2024', 490, 62);
  at('KẾ HOẠCH', 390, 88);
  at('Thực hiện nhiệm vụ trọng tâm năm 2024', 320, 102);
  at('Căn cứ Quyết định số 01/QĐ-UBND ngày 02/01/2024 của UBND tỉnh về giao chỉ tiêu năm 2024;', 60, 124);
  at('PHỤ LỤC', 395, 146);

  let pageNo = 1;
  let y = 166;
  for (const [index, page] of PAGES.entries()) {
    if (index > 0) {
      doc.addPage();
      pageNo += 1;
      y = 40;
    }
    y = drawRow(HEADER, y, 'center');
    for (const row of page) {
      if ('cells' in row) y = drawRow(row.cells, y);
      else if ('group' in row) y = drawRow([row.stt, row.group, '', '', ''], y);
      else {
        const height = doc.heightOfString(row.merged, { width: 750 }) + 2 * PAD;
        at(row.merged, (EDGES[0] ?? 0) + PAD, y + PAD);
        rule(EDGES[0] ?? 0, y, EDGES[EDGES.length - 1] ?? 0, y);
        verticals(y, y + height, false);
        y += height;
      }
    }
    rule(EDGES[0] ?? 0, y, EDGES[EDGES.length - 1] ?? 0, y);
    if (y > PAGE_HEIGHT - 45) throw new Error(`page ${pageNo} overflows into the footer (y = ${y})`);
    at(String(pageNo), PAGE_WIDTH / 2 - 3, PAGE_HEIGHT - 25);
  }
  at('Nơi nhận:', 40, y + 20);
  at('KT. GIÁM ĐỐC', 600, y + 20);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const indicator = { kind: 'indicator', part: 'A', domain: 'Lĩnh vực Bưu chính', domainIndex: 'I' } as const;
const postal = {
  kind: 'task',
  part: 'B',
  domain: 'LĨNH VỰC BƯU CHÍNH',
  domainIndex: 'I',
  subOrdinal: null,
} as const;
const digital = {
  kind: 'task',
  part: 'B',
  domain: 'LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA, KINH TẾ SỐ VÀ XÃ HỘI SỐ',
  domainIndex: 'II',
} as const;

const EXPECTED: ItemShape[] = [
  {
    ...indicator,
    ordinal: null,
    subOrdinal: null,
    content:
      'Phấn đấu đến cuối năm 2024, doanh thu bưu chính, viễn thông, công nghệ thông tin tăng trưởng trên 10%/năm, đóng góp vào tăng trưởng chung của tỉnh',
    lead: ['CNTT-BCVT', 'TTBCXB'],
    coordinators: [],
    timeframeRaw: 'Cả năm',
  },
  {
    ...indicator,
    ordinal: null,
    subOrdinal: null,
    content: '100% xã có điểm phục vụ bưu chính có người phục vụ',
    lead: ['CNTT-BCVT'],
    coordinators: ['KHTC'],
    timeframeRaw: 'Cả năm',
  },
  {
    ...postal,
    ordinal: '1',
    content: 'Đánh giá chất lượng dịch vụ bưu chính công ích và ngoài công ích',
    lead: ['CNTT-BCVT'],
    coordinators: [],
    timeframeRaw: 'Quý IV',
  },
  {
    ...postal,
    ordinal: '2',
    content: 'Thống kê, số liệu lĩnh vực bưu chính',
    lead: ['CNTT-BCVT'],
    coordinators: ['KHTC'],
    timeframeRaw: 'Cả năm',
  },
  {
    ...digital,
    ordinal: '1',
    subOrdinal: null,
    content:
      'Theo dõi, cải thiện chỉ số phục vụ người dân, doanh nghiệp trong việc thực hiện thủ tục hành chính, cung cấp dịch vụ công trên Cổng dịch vụ công quốc gia:',
    lead: [],
    coordinators: [],
    timeframeRaw: '',
  },
  {
    ...digital,
    ordinal: '1',
    subOrdinal: 1,
    content: 'Công khai, minh bạch',
    lead: ['Văn phòng'],
    coordinators: [],
    timeframeRaw: 'Thường xuyên',
  },
  {
    ...digital,
    ordinal: '1',
    subOrdinal: 2,
    content: 'Tiến độ giải quyết',
    lead: ['CNTT-BCVT', 'TTBCXB', 'Văn phòng'],
    coordinators: [],
    timeframeRaw: 'Thường xuyên',
  },
  {
    ...digital,
    ordinal: '2',
    subOrdinal: null,
    content: 'Triển khai nền tảng số dùng chung của tỉnh; hướng dẫn các sở, ngành kết nối, chia sẻ dữ liệu',
    lead: ['TTCNTT-TT'],
    coordinators: ['CNTT-BCVT', 'KHTC'],
    timeframeRaw: 'Quý III/2024',
  },
  {
    ...digital,
    ordinal: '3',
    subOrdinal: null,
    content: 'Tổ chức tuyên truyền về chuyển đổi số',
    lead: ['TTBCXB'],
    coordinators: ['Văn phòng'],
    timeframeRaw: 'Hằng quý',
  },
];

describe('readPlanDocument: .pdf', () => {
  it('rebuilds a bordered table from text positions and drawn rules', async () => {
    const result = await readPlanDocument(await planPdf({ ruled: true }), 'ke-hoach.pdf');
    expect(result.items.map(itemShape)).toEqual(EXPECTED);
    expect(result.items.every((item) => item.warnings.length === 0)).toBe(true);
  });

  it('rebuilds a table without borders from ordinals, group rows and line gaps', async () => {
    const result = await readPlanDocument(await planPdf({ ruled: false }), 'ke-hoach.pdf');
    expect(result.items.map(itemShape)).toEqual(EXPECTED);
  });

  it('reads the document header from the text above the table', async () => {
    const result = await readPlanDocument(await planPdf({ ruled: true }), 'ke-hoach.pdf');
    expect(result.document).toMatchObject({
      number: '42/KH-STTTT',
      date: '2024-02-10',
      place: 'An Giang',
      parentAgency: 'UBND TỈNH AN GIANG',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      type: 'KẾ HOẠCH',
      title: 'Thực hiện nhiệm vụ trọng tâm năm 2024',
      year: 2024,
    });
    expect(result.legalBases).toEqual([
      'Căn cứ Quyết định số 01/QĐ-UBND ngày 02/01/2024 của UBND tỉnh về giao chỉ tiêu năm 2024',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('rejects a corrupt file with a 400 AppError in Vietnamese', async () => {
    const good = await planPdf({ ruled: true });
    for (const bytes of [
      Buffer.from('%PDF-1.7\nthis is not a pdf'),
      Buffer.from('hello'),
      good.subarray(0, 400),
    ]) {
      const error = await readPlanDocument(bytes, 'hong.pdf').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect((error as AppError).message).toMatch(/^Tệp PDF /);
    }
  });
});
