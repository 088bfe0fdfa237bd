import type { Table } from '../../domain/documents/official-document.js';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canActOnUnit, seesWholeOrganisation } from '../../domain/access/permissions.js';
import { type ReportPeriod, periodLabel, vietnamDateAt } from '../../domain/calendar/index.js';
import {
  type ConsistencyIssue,
  type DraftChange,
  DraftEditError,
  type ReportDraft,
  type ReportHeader,
  applyEdits,
  buildDepartmentReport,
  buildUpwardReport,
  upwardDataTables,
  checkConsistency,
  openContradictions,
  refreshDraft,
} from '../../domain/consolidation/index.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import { ancestorChain } from '../../domain/org/tree.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { type RequestContext, requireActor, requirePermission } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { ConsolidationFacts, type Scope, defaultHeader } from './consolidation-facts.js';
import { ConsolidationRepository, type ReportRow } from './consolidation.repository.js';
import type { CreateInput, ListQuery, UpdateInput } from './consolidation.schemas.js';
import {
  DOCX,
  PDF,
  type ReportFile,
  XLSX,
  docxToPdf,
  officeBinary,
  reportDocx,
  reportXlsx,
} from './report-files.js';

export type PdfResult = ReportFile | { unavailable: string };

/**
 * Consolidated reports (tổng hợp): a draft built from the tracked data and the units' accepted
 * reports, which the compiling office edits, refreshes when the data moves on, checks, and
 * downloads as the official document. Every write is versioned and audited.
 */
export class ConsolidationService {
  private readonly repository = new ConsolidationRepository();
  private readonly facts = new ConsolidationFacts();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async build(ctx: RequestContext, input: CreateInput) {
    requirePermission(ctx, 'reports.consolidate');
    const units = await this.facts.units(this.db);
    const unit = this.unitIn(units, input.unitId);
    this.requireUnit(ctx, units, unit);
    if (input.regimeId && !(await this.repository.regimeExists(this.db, input.regimeId)))
      throw AppError.notFound('chế độ báo cáo');
    const scope = {
      ...(await this.scope(unit, units, input.period, input.regimeId ?? null)),
      drafterUnitId: ctx.actor?.orgUnitId ?? null,
    };
    const draft = await this.compile(input.kind, scope);
    const row = await this.db.transaction().execute(async (trx) => {
      const stored = await this.repository.insert(trx, {
        unitId: unit.id,
        periodCode: scope.period.code,
        kind: input.kind,
        regimeId: scope.regimeId,
        draft,
        header: defaultHeader(unit, units),
        userId: ctx.actor?.userId ?? null,
        at: this.now(),
      });
      await this.audit.record(trx, ctx, {
        action: 'create',
        entityType: 'consolidatedReport',
        entityId: stored.id,
        after: {
          unitId: unit.id,
          periodCode: scope.period.code,
          kind: input.kind,
          blocks: draft.blocks.length,
        },
      });
      return stored;
    });
    return this.view(row, units);
  }

  async list(ctx: RequestContext, query: ListQuery) {
    this.requireRead(ctx);
    const units = await this.facts.units(this.db);
    const rows = await this.repository.list(this.db, query);
    return {
      reports: rows.map((row) => this.summary(row, units)),
    };
  }

  async get(ctx: RequestContext, id: string) {
    this.requireRead(ctx);
    return this.view(await this.find(this.db, id), await this.facts.units(this.db));
  }

  async update(ctx: RequestContext, id: string, input: UpdateInput) {
    requirePermission(ctx, 'reports.consolidate');
    const units = await this.facts.units(this.db);
    const row = await this.db.transaction().execute(async (trx) => {
      const before = await this.find(trx, id);
      this.requireVersion(before, input.version);
      let draft = before.draft;
      try {
        draft = applyEdits(draft, input.edits ?? [], () => `text:${randomUUID()}`);
      } catch (error) {
        if (error instanceof DraftEditError) throw AppError.validation(error.message);
        throw error;
      }
      if (input.summary !== undefined) draft = { ...draft, summary: input.summary };
      if (input.recipients !== undefined) draft = { ...draft, recipients: input.recipients };
      const header = mergeHeader(before.header, input.header ?? {});
      return this.save(trx, ctx, before, draft, header, 'update');
    });
    return this.view(row, units);
  }

