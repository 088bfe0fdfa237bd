// eslint-disable-next-line no-restricted-imports -- tests read the seed fixtures; the code under test does no I/O
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTarget, type Comparator, type Target } from './index';

interface TruthRow {
  part: string;
  content: string;
}

const truthFile = path.resolve(import.meta.dirname, '../../../../shared/seeds/003-appendix.truth.json');
const indicators = (JSON.parse(readFileSync(truthFile, 'utf8')) as { items: TruthRow[] }).items
  .filter((r) => r.part === 'A')
  .map((r) => r.content);

type Expected = Omit<Target, 'raw'>;

function percent(comparator: Comparator, value: number, subject: string, scope?: string): Expected {
  return { comparator, value, unit: 'percent', subject, ...(scope === undefined ? {} : { scope }) };
}

const SMARTPHONES = 'Tỷ lệ thuê bao sử dụng điện thoại thông minh';
const DIGITAL_SKILLS =
  'Tỷ lệ người dân trong độ tuổi lao động được phổ biến kiến thức về sử dụng máy tính và kỹ năng số cơ bản';

// Part A of the seed plan (40/KH-STTTT), keyed by how each indicator's wording starts.
const expected: [string, Expected[]][] = [
  [
    'Phấn đấu đến cuối năm 2023, Doanh thu',
    [
      {
        comparator: 'growthGt',
        value: 10,
        unit: 'percent',
        period: 'year',
        subject:
          'Doanh thu Viễn thông, Bưu chính, Công nghệ thông tin, Báo chí, in, phát hành, bình quân các lĩnh vực',
      },
    ],
  ],
  [
    '100% xã có điểm phục vụ',
    [
      percent('gte', 100, 'xã có điểm phục vụ bưu chính có người phục vụ'),
      percent('gte', 90, 'điểm bưu chính có kết nối Internet'),
    ],
  ],
  [
    'Ít nhất 50% hộ gia đình',
    [
      percent(
        'gte',
        50,
        'hộ gia đình, cơ quan, tổ chức, khu di tích được thông báo, gắn biển địa chỉ số đến từng điểm địa chỉ',
      ),
    ],
  ],
  [
    'Tỷ lệ hộ gia đình sử dụng cáp quang',
    [
      percent('gte', 90, 'Tỷ lệ hộ gia đình sử dụng cáp quang'),
      percent('gte', 90, 'Số thuê bao băng rộng di động trên 100 dân'),
    ],
  ],
  ['Số thuê bao băng rộng cố định', [percent('gte', 25, 'Số thuê bao băng rộng cố định trên 100 dân')]],
  ['Tỷ lệ người sử dụng Internet', [percent('gte', 80, 'Tỷ lệ người sử dụng Internet')]],
  ['Tỷ lệ hộ gia đình có kết nối Internet', [percent('gte', 90, 'Tỷ lệ hộ gia đình có kết nối Internet')]],
  ['Tỷ lệ dân số được phủ sóng', [percent('gte', 100, 'Tỷ lệ dân số được phủ sóng bởi mạng di động')]],
  [
    'Tỷ lệ thuê bao sử dụng điện thoại thông minh',
    [percent('gte', 35, SMARTPHONES, 'xã miền núi'), percent('gte', 65, SMARTPHONES, 'các xã còn lại')],
  ],
  [
    'Cải thiện xếp hạng tổng thể',
    [
      {
        comparator: 'range',
        min: 30,
        max: 40,
        unit: 'rank',
        subject:
          'Cải thiện xếp hạng tổng thể chỉ số đánh giá chuyển đổi số tỉnh An Giang trong xếp hạng chung của cả nước',
      },
    ],
  ],
  [
    '20% số lượng người dân',
    [
      percent(
        'gte',
        20,
        'số lượng người dân và doanh nghiệp tham gia hệ thống thông tin Chính quyền điện tử từ cấp xã, cấp huyện ' +
          'đến cấp tỉnh được xác thực định danh điện tử thông suốt và hợp nhất với hệ thống thông tin các cấp chính quyền',
      ),
    ],
  ],
  [
    'Trên 95% hồ sơ công việc',
    [
      percent(
        'gt',
        95,
        'hồ sơ công việc được xử lý trên môi trường mạng (không bao gồm hồ sơ xử lý công việc có nội dung mật)',
      ),
    ],
  ],
  [
    'Rút ngắn từ 30% - 50%',
    [
      {
        comparator: 'range',
        min: 30,
        max: 50,
        unit: 'percent',
        subject:
          'Rút ngắn thời gian họp, giảm tối đa việc sử dụng tài liệu giấy thông qua Hệ thống thông tin phục vụ họp ' +
          'và xử lý công việc, văn phòng điện tử',
      },
    ],
  ],
  [
    '100% thông tin quy hoạch',
    [
      percent(
        'gte',
        100,
        'thông tin quy hoạch được cập nhật, công bố, công khai cho người dân trên cổng thông tin, hệ thống công bố ' +
          'thông tin',
      ),
    ],
  ],
  [
    '100% cán bộ công chức',
    [
      percent(
        'gte',
        100,
        'cán bộ công chức, viên chức, người lao động, thanh niên trong các cơ quan nhà nước, đoàn thể được cập nhật ' +
          'kiến thức về an toàn thông tin',
      ),
    ],
  ],
  [
    '100% cán bộ làm công tác thông tin cơ sở',
    [
      percent(
        'gte',
        100,
        'cán bộ làm công tác thông tin cơ sở cấp huyện và cấp xã được đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, ' +
          'ứng dụng công nghệ để khai thác, biên soạn tài liệu, lưu trữ thông tin, quản lý và vận hành thiết bị kỹ ' +
          'thuật hiện đại phù hợp với vị trí việc làm',
      ),
    ],
  ],
  [
    '100% các trung tâm mua sắm',
    [percent('gte', 100, 'các trung tâm mua sắm cung ứng các dịch vụ Thanh toán không dùng tiền mặt')],
  ],
  [
    '95% thanh niên',
    [percent('gte', 95, 'thanh niên được trang bị kỹ năng số và các quy tắc ứng xử trên môi trường số')],
  ],
  [
    'Tỷ lệ thủ tục hành chính đủ điều kiện',
    [
      percent(
        'gte',
        100,
        'Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ ' +
          'công trực tuyến toàn trình',
      ),
    ],
  ],
  [
    'Tỷ lệ dịch vụ công trực tuyến phát sinh',
    [percent('gte', 80, 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ')],
  ],
  [
    'Tỷ lệ hồ sơ thủ tục hành chính xử lý',
    [percent('gte', 60, 'Tỷ lệ hồ sơ thủ tục hành chính xử lý hoàn toàn trực tuyến')],
  ],
  [
    'Tỷ lệ người dân có sử dụng dịch vụ công',
    [percent('gte', 20, 'Tỷ lệ người dân có sử dụng dịch vụ công trực tuyến')],
  ],
  ['Tỷ lệ CQNN', [percent('gte', 60, 'Tỷ lệ CQNN hoàn thiện Chính quyền điện tử')]],
  [
    'Tỷ lệ hệ thống thông tin cấp độ 1, 2, 3',
    [
      percent(
        'gte',
        100,
        'Tỷ lệ hệ thống thông tin cấp độ 1, 2, 3 của cơ quan nhà nước được phân loại và thực hiện bảo vệ theo cấp độ',
      ),
    ],
  ],
  [
    'Tỷ lệ người dân trong độ tuổi lao động',
    [
      percent('gte', 40, DIGITAL_SKILLS, 'xã đồng bào DTTS và miền núi'),
      percent('gte', 60, DIGITAL_SKILLS, 'các xã còn lại'),
    ],
  ],
  [
    'Tỷ lệ người dân ở vùng sâu',
    [
      percent(
        'gte',
        80,
        'Tỷ lệ người dân ở vùng sâu, vùng xa, biên giới, hải đảo được tiếp cận ít nhất 01 loại hình báo chí thiết yếu',
      ),
    ],
  ],
  [
    'Ngăn chặn, xử lý nghiêm',
    [
      {
        comparator: 'range',
        min: 90,
        max: 95,
        unit: 'percent',
        subject:
          'Ngăn chặn, xử lý nghiêm, kịp thời các thông tin xấu, độc, sai sự thật mà phát hiện và xác minh được ' +
          'trên mạng xã hội',
      },
    ],
  ],
  ['Có 95% xã', [percent('gte', 95, 'xã, phường, thị trấn trên địa bàn tỉnh có đài truyền thanh')]],
  [
    'Tỷ lệ chuyển đổi đài truyền thanh',
    [
      percent(
        'gte',
        20,
        'Tỷ lệ chuyển đổi đài truyền thanh có dây/không dây FM sang truyền thanh ứng dụng CNTT-VT',
      ),
    ],
  ],
];

// Qualitative aims with no figure to check: kept as text and flagged by the caller.
const UNPARSED = [
  'Hầu hết cán bộ, công chức, viên chức (CBCCVC) thanh toán các dịch vụ công cộng bằng thanh toán điện tử',
  'Thực hiện kết nối, chia sẻ hiệu quả dữ liệu giữa các cơ quan nhà nước thông qua Nền tảng tích hợp, chia sẻ dữ ' +
    'liệu tỉnh (LGSP) và kết nối, khai tác dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).',
];

function indicator(prefix: string): string {
  const matches = indicators.filter((c) => c.startsWith(prefix));
  expect(matches, prefix).toHaveLength(1);
  return matches[0] ?? '';
}

describe('part A indicators of the seed plan', () => {
  it('parses all but the two qualitative ones', () => {
    const results = indicators.map(parseTarget);
    expect(indicators).toHaveLength(31);
    expect(results.filter((r) => r.status === 'parsed')).toHaveLength(29);
    expect(results.filter((r) => r.status === 'unparsed').map((r) => r.raw)).toEqual(UNPARSED);
  });

  it.each(expected)('%s …', (prefix, targets) => {
    const parsed = parseTarget(indicator(prefix));
    expect(parsed.status).toBe('parsed');
    expect(parsed.targets.map(({ raw: _raw, ...rest }) => rest)).toEqual(targets);
  });

  it('cuts a breakdown into one raw fragment per target', () => {
    expect(parseTarget(indicator('Tỷ lệ thuê bao sử dụng')).targets.map((t) => t.raw)).toEqual([
      'Tỷ lệ thuê bao sử dụng điện thoại thông minh tối thiểu đạt 35% đối với xã miền núi',
      'tối thiểu 65% đối với các xã còn lại',
    ]);
    expect(parseTarget(indicator('Tỷ lệ hộ gia đình sử dụng cáp quang')).targets.map((t) => t.raw)).toEqual([
      'Tỷ lệ hộ gia đình sử dụng cáp quang đạt 90%',
      'Số thuê bao băng rộng di động trên 100 dân đạt 90%',
    ]);
  });
});
