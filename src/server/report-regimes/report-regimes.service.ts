import type { Kysely } from 'kysely';
import { canManageRegime } from '../../domain/access/report-access.js';
import { type WorkingCalendar, vietnamDateAt } from '../../domain/calendar/index.js';
import {
  DEFAULT_OUTLINE,
  ReportingError,
  type ReportRegime,
  type ReportingUnits,
  generatePeriods,
  owingUnitIds,
} from '../../domain/reporting/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { toRegime, yearOfDeadline } from './regime-model.js';
import { proposeRegimesFromPlan } from './regime-proposals.js';
import { type RegimeView, regimeChecks, regimeView } from './regime-view.js';
import { type RegimeChanges, type RegimeRow, ReportRegimeRepository } from './report-regimes.repository.js';
import type { CreateRegimeInput, RegimeListQuery, UpdateRegimeInput } from './report-regimes.schemas.js';
import { regimeReadable } from './regime-read-access.js';
import { UnitDirectory } from './unit-directory.js';

const ENTITY = 'reportRegime';

/** The domain's regime as the columns that store it. */
function columnsOf(regime: ReportRegime, year: number): Required<Omit<RegimeChanges, 'status'>> {
  return {
    name: regime.name,
    content: regime.content,
    scope: regime.scope ?? 'internal',
    reporting_units: JSON.stringify(regime.reportingUnits),
    receiving_unit_id: regime.receivingUnitId,
    frequency: regime.frequency,
    period_indexes: regime.periodIndexes === undefined ? null : JSON.stringify(regime.periodIndexes),
    year,
    cut_off_rule: JSON.stringify(regime.cutOffRule),
    deadline_rule: JSON.stringify(regime.deadlineRule),
    outline: JSON.stringify(regime.outline),
    data_form: JSON.stringify(regime.dataForm),
    instructions: regime.instructions,
    sending_methods: JSON.stringify(regime.sendingMethods ?? []),
  };
}

/**
 * Reporting regimes (chế độ báo cáo): proposed from a plan's "Tổ chức thực hiện" at import,
 * completed and issued by the compiler, or written by hand (ad hoc requests included). Issuing one
 * lays out its periods for the regime's year.
 */
export class ReportRegimeService {
  private readonly repository = new ReportRegimeRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(ctx: RequestContext, query: RegimeListQuery): Promise<{ regimes: RegimeView[] }> {
    requirePermission(ctx, 'reports.read');
    const units = await UnitDirectory.load(this.db);
    let rows = await this.repository.list(this.db, {
      ...(query.planId ? { planId: query.planId } : {}),
      ...(query.status ? { status: query.status } : {}),
    });
    rows = rows.filter((row) => regimeReadable(ctx, row, units));
    if (query.unitId) {
      const unitId = query.unitId;
      rows = rows.filter(
        (row) =>
          row.receiving_unit_id === unitId || owingUnitIds(toRegime(row), null, units.units).includes(unitId),
      );
    }
    return { regimes: await this.views(this.db, rows, units) };
  }

  async get(ctx: RequestContext, id: string, db: Kysely<Database> = this.db): Promise<RegimeView> {
    requirePermission(ctx, 'reports.read');
    const row = await this.find(db, id);
    const units = await UnitDirectory.load(db);
    // Other agencies' regimes are not disclosed: the same 404 as for one that does not exist.
    if (!regimeReadable(ctx, row, units)) throw AppError.notFound('chế độ báo cáo');
    const [view] = await this.views(db, [row], units);
    if (!view) throw AppError.notFound('chế độ báo cáo');
    return view;
  }

  async create(ctx: RequestContext, input: CreateRegimeInput): Promise<RegimeView> {
    requirePermission(ctx, 'reports.manageRegimes');
    const regime: ReportRegime = {
      id: '',
      name: input.name,
      content: input.content ?? '',
      scope: input.scope ?? (input.frequency === 'adHoc' ? 'administrative' : 'internal'),
      reportingUnits: input.reportingUnits,
      receivingUnitId: input.receivingUnitId,
      frequency: input.frequency,
      ...(input.periodIndexes ? { periodIndexes: input.periodIndexes } : {}),
      cutOffRule: input.cutOffRule,
      deadlineRule: input.deadlineRule,
      outline: input.outline ?? DEFAULT_OUTLINE,
      dataForm: input.dataForm ?? [],
      instructions: input.instructions ?? '',
      sendingMethods: input.sendingMethods ?? [],
    };
    const year =
      input.year ?? yearOfDeadline(input.deadlineRule) ?? Number(vietnamDateAt(this.now()).slice(0, 4));
    return this.db.transaction().execute(async (trx) => {
      await this.checkReferences(trx, ctx, regime);
      const row = await this.repository.insert(trx, {
        ...columnsOf(regime, year),
        plan_id: input.planId ?? null,
        status: 'proposed',
        source: null,
        warnings: '[]',
        created_by: ctx.actor?.userId ?? null,
      });
      await this.audit.record(trx, ctx, {
        action: 'create',
        entityType: ENTITY,
        entityId: row.id,
        after: row,
      });
      return this.get(ctx, row.id, trx);
    });
  }

