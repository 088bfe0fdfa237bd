import { describe, expect, it } from 'vitest';
import { parseRegimeSentence, parseRegimeTable } from './regime-forms.js';

const brief = (regimes: ReturnType<typeof parseRegimeSentence>) =>
  regimes.map(({ name, frequency, deadline: { raw: _raw, ...deadline }, recipient }) => ({
    name,
    frequency,
    deadline,
    recipient,
  }));

describe('parseRegimeSentence', () => {
  it('reads every period of one sentence with the recipient at its end', () => {
    const sentence =
      'Báo cáo tuần trước 16 giờ thứ Sáu; báo cáo tháng trước ngày 20; quý trước ngày 18 tháng cuối quý; ' +
      '6 tháng trước ngày 18/6; năm trước ngày 18/11, gửi Phòng KH-TC';
    expect(brief(parseRegimeSentence(sentence))).toEqual([
      {
        name: 'Báo cáo tuần',
        frequency: 'weekly',
        deadline: { weekday: 5, time: '16:00' },
        recipient: 'Phòng KH-TC',
      },
      { name: 'Báo cáo tháng', frequency: 'monthly', deadline: { dayOfMonth: 20 }, recipient: 'Phòng KH-TC' },
      {
        name: 'Báo cáo quý',
        frequency: 'quarterly',
        deadline: { dayOfMonth: 18, monthOfQuarter: 'last' },
        recipient: 'Phòng KH-TC',
      },
      {
        name: 'Báo cáo 6 tháng',
        frequency: 'semiannual',
        deadline: { day: 18, month: 6 },
        recipient: 'Phòng KH-TC',
      },
      {
        name: 'Báo cáo năm',
        frequency: 'annual',
        deadline: { day: 18, month: 11 },
        recipient: 'Phòng KH-TC',
      },
    ]);
  });

  it.each<[string, string, number, string | null]>([
    [
      'an introduction before a colon',
      'Các đơn vị thực hiện chế độ báo cáo như sau: báo cáo quý trước ngày 15 tháng cuối quý; báo cáo năm chậm nhất ngày 10/12.',
      2,
      null,
    ],
    [
      'the recipient before the list',
      'Gửi Văn phòng Sở: báo cáo tháng trước ngày 25 hằng tháng; báo cáo 6 tháng trước ngày 15/6',
      2,
      'Văn phòng Sở',
    ],
    [
      '"định kỳ" before the period',
      'Báo cáo định kỳ hằng quý trước ngày 15; định kỳ hằng năm trước ngày 1/12',
      2,
      null,
    ],
  ])('%s', (_name, sentence, count, recipient) => {
    const regimes = parseRegimeSentence(sentence);
    expect(regimes).toHaveLength(count);
    expect(regimes.every((r) => r.recipient === recipient)).toBe(true);
  });

  it.each([
    'Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 20 hằng tháng.',
    'Hoàn thành các chỉ tiêu, nhiệm vụ được giao; bảo đảm tiến độ.',
    '- Báo cáo quý: Trước ngày 15 của tháng cuối quý.',
  ])('is not a list of regimes: %s', (text) => {
    expect(parseRegimeSentence(text)).toEqual([]);
  });
});

describe('parseRegimeTable', () => {
  it('reads one regime per row with its recipient', () => {
    const regimes = parseRegimeTable([
      ['Loại báo cáo', 'Thời hạn gửi', 'Nơi nhận'],
      ['Báo cáo tháng', 'Trước ngày 22 hằng tháng', 'Văn phòng Sở'],
      ['Báo cáo quý', 'Trước ngày 15 của tháng cuối quý', ''],
      ['Báo cáo năm', 'Trước ngày 20/11', 'Phòng Kế hoạch - Tài chính'],
    ]);
    expect(brief(regimes ?? [])).toEqual([
      {
        name: 'Báo cáo tháng',
        frequency: 'monthly',
        deadline: { dayOfMonth: 22 },
        recipient: 'Văn phòng Sở',
      },
      {
        name: 'Báo cáo quý',
        frequency: 'quarterly',
        deadline: { dayOfMonth: 15, monthOfQuarter: 'last' },
        recipient: null,
      },
      {
        name: 'Báo cáo năm',
        frequency: 'annual',
        deadline: { day: 20, month: 11 },
        recipient: 'Phòng Kế hoạch - Tài chính',
      },
    ]);
  });

  it.each<[string, string[][]]>([
    ['a header block table', [['UBND TỈNH AN GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]],
    [
      'a table without a deadline column',
      [
        ['Loại báo cáo', 'Nơi nhận'],
        ['Báo cáo tháng', 'VP'],
      ],
    ],
    [
      'a header with no report rows',
      [
        ['Loại báo cáo', 'Thời hạn'],
        ['Ghi chú', 'Trước ngày 1'],
      ],
    ],
  ])('is not a regime table: %s', (_name, rows) => {
    expect(parseRegimeTable(rows)).toBeNull();
  });
});
