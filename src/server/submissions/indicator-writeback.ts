import type { Kysely } from 'kysely';
import {
  compareIsoDates,
  isPeriodCode,
  parsePeriodCode,
  vietnamDateAt,
} from '../../domain/calendar/index.js';
import type { RequestContext } from '../common/context.js';
import type { Database } from '../db/schema.js';
import type { IndicatorService } from '../indicators/indicators.service.js';
import type { LoadedSubmission } from './submission-access.js';
import { SubmissionContextRepository } from './submission-context.repository.js';
import { writesBack } from './submission-view.js';

const context = new SubmissionContextRepository();

/** "Báo cáo quý kỳ Quý II/2024 – Phòng Văn hóa": where a written-back figure came from. */
export function reportSource(regimeName: string, periodLabel: string, unitName: string): string {
  // Most regimes are already named "Báo cáo …"; the source should not say it twice.
  const report = /^báo cáo\b/iu.test(regimeName.trim()) ? regimeName.trim() : `Báo cáo ${regimeName.trim()}`;
  return `${report} kỳ ${periodLabel} – ${unitName}`;
}

const same = (a: number | null | undefined, b: number | null | undefined) => (a ?? null) === (b ?? null);

/**
 * On acceptance, the figures the unit reported become the indicators' tracked values for the
 * period, through the indicators service (its checks and audit), with the report named as source.
 * Acceptance rather than sending: a returned report's figures are the ones being questioned.
 * Written only where the unit leads the indicator, the figure differs from what is tracked, and the
 * period is a calendar period of the indicator's plan year (an ad hoc report has none); the
 * receiver's acceptance stands as confirmation of figures that break a validation rule.
 */
export async function writeBackFigures(
  trx: Kysely<Database>,
  ctx: RequestContext,
  loaded: LoadedSubmission,
  indicators: IndicatorService,
  now: Date,
): Promise<number> {
  const { row, period, regime, units } = loaded;
  if (!isPeriodCode(period.code) || regime.data_form.length === 0) return 0;
  const year = parsePeriodCode(period.code).year;
  const data = row.data;
  const ids = regime.data_form.filter((id) => data[id] !== undefined);
  const [items, tracked] = await Promise.all([
    context.indicators(trx, ids),
    context.trackedValues(trx, ids, period.code),
  ]);
  const today = vietnamDateAt(now);
  const asOf = compareIsoDates(period.cut_off_to, today) < 0 ? period.cut_off_to : today;
  const source = reportSource(regime.name, period.label, units.name(row.org_unit_id));
  let written = 0;
  for (const item of items) {
    const entry = data[item.id];
    if (!entry || !writesBack(item, row.org_unit_id) || item.planYear !== year) continue;
    if (entry.value === undefined && entry.numerator === undefined && entry.denominator === undefined)
      continue;
    const current = tracked.find((t) => t.planItemId === item.id);
    if (
      current &&
      same(current.value, entry.value) &&
      same(current.numerator, entry.numerator) &&
      same(current.denominator, entry.denominator)
    )
      continue;
    await indicators.recordValue(
      trx,
      ctx,
      {
        itemId: item.id,
        period: period.code,
        value: entry.value ?? undefined,
        numerator: entry.numerator ?? undefined,
        denominator: entry.denominator ?? undefined,
        asOf,
        version: current?.version,
        confirmViolations: true,
      },
      { source },
    );
    written += 1;
  }
  return written;
}
