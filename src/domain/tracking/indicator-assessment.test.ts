import { describe, expect, it } from 'vitest';
import type { Target, Verdict } from '../targets/index.js';
import {
  type AnnualTarget,
  type ExtraTarget,
  type StoredValue,
  annualTargets,
  assessAll,
  canonicalBreakdown,
  evaluateSingle,
  indicatorUnit,
  orderValues,
  targetForValue,
  targetText,
} from './indicator-assessment.js';

const gte = (value: number, unit: Target['unit'] = 'percent'): Target => ({
  comparator: 'gte',
  value,
  unit,
  raw: `≥ ${value}`,
});
const range: Target = { comparator: 'range', min: 80, max: 90, unit: 'percent', raw: '80 - 90%' };
const growth: Target = { comparator: 'growthGte', value: 10, unit: 'percent', period: 'year', raw: 'tăng' };

let seq = 0;
function value(
  periodCode: string,
  v: number | null,
  breakdown = '',
  asOf = `${periodCode.slice(0, 4)}-06-30`,
) {
  seq += 1;
  return {
    id: `v${seq}`,
    itemId: 'item',
    periodCode,
    breakdown,
    value: v,
    numerator: null,
    denominator: null,
    asOf,
    source: null,
    enteredBy: null,
    enteredByName: null,
    version: 1,
    updatedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, seq)),
  } satisfies StoredValue;
}
const extra = (periodCode: string, breakdown: string, target: Target): ExtraTarget => ({
  id: `${periodCode}-${breakdown}`,
  itemId: 'item',
  periodCode,
  breakdown,
  target,
});

describe('targetText', () => {
  it.each<[string, Target, string | undefined, string]>([
    ['at least', gte(75), undefined, '≥ 75%'],
    ['a count', gte(1200, 'count'), undefined, '≥ 1.200'],
    ['a range', range, undefined, '80% – 90%'],
    ['a yearly growth', growth, undefined, 'tăng ≥ 10%/năm'],
    ['a breakdown in brackets', gte(100), 'xã miền núi', '≥ 100% (xã miền núi)'],
    ["the target's own scope", { ...gte(90), scope: 'các xã còn lại' }, undefined, '≥ 90% (các xã còn lại)'],
  ])('%s', (_, target, breakdown, text) => {
    expect(targetText(target, breakdown)).toBe(text);
  });
});

describe('annualTargets', () => {
  const plan = {
    status: 'parsed' as const,
    raw: '',
    targets: [gte(100), { ...gte(90), scope: 'các xã còn lại' }],
  };
  it.each<[string, ExtraTarget[], [string, string][]]>([
    [
      'the plan wording only',
      [],
      [
        ['', 'plan'],
        ['các xã còn lại', 'plan'],
      ],
    ],
    [
      'an assigned year target adds a breakdown the plan lacks',
      [extra('2024', 'xã miền núi', gte(95))],
      [
        ['', 'plan'],
        ['các xã còn lại', 'plan'],
        ['xã miền núi', 'assigned'],
      ],
    ],
    [
      "the plan's target wins over one assigned for the same breakdown (any spelling)",
      [extra('2024', 'Các Xã Còn Lại', gte(50))],
      [
        ['', 'plan'],
        ['các xã còn lại', 'plan'],
      ],
    ],
    [
      'targets of other years and of quarters are not the year target',
      [extra('2023', 'x', gte(1)), extra('2024-Q2', 'y', gte(1))],
      [
        ['', 'plan'],
        ['các xã còn lại', 'plan'],
      ],
    ],
  ])('%s', (_, assigned, expected) => {
    expect(annualTargets(2024, plan, assigned).map((a) => [a.breakdown, a.origin])).toEqual(expected);
  });
});

