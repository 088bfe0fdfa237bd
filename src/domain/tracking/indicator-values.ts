import { type IsoDate, compareIsoDates, formatIsoDate, parsePeriodCode } from '../calendar/index.js';
import {
  type Evaluation,
  type Target,
  type TargetUnit,
  VERDICT_LABELS,
  evaluateTarget,
  verdictOf,
} from '../targets/index.js';
import {
  type Forecast,
  type IndicatorValue,
  describeForecast,
  forecastYearEnd,
  yearOfValue,
} from './forecast.js';
import { formatNumber } from './format.js';

export type ValueIssueCode = 'missing' | 'invalidFraction' | 'fractionMismatch';

export interface ValueIssue {
  code: ValueIssueCode;
  /** Vietnamese, for the user. */
  message: string;
}

export interface ResolvedValue {
  /** Null only when nothing usable was given. */
  value: number | null;
  issues: ValueIssue[];
}

/**
 * Accepts a typed value as the same percentage rounded to a whole number (2/3 typed as "67%"),
 * and no looser: a bigger gap means one of the two figures is wrong.
 */
export const DEFAULT_FRACTION_TOLERANCE = 0.5;

/**
 * The value to use. When the counts are given, the percentage is computed from them and wins over
 * a typed one, which the system must never trust over its own arithmetic; a typed value that
 * disagrees by more than `tolerance` percentage points is reported.
 */
export function resolveValue(input: IndicatorValue, tolerance = DEFAULT_FRACTION_TOLERANCE): ResolvedValue {
  const { value, numerator, denominator } = input;
  if (numerator === undefined && denominator === undefined) {
    if (value === undefined || !Number.isFinite(value)) {
      return { value: null, issues: [{ code: 'missing', message: 'Chưa có số liệu.' }] };
    }
    return { value, issues: [] };
  }
  if (
    numerator === undefined ||
    denominator === undefined ||
    !Number.isFinite(numerator) ||
    !Number.isFinite(denominator) ||
    numerator < 0 ||
    denominator <= 0
  ) {
    const message = 'Tử số và mẫu số phải cùng có, tử số không âm và mẫu số lớn hơn 0.';
    return { value: null, issues: [{ code: 'invalidFraction', message }] };
  }
  const computed = (numerator / denominator) * 100;
  if (value !== undefined && Math.abs(value - computed) > tolerance) {
    const shown = `${formatNumber(numerator)}/${formatNumber(denominator)} = ${formatNumber(computed)}%`;
    const message = `Giá trị nhập (${formatNumber(value)}%) không khớp với tỷ lệ tính từ số liệu (${shown}).`;
    return { value: computed, issues: [{ code: 'fractionMismatch', message }] };
  }
  return { value: computed, issues: [] };
}

/**
 * Đạt / chưa đạt, or null when it cannot be said: a growth target without a positive value to
 * grow from.
 */
export function evaluateValue(target: Target, actual: number, previous: number | null): Evaluation | null {
  if (!isGrowth(target)) return evaluateTarget(target, actual);
  if (previous === null || previous <= 0) return null;
  return evaluateTarget(target, actual, { previous });
}

/** One year of one indicator: each year has its own target (60 % in 2023, 75 % in 2024). */
export interface IndicatorYear {
  year: number;
  target: Target;
  values: readonly IndicatorValue[];
  /**
   * The unit of the values, when it is not the target's: a growth target is in percent while its
   * values are in tỷ đồng. Defaults to the target's unit, or a plain number for growth targets.
   */
  unit?: TargetUnit;
}

function isGrowth(target: Target): boolean {
  return target.comparator === 'growthGt' || target.comparator === 'growthGte';
}

function valueUnit(entry: IndicatorYear): TargetUnit {
  return entry.unit ?? (isGrowth(entry.target) ? 'count' : entry.target.unit);
}

export interface ResolvedPoint {
  periodCode: string;
  asOf: IsoDate;
  value: number;
}

