import { describe, expect, it } from 'vitest';
import { type UnitShare, reportingMismatches, shareMismatches } from './unit-shares.js';

const YES_NO: UnitShare = { id: 'plan', label: 'Ban hành kế hoạch', part: 4, total: 6, aggregate: null };
const COUNT: UnitShare = {
  id: 'count',
  label: 'Số dịch vụ công trực tuyến toàn trình',
  part: 5,
  total: 6,
  aggregate: { kind: 'sum', value: 3030, unit: 'count' },
};
const RATE: UnitShare = {
  id: 'rate',
  label: 'Tỷ lệ hồ sơ trực tuyến',
  part: 5,
  total: 6,
  aggregate: { kind: 'average', value: 80.8, unit: 'percent' },
};

const show = (ms: { stated: string; actual: string }[]) => ms.map((m) => `${m.stated} ≠ ${m.actual}`);

describe('x/N across the units, as the compiler reworded it', () => {
  it.each<[UnitShare, string, string[]]>([
    [YES_NO, '59/63 Sở đã ban hành kế hoạch dùng chung hạ tầng.', ['59/63 ≠ 4/6']],
    [YES_NO, '5/6 Sở đã ban hành kế hoạch.', ['5/6 ≠ 4/6']],
    [YES_NO, '4/6 Sở đã ban hành kế hoạch; còn 1 Sở chưa thực hiện.', []],
    [
      COUNT,
      'Số dịch vụ công trực tuyến toàn trình: tổng cộng 3.100 dịch vụ; 5/6 Sở có số liệu.',
      ['3.100 ≠ 3.030'],
    ],
    [COUNT, 'Số dịch vụ công trực tuyến toàn trình: tổng cộng 3.030 (An Giang: 912); 5/6 Sở có số liệu.', []],
    [RATE, 'Tỷ lệ hồ sơ trực tuyến bình quân đạt 85%.', ['85% ≠ 80,8%']],
    [RATE, 'Tỷ lệ hồ sơ trực tuyến bình quân 80,8% (An Giang: 80%).', []],
    [RATE, 'Tỷ lệ hồ sơ trực tuyến bình quân khoảng 81%.', []],
  ])('%#: %s', (share, sentence, expected) => {
    expect(show(shareMismatches(sentence, share))).toEqual(expected);
  });

  it.each([
    ['Đã nhận báo cáo của 4/6 Sở.', ['4/6 ≠ 5/6']],
    ['Trên cơ sở báo cáo của 5/6 Sở, Bộ tổng hợp như sau:', []],
    ['Kế hoạch 2/3 năm đã xong.', []],
  ])('reports received: %s', (sentence, expected) => {
    expect(show(reportingMismatches(sentence, { received: 5, expected: 6 }))).toEqual(expected);
  });
});
