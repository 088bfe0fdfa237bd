import type { Evaluation, EvaluationContext, Target } from './types';

// Actual values are often computed (ratios of counts), so 59.99999999 must still meet "đạt 60%".
const EPSILON = 1e-9;

function required(value: number | undefined, what: string): number {
  if (value === undefined || !Number.isFinite(value)) throw new RangeError(`target has no ${what}`);
  return value;
}

/** Growth over the previous period, in percent. */
function growthRate(actual: number, context: EvaluationContext | undefined): number {
  const previous = context?.previous;
  if (previous === undefined || !Number.isFinite(previous) || previous <= 0) {
    throw new RangeError('a growth target needs a positive previous value');
  }
  return ((actual - previous) / previous) * 100;
}

/**
 * Đạt / chưa đạt. Comparison is purely numeric; a rank target already carries the comparator
 * that makes a smaller rank better ("top 20" is lte 20).
 */
export function evaluateTarget(target: Target, actual: number, context?: EvaluationContext): Evaluation {
  if (!Number.isFinite(actual)) throw new RangeError(`actual value must be a finite number, got ${actual}`);
  const met = (ok: boolean): Evaluation => (ok ? 'met' : 'notMet');
  switch (target.comparator) {
    case 'gte':
      return met(actual >= required(target.value, 'value') - EPSILON);
    case 'gt':
      return met(actual > required(target.value, 'value') + EPSILON);
    case 'lte':
      return met(actual <= required(target.value, 'value') + EPSILON);
    case 'lt':
      return met(actual < required(target.value, 'value') - EPSILON);
    case 'eq':
      return met(Math.abs(actual - required(target.value, 'value')) <= EPSILON);
    case 'range':
      return met(
        actual >= required(target.min, 'min') - EPSILON && actual <= required(target.max, 'max') + EPSILON,
      );
    case 'growthGt':
      return met(growthRate(actual, context) > required(target.value, 'value') + EPSILON);
    case 'growthGte':
      return met(growthRate(actual, context) >= required(target.value, 'value') - EPSILON);
  }
}
