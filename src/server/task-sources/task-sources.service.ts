import { rolesSchema } from '../../domain/access/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import { hasPermission } from '../../domain/access/permissions.js';
import { viDate } from '../../domain/directives/extensions.js';
import { NO_DEADLINE } from '../../domain/directives/parse.js';
import { sourceKindOf, TASK_SOURCE_KIND_LABELS, type TaskSourceKind } from '../../domain/directives/kinds.js';
import { foldVietnamese } from '../../domain/plan-import/text.js';
import { normalizeTimeframe } from '../../domain/timeframe/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { PlanReadAccess } from '../plans/plan-read-access.js';
import type { ImportMode, PlanFile, PlanService } from '../plans/plans.service.js';
import { OccurrenceSync } from '../tasks/occurrence-sync.js';
import type { TaskService } from '../tasks/tasks.service.js';
import type { TaskRow } from '../tasks/tasks.schemas.js';
import { TaskSourceRepository } from './task-sources.repository.js';
import type {
  CreateSourceInput,
  CreateTaskInput,
  DirectiveCommitInput,
  TaskPeopleInput,
  TaskSourceView,
} from './task-sources.schemas.js';

const PERMISSION = 'taskSources.manage' as const;

/**
 * Tasks from every source: source documents (thông báo kết luận, văn bản chỉ đạo, văn bản có bút phê…)
 * created by hand or read from a file through the plan import's preview and commit, tasks given by
 * hand, and each task's leader in charge, focal person and priority.
 */
