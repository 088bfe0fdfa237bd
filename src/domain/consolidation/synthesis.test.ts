import { describe, expect, it } from 'vitest';
import type { UnitSubmission } from './submission-text.js';
import { StatementIndex, mergeUnitTexts } from './statements.js';
import { type FormIndicator, indicatorFigures, reportingFigures } from './synthesis.js';
import { indicatorSentence, reportingSentence, targetSentence } from './upward-figures.js';

const units = Array.from({ length: 63 }, (_, i) => ({ id: `u${i + 1}`, name: `Sở ${i + 1}` }));
const submission = (
  i: number,
  value: number | null,
  timeliness: 'onTime' | 'late' = 'onTime',
): UnitSubmission => ({
  unit: units[i] ?? { id: 'x', name: 'x' },
  sections: {},
  data: value === null ? {} : { k: { value } },
  timeliness,
});
const byUnit = (subs: readonly UnitSubmission[]) => new Map(subs.map((s) => [s.unit.id, s]));
const rate: FormIndicator = {
  id: 'k',
  content: 'Tỷ lệ hồ sơ trực tuyến',
  domain: 'Chuyển đổi số',
  unit: 'percent',
  target: { target: { comparator: 'gte', value: 50, unit: 'percent', raw: '≥ 50%' }, text: '≥ 50%' },
};
const count: FormIndicator = { id: 'k', content: 'Số điểm phục vụ', domain: null, unit: 'count' };
const yesNo: FormIndicator = { id: 'k', content: 'Ban hành kế hoạch', domain: null, unit: null };

