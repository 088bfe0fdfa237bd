import { z } from 'zod';
import { planParseResultSchema } from '../../domain/plan-import/schema.js';
import type { Kysely } from 'kysely';
import type { WorkingCalendar } from '../../domain/calendar/index.js';
import type { PlanParseResult } from '../../domain/plan-import/index.js';
import { catalogueProblems, type DomainEntry } from '../../domain/plans/domain-catalogue.js';
import {
  buildImportResult,
  issuerWarning,
  type ItemEdit,
  type PlanImportResult,
} from '../../domain/plans/import-result.js';
import { matchItems } from '../../domain/plans/item-matching.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import { ImportPreviewRepository } from '../common/import-preview.repository.js';
import type { Database } from '../db/schema.js';
import { OrgUnitRepository } from '../org-units/org-units.repository.js';
import type { ReportRegimeService } from '../report-regimes/report-regimes.service.js';
import { PlanRepository } from './plans.repository.js';
import type { CommitImportInput } from './plans.schemas.js';
import { PlanReadAccess } from './plan-read-access.js';
import { readDirectiveDocumentBounded, readPlanDocumentBounded } from './readers/bounded.js';
import type { ReadMode } from './readers/read-worker.js';
import type { Permission } from '../../domain/access/permissions.js';

const storedPreviewSchema = z.object({
  parsed: planParseResultSchema,
  filename: z.string(),
  /** A directive document (numbered items) rather than a plan; plan when absent. */
  mode: z.enum(['plan', 'directive']).optional(),
});
type StoredPreview = z.infer<typeof storedPreviewSchema>;

/** How a caller other than the plan import (task-sources: directives) uses the same preview and commit. */
export interface ImportMode {
  mode: ReadMode;
  permission: Permission;
  /** Runs in the commit's transaction once the document and its items are stored, before occurrences. */
  onStored?: (trx: Kysely<Database>, planId: string) => Promise<void>;
}

const PLAN_MODE: ImportMode = { mode: 'plan', permission: 'plans.import' };

export interface PlanFile {
  buffer: Buffer;
  filename: string;
}

const ENTITY = 'plan';

/** Generates a committed plan's task occurrences: tasks/occurrence-sync.ts, passed in by services.ts. */
export interface PlanOccurrences {
  syncPlan(
    trx: Kysely<Database>,
    plan: { id: string; year: number },
    calendar: WorkingCalendar,
  ): Promise<unknown>;
}

/** Reads a plan and resolves its unit names against the given tree; nothing is stored. */
export async function parsePlanAgainst(
  file: PlanFile,
  units: readonly OrgUnit[],
  today: Date,
): Promise<PlanImportResult> {
  const parsed = await readPlanDocumentBounded(file.buffer, file.filename);
  return buildImportResult(parsed, units, { fallbackYear: today.getFullYear() });
}