/** The year's usable values, oldest as-of date first. */
function pointsOf(entry: IndicatorYear | undefined): ResolvedPoint[] {
  if (entry === undefined) return [];
  const out: ResolvedPoint[] = [];
  for (const v of entry.values) {
    if (yearOfValue(v) !== entry.year) continue;
    const { value } = resolveValue(v);
    if (value !== null) out.push({ periodCode: v.periodCode, asOf: v.asOf, value });
  }
  // Stable sort: of two values as of one date, the one given later stays later and so wins.
  return out.sort((a, b) => compareIsoDates(a.asOf, b.asOf));
}

/**
 * What a growth target grows from, and what a change is measured against: last year's value for
 * the same period (Q1 against Q1), or last year's latest value when comparing whole years.
 */
function previousValue(previousYear: IndicatorYear | undefined, periodCode: string | null): number | null {
  const points = pointsOf(previousYear);
  const yearEnd = points.at(-1)?.value ?? null;
  if (periodCode === null) return yearEnd;
  const { kind, index } = parsePeriodCode(periodCode);
  if (kind === 'year') return yearEnd;
  const same = points.filter((p) => {
    const period = parsePeriodCode(p.periodCode);
    return period.kind === kind && period.index === index;
  });
  return same.at(-1)?.value ?? null;
}

export interface IndicatorAssessment {
  year: number;
  target: Target;
  latest: ResolvedPoint | null;
  /** The latest value against the annual target, as reports judge it mid-year. */
  evaluation: Evaluation | null;
  /** Null once the year's final figure is in: there is nothing left to forecast. */
  forecast: Forecast | null;
  forecastEvaluation: Evaluation | null;
  /** "Chưa đạt. Dự báo đến cuối năm 2024 đạt 65% (…)". */
  sentence: string;
}

function headline(evaluation: Evaluation | null, hasValue: boolean): string {
  return VERDICT_LABELS[verdictOf(evaluation, hasValue)];
}

function byYear(history: readonly IndicatorYear[], year: number): IndicatorYear | undefined {
  return history.find((h) => h.year === year);
}

export function assessIndicator(history: readonly IndicatorYear[], year: number): IndicatorAssessment {
  const entry = byYear(history, year);
  if (entry === undefined) throw new RangeError(`no target for ${year}`);
  const previousYear = byYear(history, year - 1);
  const points = pointsOf(entry);
  const latest = points.at(-1) ?? null;
  const { target } = entry;
  const evaluation =
    latest === null
      ? null
      : evaluateValue(target, latest.value, previousValue(previousYear, latest.periodCode));
  const final =
    latest !== null && compareIsoDates(latest.asOf, formatIsoDate({ year, month: 12, day: 31 })) >= 0;
  const unit = valueUnit(entry);
  const forecast = final ? null : forecastYearEnd(points, year, unit);
  const forecastEvaluation =
    forecast === null ? null : evaluateValue(target, forecast.value, previousValue(previousYear, null));
  const head = headline(evaluation, latest !== null);
  const sentence = forecast === null ? head : `${head}. ${describeForecast(forecast, year, unit)}`;
  return { year, target, latest, evaluation, forecast, forecastEvaluation, sentence };
}

export interface YearResult {
  year: number;
  target: Target;
  /** The year's latest value: its final figure, or the latest so far for the current year. */
  value: ResolvedPoint | null;
  evaluation: Evaluation | null;
  /**
   * Against the previous year's value for the same period, in the indicator's unit (percentage
   * points for percents).
   */
  change: number | null;
}

/** Year-over-year history of one indicator, oldest first, each year judged by its own target. */
export function yearOverYear(history: readonly IndicatorYear[]): YearResult[] {
  const years = [...history].sort((a, b) => a.year - b.year);
  return years.map((entry) => {
    const value = pointsOf(entry).at(-1) ?? null;
    const previous = previousValue(byYear(history, entry.year - 1), value?.periodCode ?? null);
    return {
      year: entry.year,
      target: entry.target,
      value,
      evaluation: value === null ? null : evaluateValue(entry.target, value.value, previous),
      change: value === null || previous === null ? null : value.value - previous,
    };
  });
}