describe('indicatorFigures: one indicator across 63 units', () => {
  // Unit i reports i (1..63) except the last three, who stay silent.
  const subs = units.slice(0, 60).map((_, i) => submission(i, i + 1));
  it.each([
    ['sum', count, 'sum', 1830],
    ['mean', count, 'mean', 30.5],
    ['median', count, 'median', 30.5],
    ['max', count, 'max', 60],
    ['min', count, 'min', 1],
    ['aggregate of a rate is its mean', rate, 'aggregate', 30.5],
  ] as const)('%s', (_label, indicator, field, expected) => {
    const f = indicatorFigures(indicator, units, byUnit(subs));
    const value = f[field];
    expect(typeof value === 'number' ? value : value && 'value' in value ? value.value : null).toBe(expected);
  });

  it('names the top and bottom five and the silent units', () => {
    const f = indicatorFigures(count, units, byUnit(subs));
    expect(f.top.map((r) => r.value)).toEqual([60, 59, 58, 57, 56]);
    expect(f.bottom.map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
    expect(f.silent.map((u) => u.name)).toEqual(['Sở 61', 'Sở 62', 'Sở 63']);
    expect(indicatorSentence(f, 'Sở')).toBe(
      'Số điểm phục vụ: tổng cộng 1.830; bình quân mỗi Sở 30,5, trung vị 30,5; cao nhất Sở 60 (60), thấp nhất Sở 1 (1); 5 Sở cao nhất: Sở 60 (60), Sở 59 (59), Sở 58 (58), Sở 57 (57), Sở 56 (56); 5 Sở thấp nhất: Sở 1 (1), Sở 2 (2), Sở 3 (3), Sở 4 (4), Sở 5 (5); 60/63 Sở có số liệu; 3 Sở chưa báo cáo: Sở 61, Sở 62, Sở 63.',
    );
  });

  it.each([
    [[80, 50, 49.9], '2/63 Sở đạt chỉ tiêu tỷ lệ hồ sơ trực tuyến (≥ 50%); 1 Sở chưa đạt: Sở 3.'],
    [[50], '1/63 Sở đạt chỉ tiêu tỷ lệ hồ sơ trực tuyến (≥ 50%).'],
    [[], null],
  ])('judges each unit against the target: %j', (values, sentence) => {
    const f = indicatorFigures(rate, units, byUnit(values.map((v, i) => submission(i, v))));
    expect(targetSentence(f, 'Sở')).toBe(sentence);
  });

  it.each([
    [
      [1, 1, 0],
      '2/63 Sở đã ban hành kế hoạch; còn 1 Sở chưa thực hiện: Sở 3; 60 Sở chưa báo cáo (danh sách tại bảng số liệu kèm theo).',
    ],
    [[1], '1/63 Sở đã ban hành kế hoạch; 62 Sở chưa báo cáo (danh sách tại bảng số liệu kèm theo).'],
    [
      Array.from({ length: 60 }, (_, i) => (i < 49 ? 1 : 0)),
      '49/63 Sở đã ban hành kế hoạch; còn 11 Sở chưa thực hiện (danh sách tại bảng số liệu kèm theo); 3 Sở chưa báo cáo: Sở 61, Sở 62, Sở 63.',
    ],
  ])('counts yes/no answers as x/N: %j', (values, start) => {
    const f = indicatorFigures(yesNo, units, byUnit(values.map((v, i) => submission(i, v))));
    expect(f.kind).toBe('yesNo');
    expect(indicatorSentence(f, 'Sở').startsWith(start)).toBe(true);
  });
});

describe('reportingFigures: received, on time, late, missing', () => {
  it.each([
    [
      [submission(0, 1), submission(1, 1, 'late'), submission(2, 1)],
      3,
      'Đã nhận báo cáo của 3/4 Sở, 2 Sở gửi đúng hạn; 1 Sở gửi muộn: Sở 2; 1 Sở chưa gửi báo cáo: Sở 4.',
    ],
    [[0, 1, 2, 3].map((i) => submission(i, 1)), 4, 'Đã nhận đủ báo cáo của 4/4 Sở, tất cả đúng hạn.'],
    [
      [0, 1, 2, 3].map((i) => submission(i, 1, i === 0 ? 'late' : 'onTime')),
      4,
      'Đã nhận đủ báo cáo của 4/4 Sở, 3 Sở gửi đúng hạn; 1 Sở gửi muộn: Sở 1.',
    ],
  ])('%#', (subs, received, sentence) => {
    const r = reportingFigures(units.slice(0, 4), subs);
    expect(r.rates.submitted).toBe(received);
    expect(r.rates.onTime + r.rates.late + r.rates.missing).toBe(4);
    expect(reportingSentence(r, 'Sở')).toBe(sentence);
  });
});

describe('grouping statements at national scale', () => {
  it.each([
    ['Thiếu nhân lực chuyển đổi số', 'thiếu nhân lực chuyển đổi số.', true],
    [
      'Kinh phí đầu tư hạ tầng số còn hạn chế so với nhu cầu thực tế của địa phương',
      'Kinh phí đầu tư hạ tầng số còn rất hạn chế so với nhu cầu thực tế của địa phương',
      true,
    ],
    ['Doanh thu đạt 100 tỷ đồng trong kỳ báo cáo', 'Doanh thu đạt 120 tỷ đồng trong kỳ báo cáo', false],
    ['Hạ tầng viễn thông còn yếu', 'Nhân lực an toàn thông tin còn thiếu', false],
  ])('finds %j again as %j: %s', (a, b, same) => {
    const index = new StatementIndex<string>();
    index.add(a, a);
    expect(index.find(b) === a).toBe(same);
  });

  it('writes a statement 40 of 441 units made once, with their count and names, in well under a second', () => {
    const many = Array.from({ length: 441 }, (_, i) => ({ id: `v${i}`, name: `Đơn vị ${i}` }));
    const started = performance.now();
    const merged = mergeUnitTexts(
      many.map((unit, i) => ({
        unit,
        contents: [
          { kind: 'paragraph' as const, text: `Đơn vị số ${i} đã triển khai ${i} mô hình mới tại địa bàn` },
          ...(i < 40
            ? [
                {
                  kind: 'paragraph' as const,
                  text: 'Thiếu kinh phí duy trì hệ thống loa truyền thanh thông minh',
                },
              ]
            : []),
        ],
      })),
      true,
      'Sở',
    );
    expect(performance.now() - started).toBeLessThan(1000);
    const shared = merged.filter(
      (m) => m.content.kind === 'paragraph' && m.content.text.startsWith('Thiếu kinh phí'),
    );
    expect(shared).toHaveLength(1);
    const text = shared[0]?.content.kind === 'paragraph' ? shared[0].content.text : '';
    expect(text).toBe(
      `Thiếu kinh phí duy trì hệ thống loa truyền thanh thông minh (40 Sở: ${many
        .slice(0, 40)
        .map((u) => u.name)
        .join(', ')})`,
    );
    expect(merged).toHaveLength(442);
  });
});
