import { parsePeriodCode } from '../../domain/calendar';
import { resolveValue } from '../../domain/tracking';
import { ApiError } from '../api/client';
import type { IndicatorDetail, IndicatorValueRow } from '../api/types';

export interface RuleViolation {
  message: string;
}

/** The rule violations of a refused save (400 whose details list them), or null for any other failure. */
export function violationsOf(err: unknown): RuleViolation[] | null {
  if (!(err instanceof ApiError) || err.status !== 400) return null;
  const list = (err.details as { violations?: unknown } | undefined)?.violations;
  if (!Array.isArray(list) || list.length === 0) return null;
  return list.flatMap((v) =>
    v && typeof (v as { message?: unknown }).message === 'string'
      ? [{ message: (v as { message: string }).message }]
      : [],
  );
}

/** The stored value a save would replace: it must be sent back with its version. */
export function existingValue(
  values: readonly IndicatorValueRow[],
  period: string,
  breakdown: string,
): IndicatorValueRow | undefined {
  return values.find((v) => v.periodCode === period && v.breakdown === breakdown.trim());
}

/** The percentage the counts give, as the server will compute it; null until both make sense. */
export function fractionPercent(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
): number | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined)
    return null;
  const { value } = resolveValue({ periodCode: '2000', asOf: '2000-01-01', numerator, denominator });
  return value === null ? null : Math.round(value * 100) / 100;
}

/** The number a chart draws the target at: the value, or the lower bound of a range. */
export function targetLine(detail: Pick<IndicatorDetail, 'annualTargets'>, breakdown = ''): number | null {
  const target = detail.annualTargets.find((a) => a.breakdown === breakdown)?.target;
  if (!target || target.comparator === 'growthGt' || target.comparator === 'growthGte') return null;
  return target.value ?? target.min ?? null;
}

/**
 * How a breakdown is named on screen. '' is the whole indicator, except in a row whose plan wording
 * sets several targets of its own ("100% xã …; 92% điểm phục vụ …"): there it is the first target's
 * subject, so the compiler sees which figure goes where.
 */
export function breakdownLabel(
  detail: Pick<IndicatorDetail, 'annualTargets'>,
  breakdown: string,
  whole: string,
): string {
  if (breakdown !== '') return breakdown;
  const several = detail.annualTargets.some(
    (a) => a.breakdown !== '' && a.origin === 'plan' && a.target.scope === undefined,
  );
  const subject = detail.annualTargets.find((a) => a.breakdown === '')?.target.subject;
  return several && subject ? subject : whole;
}

/** Values of one breakdown in time order, for the chart. */
export function valueSeries(values: readonly IndicatorValueRow[], breakdown = ''): IndicatorValueRow[] {
  const end = (code: string) => {
    try {
      return parsePeriodCode(code).end;
    } catch {
      return code;
    }
  };
  return values
    .filter((v) => v.breakdown === breakdown && v.value !== null)
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || end(a.periodCode).localeCompare(end(b.periodCode)));
}
