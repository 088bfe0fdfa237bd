import { describe, expect, it } from 'vitest';
import { parseTarget, type Target } from './index';

type Expected = Omit<Target, 'raw'>;

function read(text: string): Expected[] {
  const parsed = parseTarget(text);
  expect(parsed.raw).toBe(text);
  expect(parsed.status).toBe(parsed.targets.length > 0 ? 'parsed' : 'unparsed');
  return parsed.targets.map(({ raw: _raw, ...rest }) => rest);
}

const rules: [string, Expected[]][] = [
  [
    'Tỷ lệ hồ sơ xử lý trực tuyến đạt 60%',
    [{ comparator: 'gte', value: 60, unit: 'percent', subject: 'Tỷ lệ hồ sơ xử lý trực tuyến' }],
  ],
  ['Trên 95% hồ sơ', [{ comparator: 'gt', value: 95, unit: 'percent', subject: 'hồ sơ' }]],
  ['Tỷ lệ X đạt trên 95%', [{ comparator: 'gt', value: 95, unit: 'percent', subject: 'Tỷ lệ X' }]],
  ['Tối thiểu 40% người dân', [{ comparator: 'gte', value: 40, unit: 'percent', subject: 'người dân' }]],
  ['Ít nhất 50% hộ gia đình', [{ comparator: 'gte', value: 50, unit: 'percent', subject: 'hộ gia đình' }]],
  [
    'Tỷ lệ hồ sơ trễ hạn tối đa 5%',
    [{ comparator: 'lte', value: 5, unit: 'percent', subject: 'Tỷ lệ hồ sơ trễ hạn' }],
  ],
  [
    'Tỷ lệ hồ sơ trễ hạn không quá 5%',
    [{ comparator: 'lte', value: 5, unit: 'percent', subject: 'Tỷ lệ hồ sơ trễ hạn' }],
  ],
  ['Tỷ lệ lỗi dưới 2,5%', [{ comparator: 'lt', value: 2.5, unit: 'percent', subject: 'Tỷ lệ lỗi' }]],
  ['Tỷ lệ X không dưới 70%', [{ comparator: 'gte', value: 70, unit: 'percent', subject: 'Tỷ lệ X' }]],
  ['Tỷ lệ X đạt từ 70% trở lên', [{ comparator: 'gte', value: 70, unit: 'percent', subject: 'Tỷ lệ X' }]],
  [
    'Số doanh nghiệp từ 30 đến 40',
    [{ comparator: 'range', min: 30, max: 40, unit: 'count', subject: 'Số doanh nghiệp' }],
  ],
  [
    'Rút ngắn từ 30% - 50% thời gian họp',
    [{ comparator: 'range', min: 30, max: 50, unit: 'percent', subject: 'Rút ngắn thời gian họp' }],
  ],
  [
    'Xử lý đạt tỷ lệ 90 – 95%',
    [{ comparator: 'range', min: 90, max: 95, unit: 'percent', subject: 'Xử lý' }],
  ],
  ['tăng trưởng trên 10%/năm', [{ comparator: 'growthGt', value: 10, unit: 'percent', period: 'year' }]],
  [
    'Doanh thu tăng trưởng bình quân 12%/năm',
    [{ comparator: 'growthGte', value: 12, unit: 'percent', period: 'year', subject: 'Doanh thu' }],
  ],
  [
    'Doanh thu tăng ít nhất 8% so với năm 2022',
    [{ comparator: 'growthGte', value: 8, unit: 'percent', subject: 'Doanh thu' }],
  ],
  [
    '100% xã có đài truyền thanh',
    [{ comparator: 'gte', value: 100, unit: 'percent', subject: 'xã có đài truyền thanh' }],
  ],
  [
    'Có 95% xã có đài truyền thanh',
    [{ comparator: 'gte', value: 95, unit: 'percent', subject: 'xã có đài truyền thanh' }],
  ],
  [
    'Đảm bảo 100% cơ quan có kết nối',
    [{ comparator: 'gte', value: 100, unit: 'percent', subject: 'cơ quan có kết nối' }],
  ],
  [
    'Tỷ lệ A tối thiểu 35% đối với xã miền núi; tối thiểu 65% đối với các xã còn lại',
    [
      { comparator: 'gte', value: 35, unit: 'percent', subject: 'Tỷ lệ A', scope: 'xã miền núi' },
      { comparator: 'gte', value: 65, unit: 'percent', subject: 'Tỷ lệ A', scope: 'các xã còn lại' },
    ],
  ],
  [
    'Tỷ lệ A đạt 35% đối với xã miền núi và 65% đối với các xã còn lại',
    [
      { comparator: 'gte', value: 35, unit: 'percent', subject: 'Tỷ lệ A', scope: 'xã miền núi' },
      { comparator: 'gte', value: 65, unit: 'percent', subject: 'Tỷ lệ A', scope: 'các xã còn lại' },
    ],
  ],
  [
    'Tỷ lệ A đạt 90%, tỷ lệ B đạt 80%',
    [
      { comparator: 'gte', value: 90, unit: 'percent', subject: 'Tỷ lệ A' },
      { comparator: 'gte', value: 80, unit: 'percent', subject: 'tỷ lệ B' },
    ],
  ],
  [
    'Phấn đấu trong nhóm từ 30 đến 40 trong xếp hạng chung',
    [{ comparator: 'range', min: 30, max: 40, unit: 'rank', subject: 'trong xếp hạng chung' }],
  ],
  [
    'Nằm trong top 20 tỉnh dẫn đầu',
    [{ comparator: 'lte', value: 20, unit: 'rank', subject: 'Nằm trong tỉnh dẫn đầu' }],
  ],
  [
    'Doanh thu đạt 1.200 tỷ đồng',
    [{ comparator: 'gte', value: 1200, unit: 'tỷ đồng', subject: 'Doanh thu' }],
  ],
  [
    'Doanh thu đạt 1.200,5 tỷ đồng',
    [{ comparator: 'gte', value: 1200.5, unit: 'tỷ đồng', subject: 'Doanh thu' }],
  ],
  ['Tỷ lệ X đạt 2.5%', [{ comparator: 'gte', value: 2.5, unit: 'percent', subject: 'Tỷ lệ X' }]],
  [
    'Tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%',
    [{ comparator: 'gte', value: 80, unit: 'percent', subject: 'Tỷ lệ xã đạt chuẩn nông thôn mới' }],
  ],
  [
    'TY LE NGUOI DUNG DAT 80 %.',
    [{ comparator: 'gte', value: 80, unit: 'percent', subject: 'TY LE NGUOI DUNG' }],
  ],
  ['Tỷ lệ X\nđạt 60\n%', [{ comparator: 'gte', value: 60, unit: 'percent', subject: 'Tỷ lệ X' }]],
  ['Tỷ lệ sai sót bằng 0%', [{ comparator: 'eq', value: 0, unit: 'percent', subject: 'Tỷ lệ sai sót' }]],
];

describe('parseTarget: rules', () => {
  it.each(rules)('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('parseTarget: what it leaves unparsed', () => {
  it.each([
    'Hầu hết cán bộ thanh toán điện tử',
    'Nâng cao chất lượng dịch vụ',
    'Số bác sĩ trên 10 dân',
    'Cấp độ 1 - 3 được bảo vệ',
    // A ceiling on growth has no comparator of its own; better flagged than read as a level.
    'Chi phí tăng trưởng không quá 5%',
    '',
  ])('%j', (text) => {
    expect(parseTarget(text)).toEqual({ targets: [], status: 'unparsed', raw: text });
  });
});

describe('parseTarget: raw fragments', () => {
  it('points each target at its own part of the text', () => {
    const text = '100% xã có điểm phục vụ và 90% điểm bưu chính có kết nối Internet.';
    expect(parseTarget(text).targets.map((t) => t.raw)).toEqual([
      '100% xã có điểm phục vụ',
      '90% điểm bưu chính có kết nối Internet',
    ]);
  });
});
