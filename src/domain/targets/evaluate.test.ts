import { describe, expect, it } from 'vitest';
import { evaluateTarget, parseTarget, type Evaluation, type Target } from './index';

const t = (fields: Omit<Target, 'raw' | 'unit'> & { unit?: string }): Target => ({
  unit: 'percent',
  raw: '',
  ...fields,
});

const cases: [string, Target, number, Evaluation, { previous?: number }?][] = [
  ['gte at the value', t({ comparator: 'gte', value: 60 }), 60, 'met'],
  ['gte above', t({ comparator: 'gte', value: 60 }), 75.2, 'met'],
  ['gte below', t({ comparator: 'gte', value: 60 }), 59.9, 'notMet'],
  ['gte with a float ratio', t({ comparator: 'gte', value: 60 }), (3 / 5) * 100 - 1e-12, 'met'],
  ['gt at the value', t({ comparator: 'gt', value: 95 }), 95, 'notMet'],
  ['gt above', t({ comparator: 'gt', value: 95 }), 95.1, 'met'],
  ['lte at the value', t({ comparator: 'lte', value: 5 }), 5, 'met'],
  ['lte above', t({ comparator: 'lte', value: 5 }), 5.01, 'notMet'],
  ['lt at the value', t({ comparator: 'lt', value: 2.5 }), 2.5, 'notMet'],
  ['lt below', t({ comparator: 'lt', value: 2.5 }), 2.4, 'met'],
  ['eq equal', t({ comparator: 'eq', value: 0 }), 0, 'met'],
  ['eq different', t({ comparator: 'eq', value: 0 }), 0.1, 'notMet'],
  ['range at min', t({ comparator: 'range', min: 30, max: 50 }), 30, 'met'],
  ['range at max', t({ comparator: 'range', min: 30, max: 50 }), 50, 'met'],
  ['range inside', t({ comparator: 'range', min: 30, max: 50 }), 42, 'met'],
  ['range below', t({ comparator: 'range', min: 30, max: 50 }), 29, 'notMet'],
  ['range above', t({ comparator: 'range', min: 30, max: 50 }), 51, 'notMet'],
  ['rank range, better than asked', t({ comparator: 'range', min: 30, max: 40, unit: 'rank' }), 25, 'notMet'],
  ['top 20, ranked 12th', t({ comparator: 'lte', value: 20, unit: 'rank' }), 12, 'met'],
  ['top 20, ranked 21st', t({ comparator: 'lte', value: 20, unit: 'rank' }), 21, 'notMet'],
  ['growthGt 10%, grew 12%', t({ comparator: 'growthGt', value: 10 }), 112, 'met', { previous: 100 }],
  ['growthGt 10%, grew 10%', t({ comparator: 'growthGt', value: 10 }), 110, 'notMet', { previous: 100 }],
  ['growthGte 10%, grew 10%', t({ comparator: 'growthGte', value: 10 }), 1100, 'met', { previous: 1000 }],
  ['growthGte 10%, shrank', t({ comparator: 'growthGte', value: 10 }), 900, 'notMet', { previous: 1000 }],
];

describe('evaluateTarget', () => {
  it.each(cases)('%s', (_name, target, actual, expected, context) => {
    expect(evaluateTarget(target, actual, context)).toBe(expected);
  });

  it('evaluates parsed targets', () => {
    const [mountain, rest] = parseTarget(
      'Tỷ lệ thuê bao tối thiểu đạt 35% đối với xã miền núi; tối thiểu 65% đối với các xã còn lại',
    ).targets;
    if (!mountain || !rest) throw new Error('expected two targets');
    expect([evaluateTarget(mountain, 40), evaluateTarget(rest, 40)]).toEqual(['met', 'notMet']);
  });

  it('needs the previous value for a growth target', () => {
    const growth = t({ comparator: 'growthGt', value: 10 });
    expect(() => evaluateTarget(growth, 110)).toThrow(RangeError);
    expect(() => evaluateTarget(growth, 110, { previous: 0 })).toThrow(RangeError);
  });

  it('rejects a target without its numbers, and a non-finite actual value', () => {
    expect(() => evaluateTarget(t({ comparator: 'gte' }), 1)).toThrow(RangeError);
    expect(() => evaluateTarget(t({ comparator: 'range', min: 1 }), 1)).toThrow(RangeError);
    expect(() => evaluateTarget(t({ comparator: 'gte', value: 1 }), Number.NaN)).toThrow(RangeError);
  });
});
