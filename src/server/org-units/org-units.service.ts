import { z } from 'zod';
import { exchangeUnitSchema } from '../../domain/org/schema.js';
import type { Kysely } from 'kysely';
import { canActOnUnit } from '../../domain/access/permissions.js';
import type { OrgUnit, OrgUnitNode } from '../../domain/org/org-unit.js';
import { ancestorChain, buildTree, isValidMove, parentsFirst } from '../../domain/org/tree.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { ImportPreviewRepository } from '../common/import-preview.repository.js';
import { readExchangeFile, toJsonExport, toXlsxExport } from './org-units.exchange.js';
import { OrgUnitRepository } from './org-units.repository.js';
import {
  orgUnitExchangeRow,
  type CreateOrgUnitInput,
  type ImportPreview,
  type UpdateOrgUnitInput,
} from './org-units.schemas.js';
import { planImport, type ExchangeUnit } from '../../domain/org/import-plan.js';

const ENTITY = 'orgUnit';
const notFound = () => AppError.notFound('đơn vị');
const codeTaken = (code: string) => AppError.conflict(`Mã đơn vị "${code}" đã được dùng.`);

export class OrgUnitService {
  private readonly previews: ImportPreviewRepository<{ units: ExchangeUnit[]; rejectedRows: number }>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly repository = new OrgUnitRepository(),
  ) {
    this.previews = new ImportPreviewRepository(
      db,
      'orgUnits',
      z.object({ units: z.array(exchangeUnitSchema), rejectedRows: z.number() }),
    );
  }

  async tree(ctx: RequestContext): Promise<OrgUnitNode[]> {
    requirePermission(ctx, 'orgUnits.read');
    return buildTree(await this.repository.listAll(this.db));
  }

  listAll(): Promise<OrgUnit[]> {
    return this.repository.listAll(this.db);
  }

  async create(ctx: RequestContext, input: CreateOrgUnitInput): Promise<OrgUnit> {
    requirePermission(ctx, 'orgUnits.manageTree');
    return this.db.transaction().execute(async (trx) => {
      if (input.parentId && !(await this.repository.findById(trx, input.parentId))) {
        throw AppError.validation('Đơn vị cấp trên không tồn tại.');
      }
      if (await this.repository.findByCode(trx, input.code)) throw codeTaken(input.code);
      const unit = await this.repository
        .insert(trx, {
          parentId: input.parentId,
          code: input.code,
          name: input.name,
          shortName: input.shortName ?? null,
          kind: input.kind,
          aliases: input.aliases ?? [],
          sortOrder: input.sortOrder ?? 0,
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? codeTaken(input.code) : error;
        });
      await this.audit.record(trx, ctx, {
        action: 'create',
        entityType: ENTITY,
        entityId: unit.id,
        after: unit,
      });
      return unit;
    });
  }

  async update(ctx: RequestContext, id: string, patch: UpdateOrgUnitInput): Promise<OrgUnit> {
    const touchesStructure =
      patch.code !== undefined || patch.kind !== undefined || patch.sortOrder !== undefined;
    requirePermission(ctx, touchesStructure ? 'orgUnits.manageTree' : 'orgUnits.editOwn');
    return this.db.transaction().execute(async (trx) => {
      const units = new Map((await this.repository.listAll(trx)).map((u) => [u.id, u]));
      const before = units.get(id);
      if (!before) throw notFound();
      if (!ctx.system && !canActOnUnit(requireActor(ctx), ancestorChain(units, id))) {
        throw AppError.forbidden('Bạn chỉ được sửa thông tin đơn vị của mình.');
      }
      if (patch.code && patch.code.toLowerCase() !== before.code.toLowerCase()) {
        if (await this.repository.findByCode(trx, patch.code)) throw codeTaken(patch.code);
      }
      const after = await this.repository.update(trx, id, patch);
      await this.audit.record(trx, ctx, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  async move(ctx: RequestContext, id: string, parentId: string | null): Promise<OrgUnit> {
    requirePermission(ctx, 'orgUnits.manageTree');
    return this.db.transaction().execute(async (trx) => {
      const units = new Map((await this.repository.listAll(trx)).map((u) => [u.id, u]));
      const before = units.get(id);
      if (!before) throw notFound();
      if (parentId !== null && !units.has(parentId))
        throw AppError.validation('Đơn vị cấp trên không tồn tại.');
      if (!isValidMove(units, id, parentId)) {
        throw AppError.validation('Không thể chuyển đơn vị vào chính nó hoặc vào đơn vị cấp dưới của nó.');
      }
      const after = await this.repository.update(trx, id, { parentId });
      await this.audit.record(trx, ctx, { action: 'move', entityType: ENTITY, entityId: id, before, after });
      return after;
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, 'orgUnits.manageTree');
    await this.db.transaction().execute(async (trx) => {
      const before = await this.repository.findById(trx, id);
      if (!before) throw notFound();
      const { children, users } = await this.repository.countDependents(trx, id);
      if (children > 0 || users > 0) {
        throw AppError.conflict(
          `Không thể xóa "${before.name}": còn ${children} đơn vị trực thuộc và ${users} người dùng. Hãy chuyển hoặc xóa chúng trước.`,
          { children, users },
        );
      }
      await this.repository.delete(trx, id);
      await this.audit.record(trx, ctx, { action: 'delete', entityType: ENTITY, entityId: id, before });
    });
  }

  async exportTree(
    ctx: RequestContext,
    format: 'json' | 'xlsx',
  ): Promise<{ body: Buffer | string; filename: string }> {
    requirePermission(ctx, 'orgUnits.read');
    const units = await this.repository.listAll(this.db);
    const byId = new Map(units.map((u) => [u.id, u]));
    const rows = parentsFirst(
      units.map((u) => ({
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        kind: u.kind,
        parentCode: u.parentId ? (byId.get(u.parentId)?.code ?? null) : null,
        aliases: u.aliases,
        sortOrder: u.sortOrder,
      })),
    );
    return format === 'json'
      ? { body: toJsonExport(rows), filename: 'don-vi.json' }
      : { body: await toXlsxExport(rows), filename: 'don-vi.xlsx' };
  }

  /** Reads and validates a file without writing to the tree; the compiler confirms with `commitImport`. */
  async previewImport(
    ctx: RequestContext,
    file: { buffer: Buffer; filename: string },
  ): Promise<ImportPreview> {
    requirePermission(ctx, 'orgUnits.manageTree');
    const raw = await readExchangeFile(file);
    const validated = raw.map(({ line, values }) => {
      const result = orgUnitExchangeRow.safeParse(values);
      return result.success
        ? {
            line,
            unit: {
              ...result.data,
              shortName: result.data.shortName ?? null,
              parentCode: result.data.parentCode ?? null,
            },
          }
        : { line, values, issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
    });
    const plan = planImport(validated, await this.repository.listAll(this.db));
    const previewId = await this.previews.save(ctx, { units: plan.units, rejectedRows: plan.summary.errors });
    return { previewId, rows: plan.rows, summary: plan.summary };
  }

  async commitImport(ctx: RequestContext, previewId: string): Promise<{ created: number; updated: number }> {
    requirePermission(ctx, 'orgUnits.manageTree');
    const { units: incoming, rejectedRows } = await this.previews.take(ctx, previewId);
    // Rows that failed validation are not in `units`; committing the rest would import half a file.
    if (rejectedRows > 0) {
      throw AppError.validation(
        `Tệp có ${rejectedRows} dòng lỗi; hãy sửa tệp rồi tải lên lại. Không có thay đổi nào được lưu.`,
      );
    }
    return this.db.transaction().execute(async (trx) => {
      // The tree may have changed since the preview: plan again against what is stored now.
      const stored = await this.repository.listAll(trx);
      const plan = planImport(
        incoming.map((unit, i) => ({ line: i + 1, unit })),
        stored,
      );
      if (plan.summary.errors > 0) {
        throw AppError.validation(
          'Dữ liệu nhập có lỗi, không có thay đổi nào được lưu.',
          plan.rows.filter((r) => r.errors.length),
        );
      }
      const idByCode = new Map(stored.map((u) => [u.code.toLowerCase(), u]));
      let created = 0;
      let updated = 0;
      for (const unit of parentsFirst(plan.units)) {
        const existing = idByCode.get(unit.code.toLowerCase());
        const parentId = unit.parentCode ? (idByCode.get(unit.parentCode.toLowerCase())?.id ?? null) : null;
        const fields = { ...unit, parentId };
        if (!existing) {
          const createdUnit = await this.repository.insert(trx, fields);
          idByCode.set(unit.code.toLowerCase(), createdUnit);
          await this.audit.record(trx, ctx, {
            action: 'import.create',
            entityType: ENTITY,
            entityId: createdUnit.id,
            after: createdUnit,
          });
          created++;
        } else if (
          plan.rows.find((r) => r.code.toLowerCase() === unit.code.toLowerCase())?.action === 'update'
        ) {
          const after = await this.repository.update(trx, existing.id, fields);
          await this.audit.record(trx, ctx, {
            action: 'import.update',
            entityType: ENTITY,
            entityId: existing.id,
            before: existing,
            after,
          });
          updated++;
        }
      }
      await this.previews.discard(trx, previewId);
      return { created, updated };
    });
  }
}
