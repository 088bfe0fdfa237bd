import type { z } from 'zod';
import type { WorkingCalendar } from '../../domain/calendar/index.js';
import { type ReportRegime, describeDeadline, validateRegime } from '../../domain/reporting/index.js';
import { owingUnitIds } from '../../domain/reporting/index.js';
import { toRegime } from './regime-model.js';
import type { RegimeRow } from './report-regimes.repository.js';
import type { regimeSchema } from './report-regimes.schemas.js';
import type { UnitDirectory } from './unit-directory.js';

export type RegimeView = z.infer<typeof regimeSchema>;

export interface RegimeChecks {
  /** What must be fixed before the regime is issued. */
  problems: string[];
  /** What the reviewer should know but may accept. */
  notes: string[];
}

/**
 * Problems that block issuing the regime, and notes that do not. Deadlines that leave no working
 * day after the data window (Điều 8 khoản 5) block administrative and statistical regimes; Nghị
 * định 09 does not govern an agency's internal reporting (regulations.md §1.1), so there the
 * agency's own dates stand — seed 003's annual report is due 15/11 for a window closing 14/12 —
 * and the clash is shown as a note.
 */
export function regimeChecks(
  regime: ReportRegime,
  year: number,
  calendar: WorkingCalendar,
  units: UnitDirectory,
): RegimeChecks {
  const structural = validateRegime(regime);
  const withYear = validateRegime(regime, { year, calendar });
  const timing = withYear.filter((problem) => !structural.includes(problem));
  const problems = [...structural];
  const spec = regime.reportingUnits;
  const specified = Array.isArray(spec)
    ? spec.length > 0
    : (spec as { childrenOf: string }).childrenOf !== '';
  if (specified && owingUnitIds(regime, null, units.units).length === 0)
    problems.push(
      'Không có đơn vị nào phải thực hiện báo cáo (đơn vị được chọn không có đơn vị trực thuộc).',
    );
  if (regime.scope === 'internal') return { problems, notes: timing };
  return { problems: [...problems, ...timing], notes: [] };
}

export function regimeView(
  row: RegimeRow,
  units: UnitDirectory,
  calendar: WorkingCalendar,
  indicators: ReadonlyMap<string, string>,
  periodCount: number,
): RegimeView {
  const regime = toRegime(row);
  const { problems, notes } = regimeChecks(regime, row.year, calendar, units);
  let deadlineText: string | null;
  try {
    deadlineText = describeDeadline(regime.deadlineRule);
  } catch {
    deadlineText = null;
  }
  return {
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    content: row.content,
    scope: row.scope,
    reportingUnits: regime.reportingUnits,
    receivingUnit: units.ref(row.receiving_unit_id),
    units: owingUnitIds(regime, null, units.units).map((id) => units.ref(id)),
    frequency: regime.frequency,
    periodIndexes: row.period_indexes,
    year: row.year,
    cutOffRule: regime.cutOffRule,
    deadlineRule: regime.deadlineRule,
    deadlineText,
    outline: [...regime.outline],
    dataForm: regime.dataForm.map((id) => ({ id, content: indicators.get(id) ?? 'Chỉ tiêu đã bị xóa' })),
    instructions: row.instructions,
    sendingMethods: row.sending_methods,
    status: row.status,
    source: regime.source ?? null,
    warnings: row.warnings,
    problems,
    notes,
    periodCount,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
