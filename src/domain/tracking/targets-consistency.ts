import {
  type PeriodKind,
  type ReportPeriod,
  compareIsoDates,
  isPeriodCode,
  parsePeriodCode,
  periodLabel,
  periodsInYear,
} from '../calendar/index.js';
import type { Comparator, Target } from '../targets/index.js';
import { formatNumber, formatValue } from './format.js';

/**
 * How period figures make up the year's: `cumulative` (a rate or stock that builds up, the Q4
 * figure is the year's), `additive` (counts per period that add up to the year's), `average`
 * (the year's figure is the mean of equal periods).
 */
export type Aggregation = 'cumulative' | 'additive' | 'average';

export interface TargetPlan {
  annual: Target;
  periods: readonly { periodCode: string; target: Target }[];
  aggregation: Aggregation;
}

export type TargetProblemCode =
  | 'invalidPeriod'
  | 'duplicatePeriod'
  | 'mixedYears'
  | 'unitMismatch'
  | 'comparatorMismatch'
  | 'exceedsAnnual'
  | 'notMonotonic'
  | 'yearEndMismatch'
  | 'sumMismatch'
  | 'sumExceeds'
  | 'averageMismatch';

export interface TargetProblem {
  code: TargetProblemCode;
  periodCode: string | null;
  /** Vietnamese, for the user. */
  message: string;
}

type Direction = 'up' | 'down' | 'exact' | 'range' | 'growth';

const DIRECTIONS: Record<Comparator, Direction> = {
  gte: 'up',
  gt: 'up',
  lte: 'down',
  lt: 'down',
  eq: 'exact',
  range: 'range',
  growthGt: 'growth',
  growthGte: 'growth',
};

const EPSILON = 1e-9;

interface Entry {
  period: ReportPeriod;
  value: number;
  label: string;
}

/** Kinds that tile their parent; weeks straddle years and nine months tile nothing. */
const CHILD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half'];
const KIND_NAMES: Partial<Record<PeriodKind, string>> = {
  month: 'các tháng',
  quarter: 'các quý',
  half: 'hai kỳ 6 tháng',
};

function contains(parent: ReportPeriod, child: ReportPeriod): boolean {
  return compareIsoDates(parent.start, child.start) <= 0 && compareIsoDates(child.end, parent.end) <= 0;
}

/** Whether the periods, which are consecutive, cover exactly the parent (halves do not tile nine months). */
function tiles(parent: ReportPeriod, periods: readonly ReportPeriod[]): boolean {
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined || last.kind === parent.kind) return false;
  return first.start === parent.start && last.end === parent.end;
}

function checkCumulative(
  annual: Entry,
  entries: Entry[],
  direction: Direction,
  unit: string,
): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const show = (e: Entry): string => `${e.label} (${formatValue(e.value, unit)})`;
  const stricter = (a: number, b: number): boolean =>
    direction === 'up' ? a > b + EPSILON : a < b - EPSILON;
  const sorted = [...entries].sort((a, b) => compareIsoDates(a.period.end, b.period.end));
  sorted.forEach((e, i) => {
    const code = e.period.code;
    if (e.period.end === annual.period.end && Math.abs(e.value - annual.value) > EPSILON) {
      const message = `Chỉ tiêu ${show(e)} là chỉ tiêu đến cuối năm nên phải bằng chỉ tiêu cả năm (${formatValue(annual.value, unit)}).`;
      problems.push({ code: 'yearEndMismatch', periodCode: code, message });
    } else if ((direction === 'up' || direction === 'down') && stricter(e.value, annual.value)) {
      const word = direction === 'up' ? 'cao hơn' : 'thấp hơn';
      const message = `Chỉ tiêu ${show(e)} ${word} chỉ tiêu cả năm (${formatValue(annual.value, unit)}).`;
      problems.push({ code: 'exceedsAnnual', periodCode: code, message });
    }
    const before = sorted[i - 1];
    if (before === undefined || (direction !== 'up' && direction !== 'down')) return;
    const sameEnd = before.period.end === e.period.end;
    if (sameEnd ? Math.abs(before.value - e.value) > EPSILON : stricter(before.value, e.value)) {
      const message = sameEnd
        ? `Chỉ tiêu ${show(before)} và ${show(e)} cùng thời điểm nhưng khác nhau.`
        : `Chỉ tiêu ${show(e)} không được ${direction === 'up' ? 'thấp hơn' : 'cao hơn'} kỳ trước ${show(before)} vì số liệu được cộng dồn.`;
      problems.push({ code: 'notMonotonic', periodCode: code, message });
    }
  });
  return problems;
}