  /** Rebuilds from today's data; the compiler's edits, order and removals survive. */
  async refresh(
    ctx: RequestContext,
    id: string,
  ): Promise<{ report: ReturnType<ConsolidationService['view']>; changes: DraftChange[] }> {
    requirePermission(ctx, 'reports.consolidate');
    const units = await this.facts.units(this.db);
    const current = await this.find(this.db, id);
    const unit = this.unitIn(units, current.org_unit_id);
    const fresh = await this.compile(
      current.kind,
      await this.scope(unit, units, current.period, current.regime_id),
    );
    let changes: DraftChange[] = [];
    const row = await this.db.transaction().execute(async (trx) => {
      const before = await this.find(trx, id);
      // A save between reading and writing would be overwritten by a refresh built on the old draft.
      this.requireVersion(before, current.version);
      const result = refreshDraft(before.draft, fresh);
      changes = result.changes;
      return this.save(trx, ctx, before, result.draft, before.header, 'refresh');
    });
    return { report: this.view(row, units), changes };
  }

  async checks(ctx: RequestContext, id: string): Promise<{ issues: ConsistencyIssue[] }> {
    this.requireRead(ctx);
    return { issues: await this.issuesOf(await this.find(this.db, id)) };
  }

  async docx(ctx: RequestContext, id: string, acknowledge?: string): Promise<ReportFile> {
    this.requireRead(ctx);
    const { row, name } = await this.named(id);
    await this.release(ctx, row, 'docx', acknowledge);
    return {
      filename: `${name}.docx`,
      contentType: DOCX,
      content: await reportDocx(row.draft, row.header),
    };
  }

  async xlsx(ctx: RequestContext, id: string, acknowledge?: string): Promise<ReportFile> {
    this.requireRead(ctx);
    const { row, name } = await this.named(id);
    await this.release(ctx, row, 'xlsx', acknowledge);
    return {
      filename: `${name} - bảng số liệu.xlsx`,
      contentType: XLSX,
      content: await reportXlsx(row.draft, await this.unitFigures(row)),
    };
  }

  /** Every unit's figure of an upward report, read now: the draft keeps only the aggregates. */
  private async unitFigures(row: ReportRow): Promise<Table[]> {
    if (row.kind !== 'upward') return [];
    const units = await this.facts.units(this.db);
    const scope = await this.scope(this.unitIn(units, row.org_unit_id), units, row.period, row.regime_id);
    return upwardDataTables((await this.facts.upward(this.db, scope)).input);
  }

  /** Only where LibreOffice is installed; otherwise says so rather than failing. */
  async pdf(
    ctx: RequestContext,
    id: string,
    acknowledge?: string,
    env: NodeJS.ProcessEnv = process.env,
  ): Promise<PdfResult> {
    const file = await this.docx(ctx, id, acknowledge);
    const binary = officeBinary(env);
    if (binary === null)
      return {
        unavailable: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản Word (.docx).',
      };
    return {
      filename: file.filename.replace(/\.docx$/, '.pdf'),
      contentType: PDF,
      content: await docxToPdf(binary, file.content),
    };
  }

  /** The checks against today's data, including the figures the compiler's text states. */
  private async issuesOf(row: ReportRow): Promise<ConsistencyIssue[]> {
    const units = await this.facts.units(this.db);
    const scope = await this.scope(this.unitIn(units, row.org_unit_id), units, row.period, row.regime_id);
    const data =
      row.kind === 'department'
        ? (await this.facts.department(this.db, scope)).consistency
        : (await this.facts.upward(this.db, scope)).consistency;
    return checkConsistency(row.draft, data);
  }

  /**
   * A report whose text contradicts its data does not leave without someone saying why: the
   * download answers 409 with the list, or, given a reason, goes out and the reason is audited.
   */
  private async release(
    ctx: RequestContext,
    row: ReportRow,
    format: 'docx' | 'xlsx',
    acknowledge: string | undefined,
  ): Promise<void> {
    const open = openContradictions(await this.issuesOf(row));
    if (open.length === 0) return;
    const contradictions = open.map((issue) => ({
      blockId: issue.blockId,
      location: issue.location,
      measure: issue.figure?.measure ?? '',
      sentence: issue.figure?.sentence ?? issue.message,
      stated: issue.figure?.stated ?? '',
      actual: issue.figure?.actual ?? '',
    }));
    if (acknowledge === undefined)
      throw new AppError(
        'FIGURES_CONTRADICT',
        `Lời văn của báo cáo có ${open.length} số liệu khác với dữ liệu. Hãy sửa lại cho khớp, hoặc xác nhận vẫn tải về và ghi rõ lý do.`,
        { contradictions },
      );
    await this.db.transaction().execute((trx) =>
      this.audit.record(trx, ctx, {
        action: 'consolidatedReport.downloadDespiteContradictions',
        entityType: 'consolidatedReport',
        entityId: row.id,
        after: { format, version: row.version, reason: acknowledge, contradictions },
      }),
    );
  }

