import type { Kysely } from 'kysely';
import { type ReportPermissions, reportPermissions } from '../../domain/access/report-access.js';
import { requireActor, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { owingUnitIds } from '../../domain/reporting/index.js';
import { toRegime } from '../report-regimes/regime-model.js';
import {
  type PeriodRow,
  type RegimeRow,
  ReportRegimeRepository,
} from '../report-regimes/report-regimes.repository.js';
import { UnitDirectory } from '../report-regimes/unit-directory.js';
import { type SubmissionRow, SubmissionRepository } from './submissions.repository.js';

export interface LoadedSubmission {
  row: SubmissionRow;
  period: PeriodRow;
  regime: RegimeRow;
  units: UnitDirectory;
  permissions: ReportPermissions;
}

const ALL: ReportPermissions = { canRead: true, canDraft: true, canSubmit: true, canReview: true };

export const REFUSALS = {
  read: 'Báo cáo này không thuộc đơn vị của bạn nên bạn không xem được.',
  draft: 'Chỉ cán bộ của đơn vị phải báo cáo mới soạn được báo cáo này.',
  submit: 'Chỉ trưởng đơn vị phải báo cáo mới gửi được báo cáo.',
  review: 'Chỉ bộ phận tổng hợp của cơ quan nhận báo cáo mới trả lại, tiếp nhận hoặc mở khóa được báo cáo.',
} as const;

/** Reads a submission with its period, regime and the caller's rights on it (domain/access/report-access.ts). */
export class SubmissionLoader {
  private readonly submissions = new SubmissionRepository();
  private readonly regimes = new ReportRegimeRepository();

  permissions(ctx: RequestContext, units: UnitDirectory, unitId: string, receivingUnitId: string) {
    if (ctx.system) return ALL;
    const actor = requireActor(ctx);
    return reportPermissions(actor, units.reportUnits(actor, unitId, receivingUnitId));
  }

  async load(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<LoadedSubmission> {
    const row = await this.submissions.find(db, id);
    if (!row) throw AppError.notFound('báo cáo');
    const { period, regime } = await this.periodAndRegime(db, row.period_id);
    const units = await UnitDirectory.load(db);
    const permissions = this.permissions(ctx, units, row.org_unit_id, regime.receiving_unit_id);
    if (!permissions.canRead) throw AppError.forbidden(REFUSALS.read);
    return { row, period, regime, units, permissions };
  }

  /**
   * The unit's submission for the period, created as an empty draft the first time anyone who may
   * read it asks: a unit that owes a report always has one to open.
   */
  async lookup(
    db: Kysely<Database>,
    ctx: RequestContext,
    periodId: string,
    unitId: string,
    at: Date,
  ): Promise<LoadedSubmission> {
    const { period, regime } = await this.periodAndRegime(db, periodId);
    const units = await UnitDirectory.load(db);
    if (!units.has(unitId)) throw AppError.notFound('đơn vị');
    if (!owingUnitIds(toRegime(regime), period.unit_ids, units.units).includes(unitId))
      throw AppError.notFound(
        `báo cáo ${period.label} của ${units.name(unitId)} (đơn vị không phải báo cáo kỳ này)`,
      );
    const permissions = this.permissions(ctx, units, unitId, regime.receiving_unit_id);
    if (!permissions.canRead) throw AppError.forbidden(REFUSALS.read);
    const row = await this.submissions.ensure(db, periodId, unitId, ctx.actor?.userId ?? null, at);
    return { row, period, regime, units, permissions };
  }

  private async periodAndRegime(db: Kysely<Database>, periodId: string) {
    const period = await this.regimes.findPeriod(db, periodId);
    if (!period) throw AppError.notFound('kỳ báo cáo');
    const regime = await this.regimes.find(db, period.regime_id);
    if (!regime) throw AppError.notFound('chế độ báo cáo');
    if (regime.status !== 'active')
      throw AppError.conflict('Chế độ báo cáo này chưa được ban hành hoặc đã lưu trữ.');
    return { period, regime };
  }
}
