import { compareIsoDates, parsePeriodCode, periodLabel } from '../calendar/index.js';
import {
  type Evaluation,
  type ParsedTarget,
  type Target,
  type TargetUnit,
  type Verdict,
  VERDICT_LABELS,
  combineVerdicts,
  evaluationOfVerdict,
  planTargets,
  verdictOf,
} from '../targets/index.js';
import { foldVietnamese } from '../text/fold.js';
import { describeForecast } from './forecast.js';
import { formatValue } from './format.js';
import { type IndicatorYear, assessIndicator, evaluateValue } from './indicator-values.js';

// Turns stored targets and values into what the screens and reports show: Đạt / Chưa đạt, the
// year-end forecast and the series, per breakdown. Pure: the caller loads the values and targets.

export interface StoredValue {
  id: string;
  itemId: string;
  periodCode: string;
  breakdown: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  asOf: string;
  source: string | null;
  enteredBy: string | null;
  enteredByName: string | null;
  version: number;
  updatedAt: Date;
}

export interface ExtraTarget {
  id: string;
  itemId: string;
  periodCode: string;
  breakdown: string;
  target: Target;
}

export interface AnnualTarget {
  breakdown: string;
  target: Target;
  /** 'plan' when read from the plan's wording, 'assigned' when given afterwards as a year target. */
  origin: 'plan' | 'assigned';
}

export interface Latest {
  periodCode: string;
  periodLabel: string;
  value: number;
  asOf: string;
  source: string | null;
}

export interface ForecastView {
  value: number;
  method: 'linear' | 'carried';
  text: string;
}

export interface BreakdownResult {
  breakdown: string;
  target: Target | null;
  latest: Latest | null;
  evaluation: Evaluation | null;
  verdict: Verdict;
  evaluationLabel: string;
  forecast: ForecastView | null;
  summary: string;
  series: { periodCode: string; asOf: string; value: number }[];
}

const SYMBOLS: Partial<Record<Target['comparator'], string>> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
};

export function isGrowth(target: Target): boolean {
  return target.comparator === 'growthGt' || target.comparator === 'growthGte';
}

/** "≥ 75%", "80% – 90%", "tăng ≥ 10%/năm", with the breakdown in brackets. */
export function targetText(target: Target, breakdown = target.scope ?? ''): string {
  let text: string;
  if (target.comparator === 'range') {
    text = `${formatValue(target.min ?? 0, target.unit)} – ${formatValue(target.max ?? 0, target.unit)}`;
  } else if (isGrowth(target)) {
    const symbol = target.comparator === 'growthGt' ? '>' : '≥';
    text = `tăng ${symbol} ${formatValue(target.value ?? 0, 'percent')}${target.period === 'year' ? '/năm' : ''}`;
  } else {
    text = `${SYMBOLS[target.comparator] ?? ''} ${formatValue(target.value ?? 0, target.unit)}`;
  }
  return breakdown === '' ? text : `${text} (${breakdown})`;
}

export function sameBreakdown(a: string, b: string): boolean {
  return foldVietnamese(a) === foldVietnamese(b);
}

/**
 * The year's target per breakdown: every target of the plan's own wording first (domain
 * `planTargets`: none is dropped), then year targets assigned afterwards for the rest.
 */
export function annualTargets(
  year: number,
  parsed: ParsedTarget | null,
  extra: readonly ExtraTarget[],
): AnnualTarget[] {
  const out: AnnualTarget[] = [];
  const add = (breakdown: string, target: Target, origin: AnnualTarget['origin']): void => {
    if (out.some((a) => sameBreakdown(a.breakdown, breakdown))) return;
    out.push({ breakdown, target, origin });
  };
  for (const named of planTargets(parsed)) add(named.breakdown, named.target, 'plan');
  for (const e of extra) if (e.periodCode === String(year)) add(e.breakdown, e.target, 'assigned');
  return out;
}

/** The indicator's unit: the whole indicator's target's, else the first breakdown's. */
export function indicatorUnit(annual: readonly AnnualTarget[]): TargetUnit | null {
  const whole = annual.find((a) => a.breakdown === '') ?? annual[0];
  if (whole === undefined) return null;
  return isGrowth(whole.target) ? null : whole.target.unit;
}

/** A typed breakdown takes the spelling already known for it, so "Xã miền núi" files with "xã miền núi". */
export function canonicalBreakdown(input: string, known: readonly string[]): string {
  const trimmed = input.trim();
  return known.find((k) => sameBreakdown(k, trimmed)) ?? trimmed;
}

/** The label of the domain's one set (VERDICT_LABELS). */
export function evaluationLabel(evaluation: Evaluation | null, hasValue: boolean): string {
  return VERDICT_LABELS[verdictOf(evaluation, hasValue)];
}

/** Oldest as-of date first; of two values as of one date, the one entered later comes later and wins. */
export function orderValues(values: readonly StoredValue[]): StoredValue[] {
  return [...values].sort(
    (a, b) => compareIsoDates(a.asOf, b.asOf) || a.updatedAt.getTime() - b.updatedAt.getTime(),
  );
}