  private async compile(kind: 'department' | 'upward', scope: Scope): Promise<ReportDraft> {
    if (kind === 'department')
      return buildDepartmentReport((await this.facts.department(this.db, scope)).input);
    const { input } = await this.facts.upward(this.db, scope);
    if (input.contributors.length === 0)
      throw AppError.validation(
        `Chưa có chế độ báo cáo nào gửi đến ${scope.unit.name} có kỳ ${scope.period.code}, nên chưa có đơn vị nào để tổng hợp.`,
      );
    return buildUpwardReport(input);
  }

  private async scope(
    unit: OrgUnit,
    units: OrgUnit[],
    period: ReportPeriod,
    regimeId: string | null,
  ): Promise<Scope> {
    return {
      unit,
      units,
      period,
      regimeId,
      today: vietnamDateAt(this.now()),
      calendar: await this.calendar.calendar(),
    };
  }

  private async save(
    trx: Kysely<Database>,
    ctx: RequestContext,
    before: ReportRow,
    draft: ReportDraft,
    header: ReportHeader,
    action: 'update' | 'refresh',
  ): Promise<ReportRow> {
    const updated = await this.repository.update(trx, before.id, before.version, {
      draft,
      header,
      userId: ctx.actor?.userId ?? null,
      at: this.now(),
    });
    if (!updated) throw stale(before.version);
    await this.audit.record(trx, ctx, {
      action: action === 'update' ? 'update' : 'consolidatedReport.refresh',
      entityType: 'consolidatedReport',
      entityId: before.id,
      before: { version: before.version, header: before.header },
      after: { version: updated.version, header },
    });
    return updated;
  }

  private requireVersion(row: ReportRow, version: number): void {
    if (row.version !== version) throw stale(row.version);
  }

  private async find(db: Kysely<Database>, id: string): Promise<ReportRow> {
    const row = await this.repository.find(db, id);
    if (!row) throw AppError.notFound('báo cáo tổng hợp');
    return row;
  }

  private async named(id: string) {
    const units = await this.facts.units(this.db);
    const row = await this.find(this.db, id);
    const unit = units.find((u) => u.id === row.org_unit_id);
    const name = `Báo cáo ${periodLabel(row.period)} - ${unit?.shortName ?? unit?.name ?? ''}`.trim();
    return { row, name: name.replace(/[\\/:*?"<>|]/g, '-') };
  }

  private unitIn(units: readonly OrgUnit[], id: string): OrgUnit {
    const unit = units.find((u) => u.id === id);
    if (!unit) throw AppError.notFound('đơn vị');
    return unit;
  }

  private requireUnit(ctx: RequestContext, units: readonly OrgUnit[], unit: OrgUnit): void {
    if (ctx.system) return;
    const actor = requireActor(ctx);
    if (seesWholeOrganisation(actor)) return;
    if (!canActOnUnit(actor, ancestorChain(new Map(units.map((u) => [u.id, u])), unit.id)))
      throw AppError.forbidden('Bạn chỉ tổng hợp được báo cáo của đơn vị mình.');
  }

  private requireRead(ctx: RequestContext): void {
    requirePermission(ctx, 'reports.readConsolidated');
  }

  private view(row: ReportRow, units: readonly OrgUnit[]) {
    return {
      ...this.summary(row, units),
      draft: row.draft,
      header: row.header,
    };
  }

  private summary(row: ReportRow, units: readonly OrgUnit[]) {
    const unit = units.find((u) => u.id === row.org_unit_id);
    return {
      id: row.id,
      unitId: row.org_unit_id,
      unitName: unit?.name ?? '',
      periodCode: row.period_code,
      periodLabel: periodLabel(row.period),
      kind: row.kind,
      regimeId: row.regime_id,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }
}

function stale(current: number): AppError {
  return AppError.conflict(
    'Bản thảo đã được người khác sửa hoặc làm mới; hãy tải lại để xem bản mới nhất rồi sửa tiếp.',
    { currentVersion: current },
  );
}

function mergeHeader(header: ReportHeader, patch: UpdateInput['header'] & object): ReportHeader {
  const next: ReportHeader = { ...header, signature: { ...header.signature } };
  if (patch.parentAgency !== undefined) next.parentAgency = patch.parentAgency || null;
  if (patch.agency !== undefined) next.agency = patch.agency;
  if (patch.number !== undefined) next.number = patch.number || null;
  if (patch.symbol !== undefined) next.symbol = patch.symbol;
  if (patch.place !== undefined) next.place = patch.place;
  if (patch.date !== undefined) next.date = patch.date;
  if (patch.signature !== undefined)
    next.signature = {
      ...(patch.signature.authority ? { authority: patch.signature.authority } : {}),
      title: patch.signature.title,
      name: patch.signature.name,
    };
  return next;
}
