import { describe, expect, it } from 'vitest';
import { describeTimeframe, normalizeTimeframe, storedTimeframe } from './index';

const readings: [string, unknown, string][] = [
  [
    'a deadline timeframe as written by an import',
    normalizeTimeframe('Trước ngày 30/6/2025', { planYear: 2025 }),
    'Trước ngày 30/6/2025',
  ],
  ['a quarter timeframe', normalizeTimeframe('Quý II', { planYear: 2024 }), 'Quý II/2024'],
  ['a recurring timeframe', normalizeTimeframe('Hàng tháng', { planYear: 2024 }), 'Hằng tháng'],
  ['continuous without dueDates', { kind: 'continuous', raw: 'Thường xuyên' }, 'Thường xuyên'],
  ['a deadline without its deadlines (the bench rows)', { kind: 'deadline', raw: 'thử tải' }, 'thử tải'],
  [
    'a deadline with an empty list',
    { kind: 'deadline', raw: 'Trước 30/6', deadlines: [], everyYear: false },
    'Trước 30/6',
  ],
  ['a quarter without quarters', { kind: 'quarter', raw: 'Quý', year: 2024 }, 'Quý'],
  ['a month with text months', { kind: 'month', raw: 'Tháng ba', year: 2024, months: ['3'] }, 'Tháng ba'],
  [
    'a recurring without its schedule',
    { kind: 'recurring', raw: 'Định kỳ', year: 2024, frequencies: [] },
    'Định kỳ',
  ],
  ['a kind this version does not know', { kind: 'fortnightly', raw: 'Hai tuần một lần' }, 'Hai tuần một lần'],
  ['no kind at all', { raw: 'Trong tháng' }, 'Trong tháng'],
  ['null', null, 'Chưa xác định'],
  ['a bare string', 'Quý II', 'Chưa xác định'],
];

describe('storedTimeframe', () => {
  it.each(readings)('%s', (_, stored, label) => {
    expect(describeTimeframe(storedTimeframe(stored))).toBe(label);
  });

  it('keeps a well-formed timeframe as it was', () => {
    const tf = normalizeTimeframe('Quý II - Quý III/2025', { planYear: 2025 });
    expect(storedTimeframe(JSON.parse(JSON.stringify(tf)))).toEqual(tf);
  });
});
