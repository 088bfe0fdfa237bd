import { describe, expect, it } from 'vitest';
import type { StatsBreakdown } from '../api/types';
import { breakdownOption, breakdownRowsInChartOrder, sparklineOption } from './charts';

type Row = StatsBreakdown['rows'][number];
const row = (label: string, counts: Partial<Row>): Row => ({
  key: label,
  label,
  assigned: 0,
  due: 0,
  dueDone: 0,
  doneOnTime: 0,
  doneLate: 0,
  inProgress: 0,
  overdue: 0,
  noDeadline: 0,
  cancelled: 0,
  extended: 0,
  doneOnTimeExtended: 0,
  completionRate: null,
  countBasis: 'tasks',
  basisLabel: 'Tính theo nhiệm vụ',
  occurrences: {
    countBasis: 'occurrences',
    basisLabel: 'Tính theo lượt thực hiện',
    assigned: 0,
    due: 0,
    dueDone: 0,
    doneOnTime: 0,
    doneLate: 0,
    inProgress: 0,
    overdue: 0,
    noDeadline: 0,
    cancelled: 0,
    extended: 0,
    doneOnTimeExtended: 0,
    completionRate: null,
  },
  ...counts,
});

describe('chart options', () => {
  it('stacks the five standings per row, the busiest row drawn at the top', () => {
    const rows = [
      row('KHTC', { assigned: 3, doneOnTime: 1, overdue: 2 }),
      row('CNTT-BCVT', { assigned: 6, doneOnTime: 2, doneLate: 1, inProgress: 2, noDeadline: 1 }),
    ];
    const option = breakdownOption(rows);
    expect(option.yAxis).toMatchObject({ data: ['KHTC', 'CNTT-BCVT'] });
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Hoàn thành đúng hạn', [1, 2]],
      ['Hoàn thành trễ hạn', [0, 1]],
      ['Chưa đến hạn (trong hạn)', [0, 2]],
      ['Quá hạn', [2, 0]],
      ['Không thời hạn (thường xuyên)', [0, 1]],
    ]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
    expect(breakdownRowsInChartOrder(rows).map((r) => r.label)).toEqual(['KHTC', 'CNTT-BCVT']);
  });

  it('draws the target of a sparkline as a dashed line only when there is one', () => {
    const points = [
      { label: 'Quý I/2024', value: 40 },
      { label: 'Quý II/2024', value: 62 },
    ];
    const withTarget = sparklineOption(points, 75).series as {
      data: number[];
      markLine?: { data: unknown[] };
    }[];
    expect(withTarget[0]?.data).toEqual([40, 62]);
    expect(withTarget[0]?.markLine?.data).toEqual([{ yAxis: 75 }]);
    const without = sparklineOption(points, null).series as { markLine?: unknown }[];
    expect(without[0]?.markLine).toBeUndefined();
  });
});