export class PlanService {
  private readonly repository = new PlanRepository();
  private readonly access = new PlanReadAccess();
  private readonly units = new OrgUnitRepository();
  private readonly previews: ImportPreviewRepository<StoredPreview>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly today: () => Date,
    private readonly occurrences: PlanOccurrences,
    /** Proposes report regimes from the plan's "Tổ chức thực hiện" (report-regimes/regime-proposals.ts). */
    private readonly regimes?: Pick<ReportRegimeService, 'proposeFromPlan'>,
  ) {
    this.previews = new ImportPreviewRepository(db, 'plan', storedPreviewSchema);
  }

  /** Parses and resolves against the current org tree without writing anything (CLI `plan parse`). */
  async parse(file: PlanFile): Promise<PlanImportResult> {
    return parsePlanAgainst(file, await this.units.listAll(this.db), this.today());
  }

  async preview(ctx: RequestContext, file: PlanFile, as: ImportMode = PLAN_MODE) {
    requirePermission(ctx, as.permission);
    const parsed =
      as.mode === 'directive'
        ? await readDirectiveDocumentBounded(file.buffer, file.filename)
        : await readPlanDocumentBounded(file.buffer, file.filename);
    if (parsed.items.length === 0) {
      throw AppError.validation(
        as.mode === 'directive'
          ? 'Không tìm thấy mục nào được đánh số (1., 2., …) giao nhiệm vụ trong văn bản.'
          : 'Không tìm thấy bảng chỉ tiêu, nhiệm vụ trong tệp (cần các cột Nội dung, Đơn vị chủ trì…).',
        parsed.warnings,
      );
    }
    const result = await this.resolve(this.db, ctx, parsed, []);
    const existing = parsed.document.number
      ? await this.repository.findLatestByNumber(this.db, parsed.document.number)
      : undefined;
    const previewId = await this.previews.save(ctx, { parsed, filename: file.filename, mode: as.mode });
    return {
      previewId,
      existingPlan: existing ? { id: existing.id, version: existing.version, title: existing.title } : null,
      result,
    };
  }

  async commit(
    ctx: RequestContext,
    previewId: string,
    input: CommitImportInput,
    options: { isSample?: boolean; as?: ImportMode } = {},
  ) {
    const as = options.as ?? PLAN_MODE;
    requirePermission(ctx, as.permission);
    const { parsed, filename, mode } = await this.previews.take(ctx, previewId);
    if ((mode ?? 'plan') !== as.mode) throw AppError.notFound('bản xem trước');
    return this.db.transaction().execute(async (trx) => {
      await this.saveUnitMappings(trx, ctx, input.unitMappings ?? {});
      const result = await this.resolve(trx, ctx, parsed, input.edits ?? [], {}, input.domains);
      if (result.issuer.needsConfirmation && input.confirmIssuer !== true) {
        throw AppError.conflict(issuerWarning(result.issuer), {
          reason: 'issuerUnconfirmed',
          issuer: result.issuer,
        });
      }
      const planId = await this.store(trx, ctx, result, {
        mode: input.mode,
        filename,
        isSample: options.isSample ?? false,
      });
      await as.onStored?.(trx, planId);
      const plan = await this.repository.findPlan(trx, planId);
      if (plan) await this.occurrences.syncPlan(trx, plan, await this.calendar.calendar(trx));
      await this.regimes?.proposeFromPlan(trx, ctx, planId);
      await this.previews.discard(trx, previewId);
      return { planId };
    });
  }

  async list(ctx: RequestContext) {
    requirePermission(ctx, 'plans.read');
    const [plans, readable] = await Promise.all([
      this.repository.list(this.db),
      this.access.readable(this.db, ctx),
    ]);
    return readable ? plans.filter((p) => readable.has(p.id)) : plans;
  }

  async get(ctx: RequestContext, id: string) {
    requirePermission(ctx, 'plans.read');
    await this.access.requireReadable(this.db, ctx, id);
    const plan = await this.repository.findPlan(this.db, id);
    if (!plan) throw AppError.notFound('kế hoạch');
    const [items, links, regimes, summary, domains] = await Promise.all([
      this.repository.items(this.db, id),
      this.repository.itemUnits(this.db, id),
      this.repository.regimes(this.db, id),
      this.repository.list(this.db, { id }).then((rows) => rows[0]),
      this.repository.domains(this.db, id),
    ]);
    if (!summary) throw AppError.notFound('kế hoạch');
    const unitsOf = (itemId: string, role: 'lead' | 'coordinator') =>
      links
        .filter((l) => l.plan_item_id === itemId && l.role === role)
        .map((l) => ({ id: l.org_unit_id, code: l.code, name: l.short_name ?? l.name, raw: l.raw_text }));
    return {
      ...summary,
      docType: plan.doc_type,
      parentAgency: plan.parent_agency,
      place: plan.place,
      legalBases: plan.legal_bases,
      regimes: regimes.map((r) => ({
        id: r.id,
        name: r.name,
        frequency: r.frequency,
        deadline: r.deadline,
        recipient: r.recipient_raw,
        recipientUnitId: r.recipient_unit_id,
        status: r.status,
      })),
      domains,
      items: items.map((item) => ({
        id: item.id,
        kind: item.kind,
        part: item.part,
        domain: item.domain,
        domainHeading: item.domain_heading,
        domainIndex: item.domain_index,
        ordinal: item.ordinal,
        subOrdinal: item.sub_ordinal,
        subLabel: item.sub_label,
        content: item.content,
        output: item.output,
        lead: item.lead_raw,
        coordinators: item.coordinators_raw,
        leadUnits: unitsOf(item.id, 'lead'),
        coordinatorUnits: unitsOf(item.id, 'coordinator'),
        timeframe: item.timeframe,
        dueDate: item.due_date,
        target: item.target,
        warnings: item.warnings,
      })),
    };
  }

  /** Re-reads a preview with the compiler's corrections applied, still writing nothing. */
  async review(
    ctx: RequestContext,
    previewId: string,
    input: Omit<CommitImportInput, 'mode'>,
    permission: Permission = 'plans.import',
  ): Promise<PlanImportResult> {
    requirePermission(ctx, permission);
    const { parsed } = await this.previews.take(ctx, previewId);
    return this.resolve(this.db, ctx, parsed, input.edits ?? [], input.unitMappings ?? {}, input.domains);
  }

  private async resolve(
    db: Kysely<Database>,
    ctx: RequestContext | null,
    parsed: PlanParseResult,
    edits: ItemEdit[],
    unitMappings: Record<string, string> = {},
    domains?: DomainEntry[],
  ): Promise<PlanImportResult> {
    if (domains) {
      const problems = catalogueProblems(
        parsed.items.map((i) => i.domain),
        domains,
      );
      if (problems.length > 0) throw AppError.validation('Danh mục lĩnh vực chưa hợp lệ.', problems);
    }
    // Pending mappings act as aliases for this reading only; commit saves them for good.
    const units = (await this.units.listAll(db)).map((unit) => {
      const extra = Object.entries(unitMappings)
        .filter(([, id]) => id === unit.id)
        .map(([raw]) => raw);
      return extra.length ? { ...unit, aliases: [...unit.aliases, ...extra] } : unit;
    });
    return buildImportResult(parsed, units, {
      edits,
      fallbackYear: this.today().getFullYear(),
      importingUnitId: ctx?.actor?.orgUnitId ?? null,
      domains,
    });
  }

  /** A mapping the compiler made becomes an alias, so the next import of the same wording resolves by itself. */
  private async saveUnitMappings(
    trx: Kysely<Database>,
    ctx: RequestContext,
    mappings: Record<string, string>,
  ): Promise<void> {
    for (const [raw, unitId] of Object.entries(mappings)) {
      const before = await this.units.findById(trx, unitId);
      if (!before) throw AppError.validation(`Đơn vị được chọn cho "${raw}" không tồn tại.`);
      if (before.aliases.includes(raw)) continue;
      const after = await this.units.update(trx, unitId, { aliases: [...before.aliases, raw] });
      await this.audit.record(trx, ctx, {
        action: 'alias.add',
        entityType: 'orgUnit',
        entityId: unitId,
        before,
        after,
      });
    }
  }

  private async store(
    trx: Kysely<Database>,
    ctx: RequestContext,
    result: PlanImportResult,
    options: { mode: CommitImportInput['mode']; filename: string; isSample: boolean },
  ): Promise<string> {
    const number = result.document.number;
    const existing = number ? await this.repository.findLatestByNumber(trx, number) : undefined;
    const year = result.planYear.year;
    if (existing && options.mode === 'new') {
      throw AppError.conflict(
        `Kế hoạch số ${number ?? ''} đã có trong hệ thống. Hãy chọn "Cập nhật" hoặc "Phiên bản mới".`,
        {
          existingPlanId: existing.id,
          version: existing.version,
        },
      );
    }
    if (existing && options.mode === 'update') {
      const stored = (await this.repository.items(trx, existing.id)).map((i) => ({
        id: i.id,
        kind: i.kind,
        part: i.part,
        domainIndex: i.domain_index,
        ordinal: i.ordinal,
        subOrdinal: i.sub_ordinal,
        content: i.content,
      }));
      const { pairs, removedIds } = matchItems(stored, result.items);
      await this.repository.deleteItems(trx, removedIds);
      for (const [position, { incoming, storedId }] of pairs.entries()) {
        const itemId = storedId ?? (await this.repository.insertItem(trx, existing.id, incoming, position));
        if (storedId) await this.repository.updateItem(trx, storedId, existing.id, incoming, position);
        await this.repository.setItemUnits(trx, itemId, incoming);
      }
      await this.repository.touchPlan(trx, existing.id, result, options.filename);
      await this.repository.replaceDomains(trx, existing.id, result.domains);
      await this.repository.replaceRegimes(trx, existing.id, result.regimes);
      await this.audit.record(trx, ctx, {
        action: 'import.update',
        entityType: ENTITY,
        entityId: existing.id,
        after: {
          number,
          items: result.items.length,
          updated: pairs.filter((p) => p.storedId).length,
          removed: removedIds.length,
        },
      });
      return existing.id;
    }
    const version = existing ? existing.version + 1 : 1;
    const planId = await this.repository.insertPlan(trx, {
      result,
      version,
      filename: options.filename,
      isSample: options.isSample,
      createdBy: ctx.actor?.userId ?? null,
      year,
    });
    await this.repository.replaceDomains(trx, planId, result.domains);
    for (const [position, item] of result.items.entries()) {
      const itemId = await this.repository.insertItem(trx, planId, item, position);
      await this.repository.setItemUnits(trx, itemId, item);
    }
    await this.repository.replaceRegimes(trx, planId, result.regimes);
    if (existing) await this.repository.setStatus(trx, existing.id, 'superseded');
    await this.audit.record(trx, ctx, {
      action: existing ? 'import.version' : 'import.create',
      entityType: ENTITY,
      entityId: planId,
      after: { number, version, title: result.document.title, items: result.items.length },
    });
    return planId;
  }
}