describe('indicatorUnit and canonicalBreakdown', () => {
  const annual = (breakdown: string, target: Target): AnnualTarget => ({ breakdown, target, origin: 'plan' });
  it.each<[AnnualTarget[], string | null]>([
    [[annual('', gte(5, 'count'))], 'count'],
    [[annual('x', gte(5, 'rank'))], 'rank'],
    [[annual('', growth)], null],
    [[], null],
  ])('%o → %s', (targets, unit) => {
    expect(indicatorUnit(targets)).toBe(unit);
  });

  it.each<[string, string]>([
    ['  Xã miền núi ', 'xã miền núi'],
    ['XA MIEN NUI', 'xã miền núi'],
    ['xã đồng bằng', 'xã đồng bằng'],
  ])('"%s" files under "%s"', (typed, known) => {
    expect(canonicalBreakdown(typed, ['xã miền núi'])).toBe(known);
  });
});

describe('assessAll', () => {
  const year = (breakdown: string, target: Target): AnnualTarget => ({ breakdown, target, origin: 'plan' });
  it.each<[string, AnnualTarget[], StoredValue[], Verdict, string]>([
    ['no value yet', [year('', gte(75))], [], 'noData', 'Chưa có số liệu'],
    [
      'met by the last value',
      [year('', gte(75))],
      [value('2024-Q1', 60), value('2024-Q2', 80)],
      'met',
      'Đạt',
    ],
    [
      'not met by the last value',
      [year('', gte(75))],
      [value('2024-Q2', 80), value('2024-Q3', 70, '', '2024-09-30')],
      'notMet',
      'Chưa đạt',
    ],
    [
      'every target must be met: one breakdown short',
      [year('', gte(75)), year('xã miền núi', gte(100))],
      [value('2024', 80), value('2024', 95, 'xã miền núi')],
      'notMet',
      'Chưa đạt',
    ],
    [
      'a breakdown without a value leaves the row incomplete',
      [year('', gte(75)), year('xã miền núi', gte(100))],
      [value('2024', 80)],
      'incomplete',
      'Chưa đủ số liệu',
    ],
    [
      'a value without a target cannot be judged',
      [],
      [value('2024', 80)],
      'notAssessable',
      'Chưa đánh giá được',
    ],
  ])('%s', (_, annual, values, verdict, label) => {
    const view = assessAll(2024, annual, values);
    expect(view.verdict).toBe(verdict);
    expect(view.evaluationLabel).toBe(label);
    expect(view.main.breakdown).toBe('');
  });

  it('files values of a breakdown spelled otherwise under the known breakdown', () => {
    const view = assessAll(2024, [year('xã miền núi', gte(100))], [value('2024', 100, 'Xã Miền Núi')]);
    expect(view.breakdowns.map((b) => [b.breakdown, b.verdict])).toEqual([['xã miền núi', 'met']]);
  });
});

describe('orderValues', () => {
  it('orders by as-of date, and a later entry of the same date after the earlier one', () => {
    const a = value('2024-Q2', 1, '', '2024-06-30');
    const b = value('2024-Q1', 2, '', '2024-03-31');
    const c = value('2024-Q2', 3, '', '2024-06-30');
    expect(orderValues([c, a, b]).map((v) => v.value)).toEqual([2, 1, 3]);
  });
});

describe('targetForValue and evaluateSingle', () => {
  const annual: AnnualTarget[] = [{ breakdown: '', target: gte(75), origin: 'plan' }];
  const quarter = extra('2024-Q2', '', gte(50));
  it.each<[string, StoredValue, number | null, 'met' | 'notMet' | null]>([
    ["a quarter's own target", value('2024-Q2', 60), 50, 'met'],
    ['else the year target', value('2024-Q1', 60), 75, 'notMet'],
    ['no target for an unknown breakdown', value('2024-Q1', 60, 'khác'), null, null],
  ])('%s', (_, v, targetValue, evaluation) => {
    const target = targetForValue(v, annual, [quarter]);
    expect(target?.value ?? null).toBe(targetValue);
    expect(evaluateSingle(target, v.value)).toBe(evaluation);
  });

  it.each<[Target | null, number | null]>([
    [growth, 12],
    [null, 12],
    [gte(75), null],
  ])('judges no single value against %o (value %s)', (target, v) => {
    expect(evaluateSingle(target, v)).toBeNull();
  });
});
