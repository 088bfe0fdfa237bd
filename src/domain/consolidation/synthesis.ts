import { type ReportingRates, type SubmissionStatus, reportingRates } from '../reporting/timeliness.js';
import { type Target, type TargetUnit, evaluateTarget } from '../targets/index.js';
import type { UnitRef } from './facts.js';
import type { SubmittedFigure, UnitSubmission } from './submission-text.js';

// The figures of a report built from many units' reports (seed 002), each computed once here: the
// sentences of the body, the summary tables of the appendix, the XLSX of every cell and the checks
// of the compiler's rewording all read an `IndicatorFigures` or a `ReportingFigures`.

/** An indicator of the data form the contributing units fill in. */
export interface FormIndicator {
  id: string;
  content: string;
  domain: string | null;
  unit: TargetUnit | null;
  /** Yes/no ("đã ban hành …") or a figure; inferred from the values when not given. */
  kind?: 'yesNo' | 'numeric';
  /** The plan's target for each unit, with its text ("≥ 50%"): "45/63 Sở đạt". */
  target?: { target: Target; text: string } | null;
}

/** The figure a unit reported, a share computed from its counts when only those were given. */
export function figureValue(figure: SubmittedFigure | undefined): number | null {
  if (!figure) return null;
  if (typeof figure.value === 'number' && Number.isFinite(figure.value)) return figure.value;
  const { numerator, denominator } = figure;
  if (typeof numerator === 'number' && typeof denominator === 'number' && denominator > 0)
    return Math.round((numerator / denominator) * 1000) / 10;
  return null;
}

/** Yes/no when the form says so, or when it sets no unit and every answer is 0 or 1. */
export function indicatorKind(indicator: FormIndicator, values: readonly number[]): 'yesNo' | 'numeric' {
  if (indicator.kind) return indicator.kind;
  if (indicator.unit !== null) return 'numeric';
  return values.length > 0 && values.every((v) => v === 0 || v === 1) ? 'yesNo' : 'numeric';
}

export interface UnitValue {
  unit: UnitRef;
  value: number;
}

export interface IndicatorFigures {
  indicator: FormIndicator;
  kind: 'yesNo' | 'numeric';
  unit: TargetUnit;
  /** Units expected to report. */
  total: number;
  /** In the contributors' order. */
  reported: UnitValue[];
  silent: UnitRef[];
  /** Yes/no indicators: who answered yes, who no. */
  yes: UnitRef[];
  no: UnitRef[];
  /** The sum of counts, the mean of rates (one decimal): the report's "tổng cộng" / "bình quân". */
  aggregate: { kind: 'sum' | 'average'; value: number } | null;
  /** Of the figures given (for yes/no: the yes count and share); null when none was. */
  sum: number | null;
  mean: number | null;
  median: number | null;
  min: UnitValue | null;
  max: UnitValue | null;
  /** The five highest and lowest figures (ties keep the contributors' order). */
  top: UnitValue[];
  bottom: UnitValue[];
  /** Units whose own figure meets the plan's target; null when there is none to judge by. */
  target: { text: string; met: UnitRef[]; notMet: UnitRef[] } | null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const round2 = (v: number) => Math.round(v * 100) / 100;

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : round1(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

function meets(target: Target, value: number): boolean | null {
  try {
    return evaluateTarget(target, value) === 'met';
  } catch {
    // Growth targets need last year's figure, which the data form does not carry.
    return null;
  }
}

/** Every figure of one indicator across the contributing units. */
export function indicatorFigures(
  indicator: FormIndicator,
  contributors: readonly UnitRef[],
  byUnit: ReadonlyMap<string, UnitSubmission>,
): IndicatorFigures {
  const reported: UnitValue[] = [];
  const silent: UnitRef[] = [];
  for (const unit of contributors) {
    const value = figureValue(byUnit.get(unit.id)?.data?.[indicator.id]);
    if (value === null) silent.push(unit);
    else reported.push({ unit, value });
  }
  const kind = indicatorKind(
    indicator,
    reported.map((r) => r.value),
  );
  const unit = indicator.unit ?? 'count';
  const values = reported.map((r) => r.value);
  const sorted = [...values].sort((a, b) => a - b);
  const sum = values.length === 0 ? null : values.reduce((a, v) => a + v, 0);
  const mean = sum === null ? null : (kind === 'yesNo' ? round2 : round1)(sum / values.length);
  const byValue = [...reported].sort((a, b) => b.value - a.value);
  const numeric = kind === 'numeric' && reported.length > 0;
  let target: IndicatorFigures['target'] = null;
  if (indicator.target && kind === 'numeric') {
    const met: UnitRef[] = [];
    const notMet: UnitRef[] = [];
    let judged = true;
    for (const r of reported) {
      const ok = meets(indicator.target.target, r.value);
      if (ok === null) judged = false;
      else (ok ? met : notMet).push(r.unit);
    }
    if (judged) target = { text: indicator.target.text, met, notMet };
  }
  return {
    indicator,
    kind,
    unit,
    total: contributors.length,
    reported,
    silent,
    yes: kind === 'yesNo' ? reported.filter((r) => r.value === 1).map((r) => r.unit) : [],
    no: kind === 'yesNo' ? reported.filter((r) => r.value !== 1).map((r) => r.unit) : [],
    aggregate:
      numeric && sum !== null
        ? unit === 'percent'
          ? { kind: 'average', value: mean ?? 0 }
          : { kind: 'sum', value: sum }
        : null,
    sum,
    mean,
    median: numeric ? median(sorted) : null,
    min: numeric ? (byValue.at(-1) ?? null) : null,
    max: numeric ? (byValue[0] ?? null) : null,
    top: numeric ? byValue.slice(0, 5) : [],
    bottom: numeric ? byValue.slice(-5).reverse() : [],
    target,
  };
}

/** The figures of every indicator of the form, in its order. */
export function formFigures(
  indicators: readonly FormIndicator[],
  contributors: readonly UnitRef[],
  submissions: readonly UnitSubmission[],
): IndicatorFigures[] {
  const byUnit = new Map(submissions.map((s) => [s.unit.id, s]));
  return indicators.map((indicator) => indicatorFigures(indicator, contributors, byUnit));
}

export interface ReportingFigures {
  rates: ReportingRates;
  received: UnitRef[];
  onTime: UnitRef[];
  late: UnitRef[];
  missing: UnitRef[];
}

/**
 * Who sent the period's report, on time or late, and who did not, counted by the one rule of
 * domain/reporting/timeliness.ts (`reportingRates`). A report accepted without a known sending
 * time counts as received and on time; a unit without an accepted report counts as missing.
 */
export function reportingFigures(
  contributors: readonly UnitRef[],
  submissions: readonly UnitSubmission[],
): ReportingFigures {
  const byUnit = new Map(submissions.map((s) => [s.unit.id, s]));
  const rows: { unit: UnitRef; status: SubmissionStatus }[] = contributors.map((unit) => {
    const submission = byUnit.get(unit.id);
    if (!submission) return { unit, status: 'missing' };
    return { unit, status: submission.timeliness === 'late' ? 'late' : 'onTime' };
  });
  const of = (status: SubmissionStatus) => rows.filter((r) => r.status === status).map((r) => r.unit);
  return {
    rates: reportingRates(rows),
    received: rows.filter((r) => r.status === 'onTime' || r.status === 'late').map((r) => r.unit),
    onTime: of('onTime'),
    late: of('late'),
    missing: of('missing'),
  };
}
