import type { ParsedReportRegime } from '../plan-import/types.js';

const INTRO = 'Phòng Kế hoạch – Tài chính';

/**
 * What the plan parser reads from seed 003 (Kế hoạch 40/KH-STTTT, Sở TTTT An Giang), "IV. Tổ chức
 * thực hiện", mục 2.a; plan-import/seed-003.test.ts checks the parser produces exactly these.
 */
export const SEED_003_REGIMES: readonly ParsedReportRegime[] = [
  {
    name: 'Báo cáo phục vụ họp giao ban hàng tuần (báo cáo tuần)',
    frequency: 'weekly',
    deadline: { raw: 'Trước 15 giờ, chiều ngày thứ năm hàng tuần', weekday: 4, time: '15:00' },
    recipient: 'Văn phòng Sở',
    sourceText:
      '- Báo cáo phục vụ họp giao ban hàng tuần (báo cáo tuần): Trước 15 giờ, chiều ngày thứ năm hàng tuần (gửi về Văn phòng Sở).',
  },
  {
    name: 'Báo cáo tháng',
    frequency: 'monthly',
    deadline: { raw: 'Trước ngày 15 của tháng', dayOfMonth: 15 },
    recipient: INTRO,
    sourceText: '- Báo cáo tháng: Trước ngày 15 của tháng.',
  },
  {
    name: 'Báo cáo quý',
    frequency: 'quarterly',
    deadline: { raw: 'Trước ngày 15 của tháng cuối quý', dayOfMonth: 15, monthOfQuarter: 'last' },
    recipient: INTRO,
    sourceText: '- Báo cáo quý: Trước ngày 15 của tháng cuối quý.',
  },
  {
    name: 'Báo cáo 6 tháng đầu năm',
    frequency: 'semiannual',
    deadline: { raw: 'Trước ngày 15 của tháng 6', day: 15, month: 6 },
    recipient: INTRO,
    sourceText: '- Báo cáo 6 tháng đầu năm: Trước ngày 15 của tháng 6.',
  },
  {
    name: 'Báo cáo 9 tháng',
    frequency: 'nineMonths',
    deadline: { raw: 'Trước ngày 15 của tháng 9', day: 15, month: 9 },
    recipient: INTRO,
    sourceText: '- Báo cáo 9 tháng: Trước ngày 15 của tháng 9.',
  },
  {
    name: 'Báo cáo năm',
    frequency: 'annual',
    deadline: { raw: 'Trước ngày 15 của tháng 11', day: 15, month: 11 },
    recipient: INTRO,
    sourceText: '- Báo cáo năm: Trước ngày 15 của tháng 11.',
  },
];
