import { describe, expect, it } from 'vitest';
import { type Evaluation, type Target, parseTarget } from '../targets/index.js';
import {
  type IndicatorValue,
  type IndicatorYear,
  type ValueIssueCode,
  assessIndicator,
  evaluateValue,
  resolveValue,
  yearOverYear,
} from './index.js';

const atLeast = (value: number, unit = 'percent'): Target => ({ comparator: 'gte', value, unit, raw: '' });
const growth = (value: number): Target => ({ comparator: 'growthGte', value, unit: 'percent', raw: '' });
const v = (periodCode: string, asOf: string, value: number): IndicatorValue => ({ periodCode, asOf, value });

describe('resolveValue', () => {
  it.each<[string, Omit<IndicatorValue, 'periodCode' | 'asOf'>, number | null, ValueIssueCode[]]>([
    ['a typed value', { value: 65 }, 65, []],
    ['13/20 → 65 %', { numerator: 13, denominator: 20 }, 65, []],
    ['seed 001: 39/39 systems → 100 %', { numerator: 39, denominator: 39 }, 100, []],
    ['value and fraction agree', { value: 65, numerator: 13, denominator: 20 }, 65, []],
    // 2/3 = 66.67 %, typed as a whole "67%": 0.33 points apart, within rounding.
    ['2/3 typed as 67 %', { value: 67, numerator: 2, denominator: 3 }, 200 / 3, []],
    // 66 is 0.67 points off 66.67: more than rounding explains. The counts win.
    ['2/3 typed as 66 %', { value: 66, numerator: 2, denominator: 3 }, 200 / 3, ['fractionMismatch']],
    ['13/20 typed as 60 %', { value: 60, numerator: 13, denominator: 20 }, 65, ['fractionMismatch']],
    ['nothing', {}, null, ['missing']],
    ['a numerator alone', { numerator: 5 }, null, ['invalidFraction']],
    ['a zero denominator', { numerator: 1, denominator: 0 }, null, ['invalidFraction']],
    ['a negative numerator', { numerator: -1, denominator: 4 }, null, ['invalidFraction']],
  ])('%s', (_name, input, value, codes) => {
    const resolved = resolveValue({ periodCode: '2024-Q1', asOf: '2024-03-31', ...input });
    if (value === null) expect(resolved.value).toBeNull();
    else expect(resolved.value).toBeCloseTo(value, 9);
    expect(resolved.issues.map((i) => i.code)).toEqual(codes);
  });

  it('explains a mismatch with the arithmetic', () => {
    const { issues } = resolveValue({
      periodCode: '2024',
      asOf: '2024-12-31',
      value: 60,
      numerator: 13,
      denominator: 20,
    });
    expect(issues[0]?.message).toBe('Giá trị nhập (60%) không khớp với tỷ lệ tính từ số liệu (13/20 = 65%).');
  });
});

describe('evaluateValue', () => {
  it.each<[string, Target, number, number | null, Evaluation | null]>([
    ['65 % against 75 %', atLeast(75), 65, null, 'notMet'],
    ['75 % against 75 %', atLeast(75), 75, null, 'met'],
    // (1100 − 1000) / 1000 = 10 % growth.
    ['grew 10 % for ≥ 10 %', growth(10), 1100, 1000, 'met'],
    ['grew 5 % for ≥ 10 %', growth(10), 1050, 1000, 'notMet'],
    ['growth without last year', growth(10), 1100, null, null],
    ['growth from zero', growth(10), 1100, 0, null],
  ])('%s', (_name, target, actual, previous, expected) => {
    expect(evaluateValue(target, actual, previous)).toBe(expected);
  });
});

