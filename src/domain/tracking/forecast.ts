import {
  type IsoDate,
  compareIsoDates,
  daysBetween,
  formatIsoDate,
  parsePeriodCode,
} from '../calendar/index.js';
import type { TargetUnit } from '../targets/index.js';
import { formatDate, formatValue } from './format.js';

/** One actual value of an indicator, as reported: "Tính đến ngày 20/5/2024 … đạt 65%". */
export interface IndicatorValue {
  /** The report period it is reported for: `2024-Q1`, `2024-H1`, `2024`. */
  periodCode: string;
  /** Số liệu tính đến ngày: the date the figure holds as of. */
  asOf: IsoDate;
  value?: number;
  /** With `denominator`, the counts behind a percentage (13/20 → 65 %). */
  numerator?: number;
  denominator?: number;
}

export type ForecastMethod = 'linear' | 'carried';

export interface Forecast {
  /** Rounded to one decimal: it is an estimate, more digits would be false precision. */
  value: number;
  method: ForecastMethod;
  basis: { points: number; from: IsoDate; to: IsoDate };
}

/** A point the forecast is drawn through: a resolved value at its as-of date. */
export interface ForecastPoint {
  asOf: IsoDate;
  value: number;
}

function clampFor(unit: TargetUnit, value: number): number {
  return unit === 'percent' ? Math.min(100, Math.max(0, value)) : value;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Least squares through (day of year, value); the intercept is never needed, only the mean. */
function projectLinear(points: readonly ForecastPoint[], jan1: IsoDate, dec31: IsoDate): number {
  const xs = points.map((p) => daysBetween(jan1, p.asOf));
  const ys = points.map((p) => p.value);
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * ((ys[i] ?? my) - my);
  });
  return my + (sxy / sxx) * (daysBetween(jan1, dec31) - mx);
}

/**
 * The year-end value expected from this year's cumulative values. `linear`: least squares over the
 * values by as-of date, projected to 31/12. `carried`: the latest value as it stands, when there is
 * a single as-of date to go on, or when a value already holds as of year end. Percentages are
 * clamped to [0, 100]. A later value for the same as-of date replaces an earlier one (a correction).
 */
export function forecastYearEnd(
  points: readonly ForecastPoint[],
  year: number,
  unit: TargetUnit,
): Forecast | null {
  const byDate = new Map<IsoDate, number>();
  for (const p of points) byDate.set(p.asOf, p.value);
  const sorted = [...byDate].map(([asOf, value]) => ({ asOf, value }));
  sorted.sort((a, b) => compareIsoDates(a.asOf, b.asOf));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return null;
  const jan1 = formatIsoDate({ year, month: 1, day: 1 });
  const dec31 = formatIsoDate({ year, month: 12, day: 31 });
  const basis = { points: sorted.length, from: first.asOf, to: last.asOf };
  if (sorted.length === 1 || compareIsoDates(last.asOf, dec31) >= 0) {
    return {
      value: round1(clampFor(unit, last.value)),
      method: 'carried',
      basis: { points: 1, from: last.asOf, to: last.asOf },
    };
  }
  return { value: round1(clampFor(unit, projectLinear(sorted, jan1, dec31))), method: 'linear', basis };
}

/** "Dự báo đến cuối năm 2024 đạt 75% (…)", the wording of the reports. */
export function describeForecast(forecast: Forecast, year: number, unit: TargetUnit): string {
  const how =
    forecast.method === 'carried'
      ? `giữ nguyên số liệu tính đến ngày ${formatDate(forecast.basis.to)}`
      : `theo xu hướng ${forecast.basis.points} số liệu từ ${formatDate(forecast.basis.from)} đến ${formatDate(forecast.basis.to)}`;
  return `Dự báo đến cuối năm ${year} đạt ${formatValue(forecast.value, unit)} (${how})`;
}

/** The year a value belongs to is its period's, not its as-of date's (final figures arrive in January). */
export function yearOfValue(value: IndicatorValue): number {
  return parsePeriodCode(value.periodCode).year;
}
