import type { ChartOption } from '../components/EChart';
import { t } from '../i18n';
import type { StatsBreakdown } from '../api/types';

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatChartNumber = (value: number) => NUMBER.format(value);

/** "66,7%", or the words for "nothing due" when the rate is null. */
export const formatRate = (rate: number | null) =>
  rate === null ? t('overview.rateNone') : `${NUMBER.format(rate)}%`;

/** The standings every assigned task falls in exactly once (they add up to "được giao"). */
export const STANDINGS = ['doneOnTime', 'doneLate', 'inProgress', 'overdue', 'noDeadline'] as const;
export type Standing = (typeof STANDINGS)[number];
export const STANDING_COLORS: Record<Standing, string> = {
  doneOnTime: '#52c41a',
  doneLate: '#fa8c16',
  inProgress: '#1677ff',
  overdue: '#f5222d',
  noDeadline: '#8c8c8c',
};

type BreakdownRow = StatsBreakdown['rows'][number];

/** Horizontal stacked bars, one per unit or domain, largest workload at the top. */
export function breakdownOption(rows: readonly BreakdownRow[]): ChartOption {
  const sorted = [...rows].sort((a, b) => a.assigned - b.assigned);
  return {
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: STANDINGS.map((s) => t(`overview.stat.${s}`)) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => r.label),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: STANDINGS.map((s) => ({
      type: 'bar',
      name: t(`overview.stat.${s}`),
      stack: 'total',
      color: STANDING_COLORS[s],
      barMaxWidth: 28,
      data: sorted.map((r) => r[s]),
    })),
  };
}

/** The rows in the order the chart draws them, so a clicked bar maps back to its row. */
export function breakdownRowsInChartOrder<T extends { assigned: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.assigned - b.assigned);
}

export interface SeriesPoint {
  label: string;
  value: number;
}

/** A bare line for a table cell: no axes, no labels, the last point marked. */
export function sparklineOption(points: readonly SeriesPoint[], target: number | null): ChartOption {
  return {
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, data: points.map((p) => p.label), boundaryGap: false },
    yAxis: {
      type: 'value',
      show: false,
      scale: true,
      min: target === null ? undefined : (v: { min: number }) => Math.min(v.min, target),
      max: target === null ? undefined : (v: { max: number }) => Math.max(v.max, target),
    },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => formatChartNumber(Number(v)) },
    series: [
      {
        type: 'line',
        data: points.map((p) => p.value),
        symbol: 'circle',
        symbolSize: (_v: unknown, params: { dataIndex: number }) =>
          params.dataIndex === points.length - 1 ? 6 : 0,
        lineStyle: { width: 2 },
        color: '#1f5fa8',
        markLine:
          target === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                label: { show: false },
                lineStyle: { type: 'dashed', color: '#fa8c16', width: 1 },
                data: [{ yAxis: target }],
              },
      },
    ],
  };
}

/** Values by period with the target as a dashed line. */
export function valuesOption(
  points: readonly SeriesPoint[],
  target: number | null,
  targetLabel: string,
): ChartOption {
  return {
    grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatChartNumber(Number(v)) },
    legend: { top: 0, data: [t('indicatorDetail.chartValue')] },
    xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      scale: true,
      min: target === null ? undefined : (v: { min: number }) => Math.min(v.min, target),
      max: target === null ? undefined : (v: { max: number }) => Math.max(v.max, target),
    },
    series: [
      {
        type: 'line',
        name: t('indicatorDetail.chartValue'),
        data: points.map((p) => p.value),
        symbolSize: 8,
        color: '#1f5fa8',
        label: { show: true, position: 'top', formatter: (p) => formatChartNumber(Number(p.value)) },
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#fa8c16' },
                label: { formatter: targetLabel, position: 'insideEndTop' },
                data: [{ yAxis: target }],
              },
      },
    ],
  };
}
