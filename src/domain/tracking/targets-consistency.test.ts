import { describe, expect, it } from 'vitest';
import type { Comparator, Target } from '../targets/index.js';
import { type Aggregation, type TargetPlan, type TargetProblemCode, checkTargetPlan } from './index.js';

const t = (value: number, comparator: Comparator = 'gte', unit = 'percent'): Target => ({
  comparator,
  value,
  unit,
  raw: '',
});

function plan(aggregation: Aggregation, annual: Target, periods: Record<string, Target>): TargetPlan {
  return {
    annual,
    aggregation,
    periods: Object.entries(periods).map(([periodCode, target]) => ({ periodCode, target })),
  };
}

const quarters = (
  values: number[],
  unit = 'percent',
  comparator: Comparator = 'gte',
): Record<string, Target> =>
  Object.fromEntries(values.map((value, i) => [`2025-Q${i + 1}`, t(value, comparator, unit)]));

type Problem = [TargetProblemCode, string | null];
const codes = (p: TargetPlan): Problem[] => checkTargetPlan(p).map((x) => [x.code, x.periodCode]);

describe('checkTargetPlan: cumulative', () => {
  it.each<[string, TargetPlan, Problem[]]>([
    ['rising to the annual target', plan('cumulative', t(75), quarters([40, 55, 65, 75])), []],
    ['only some quarters', plan('cumulative', t(75), quarters([40, 55])), []],
    [
      'Q2 above the annual target, then falling',
      plan('cumulative', t(75), quarters([40, 80, 70, 75])),
      [
        ['exceedsAnnual', '2025-Q2'],
        ['notMonotonic', '2025-Q3'],
      ],
    ],
    [
      'Q4 short of the annual target',
      plan('cumulative', t(75), quarters([40, 55, 65, 70])),
      [['yearEndMismatch', '2025-Q4']],
    ],
    [
      'H2 ends with the year too',
      plan('cumulative', t(75), { '2025-H1': t(50), '2025-H2': t(80) }),
      [['yearEndMismatch', '2025-H2']],
    ],
    [
      'Q2 and H1 end together but differ',
      plan('cumulative', t(75), { '2025-Q2': t(55), '2025-H1': t(60) }),
      [['notMonotonic', '2025-H1']],
    ],
    [
      'a falling "at most" target',
      plan('cumulative', t(5, 'lte'), quarters([8, 6, 5, 5], 'percent', 'lte')),
      [],
    ],
    [
      'an "at most" quarter stricter than the year',
      plan('cumulative', t(5, 'lte'), {
        '2025-Q1': t(8, 'lte'),
        '2025-Q2': t(3, 'lte'),
        '2025-Q4': t(5, 'lte'),
      }),
      [
        ['exceedsAnnual', '2025-Q2'],
        ['notMonotonic', '2025-Q4'],
      ],
    ],
  ])('%s', (_name, p, expected) => {
    expect(codes(p)).toEqual(expected);
  });

  it.each([
    [quarters([40, 80, 70, 75]), 'Chỉ tiêu Quý II/2025 (80%) cao hơn chỉ tiêu cả năm (75%).'],
    [
      quarters([40, 55, 65, 70]),
      'Chỉ tiêu Quý IV/2025 (70%) là chỉ tiêu đến cuối năm nên phải bằng chỉ tiêu cả năm (75%).',
    ],
  ])('explains in Vietnamese: %s', (periods, message) => {
    expect(checkTargetPlan(plan('cumulative', t(75), periods))[0]?.message).toBe(message);
  });
});