describe('assessIndicator', () => {
  const seedTarget = parseTarget('Tỷ lệ cơ quan nhà nước các cấp hoàn thiện chính quyền điện tử đạt 75%')
    .targets[0];
  if (seedTarget === undefined) throw new Error('seed target did not parse');
  const revenue: IndicatorYear[] = [
    {
      year: 2024,
      target: growth(10),
      values: [v('2024-Q1', '2024-03-31', 250), v('2024', '2024-12-31', 1000)],
    },
    // Q1 2025 against Q1 2024: (300 − 250) / 250 = 20 % growth.
    { year: 2025, target: growth(10), values: [v('2025-Q1', '2025-03-31', 300)] },
  ];

  it.each<[string, IndicatorYear[], number, Evaluation | null, Evaluation | null, string]>([
    [
      'seed 001: 65 % against 75 %',
      [{ year: 2024, target: seedTarget, values: [v('2024-Q1', '2024-03-31', 65)] }],
      2024,
      'notMet',
      'notMet',
      'Chưa đạt. Dự báo đến cuối năm 2024 đạt 65% (giữ nguyên số liệu tính đến ngày 31/3/2024)',
    ],
    [
      'on course to meet it',
      [
        {
          year: 2025,
          target: atLeast(75),
          values: [v('2025-Q1', '2025-03-31', 50), v('2025-H1', '2025-06-30', 60)],
        },
      ],
      2025,
      'notMet',
      'met',
      'Chưa đạt. Dự báo đến cuối năm 2025 đạt 80,2% (theo xu hướng 2 số liệu từ 31/3/2025 đến 30/6/2025)',
    ],
    [
      'final figure in',
      [{ year: 2025, target: atLeast(75), values: [v('2025', '2025-12-31', 78)] }],
      2025,
      'met',
      null,
      'Đạt',
    ],
    [
      'no figures yet',
      [{ year: 2025, target: atLeast(75), values: [] }],
      2025,
      null,
      null,
      'Chưa có số liệu',
    ],
    // A carried Q1 figure of 300 against last year's 1000 is −70 %: the forecast says so.
    [
      'growth, same quarter last year',
      revenue,
      2025,
      'met',
      'notMet',
      'Đạt. Dự báo đến cuối năm 2025 đạt 300 (giữ nguyên số liệu tính đến ngày 31/3/2025)',
    ],
    [
      'growth, no last year',
      revenue.slice(1),
      2025,
      null,
      null,
      'Chưa đánh giá được. Dự báo đến cuối năm 2025 đạt 300 (giữ nguyên số liệu tính đến ngày 31/3/2025)',
    ],
  ])('%s', (_name, history, year, evaluation, forecastEvaluation, sentence) => {
    const result = assessIndicator(history, year);
    expect([result.evaluation, result.forecastEvaluation, result.sentence]).toEqual([
      evaluation,
      forecastEvaluation,
      sentence,
    ]);
  });

  it('needs the year in the history', () => {
    expect(() => assessIndicator([], 2025)).toThrow(RangeError);
  });
});

describe('yearOverYear', () => {
  const history: IndicatorYear[] = [
    {
      year: 2024,
      target: atLeast(75),
      values: [v('2024-Q2', '2024-06-30', 68), v('2024', '2024-12-31', 72)],
    },
    { year: 2023, target: atLeast(60), values: [v('2023', '2023-12-31', 62)] },
    { year: 2025, target: atLeast(80), values: [v('2025-Q2', '2025-06-30', 78)] },
  ];

  it.each<[number, number, number | null, Evaluation | null, number | null]>([
    [2023, 60, 62, 'met', null],
    // 72 − 62 = 10 points over the year; 72 < 75 is short of the new, higher target.
    [2024, 75, 72, 'notMet', 10],
    // Q2 against Q2: 78 − 68 = 10 points.
    [2025, 80, 78, 'notMet', 10],
  ])('%i: target %d, value %d', (year, target, value, evaluation, change) => {
    const row = yearOverYear(history).find((r) => r.year === year);
    expect([row?.target.value, row?.value?.value ?? null, row?.evaluation, row?.change]).toEqual([
      target,
      value,
      evaluation,
      change,
    ]);
  });

  it('is sorted oldest first', () => {
    expect(yearOverYear(history).map((r) => r.year)).toEqual([2023, 2024, 2025]);
  });
});
