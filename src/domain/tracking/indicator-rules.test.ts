import { describe, expect, it } from 'vitest';
import {
  type StoredRule,
  buildRule,
  involves,
  keysOf,
  labelFor,
  parseKey,
  ruleValues,
  ruleView,
  valueKey,
  violationsByPeriod,
} from './indicator-rules.js';
import type { StoredValue } from './indicator-assessment.js';
import { partLeqTotal, rateLeq100, sumEquals, type ValidationRule } from './validation-rules.js';

describe('rule keys', () => {
  it.each<[string, string, string]>([
    ['item', '', 'item'],
    ['item', 'xã miền núi', 'item#xã miền núi'],
  ])('%s + "%s" ⇄ %s', (itemId, breakdown, key) => {
    expect(valueKey(itemId, breakdown)).toBe(key);
    expect(parseKey(key)).toEqual({ itemId, breakdown });
  });

  it('trims both halves of a typed key', () => {
    expect(parseKey(' item # xã ')).toEqual({ itemId: 'item', breakdown: 'xã' });
  });

  it.each<[ValidationRule, string[]]>([
    [partLeqTotal('a', 't'), ['a', 't']],
    [sumEquals(['a', 'b#x'], 't'), ['a', 'b#x', 't']],
    [rateLeq100('r'), ['r']],
  ])('keysOf %o', (rule, keys) => {
    expect(keysOf(rule)).toEqual(keys);
    expect(involves(rule, parseKey(keys[0] ?? '').itemId)).toBe(true);
    expect(involves(rule, 'other')).toBe(false);
  });
});

describe('buildRule', () => {
  it.each<[ValidationRule['kind'], string[], string | undefined, ValidationRule]>([
    ['partLeqTotal', ['a'], 't', partLeqTotal('a', 't')],
    ['sumEquals', ['a', 'b'], 't', sumEquals(['a', 'b'], 't')],
    ['rateLeq100', ['r'], undefined, rateLeq100('r')],
  ])('builds %s from %o and %s', (kind, parts, total, rule) => {
    expect(buildRule(kind, parts, total)).toEqual({ rule });
  });

  it.each<[ValidationRule['kind'], string[], string | undefined, RegExp]>([
    ['partLeqTotal', ['a', 'b'], 't', /đúng một thành phần/],
    ['partLeqTotal', ['a'], undefined, /đúng một thành phần/],
    ['sumEquals', ['a', 'b'], undefined, /cần có tổng/],
    ['rateLeq100', ['r'], 't', /không có tổng/],
    ['rateLeq100', ['r', 's'], undefined, /đúng một số liệu/],
    ['sumEquals', ['a', 'a'], 't', /hai lần/],
    ['partLeqTotal', ['a'], 'a', /hai lần/],
  ])('refuses %s from %o and %s in Vietnamese', (kind, parts, total, refusal) => {
    const built = buildRule(kind, parts, total);
    expect('refusal' in built && built.refusal).toMatch(refusal);
  });
});

describe('labelFor', () => {
  it.each<[string, string, string]>([
    ['Số điểm phục vụ', '', 'Số điểm phục vụ'],
    ['Số điểm phục vụ', 'xã miền núi', 'Số điểm phục vụ – xã miền núi'],
    ['x'.repeat(100), '', `${'x'.repeat(79)}…`],
  ])('%s / %s', (content, breakdown, label) => {
    expect(labelFor(content, breakdown)).toBe(label);
  });
});

function stored(periodCode: string, itemId: string, value: number | null, breakdown = ''): StoredValue {
  return {
    id: `${periodCode}-${itemId}-${breakdown}`,
    itemId,
    periodCode,
    breakdown,
    value,
    numerator: null,
    denominator: null,
    asOf: '2024-06-30',
    source: null,
    enteredBy: null,
    enteredByName: null,
    version: 1,
    updatedAt: new Date('2024-07-01T00:00:00Z'),
  };
}

describe('violationsByPeriod (seed 001: 647 + 912 of 1.348)', () => {
  const rule: StoredRule = {
    id: 'r1',
    planId: 'p1',
    rule: sumEquals(['tt', 'bc'], 'total'),
    description: '',
    createdAt: new Date('2024-01-01T00:00:00Z'),
  };
  const labels = { tt: 'Truyền thanh', bc: 'Bưu chính', total: 'Tổng' };
  it.each<[string, StoredValue[], string[]]>([
    [
      'the figures of seed 001 do not add up',
      [stored('2024-H1', 'tt', 647), stored('2024-H1', 'bc', 912), stored('2024-H1', 'total', 1348)],
      ['2024-H1'],
    ],
    [
      'figures that add up',
      [stored('2024-H1', 'tt', 436), stored('2024-H1', 'bc', 912), stored('2024-H1', 'total', 1348)],
      [],
    ],
    [
      'each period is checked on its own figures',
      [
        stored('2024-Q1', 'tt', 1),
        stored('2024-Q1', 'bc', 1),
        stored('2024-Q1', 'total', 2),
        stored('2024-Q2', 'tt', 1),
        stored('2024-Q2', 'bc', 1),
        stored('2024-Q2', 'total', 3),
      ],
      ['2024-Q2'],
    ],
  ])('%s', (_, values, periods) => {
    expect(violationsByPeriod([rule], values, labels).map((v) => v.periodCode)).toEqual(periods);
  });

  it('has nothing to check without rules', () => {
    expect(violationsByPeriod([], [stored('2024', 'tt', 1)], labels)).toEqual([]);
  });

  it('keys values of breakdowns apart', () => {
    expect(ruleValues([stored('2024', 'a', 1), stored('2024', 'a', 2, 'xã')])).toEqual({ a: 1, 'a#xã': 2 });
  });

  it('shows every kind as parts and total', () => {
    expect(ruleView(rule)).toMatchObject({ kind: 'sumEquals', parts: ['tt', 'bc'], total: 'total' });
    expect(ruleView({ ...rule, rule: rateLeq100('r') })).toMatchObject({ parts: ['r'], total: null });
  });
});
