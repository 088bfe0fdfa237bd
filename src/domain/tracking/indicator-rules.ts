import {
  type RuleValues,
  type RuleViolation,
  type ValidationRule,
  checkRules,
  partLeqTotal,
  rateLeq100,
  sumEquals,
} from './validation-rules.js';
import type { StoredValue } from './indicator-assessment.js';

// Validation rules over a plan's indicator figures (647 + 912 ≤ 1.348). Rule keys name a figure of a plan: `<itemId>` for the whole indicator, `<itemId>#<breakdown>`
// for one breakdown of it.

export interface StoredRule {
  id: string;
  planId: string;
  rule: ValidationRule;
  description: string;
  createdAt: Date;
}

export interface RuleKey {
  itemId: string;
  breakdown: string;
}

export function valueKey(itemId: string, breakdown: string): string {
  return breakdown === '' ? itemId : `${itemId}#${breakdown}`;
}

export function parseKey(key: string): RuleKey {
  const at = key.indexOf('#');
  return at < 0
    ? { itemId: key.trim(), breakdown: '' }
    : { itemId: key.slice(0, at).trim(), breakdown: key.slice(at + 1).trim() };
}

export function keysOf(rule: ValidationRule): string[] {
  switch (rule.kind) {
    case 'partLeqTotal':
      return [rule.part, rule.total];
    case 'sumEquals':
      return [...rule.parts, rule.total];
    case 'rateLeq100':
      return [rule.key];
  }
}

/** parts/total as the API shows them, whatever the rule's own field names. */
export function ruleView(stored: StoredRule) {
  const { rule } = stored;
  const parts =
    rule.kind === 'partLeqTotal' ? [rule.part] : rule.kind === 'sumEquals' ? [...rule.parts] : [rule.key];
  const total = rule.kind === 'rateLeq100' ? null : rule.total;
  return {
    id: stored.id,
    planId: stored.planId,
    kind: rule.kind,
    parts,
    total,
    description: stored.description,
    createdAt: stored.createdAt.toISOString(),
  };
}

export function involves(rule: ValidationRule, itemId: string): boolean {
  return keysOf(rule).some((key) => parseKey(key).itemId === itemId);
}

/**
 * Builds the rule from the API's shape (kind, parts, total), or says in Vietnamese why that shape
 * does not fit the kind.
 */
export function buildRule(
  kind: ValidationRule['kind'],
  parts: readonly string[],
  total: string | undefined,
): { rule: ValidationRule } | { refusal: string } {
  const duplicates = [...parts, ...(total === undefined ? [] : [total])];
  if (new Set(duplicates).size !== duplicates.length)
    return { refusal: 'Một số liệu không được xuất hiện hai lần trong cùng quy tắc.' };
  switch (kind) {
    case 'partLeqTotal': {
      const [part] = parts;
      if (parts.length !== 1 || part === undefined || total === undefined)
        return { refusal: 'Quy tắc "thành phần không lớn hơn tổng" cần đúng một thành phần và một tổng.' };
      return { rule: partLeqTotal(part, total) };
    }
    case 'sumEquals':
      if (total === undefined) return { refusal: 'Quy tắc "tổng các thành phần bằng tổng" cần có tổng.' };
      return { rule: sumEquals(parts, total) };
    case 'rateLeq100': {
      const [key] = parts;
      if (parts.length !== 1 || key === undefined || total !== undefined)
        return { refusal: 'Quy tắc "tỷ lệ không quá 100%" áp dụng cho đúng một số liệu, không có tổng.' };
      return { rule: rateLeq100(key) };
    }
  }
}

/** Short names for messages: the measured thing rather than the whole sentence of the plan. */
export function labelFor(content: string, breakdown: string): string {
  const short = content.length > 80 ? `${content.slice(0, 79).trimEnd()}…` : content;
  return breakdown === '' ? short : `${short} – ${breakdown}`;
}

export function ruleValues(
  values: readonly Pick<StoredValue, 'itemId' | 'breakdown' | 'value'>[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const v of values) out[valueKey(v.itemId, v.breakdown)] = v.value;
  return out;
}

export interface PeriodViolation {
  periodCode: string;
  violation: RuleViolation;
}

/** Every rule broken by the figures of one plan, period by period. */
export function violationsByPeriod(
  rules: readonly StoredRule[],
  values: readonly StoredValue[],
  labels: Readonly<Record<string, string>>,
): PeriodViolation[] {
  if (rules.length === 0) return [];
  const periods = [...new Set(values.map((v) => v.periodCode))].sort();
  return periods.flatMap((periodCode) => {
    const figures: RuleValues = ruleValues(values.filter((v) => v.periodCode === periodCode));
    return checkRules(
      rules.map((r) => r.rule),
      figures,
      labels,
    ).map((violation) => ({ periodCode, violation }));
  });
}
