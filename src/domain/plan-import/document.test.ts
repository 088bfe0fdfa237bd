import { describe, expect, it } from 'vitest';
import { parsePlanText } from './index.js';
import { parseDeadline } from './regime-deadline.js';
import { PARSE_WARNINGS } from './warnings.js';

/** The document around the appendix: header block, legal bases, sections and reporting regimes. */

const PLAN = [
  'UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-STTTT An Giang, ngày 05 tháng 01 năm 2024',
  'KẾ HOẠCH',
  'Triển khai chuyển đổi số',
  'năm 2024',
  ' ',
  'Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;',
  'Căn cứ Quyết định số 65/QĐ-UBND ngày 17/01/2024 của UBND tỉnh An',
  'Giang ban hành Kế hoạch phát triển kinh tế - xã hội năm 2024.',
  'Sở Thông tin và Truyền thông xây dựng kế hoạch như sau:',
  'I. MỤC TIÊU',
  'Đẩy mạnh chuyển đổi số toàn diện.',
  '3',
  'Nâng cao chất lượng dịch vụ công trực tuyến.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Chế độ báo cáo',
  'a) Các phòng gửi báo cáo về Văn phòng Sở theo thời gian sau:',
  '- Báo cáo tuần: trước 16 giờ 30 thứ Sáu hàng tuần.',
  '- Báo cáo tháng: Trước ngày 20 hằng tháng.',
  '- Báo cáo quý: Trước ngày 10 của tháng cuối quý (gửi về Phòng Kế hoạch – Tài chính).',
  '- Báo cáo 6 tháng: Trước ngày 15/6.',
  '- Báo cáo năm: Chậm nhất ngày 30 tháng 11.',
  'Nơi nhận:',
  '- Như trên;',
].join('\n');

describe('document header', () => {
  const result = parsePlanText(PLAN);

  it('reads agency, number, place, date, type and title when the motto shares their lines', () => {
    expect(result.document).toEqual({
      number: '12/KH-STTTT',
      symbol: 'KH-STTTT',
      date: '2024-01-05',
      place: 'An Giang',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      parentAgency: 'UBND TỈNH AN GIANG',
      type: 'KẾ HOẠCH',
      title: 'Triển khai chuyển đổi số năm 2024',
      year: 2024,
      yearSource: 'title',
    });
  });

  it('joins each legal basis across its wrapped lines', () => {
    expect(result.legalBases).toEqual([
      'Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023',
      'Căn cứ Quyết định số 65/QĐ-UBND ngày 17/01/2024 của UBND tỉnh An Giang ban hành Kế hoạch phát triển kinh tế - xã hội năm 2024',
    ]);
  });

  it('splits sections and drops page numbers from their text', () => {
    expect(result.sections).toEqual([
      {
        heading: 'I. MỤC TIÊU',
        level: 1,
        text: 'Đẩy mạnh chuyển đổi số toàn diện.\nNâng cao chất lượng dịch vụ công trực tuyến.',
      },
      { heading: 'II. TỔ CHỨC THỰC HIỆN', level: 1, text: '' },
      {
        heading: '1. Chế độ báo cáo',
        level: 2,
        text: expect.stringContaining('- Báo cáo năm: Chậm nhất ngày 30 tháng 11.') as string,
      },
    ]);
  });

  it('reads the reporting regimes with their deadlines and recipients', () => {
    expect(result.regimes.map((r) => [r.name, r.frequency, r.deadline, r.recipient])).toEqual([
      [
        'Báo cáo tuần',
        'weekly',
        { raw: 'trước 16 giờ 30 thứ Sáu hàng tuần', time: '16:30', weekday: 5 },
        'Văn phòng Sở',
      ],
      ['Báo cáo tháng', 'monthly', { raw: 'Trước ngày 20 hằng tháng', dayOfMonth: 20 }, 'Văn phòng Sở'],
      [
        'Báo cáo quý',
        'quarterly',
        { raw: 'Trước ngày 10 của tháng cuối quý', dayOfMonth: 10, monthOfQuarter: 'last' },
        'Phòng Kế hoạch – Tài chính',
      ],
      ['Báo cáo 6 tháng', 'semiannual', { raw: 'Trước ngày 15/6', day: 15, month: 6 }, 'Văn phòng Sở'],
      ['Báo cáo năm', 'annual', { raw: 'Chậm nhất ngày 30 tháng 11', day: 30, month: 11 }, 'Văn phòng Sở'],
    ]);
  });

  it('warns about what it could not find', () => {
    const bare = parsePlanText('Một văn bản không có tiêu đề.');
    expect(bare.document.number).toBeNull();
    expect(bare.warnings).toEqual(expect.arrayContaining([PARSE_WARNINGS.noNumber, PARSE_WARNINGS.noDate]));
  });
});

describe('parseDeadline', () => {
  it('reads Sunday and "15h" clock times', () => {
    expect(parseDeadline('Trước 15h chủ nhật hàng tuần', 'weekly')).toEqual({
      raw: 'Trước 15h chủ nhật hàng tuần',
      time: '15:00',
      weekday: 7,
    });
  });
});
