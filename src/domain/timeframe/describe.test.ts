import { describe, expect, it } from 'vitest';
import { describeTimeframe, normalizeTimeframe } from './index';

const labels: [string, string][] = [
  ['Cả năm', 'Cả năm 2023'],
  ['Trong năm 2025', 'Cả năm 2025'],
  ['Thường xuyên', 'Thường xuyên'],
  ['Quý II', 'Quý II/2023'],
  ['Quý II - Quý III/2025', 'Quý II - Quý III/2025'],
  ['Quý I, III', 'Quý I, Quý III/2023'],
  ['Tháng 12/2023', 'Tháng 12/2023'],
  ['Tháng 3 - 5/2024', 'Tháng 3 - Tháng 5/2024'],
  ['Trước ngày 30/6/2025', 'Trước ngày 30/6/2025'],
  ['Thực hiện trước ngày 30/6 và ngày 15/12 hàng năm', 'Trước ngày 30/6; trước ngày 15/12 hằng năm'],
  [
    'Báo cáo định kỳ 06 tháng trước ngày 20/6, 01 năm trước ngày 15/12 hàng năm',
    'Báo cáo 6 tháng trước ngày 20/6; báo cáo năm trước ngày 15/12 hằng năm',
  ],
  ['Hàng tháng', 'Hằng tháng'],
  ['Hàng quý', 'Hằng quý'],
  ['Định kỳ', 'Định kỳ'],
  ['Định kỳ hàng tháng, quý, năm', 'Định kỳ hằng tháng, hằng quý, hằng năm'],
  ['06 tháng, năm', 'Định kỳ 6 tháng, hằng năm'],
  ['Trước ngày 15 hằng tháng', 'Hằng tháng, trước ngày 15'],
  ['Theo Kế hoạch', 'Theo kế hoạch'],
  ['Khi có văn bản mới', 'Khi có văn bản mới'],
  ['Theo lịch của Bộ', 'Theo lịch của Bộ'],
  ['', 'Chưa xác định'],
  ['Ngay sau khi\n có kinh phí', 'Ngay sau khi có kinh phí'],
];

describe('describeTimeframe', () => {
  it.each(labels)('%j → %j', (raw, label) => {
    expect(describeTimeframe(normalizeTimeframe(raw, { planYear: 2023 }))).toBe(label);
  });
});