  /** Saves an edit made from the version the caller read; an issued regime must stay complete. */
  async update(ctx: RequestContext, id: string, input: UpdateRegimeInput): Promise<RegimeView> {
    requirePermission(ctx, 'reports.manageRegimes');
    return this.db.transaction().execute(async (trx) => {
      const before = await this.find(trx, id);
      const units = await UnitDirectory.load(trx);
      this.checkManage(ctx, units, before.receiving_unit_id);
      if (before.version !== input.version) throw this.stale();
      const current = toRegime(before);
      const next: ReportRegime = {
        ...current,
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.content === undefined ? {} : { content: input.content }),
        ...(input.scope === undefined ? {} : { scope: input.scope }),
        ...(input.reportingUnits === undefined ? {} : { reportingUnits: input.reportingUnits }),
        ...(input.receivingUnitId === undefined ? {} : { receivingUnitId: input.receivingUnitId }),
        ...(input.frequency === undefined ? {} : { frequency: input.frequency }),
        ...(input.cutOffRule === undefined ? {} : { cutOffRule: input.cutOffRule }),
        ...(input.deadlineRule === undefined ? {} : { deadlineRule: input.deadlineRule }),
        ...(input.outline === undefined ? {} : { outline: input.outline }),
        ...(input.dataForm === undefined ? {} : { dataForm: input.dataForm }),
        ...(input.instructions === undefined ? {} : { instructions: input.instructions }),
        ...(input.sendingMethods === undefined ? {} : { sendingMethods: input.sendingMethods }),
      };
      if (input.periodIndexes !== undefined) {
        if (input.periodIndexes === null) delete next.periodIndexes;
        else next.periodIndexes = input.periodIndexes;
      }
      const year = input.year ?? before.year;
      await this.checkReferences(trx, ctx, next);
      const calendar = await this.calendar.calendar(trx);
      if (before.status === 'active') this.requireComplete(next, year, calendar, units);
      const after = await this.repository.update(trx, id, input.version, columnsOf(next, year), this.now());
      if (!after) throw this.stale();
      if (after.status === 'active') await this.layOutPeriods(trx, after, units, { prune: true });
      await this.audit.record(trx, ctx, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before,
        after,
      });
      return this.get(ctx, id, trx);
    });
  }

  /** Issues the regime: it must be complete; its periods for the regime year are laid out (idempotent). */
  async activate(ctx: RequestContext, id: string) {
    requirePermission(ctx, 'reports.manageRegimes');
    return this.db.transaction().execute(async (trx) => {
      const before = await this.find(trx, id);
      const units = await UnitDirectory.load(trx);
      this.checkManage(ctx, units, before.receiving_unit_id);
      if (before.status === 'archived')
        throw AppError.conflict('Chế độ báo cáo này đã lưu trữ, không ban hành lại được.');
      const calendar = await this.calendar.calendar(trx);
      const { notes } = this.requireComplete(toRegime(before), before.year, calendar, units);
      let row = before;
      if (before.status !== 'active') {
        const updated = await this.repository.update(
          trx,
          id,
          before.version,
          { status: 'active' },
          this.now(),
        );
        if (!updated) throw this.stale();
        row = updated;
      }
      const periodsCreated = await this.layOutPeriods(trx, row, units, { prune: false });
      await this.audit.record(trx, ctx, {
        action: 'activate',
        entityType: ENTITY,
        entityId: id,
        before: { status: before.status },
        after: { status: 'active', year: row.year, periodsCreated, notes },
      });
      return { regime: await this.get(ctx, id, trx), periodsCreated, notes };
    });
  }

  /** Called by the plan import, inside its transaction, once the plan and its regimes are stored. */
  proposeFromPlan(trx: Kysely<Database>, ctx: RequestContext, planId: string): Promise<number> {
    return proposeRegimesFromPlan(trx, ctx, planId, this.audit);
  }

  private async views(db: Kysely<Database>, rows: RegimeRow[], units: UnitDirectory): Promise<RegimeView[]> {
    const calendar = await this.calendar.calendar(db);
    const ids = rows.map((r) => r.id);
    const [counts, indicators] = await Promise.all([
      this.repository.periodCounts(db, ids),
      this.repository.indicators(db, [...new Set(rows.flatMap((r) => r.data_form))]),
    ]);
    const names = new Map(indicators.map((i) => [i.id, i.content]));
    return rows.map((row) => regimeView(row, units, calendar, names, counts.get(row.id) ?? 0));
  }

  /**
   * Recomputes the deadlines of every issued regime's periods with the calendar as it now stands,
   * inside the caller's transaction: a recorded day off moves a "5 working days" deadline.
   */
  async refreshDeadlines(trx: Kysely<Database>): Promise<void> {
    const units = await UnitDirectory.load(trx);
    for (const row of await this.repository.list(trx, { status: 'active' })) {
      if (row.frequency !== 'adHoc') await this.layOutPeriods(trx, row, units, { prune: false });
    }
  }

  private async layOutPeriods(
    trx: Kysely<Database>,
    row: RegimeRow,
    units: UnitDirectory,
    options: { prune: boolean },
  ): Promise<number> {
    const regime = toRegime(row);
    let periods;
    try {
      periods = generatePeriods(regime, row.year, await this.calendar.calendar(trx));
    } catch (error) {
      if (error instanceof ReportingError) throw AppError.validation(error.message);
      throw error;
    }
    // An ad hoc request goes to the units chosen when it is issued, whatever the tree becomes.
    const frozen = regime.frequency === 'adHoc' ? owingUnitIds(regime, null, units.units) : null;
    const created = await this.repository.upsertPeriods(trx, row.id, periods, frozen);
    if (options.prune)
      await this.repository.deleteUnusedPeriods(
        trx,
        row.id,
        periods.map((p) => p.code),
      );
    return created;
  }

  private requireComplete(
    regime: ReportRegime,
    year: number,
    calendar: WorkingCalendar,
    units: UnitDirectory,
  ) {
    const checks = regimeChecks(regime, year, calendar, units);
    if (checks.problems.length > 0)
      throw AppError.validation(`Chế độ báo cáo chưa đủ để ban hành: ${checks.problems.join(' ')}`, {
        problems: checks.problems,
      });
    return checks;
  }

  /** Units, the receiving unit and the data form's indicators must exist; the caller must manage the receiver. */
  private async checkReferences(trx: Kysely<Database>, ctx: RequestContext, regime: ReportRegime) {
    const units = await UnitDirectory.load(trx);
    if (!units.has(regime.receivingUnitId)) throw AppError.validation('Cơ quan nhận báo cáo không tồn tại.');
    this.checkManage(ctx, units, regime.receivingUnitId);
    const spec: ReportingUnits = regime.reportingUnits;
    const named = Array.isArray(spec)
      ? (spec as readonly string[])
      : [(spec as { childrenOf: string }).childrenOf];
    const missing = named.filter((id) => !units.has(id));
    if (missing.length > 0)
      throw AppError.validation(`Không tìm thấy ${missing.length} đơn vị thực hiện báo cáo đã chọn.`, {
        missing,
      });
    const found = new Set((await this.repository.indicators(trx, regime.dataForm)).map((i) => i.id));
    const unknown = regime.dataForm.filter((id) => !found.has(id));
    if (unknown.length > 0)
      throw AppError.validation(
        `Biểu mẫu số liệu có ${unknown.length} mục không phải chỉ tiêu của kế hoạch nào.`,
        { unknown },
      );
  }

  private checkManage(ctx: RequestContext, units: UnitDirectory, receivingUnitId: string): void {
    if (ctx.system) return;
    const actor = requireActor(ctx);
    const allowed = canManageRegime(actor, {
      receivingChain: units.chain(receivingUnitId),
      actorChain: units.chain(actor.orgUnitId),
    });
    if (!allowed)
      throw AppError.forbidden('Bạn chỉ quản lý được chế độ báo cáo gửi về cơ quan, đơn vị của mình.');
  }

  private async find(db: Kysely<Database>, id: string): Promise<RegimeRow> {
    const row = await this.repository.find(db, id);
    if (!row) throw AppError.notFound('chế độ báo cáo');
    return row;
  }

  private stale(): AppError {
    return AppError.conflict('Chế độ báo cáo vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.');
  }
}