function toLatest(value: StoredValue): Latest | null {
  if (value.value === null) return null;
  return {
    periodCode: value.periodCode,
    periodLabel: periodLabel(parsePeriodCode(value.periodCode)),
    value: value.value,
    asOf: value.asOf,
    source: value.source,
  };
}

function seriesOf(values: readonly StoredValue[], year: number) {
  return orderValues(values)
    .filter((v) => v.value !== null && parsePeriodCode(v.periodCode).year === year)
    .map((v) => ({ periodCode: v.periodCode, asOf: v.asOf, value: v.value ?? 0 }));
}

function asIndicatorYear(year: number, target: Target, values: readonly StoredValue[]): IndicatorYear {
  const ordered = orderValues(values).filter((v) => v.value !== null);
  return {
    year,
    target,
    values: ordered.map((v) => ({ periodCode: v.periodCode, asOf: v.asOf, value: v.value ?? 0 })),
  };
}

/**
 * One breakdown of one year. `previousYear` holds last year's values of the same indicator, which a
 * growth target grows from.
 */
export function assessBreakdown(
  year: number,
  breakdown: string,
  target: Target | null,
  values: readonly StoredValue[],
  previousYear: readonly StoredValue[] = [],
): BreakdownResult {
  const series = seriesOf(values, year);
  const last = series.at(-1);
  const lastStored = last && values.find((v) => v.periodCode === last.periodCode);
  const latest = lastStored ? toLatest(lastStored) : null;
  if (target === null) {
    const verdict = verdictOf(null, latest !== null);
    const label = VERDICT_LABELS[verdict];
    return {
      breakdown,
      target,
      latest,
      evaluation: null,
      verdict,
      evaluationLabel: label,
      forecast: null,
      summary: label,
      series,
    };
  }
  const history = [asIndicatorYear(year, target, values)];
  if (previousYear.length > 0) history.push(asIndicatorYear(year - 1, target, previousYear));
  const assessment = assessIndicator(history, year);
  const unit = isGrowth(target) ? 'count' : target.unit;
  const forecast = assessment.forecast && {
    value: assessment.forecast.value,
    method: assessment.forecast.method,
    text: describeForecast(assessment.forecast, year, unit),
  };
  return {
    breakdown,
    target,
    latest,
    evaluation: assessment.evaluation,
    verdict: verdictOf(assessment.evaluation, latest !== null),
    evaluationLabel: evaluationLabel(assessment.evaluation, latest !== null),
    forecast,
    summary: assessment.sentence,
    series,
  };
}

export interface IndicatorAssessmentView {
  main: BreakdownResult;
  breakdowns: BreakdownResult[];
  evaluation: Evaluation | null;
  verdict: Verdict;
  evaluationLabel: string;
}

/**
 * Every breakdown that has a target or values. The row's verdict combines every target it has (the
 * whole indicator's and each breakdown's): Đạt only when all are met (domain `combineVerdicts`).
 */
export function assessAll(
  year: number,
  annual: readonly AnnualTarget[],
  values: readonly StoredValue[],
  previousYear: readonly StoredValue[] = [],
): IndicatorAssessmentView {
  const names = [...annual.map((a) => a.breakdown)];
  for (const v of values) if (!names.some((n) => sameBreakdown(n, v.breakdown))) names.push(v.breakdown);
  if (!names.includes('')) names.unshift('');
  const results = names.map((name) =>
    assessBreakdown(
      year,
      name,
      annual.find((a) => sameBreakdown(a.breakdown, name))?.target ?? null,
      values.filter((v) => sameBreakdown(v.breakdown, name)),
      previousYear.filter((v) => sameBreakdown(v.breakdown, name)),
    ),
  );
  const main = results.find((r) => r.breakdown === '') ?? results[0];
  if (main === undefined) throw new Error('unreachable: the whole indicator is always assessed');
  const breakdowns = results.filter((r) => r.breakdown !== '');
  const judged = results.filter((r) => r.target !== null);
  const verdict =
    judged.length > 0
      ? combineVerdicts(judged.map((r) => r.verdict))
      : verdictOf(
          null,
          results.some((r) => r.latest !== null),
        );
  return {
    main,
    breakdowns,
    evaluation: evaluationOfVerdict(verdict),
    verdict,
    evaluationLabel: VERDICT_LABELS[verdict],
  };
}

/**
 * The target a single value is judged against: the one assigned to its period if any, else the
 * year's (mid-year figures are judged against the annual target, as the reports do).
 */
export function targetForValue(
  value: StoredValue,
  annual: readonly AnnualTarget[],
  extra: readonly ExtraTarget[],
): Target | null {
  const own = extra.find(
    (e) => e.periodCode === value.periodCode && sameBreakdown(e.breakdown, value.breakdown),
  );
  return own?.target ?? annual.find((a) => sameBreakdown(a.breakdown, value.breakdown))?.target ?? null;
}

export function evaluateSingle(target: Target | null, value: number | null): Evaluation | null {
  if (target === null || value === null || isGrowth(target)) return null;
  return evaluateValue(target, value, null);
}