export class TaskSourceService {
  private readonly repository = new TaskSourceRepository();
  private readonly access = new PlanReadAccess();
  private readonly occurrences = new OccurrenceSync();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly plans: PlanService,
    private readonly tasks: TaskService,
  ) {}

  /** Việc tôi phụ trách: the tasks the caller oversees as leader in charge, overdue first. */
  async oversight(ctx: RequestContext): Promise<{ items: TaskRow[]; total: number }> {
    const actor = requireActor(ctx);
    const { items, total } = await this.tasks.list(ctx, {
      leaderId: actor.userId,
      role: 'any',
      page: 1,
      pageSize: 200,
    });
    const rank = (row: TaskRow) =>
      row.current?.timeliness === 'overdue' ? 0 : row.current && row.current.status !== 'done' ? 1 : 2;
    return { items: [...items].sort((a, b) => rank(a) - rank(b)), total };
  }

  async list(ctx: RequestContext, kind?: TaskSourceKind): Promise<TaskSourceView[]> {
    requirePermission(ctx, 'plans.read');
    const ids = await this.access.readable(this.db, ctx);
    const rows = await this.repository.list(
      this.db,
      kind,
      ids === null ? null : { ids, userId: ctx.actor?.userId ?? null },
    );
    return rows.map((r) => {
      const k = r.source_kind;
      return {
        id: r.id,
        kind: k,
        kindLabel: TASK_SOURCE_KIND_LABELS[k],
        number: r.number,
        date: r.issued_on,
        issuer: r.agency,
        title: r.title,
        signer: r.signer,
        status: r.status,
        tasks: Number(r.tasks ?? 0),
      };
    });
  }

  async create(ctx: RequestContext, input: CreateSourceInput): Promise<TaskSourceView> {
    requirePermission(ctx, PERMISSION);
    if (input.kind === 'plan') {
      throw AppError.validation('Kế hoạch được nhập từ tệp ở mục Kế hoạch; hãy chọn loại văn bản khác.');
    }
    const id = await this.db.transaction().execute(async (trx) => {
      const created = await this.repository.insertSource(trx, {
        kind: input.kind,
        number: input.number ?? null,
        date: input.date,
        issuer: input.issuer ?? null,
        title: input.title,
        signer: input.signer ?? null,
        createdBy: ctx.actor?.userId ?? null,
      });
      await this.audit.record(trx, ctx, {
        action: 'create',
        entityType: 'taskSource',
        entityId: created,
        after: input,
      });
      return created;
    });
    const found = (await this.list(ctx, input.kind)).find((s) => s.id === id);
    if (!found) throw AppError.notFound('văn bản nguồn');
    return found;
  }

  /** Gives one task in a source document by hand, with its units, deadline and people. */
  async addTask(ctx: RequestContext, sourceId: string, input: CreateTaskInput): Promise<{ taskId: string }> {
    requirePermission(ctx, PERMISSION);
    return this.db.transaction().execute(async (trx) => {
      const source = await this.repository.find(trx, sourceId);
      if (!source) throw AppError.notFound('văn bản nguồn');
      const lead = await this.repository.unit(trx, input.leadUnitId);
      if (!lead) throw AppError.validation('Đơn vị chủ trì không tồn tại.');
      const coordinators = [...new Set(input.coordinatorUnitIds)].filter((id) => id !== input.leadUnitId);
      const coordinatorUnits = [];
      for (const id of coordinators) {
        const unit = await this.repository.unit(trx, id);
        if (!unit) throw AppError.validation('Một đơn vị phối hợp không tồn tại.');
        coordinatorUnits.push(unit);
      }
      const leaderId = input.leaderId ?? lead.leader_user_id ?? null;
      await this.checkPeople(trx, { leaderId, focalPersonId: input.focalPersonId ?? null }, lead.id);
      const timeframe = normalizeTimeframe(
        input.dueDate ? `trước ngày ${viDate(input.dueDate)}` : NO_DEADLINE,
        {
          planYear: source.year,
        },
      );
      const taskId = await this.repository.insertTask(trx, {
        planId: source.id,
        position: await this.repository.nextPosition(trx, source.id),
        ordinal: input.itemNumber ?? null,
        content: input.content,
        timeframe,
        dueDate: input.dueDate ?? null,
        leaderId,
        focalPersonId: input.focalPersonId ?? null,
        priority: input.priority,
        assignedBy: ctx.actor?.userId ?? null,
      });
      await this.repository.linkUnits(trx, taskId, [
        { unitId: lead.id, role: 'lead', raw: lead.short_name ?? lead.name },
        ...coordinatorUnits.map((u) => ({
          unitId: u.id,
          role: 'coordinator' as const,
          raw: u.short_name ?? u.name,
        })),
      ]);
      await this.occurrences.syncPlan(
        trx,
        { id: source.id, year: source.year },
        await this.calendar.calendar(trx),
      );
      await this.audit.record(trx, ctx, {
        action: 'task.create',
        entityType: 'task',
        entityId: taskId,
        after: { ...input, leaderId, sourceId },
      });
      return { taskId };
    });
  }

  async setPeople(ctx: RequestContext, taskId: string, input: TaskPeopleInput): Promise<void> {
    requirePermission(ctx, 'tasks.manage');
    await this.db.transaction().execute(async (trx) => {
      const before = await this.repository.itemPeople(trx, taskId);
      if (!before) throw AppError.notFound('nhiệm vụ');
      await this.access.requireReadable(trx, ctx, before.plan_id);
      const leadUnit = await trx
        .selectFrom('plan_item_units')
        .select('org_unit_id')
        .where('plan_item_id', '=', taskId)
        .where('role', '=', 'lead')
        .executeTakeFirst();
      await this.checkPeople(trx, input, leadUnit?.org_unit_id ?? null);
      await this.repository.setPeople(trx, taskId, input);
      await this.audit.record(trx, ctx, {
        action: 'task.people',
        entityType: 'task',
        entityId: taskId,
        before,
        after: input,
      });
    });
  }

  /** The leader a unit reports to: tasks it leads default to them (admin, or the unit's head for their unit). */
  async setUnitLeader(ctx: RequestContext, unitId: string, leaderId: string | null): Promise<void> {
    requirePermission(ctx, 'orgUnits.manageTree');
    await this.db.transaction().execute(async (trx) => {
      const unit = await this.repository.unit(trx, unitId);
      if (!unit) throw AppError.notFound('đơn vị');
      if (leaderId !== null) await this.checkPeople(trx, { leaderId, focalPersonId: null }, null);
      await this.repository.setUnitLeader(trx, unitId, leaderId);
      await this.audit.record(trx, ctx, {
        action: 'unit.leader',
        entityType: 'orgUnit',
        entityId: unitId,
        before: { leaderId: unit.leader_user_id },
        after: { leaderId },
      });
    });
  }

  async previewDirective(ctx: RequestContext, file: PlanFile) {
    const preview = await this.plans.preview(ctx, file, { mode: 'directive', permission: PERMISSION });
    const { type, title } = preview.result.document;
    return {
      ...preview,
      suggestedKind: sourceKindOf(
        type === null ? null : foldVietnamese(type),
        title === null ? null : foldVietnamese(title),
      ),
    };
  }

  async reviewDirective(
    ctx: RequestContext,
    previewId: string,
    input: Omit<DirectiveCommitInput, 'mode' | 'sourceKind'>,
  ) {
    return this.plans.review(ctx, previewId, input, PERMISSION);
  }

  async commitDirective(ctx: RequestContext, previewId: string, input: DirectiveCommitInput) {
    const actor = ctx.system ? null : requireActor(ctx);
    const as: ImportMode = {
      mode: 'directive',
      permission: PERMISSION,
      onStored: async (trx, planId) => {
        await this.repository.applyDirectiveDefaults(trx, planId, input.sourceKind, actor?.userId ?? null);
        await this.audit.record(trx, ctx, {
          action: 'directive.import',
          entityType: 'taskSource',
          entityId: planId,
          after: { sourceKind: input.sourceKind },
        });
      },
    };
    const { planId } = await this.plans.commit(ctx, previewId, input, { as });
    return { sourceId: planId };
  }

  private async checkPeople(
    db: Kysely<Database>,
    people: { leaderId: string | null; focalPersonId: string | null },
    leadUnitId: string | null,
  ): Promise<void> {
    if (people.leaderId !== null) {
      const leader = await this.repository.user(db, people.leaderId);
      if (!leader || leader.disabled_at !== null)
        throw AppError.validation('Lãnh đạo phụ trách không tồn tại hoặc đã bị khóa.');
      const roles = parseStored(rolesSchema, leader.roles, 'vai trò của người dùng');
      if (
        !hasPermission({ userId: leader.id, username: '', orgUnitId: leader.org_unit_id, roles }, PERMISSION)
      ) {
        throw AppError.validation('Người được chọn làm lãnh đạo phụ trách không có vai trò lãnh đạo.');
      }
    }
    if (people.focalPersonId !== null) {
      const focal = await this.repository.user(db, people.focalPersonId);
      if (!focal || focal.disabled_at !== null)
        throw AppError.validation('Người đầu mối không tồn tại hoặc đã bị khóa.');
      if (leadUnitId !== null && focal.org_unit_id !== leadUnitId) {
        throw AppError.validation('Người đầu mối phải thuộc đơn vị chủ trì nhiệm vụ.');
      }
    }
  }
}
