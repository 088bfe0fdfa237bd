import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { IndicatorValueRow } from '../api/types';
import {
  breakdownLabel,
  existingValue,
  fractionPercent,
  targetLine,
  valueSeries,
  violationsOf,
} from './indicatorEntry';

const value = (periodCode: string, asOf: string, v: number | null, breakdown = ''): IndicatorValueRow => ({
  id: `${periodCode}-${breakdown}`,
  periodCode,
  periodLabel: periodCode,
  breakdown,
  value: v,
  numerator: null,
  denominator: null,
  asOf,
  source: null,
  enteredBy: null,
  enteredByName: null,
  version: 1,
  updatedAt: '2024-07-01T00:00:00Z',
  target: null,
  evaluation: null,
  verdict: 'noData',
  evaluationLabel: '',
  flags: [],
});

describe('indicator value entry', () => {
  it('reads the rule violations out of a refused save', () => {
    const refused = new ApiError(400, 'VALIDATION', 'Số liệu không khớp quy tắc', {
      violations: [{ keys: ['a', 'b'], message: 'Số xã miền núi (12) lớn hơn tổng số xã (10).' }],
    });
    expect(violationsOf(refused)).toEqual([{ message: 'Số xã miền núi (12) lớn hơn tổng số xã (10).' }]);
    expect(violationsOf(new ApiError(400, 'VALIDATION', 'Kỳ không hợp lệ'))).toBeNull();
    expect(violationsOf(new ApiError(409, 'CONFLICT', 'x', { violations: [{ message: 'y' }] }))).toBeNull();
    expect(violationsOf(new Error('x'))).toBeNull();
  });

  it('finds the stored value of the same period and breakdown', () => {
    const values = [value('2024-Q1', '2024-03-31', 40), value('2024-Q1', '2024-03-31', 20, 'xã miền núi')];
    expect(existingValue(values, '2024-Q1', '')?.value).toBe(40);
    expect(existingValue(values, '2024-Q1', ' xã miền núi ')?.value).toBe(20);
    expect(existingValue(values, '2024-Q2', '')).toBeUndefined();
  });

  it.each([
    [13, 20, 65],
    [2, 3, 66.67],
    [0, 5, 0],
    [5, 0, null],
    [-1, 5, null],
    [undefined, 5, null],
  ])('computes %s/%s as %s%%', (numerator, denominator, expected) => {
    expect(fractionPercent(numerator, denominator)).toBe(expected);
  });

  it('draws the target at its value, or at the lower end of a range, never for growth', () => {
    const at = (target: object) =>
      targetLine({
        annualTargets: [
          { breakdown: '', target: { unit: 'percent', raw: '', ...target }, text: '', origin: 'plan' },
        ],
      } as never);
    expect(at({ comparator: 'gte', value: 75 })).toBe(75);
    expect(at({ comparator: 'range', min: 10, max: 20 })).toBe(10);
    expect(at({ comparator: 'growthGt', value: 10 })).toBeNull();
    expect(targetLine({ annualTargets: [] })).toBeNull();
  });

  it("names the whole indicator's breakdown by its subject when the row sets several targets", () => {
    const target = (fields: object) => ({
      comparator: 'gte',
      value: 90,
      unit: 'percent',
      raw: '',
      ...fields,
    });
    const several = {
      annualTargets: [
        { breakdown: '', target: target({ subject: 'xã có điểm phục vụ' }), text: '', origin: 'plan' },
        {
          breakdown: 'điểm có Internet',
          target: target({ subject: 'điểm có Internet' }),
          text: '',
          origin: 'plan',
        },
      ],
    } as never;
    expect(breakdownLabel(several, '', 'Toàn bộ chỉ tiêu')).toBe('xã có điểm phục vụ');
    expect(breakdownLabel(several, 'điểm có Internet', 'Toàn bộ chỉ tiêu')).toBe('điểm có Internet');
    const scoped = {
      annualTargets: [
        {
          breakdown: 'xã miền núi',
          target: target({ scope: 'xã miền núi', subject: 'Tỷ lệ' }),
          text: '',
          origin: 'plan',
        },
      ],
    } as never;
    expect(breakdownLabel(scoped, '', 'Toàn bộ chỉ tiêu')).toBe('Toàn bộ chỉ tiêu');
  });

  it('orders the values of one breakdown by their as-of date', () => {
    const values = [
      value('2024-H1', '2024-06-30', 60),
      value('2024-Q1', '2024-03-31', 40),
      value('2024-Q1', '2024-03-31', 10, 'xã miền núi'),
      value('2024-05', '2024-05-31', null),
    ];
    expect(valueSeries(values).map((v) => v.periodCode)).toEqual(['2024-Q1', '2024-H1']);
  });
});
