import type { IsoDate } from '../../domain/calendar/index.js';
import { systemContext } from '../common/context.js';
import type { Services } from '../services.js';

const ctx = systemContext('demo-seed');

/**
 * A value for each further target of a sample indicator ("…; 92% điểm phục vụ có kết nối Internet",
 * "…; 100% văn bản đi được ký số"), so that the sample rows are judged on every target they have
 * rather than waiting for figures nobody entered.
 */
export async function seedBreakdownValues(
  services: Services,
  planId: string,
  periodCode: string,
  asOf: IsoDate,
): Promise<void> {
  const rows = await services.indicators.list(ctx, { planId });
  for (const [i, row] of rows.entries()) {
    for (const b of row.breakdowns) {
      if (b.latest !== null || b.target === null || !b.target.includes('%')) continue;
      const target = Number(/(\d+(?:[.,]\d+)?)/.exec(b.target)?.[1]?.replace(',', '.') ?? NaN);
      if (!Number.isFinite(target) || target <= 0 || target > 100) continue;
      const value = Math.min(100, Math.round(target * (i % 2 === 0 ? 1 : 0.9)));
      await services.indicators.putValue(ctx, row.id, {
        period: periodCode,
        value,
        asOf,
        breakdown: b.breakdown,
        source: 'Dữ liệu mẫu',
      });
    }
  }
}