describe('checkTargetPlan: additive', () => {
  const n = (value: number): Target => t(value, 'gte', 'count');
  it.each<[string, TargetPlan, Problem[]]>([
    ['four quarters making the year', plan('additive', n(12), quarters([3, 3, 3, 3], 'count')), []],
    // 3 + 3 + 3 + 2 = 11 ≠ 12.
    [
      'four quarters one short',
      plan('additive', n(12), quarters([3, 3, 3, 2], 'count')),
      [['sumMismatch', null]],
    ],
    ['two quarters within the year', plan('additive', n(12), quarters([3, 3], 'count')), []],
    // 5 + 8 = 13 > 12 before Q3 and Q4 have any.
    [
      'two quarters over the year',
      plan('additive', n(12), quarters([5, 8], 'count')),
      [['sumExceeds', null]],
    ],
    [
      'twelve months of 1',
      plan(
        'additive',
        n(12),
        Object.fromEntries(
          Array.from({ length: 12 }, (_, i) => [`2025-${String(i + 1).padStart(2, '0')}`, n(1)]),
        ),
      ),
      [],
    ],
    // Q1 + Q2 = 2 + 3 = 5 ≠ H1's 6; against the year they are only a part (5 ≤ 12).
    [
      'quarters against their half',
      plan('additive', n(12), { '2025-H1': n(6), '2025-Q1': n(2), '2025-Q2': n(3) }),
      [['sumMismatch', '2025-H1']],
    ],
    // Halves do not tile nine months, so H1 is not compared with 9M; Q1–Q3 do: 3 × 3 = 9 ≠ 10.
    [
      'quarters against nine months',
      plan('additive', n(12), {
        '2025-9M': n(10),
        '2025-H1': n(6),
        '2025-Q1': n(3),
        '2025-Q2': n(3),
        '2025-Q3': n(3),
      }),
      [['sumMismatch', '2025-9M']],
    ],
    [
      'a year period differing from the annual',
      plan('additive', n(12), { '2025': n(10) }),
      [['yearEndMismatch', '2025']],
    ],
    // Caps may be spread freely: 4 + 4 = 8 over a cap of 5 is not a contradiction until all quarters are set.
    ['"at most" caps, partial', plan('additive', t(5, 'lte', 'count'), quarters([4, 4], 'count', 'lte')), []],
  ])('%s', (_name, p, expected) => {
    expect(codes(p)).toEqual(expected);
  });

  it('shows the sum', () => {
    const [problem] = checkTargetPlan(plan('additive', n(12), quarters([3, 3, 3, 2], 'count')));
    expect(problem?.message).toBe('Tổng chỉ tiêu các quý (3 + 3 + 3 + 2 = 11) khác chỉ tiêu cả năm (12).');
  });
});

describe('checkTargetPlan: average', () => {
  const s = (value: number): Target => t(value, 'gte', 'điểm');
  it.each<[string, TargetPlan, Problem[]]>([
    ['quarters averaging the year', plan('average', s(8), quarters([7, 8, 9, 8], 'điểm')), []],
    // (7 + 7 + 9 + 8) / 4 = 7.75 ≠ 8.
    [
      'quarters averaging below',
      plan('average', s(8), quarters([7, 7, 9, 8], 'điểm')),
      [['averageMismatch', null]],
    ],
    ['a partial set is not averaged', plan('average', s(8), quarters([5, 6], 'điểm')), []],
  ])('%s', (_name, p, expected) => {
    expect(codes(p)).toEqual(expected);
  });
});

describe('checkTargetPlan: structure', () => {
  it.each<[string, TargetPlan, Problem[]]>([
    ['an invalid code', plan('cumulative', t(75), { '2025-Q5': t(50) }), [['invalidPeriod', '2025-Q5']]],
    ['a week', plan('cumulative', t(75), { '2025-W10': t(50) }), [['invalidPeriod', '2025-W10']]],
    [
      'a period given twice',
      {
        annual: t(75),
        aggregation: 'cumulative',
        periods: [
          { periodCode: '2025-Q1', target: t(40) },
          { periodCode: '2025-Q1', target: t(45) },
        ],
      },
      [['duplicatePeriod', '2025-Q1']],
    ],
    [
      'two years',
      plan('cumulative', t(75), { '2025-Q1': t(40), '2026-Q2': t(50) }),
      [['mixedYears', '2026-Q2']],
    ],
    [
      'another unit',
      plan('cumulative', t(75), { '2025-Q1': t(40, 'gte', 'count') }),
      [['unitMismatch', '2025-Q1']],
    ],
    [
      'another direction',
      plan('cumulative', t(75), { '2025-Q1': t(40, 'lte') }),
      [['comparatorMismatch', '2025-Q1']],
    ],
    // Range targets get the structural checks only.
    [
      'a range annual target',
      plan(
        'cumulative',
        { comparator: 'range', min: 30, max: 50, unit: 'percent', raw: '' },
        { '2025-Q4': { comparator: 'range', min: 10, max: 20, unit: 'percent', raw: '' } },
      ),
      [],
    ],
    ['no periods', plan('additive', t(12, 'gte', 'count'), {}), []],
  ])('%s', (_name, p, expected) => {
    expect(codes(p)).toEqual(expected);
  });
});
