import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { readPlanDocument } from './index.js';
import { itemShapeWithSource, type ItemShapeWithSource } from '../../../../test/support/plan-items.js';

/**
 * A spreadsheet plan built here: a title block above the table, the header on row 6, group rows merged
 * over all columns (or split as "I" | "LĨNH VỰC …"), numbers, a formula, a date, rich text, a cell with
 * line breaks and a lead cell merged down over two rows.
 */
async function planXlsx(options: { coverSheet?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.coverSheet === true)
    workbook.addWorksheet('Hướng dẫn').getCell('A1').value = 'Điền kế hoạch ở trang sau';
  const sheet = workbook.addWorksheet('Kế hoạch');
  const put = (row: number, values: ExcelJS.CellValue[]): void => {
    values.forEach((value, k) => {
      sheet.getCell(row, k + 1).value = value;
    });
  };
  sheet.getCell('A1').value = 'UBND TỈNH AN GIANG';
  sheet.getCell('D1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  sheet.getCell('A2').value = 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG';
  sheet.getCell('D2').value = 'Độc lập - Tự do - Hạnh phúc';
  sheet.getCell('A3').value = 'Số: 41/KH-STTTT';
  sheet.getCell('D3').value = 'An Giang, ngày 20 tháng 4 năm 2024';
  sheet.mergeCells('A4:F4');
  sheet.getCell('A4').value = 'KẾ HOẠCH';
  sheet.mergeCells('A5:F5');
  sheet.getCell('A5').value = 'Triển khai nhiệm vụ chuyển đổi số năm 2024';

  put(6, [
    'STT',
    'Nội dung thực hiện',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời gian hoàn thành',
    'Sản phẩm',
  ]);
  const group = (row: number, text: string): void => {
    sheet.mergeCells(`A${row}:F${row}`);
    sheet.getCell(`A${row}`).value = text;
  };
  group(7, 'A. CÁC CHỈ TIÊU');
  put(8, [
    null,
    'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%',
    { richText: [{ text: 'Văn phòng ', font: { bold: true } }, { text: 'Sở' }] },
    'Phòng Chuyển đổi số',
    'Cả năm',
  ]);
  group(9, 'B. CÁC NHIỆM VỤ');
  put(10, ['I', 'LĨNH VỰC BÁO CHÍ']);
  put(11, [
    1,
    'Cấp giấy phép hoạt động báo chí\r\ntheo quy định',
    'Phòng Thông tin - Báo chí - Xuất bản',
    'Thanh tra Sở, Văn phòng Sở',
    new Date(Date.UTC(2024, 5, 30)),
    'Giấy phép',
  ]);
  put(12, [2, 'Tổ chức hội nghị báo chí', 'Phòng Thông tin - Báo chí - Xuất bản', null, 'Quý IV']);
  put(13, [3, 'Kiểm tra hoạt động in', null, 'Công an tỉnh', 'Theo kế hoạch']);
  sheet.mergeCells('C12:C13');
  put(14, [
    { formula: 'A13+1', result: 4 },
    'Báo cáo số liệu thống kê',
    'Văn phòng Sở',
    null,
    'Hằng quý',
    'Báo cáo',
  ]);
  sheet.getCell('B16').value = 'Nơi nhận:';
  sheet.getCell('B17').value = '- Như trên;';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const press = {
  kind: 'task',
  part: 'B',
  domain: 'LĨNH VỰC BÁO CHÍ',
  domainIndex: 'I',
  subOrdinal: null,
} as const;

describe('readPlanDocument: .xlsx', () => {
  it('reads the table below the title block; lines are spreadsheet row numbers', async () => {
    const result = await readPlanDocument(await planXlsx(), 'ke-hoach.xlsx');
    expect(result.items.map(itemShapeWithSource)).toEqual<ItemShapeWithSource[]>([
      {
        kind: 'indicator',
        part: 'A',
        domain: null,
        domainIndex: null,
        ordinal: null,
        subOrdinal: null,
        content: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%',
        lead: ['Văn phòng Sở'],
        coordinators: ['Phòng Chuyển đổi số'],
        timeframeRaw: 'Cả năm',
        output: null,
        lines: [8, 8],
      },
      {
        ...press,
        ordinal: '1',
        content: 'Cấp giấy phép hoạt động báo chí theo quy định',
        lead: ['Phòng Thông tin - Báo chí - Xuất bản'],
        coordinators: ['Thanh tra Sở', 'Văn phòng Sở'],
        timeframeRaw: '30/06/2024',
        output: 'Giấy phép',
        lines: [11, 11],
      },
      {
        ...press,
        ordinal: '2',
        content: 'Tổ chức hội nghị báo chí',
        lead: ['Phòng Thông tin - Báo chí - Xuất bản'],
        coordinators: [],
        timeframeRaw: 'Quý IV',
        output: null,
        lines: [12, 12],
      },
      {
        ...press,
        ordinal: '3',
        content: 'Kiểm tra hoạt động in',
        lead: ['Phòng Thông tin - Báo chí - Xuất bản'],
        coordinators: ['Công an tỉnh'],
        timeframeRaw: 'Theo kế hoạch',
        output: null,
        lines: [13, 13],
      },
      {
        ...press,
        ordinal: '4',
        content: 'Báo cáo số liệu thống kê',
        lead: ['Văn phòng Sở'],
        coordinators: [],
        timeframeRaw: 'Hằng quý',
        output: 'Báo cáo',
        lines: [14, 14],
      },
    ]);
  });

  it('reads the document header from the rows above the table', async () => {
    const result = await readPlanDocument(await planXlsx(), 'ke-hoach.xlsx');
    expect(result.document).toMatchObject({
      number: '41/KH-STTTT',
      date: '2024-04-20',
      place: 'An Giang',
      parentAgency: 'UBND TỈNH AN GIANG',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      type: 'KẾ HOẠCH',
      title: 'Triển khai nhiệm vụ chuyển đổi số năm 2024',
      year: 2024,
    });
    expect(result.warnings).toEqual([]);
  });

  it('skips a cover sheet in front of the plan', async () => {
    const result = await readPlanDocument(await planXlsx({ coverSheet: true }), 'ke-hoach.xlsx');
    expect(result.items.map((i) => i.ordinal)).toEqual([null, '1', '2', '3', '4']);
    expect(result.document.number).toBe('41/KH-STTTT');
  });

  it('rejects a corrupt file with a 400 AppError in Vietnamese', async () => {
    const good = await planXlsx();
    for (const bytes of [Buffer.from('PK\u0003\u0004 garbage'), good.subarray(0, 200)]) {
      const error = await readPlanDocument(bytes, 'hong.xlsx').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: 'Tệp XLSX bị hỏng hoặc không đọc được.',
      });
    }
  });
});
