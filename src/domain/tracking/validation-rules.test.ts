import { describe, expect, it } from 'vitest';
import {
  type RuleValues,
  type ValidationRule,
  checkRules,
  partLeqTotal,
  rateLeq100,
  sumEquals,
} from './index.js';

// Seed 001, 2.5.1: 2.016 services in all, of which 647 partly and 912 fully online, "100% …
// (1.348 dịch vụ)" integrated with the national portal, and 98,9 % handled on time.
const seed: RuleValues = { total: 2016, partial: 647, full: 912, integrated: 1348, onTime: 98.9 };
const labels = {
  total: 'Tổng số dịch vụ công',
  partial: 'DVCTT một phần',
  full: 'DVCTT toàn trình',
  integrated: 'Số DVCTT tích hợp',
  onTime: 'Tỷ lệ đúng hạn',
};

describe('checkRules', () => {
  it.each<[string, ValidationRule, RuleValues, string[]]>([
    // 647 + 912 = 1559, which is ≤ 2016 …
    [
      'online services within the total',
      sumEquals(['partial', 'full'], 'total'),
      { ...seed, total: 1559 },
      [],
    ],
    ['a part within its total', partLeqTotal('full', 'total'), seed, []],
    // … but "100% of the online services (1.348)" contradicts 647 + 912 = 1559.
    [
      'seed 001: 647 + 912 against 1.348',
      sumEquals(['partial', 'full'], 'integrated'),
      seed,
      ['partial', 'full', 'integrated'],
    ],
    ['a part above its total', partLeqTotal('total', 'integrated'), seed, ['total', 'integrated']],
    ['a part equal to its total', partLeqTotal('integrated', 'integrated'), seed, []],
    ['a rate within 0–100', rateLeq100('onTime'), seed, []],
    ['a rate of exactly 100', rateLeq100('onTime'), { onTime: 100 }, []],
    ['a rate above 100', rateLeq100('onTime'), { onTime: 100.5 }, ['onTime']],
    ['a negative rate', rateLeq100('onTime'), { onTime: -1 }, ['onTime']],
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: not a violation.
    ['floating-point noise', sumEquals(['a', 'b'], 'c'), { a: 0.1, b: 0.2, c: 0.3 }, []],
    ['a missing part skips the rule', sumEquals(['partial', 'missing'], 'total'), seed, []],
    ['a missing total skips the rule', partLeqTotal('partial', 'missing'), seed, []],
    ['a null value skips the rule', rateLeq100('x'), { x: null }, []],
  ])('%s', (_name, rule, values, keys) => {
    const violations = checkRules([rule], values, labels);
    expect(violations.flatMap((v) => v.keys)).toEqual(keys);
  });

  it.each<[ValidationRule, RuleValues, Record<string, string>, string]>([
    [
      sumEquals(['partial', 'full'], 'integrated'),
      seed,
      labels,
      'DVCTT một phần (647) + DVCTT toàn trình (912) = 1.559, khác Số DVCTT tích hợp (1.348).',
    ],
    [
      partLeqTotal('total', 'integrated'),
      seed,
      labels,
      'Tổng số dịch vụ công (2.016) lớn hơn Số DVCTT tích hợp (1.348).',
    ],
    [
      rateLeq100('onTime'),
      { onTime: 100.5 },
      labels,
      'Tỷ lệ đúng hạn (100,5) là tỷ lệ phần trăm, phải từ 0% đến 100%.',
    ],
    [rateLeq100('x'), { x: 120 }, {}, 'x (120) là tỷ lệ phần trăm, phải từ 0% đến 100%.'],
  ])('explains %j in Vietnamese', (rule, values, names, message) => {
    expect(checkRules([rule], values, names).map((v) => v.message)).toEqual([message]);
  });

  it('checks every rule and keeps their order', () => {
    const rules = [
      sumEquals(['partial', 'full'], 'integrated'),
      partLeqTotal('partial', 'total'),
      rateLeq100('onTime'),
      partLeqTotal('total', 'integrated'),
    ];
    expect(checkRules(rules, seed).map((v) => v.rule.kind)).toEqual(['sumEquals', 'partLeqTotal']);
  });

  it('refuses a sum of nothing', () => {
    expect(() => sumEquals([], 'total')).toThrow(RangeError);
  });
});
