import { type IsoDate, parseIsoDate } from '../calendar/index.js';
import type { TargetUnit } from '../targets/index.js';

// Shared by the modules that build Vietnamese sentences, so that every report writes numbers
// and dates the same way: "1.559", "98,9%", "30/6/2025" (the house style of describeTimeframe).

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** "75%", "12", "3,5 tỷ đồng"; a rank is written as a place ("hạng 12"). */
export function formatValue(value: number, unit: TargetUnit): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'count':
      return formatNumber(value);
    case 'rank':
      return `hạng ${formatNumber(value)}`;
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

export function formatDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day}/${month}/${year}`;
}

/**
 * `part / whole` as a percentage rounded half up to `decimals` places. Integer arithmetic on the
 * counts, because 1/8 = 12.5 must round to 13 and floating point sometimes lands a hair below .5.
 */
export function roundedPercent(part: number, whole: number, decimals: 0 | 1): number {
  const scale = decimals === 0 ? 1 : 10;
  return Math.floor((2 * 100 * scale * part + whole) / (2 * whole)) / scale;
}