function checkParts(
  plan: TargetPlan,
  annual: Entry,
  entries: Entry[],
  direction: Direction,
): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const unit = plan.annual.unit;
  // A "year" period target is the annual one again; it is compared with it directly instead.
  for (const parent of [annual, ...entries.filter((e) => e.period.kind !== 'year')]) {
    for (const kind of CHILD_KINDS) {
      const expected = periodsInYear(kind, parent.period.year).filter((p) => contains(parent.period, p));
      if (!tiles(parent.period, expected)) continue;
      const children = entries.filter((e) => e.period.kind === kind && contains(parent.period, e.period));
      if (children.length === 0) continue;
      const sum = children.reduce((total, c) => total + c.value, 0);
      const parts = `${children.map((c) => formatNumber(c.value)).join(' + ')} = ${formatNumber(sum)}`;
      const whole = `chỉ tiêu ${parent.label} (${formatValue(parent.value, unit)})`;
      const name = KIND_NAMES[kind] ?? kind;
      const complete = children.length === expected.length;
      const code = parent === annual ? null : parent.period.code;
      if (plan.aggregation === 'additive' && complete && Math.abs(sum - parent.value) > EPSILON) {
        const message = `Tổng chỉ tiêu ${name} (${parts}) khác ${whole}.`;
        problems.push({ code: 'sumMismatch', periodCode: code, message });
      } else if (
        plan.aggregation === 'additive' &&
        !complete &&
        direction !== 'down' &&
        sum > parent.value + EPSILON
      ) {
        const message = `Tổng chỉ tiêu ${name} đã giao (${parts}) vượt ${whole}.`;
        problems.push({ code: 'sumExceeds', periodCode: code, message });
      } else if (
        plan.aggregation === 'average' &&
        complete &&
        Math.abs(sum / children.length - parent.value) > EPSILON
      ) {
        const mean = formatNumber(sum / children.length);
        const message = `Trung bình chỉ tiêu ${name} (${mean}) khác ${whole}.`;
        problems.push({ code: 'averageMismatch', periodCode: code, message });
      }
    }
  }
  return problems;
}

/**
 * Refuses period targets that contradict the annual one. Every plan gets the structural checks
 * (valid, unique, same-year periods with the annual target's unit and direction); the arithmetic
 * needs single-value targets, so range and growth targets get only those.
 */
export function checkTargetPlan(plan: TargetPlan): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const direction = DIRECTIONS[plan.annual.comparator];
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let year: number | null = null;
  for (const { periodCode, target } of plan.periods) {
    if (!isPeriodCode(periodCode) || parsePeriodCode(periodCode).kind === 'week') {
      problems.push({
        code: 'invalidPeriod',
        periodCode,
        message: `Kỳ "${periodCode}" không dùng được để giao chỉ tiêu.`,
      });
      continue;
    }
    const period = parsePeriodCode(periodCode);
    const label = periodLabel(period);
    if (seen.has(period.code)) {
      problems.push({
        code: 'duplicatePeriod',
        periodCode,
        message: `${label} được giao chỉ tiêu nhiều lần.`,
      });
      continue;
    }
    seen.add(period.code);
    year ??= period.year;
    if (period.year !== year) {
      problems.push({
        code: 'mixedYears',
        periodCode,
        message: `${label} không cùng năm với các kỳ khác (${year}).`,
      });
      continue;
    }
    if (target.unit !== plan.annual.unit) {
      problems.push({
        code: 'unitMismatch',
        periodCode,
        message: `Chỉ tiêu ${label} khác đơn vị tính với chỉ tiêu cả năm.`,
      });
      continue;
    }
    if (DIRECTIONS[target.comparator] !== direction) {
      problems.push({
        code: 'comparatorMismatch',
        periodCode,
        message: `Chỉ tiêu ${label} khác kiểu so sánh với chỉ tiêu cả năm.`,
      });
      continue;
    }
    if (target.value !== undefined) entries.push({ period, value: target.value, label });
  }
  const annualValue = plan.annual.value;
  if (year === null || annualValue === undefined || direction === 'range' || direction === 'growth')
    return problems;
  const yearPeriod = parsePeriodCode(String(year));
  const annual: Entry = { period: yearPeriod, value: annualValue, label: 'cả năm' };
  if (plan.aggregation === 'cumulative')
    return [...problems, ...checkCumulative(annual, entries, direction, plan.annual.unit)];
  const wholeYear = entries.find((e) => e.period.kind === 'year');
  if (wholeYear !== undefined && Math.abs(wholeYear.value - annualValue) > EPSILON) {
    const message = `Chỉ tiêu ${wholeYear.label} phải bằng chỉ tiêu cả năm (${formatValue(annualValue, plan.annual.unit)}).`;
    problems.push({ code: 'yearEndMismatch', periodCode: wholeYear.period.code, message });
  }
  return [...problems, ...checkParts(plan, annual, entries, direction)];
}
