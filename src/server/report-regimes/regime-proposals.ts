import type { Kysely } from 'kysely';
import { buildUnitIndex } from '../../domain/org/unit-matching.js';
import { regimeDeadlineSchema } from '../../domain/plan-import/schema.js';
import type { ParsedReportRegime } from '../../domain/plan-import/types.js';
import { REGIME_FREQUENCIES, type RegimeFrequency, regimeFromParsed } from '../../domain/reporting/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import type { Database } from '../db/schema.js';
import { parseStored } from '../common/stored.js';
import { ReportRegimeRepository } from './report-regimes.repository.js';
import { UnitDirectory } from './unit-directory.js';

const repository = new ReportRegimeRepository();

const isFrequency = (value: string): value is Exclude<RegimeFrequency, 'adHoc'> =>
  value !== 'adHoc' && (REGIME_FREQUENCIES as readonly string[]).includes(value);

/**
 * Turns the regimes a plan's "Tổ chức thực hiện" names into proposed report regimes, for the
 * compiler to complete and issue. The receiving unit is the recipient matched at import, else the
 * agency that issued the plan; the reporting units default to every unit directly under that agency
 * (the receiver itself is left out when the periods are resolved). Content is proposed from the
 * plan and flagged for review. A regime the plan already has, from an "update" re-import or an
 * earlier version of the same plan number, is not proposed twice. Returns how many were proposed.
 */
export async function proposeRegimesFromPlan(
  trx: Kysely<Database>,
  ctx: RequestContext,
  planId: string,
  audit: AuditService,
): Promise<number> {
  const plan = await repository.findPlan(trx, planId);
  if (!plan) return 0;
  const parsedRows = await repository.planRegimes(trx, planId);
  if (parsedRows.length === 0) return 0;
  const units = await UnitDirectory.load(trx);
  const agencyId = plan.agency ? buildUnitIndex(units.units).match(plan.agency).unitId : null;
  // A re-import ("update") or a new version of the same plan keeps the regimes it already has.
  const known = plan.number
    ? await repository.regimeKeysOfPlanNumber(trx, plan.number)
    : new Set((await repository.list(trx, { planId })).map((row) => `${row.frequency}|${row.name}`));
  const planName = plan.number ? `Kế hoạch số ${plan.number}` : `kế hoạch "${plan.title}"`;
  let proposed = 0;
  for (const row of parsedRows) {
    if (!isFrequency(row.frequency) || known.has(`${row.frequency}|${row.name}`)) continue;
    const receivingUnitId = row.recipient_unit_id ?? agencyId;
    // The column needs a receiver; without one the compiler creates the regime by hand.
    if (receivingUnitId === null) continue;
    const department = agencyId ?? units.byId.get(receivingUnitId)?.parentId ?? null;
    const parsed: ParsedReportRegime = {
      name: row.name,
      frequency: row.frequency,
      deadline: parseStored(regimeDeadlineSchema, row.deadline, 'thời hạn báo cáo trong kế hoạch'),
      recipient: row.recipient_raw,
      sourceText: row.source_text ?? '',
    };
    const { regime, warnings } = regimeFromParsed(parsed, {
      receivingUnitId,
      reportingUnits: department ? { childrenOf: department } : [],
      scope: 'internal',
    });
    const content = `Tình hình, kết quả thực hiện các chỉ tiêu, nhiệm vụ của ${planName} trong kỳ báo cáo.`;
    warnings.push('Nội dung yêu cầu và đơn vị thực hiện báo cáo được đề xuất theo kế hoạch; cần kiểm tra.');
    if (row.recipient_unit_id === null)
      warnings.push(
        row.recipient_raw
          ? `Chưa xác định được đơn vị nhận "${row.recipient_raw}"; tạm đề xuất cơ quan ban hành kế hoạch.`
          : 'Văn bản không nêu nơi nhận; tạm đề xuất cơ quan ban hành kế hoạch.',
      );
    const inserted = await repository.insert(trx, {
      plan_id: planId,
      name: regime.name,
      content,
      scope: regime.scope ?? 'internal',
      reporting_units: JSON.stringify(regime.reportingUnits),
      receiving_unit_id: receivingUnitId,
      frequency: regime.frequency,
      period_indexes: regime.periodIndexes === undefined ? null : JSON.stringify(regime.periodIndexes),
      year: plan.year,
      cut_off_rule: JSON.stringify(regime.cutOffRule),
      deadline_rule: JSON.stringify(regime.deadlineRule),
      outline: JSON.stringify(regime.outline),
      data_form: '[]',
      instructions: '',
      status: 'proposed',
      source: JSON.stringify(regime.source ?? null),
      warnings: JSON.stringify(warnings),
      created_by: ctx.actor?.userId ?? null,
    });
    await audit.record(trx, ctx, {
      action: 'propose',
      entityType: 'reportRegime',
      entityId: inserted.id,
      after: { planId, name: inserted.name, frequency: inserted.frequency, warnings },
    });
    proposed += 1;
  }
  return proposed;
}
