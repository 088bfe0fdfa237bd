import { formatNumber } from './format.js';

/** Rules that tie reported figures to each other, so a report cannot say 647 + 912 of 1.348. */
export type ValidationRule =
  | { kind: 'partLeqTotal'; part: string; total: string }
  | { kind: 'sumEquals'; parts: readonly string[]; total: string }
  | { kind: 'rateLeq100'; key: string };

export function partLeqTotal(partKey: string, totalKey: string): ValidationRule {
  return { kind: 'partLeqTotal', part: partKey, total: totalKey };
}

export function sumEquals(partKeys: readonly string[], totalKey: string): ValidationRule {
  if (partKeys.length === 0) throw new RangeError('sumEquals needs at least one part');
  return { kind: 'sumEquals', parts: [...partKeys], total: totalKey };
}

/** A rate in percent: between 0 and 100. */
export function rateLeq100(key: string): ValidationRule {
  return { kind: 'rateLeq100', key };
}

export interface RuleViolation {
  rule: ValidationRule;
  /** The keys involved, for highlighting the cells. */
  keys: string[];
  /** Vietnamese, for the user. */
  message: string;
}

export type RuleValues = Readonly<Record<string, number | null | undefined>>;

// Figures are often computed (sums of rates, shares), so allow for floating-point noise only.
function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Checks every rule whose figures are all present. A rule with a missing figure is skipped, not
 * failed: a form is filled in over several days, and "missing" is a separate, earlier check.
 */
export function checkRules(
  rules: readonly ValidationRule[],
  values: RuleValues,
  labels: Readonly<Record<string, string>> = {},
): RuleViolation[] {
  const get = (key: string): number | null => {
    const value = values[key];
    return value === undefined || value === null || !Number.isFinite(value) ? null : value;
  };
  const name = (key: string): string => labels[key] ?? key;
  const show = (key: string, value: number): string => `${name(key)} (${formatNumber(value)})`;
  const violations: RuleViolation[] = [];
  for (const rule of rules) {
    switch (rule.kind) {
      case 'partLeqTotal': {
        const part = get(rule.part);
        const total = get(rule.total);
        if (part === null || total === null || !(part > total) || !differs(part, total)) break;
        const message = `${show(rule.part, part)} lớn hơn ${show(rule.total, total)}.`;
        violations.push({ rule, keys: [rule.part, rule.total], message });
        break;
      }
      case 'sumEquals': {
        const numbers = rule.parts.map(get).filter((p): p is number => p !== null);
        const total = get(rule.total);
        if (total === null || numbers.length !== rule.parts.length) break;
        const sum = numbers.reduce((a, b) => a + b, 0);
        if (!differs(sum, total)) break;
        const terms = rule.parts.map((key, i) => show(key, numbers[i] ?? 0)).join(' + ');
        const message = `${terms} = ${formatNumber(sum)}, khác ${show(rule.total, total)}.`;
        violations.push({ rule, keys: [...rule.parts, rule.total], message });
        break;
      }
      case 'rateLeq100': {
        const rate = get(rule.key);
        if (rate === null || (rate >= 0 && (rate <= 100 || !differs(rate, 100)))) break;
        const message = `${show(rule.key, rate)} là tỷ lệ phần trăm, phải từ 0% đến 100%.`;
        violations.push({ rule, keys: [rule.key], message });
        break;
      }
    }
  }
  return violations;
}
