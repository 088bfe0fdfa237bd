import type { Kysely } from 'kysely';
import { type IsoDate, compareIsoDates, vietnamDateAt } from '../../domain/calendar/index.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import {
  type TaskStatus,
  type TriggerEvent,
  transitionTask,
  triggerOccurrence,
} from '../../domain/tracking/index.js';
import type { AttachmentView } from '../attachments/attachments.schemas.js';
import { AttachmentService } from '../attachments/attachments.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { UploadedFile } from '../common/http.js';
import type { Database } from '../db/schema.js';
import { TaskAccessLoader } from './task-access.loader.js';
import { TaskBulkStatus } from './task-bulk-status.js';
import { planStatusChange, staleVersion } from './task-status-change.js';
import { currentPeriodCodes, pickCurrent } from './task-view.js';
import { type NewTaskUpdate, TaskWriteRepository } from './task-writes.repository.js';
import { TaskRepository } from './tasks.repository.js';
import type {
  BulkStatusInput,
  Evidence,
  PartUpdateInput,
  PeopleInput,
  TaskUpdateInput,
  TriggerInput,
} from './tasks.schemas.js';

const cannotUpdate = () =>
  AppError.forbidden('Chỉ đơn vị chủ trì (hoặc lãnh đạo, bộ phận tổng hợp) mới cập nhật được nhiệm vụ này.');

function evidenceOf(input: Evidence | undefined): Evidence | null {
  if (!input) return null;
  const kept = Object.fromEntries(Object.entries(input).filter(([, v]) => Boolean(v)));
  return Object.keys(kept).length ? kept : null;
}

/** The writing side of tasks; every change is one transaction with its timeline entry and audit row. */
export class TaskWorkService {
  private readonly reads = new TaskRepository();
  private readonly writes = new TaskWriteRepository();
  private readonly access = new TaskAccessLoader();
  private readonly bulk: TaskBulkStatus;
  private readonly files: AttachmentService;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly now: () => Date,
  ) {
    this.bulk = new TaskBulkStatus(db, audit, now);
    this.files = new AttachmentService(audit);
  }

  async update(ctx: RequestContext, itemId: string, input: TaskUpdateInput): Promise<void> {
    requirePermission(ctx, 'tasks.update');
    const today = this.today();
    await this.db.transaction().execute(async (trx) => {
      const task = await this.task(trx, ctx, itemId);
      if (!task.permissions.canUpdate) throw cannotUpdate();
      const occurrence = input.occurrenceId
        ? await this.writes.findOccurrence(trx, input.occurrenceId)
        : pickCurrent(await this.reads.occurrences(trx, itemId), currentPeriodCodes(today));
      if (input.occurrenceId && occurrence?.plan_item_id !== itemId) {
        throw AppError.notFound('lần thực hiện của nhiệm vụ này');
      }
      if (!occurrence) throw this.noOccurrence(task.timeframe_kind);
      if (occurrence.version !== input.version) throw staleVersion(occurrence);
      const change = planStatusChange(occurrence, input, today);
      const updated = await this.writes.updateOccurrence(trx, occurrence.id, input.version, {
        ...change,
        updatedBy: ctx.actor?.userId ?? null,
      });
      if (!updated) throw staleVersion((await this.writes.findOccurrence(trx, occurrence.id)) ?? occurrence);
      await this.timeline(trx, ctx, {
        planItemId: itemId,
        occurrenceId: occurrence.id,
        kind: change.status === occurrence.status ? 'progress' : 'status',
        orgUnitId: ctx.actor?.orgUnitId ?? null,
        statusFrom: change.status === occurrence.status ? null : occurrence.status,
        statusTo: change.status === occurrence.status ? null : change.status,
        progress: change.progress,
        note: input.note,
        reason: input.reason?.trim() || null,
        evidence: evidenceOf(input.evidence),
      });
      await this.audit.record(trx, ctx, {
        action: 'task.update',
        entityType: 'taskOccurrence',
        entityId: occurrence.id,
        before: this.snapshot(occurrence),
        after: this.snapshot(updated),
      });
    });
  }

  async updatePart(ctx: RequestContext, itemId: string, unitId: string, input: PartUpdateInput) {
    requirePermission(ctx, 'tasks.update');
    const today = this.today();
    await this.db.transaction().execute(async (trx) => {
      const task = await this.task(trx, ctx, itemId);
      const part = await this.writes.findPart(trx, itemId, unitId);
      if (!part) throw AppError.notFound('phần việc của đơn vị phối hợp này');
      if (!task.permissions.partUnitIds.includes(unitId)) {
        throw AppError.forbidden('Chỉ đơn vị phối hợp mới cập nhật được phần việc của đơn vị mình.');
      }
      const current = { status: part.part_status, note: part.part_note, version: part.part_version };
      const stale = () =>
        AppError.conflict(
          'Phần việc này vừa được người khác cập nhật. Hãy tải lại để xem thay đổi rồi cập nhật lại.',
          { current },
        );
      if (part.part_version !== input.version) throw stale();
      if (input.status !== part.part_status) {
        const result = transitionTask(part.part_status, input.status, {
          reason: input.note,
          ...(input.status === 'done' ? { completedOn: today } : {}),
          today,
        });
        if (!result.ok) throw AppError.validation(result.error.message, { code: result.error.code });
      }
      const written = await this.writes.updatePart(trx, itemId, unitId, input.version, {
        status: input.status,
        note: input.note,
      });
      if (!written) throw stale();
      const changed = input.status !== part.part_status;
      await this.timeline(trx, ctx, {
        planItemId: itemId,
        occurrenceId: null,
        kind: 'part',
        orgUnitId: unitId,
        statusFrom: changed ? part.part_status : null,
        statusTo: changed ? input.status : null,
        progress: null,
        note: input.note,
        reason: null,
        evidence: null,
      });
      await this.audit.record(trx, ctx, {
        action: 'task.part',
        entityType: 'taskPart',
        entityId: itemId,
        before: { unitId, ...current },
        after: { unitId, status: input.status, note: input.note, version: input.version + 1 },
      });
    });
  }

  async setPeople(ctx: RequestContext, itemId: string, input: PeopleInput): Promise<void> {
    requirePermission(ctx, 'tasks.manage');
    await this.db.transaction().execute(async (trx) => {
      const task = await this.task(trx, ctx, itemId);
      if (!task.permissions.canManage) {
        throw AppError.forbidden('Chỉ lãnh đạo, bộ phận tổng hợp hoặc trưởng đơn vị chủ trì mới giao người.');
      }
      const ids = [...new Set([...input.assignees, ...input.watchers])];
      const users = new Map((await this.writes.users(trx, ids)).map((u) => [u.id, u]));
      const tree = await this.access.tree(trx);
      const taskUnits = [...task.units.leadUnitIds, ...task.units.coordinatorUnitIds];
      for (const id of ids) {
        const user = users.get(id);
        if (!user) throw AppError.validation('Có người dùng được chọn không tồn tại.', { userId: id });
        if (user.disabled_at) throw AppError.validation(`Tài khoản của ${user.full_name} đã bị khóa.`);
        if (!TaskAccessLoader.within(tree, user.org_unit_id, taskUnits)) {
          throw AppError.validation(
            `${user.full_name} không thuộc đơn vị chủ trì hoặc phối hợp của nhiệm vụ này.`,
            { userId: id },
          );
        }
      }
      const before = await this.reads.people(trx, itemId);
      await this.writes.replacePeople(trx, itemId, [
        ...[...new Set(input.assignees)].map((userId) => ({ userId, role: 'assignee' as const })),
        ...[...new Set(input.watchers)].map((userId) => ({ userId, role: 'watcher' as const })),
      ]);
      const names = (list: readonly string[]) =>
        [...new Set(list)].map((id) => users.get(id)?.full_name ?? id).join(', ') || '(không có)';
      await this.timeline(trx, ctx, {
        planItemId: itemId,
        occurrenceId: null,
        kind: 'assignment',
        orgUnitId: null,
        statusFrom: null,
        statusTo: null,
        progress: null,
        note: `Người thực hiện: ${names(input.assignees)}. Người theo dõi: ${names(input.watchers)}.`,
        reason: null,
        evidence: null,
      });
      await this.audit.record(trx, ctx, {
        action: 'task.people',
        entityType: 'task',
        entityId: itemId,
        before: before.map((p) => ({ userId: p.id, role: p.role })),
        after: input,
      });
    });
  }

  async trigger(
    ctx: RequestContext,
    itemId: string,
    input: TriggerInput,
  ): Promise<{ created: boolean; occurrenceId: string }> {
    requirePermission(ctx, 'tasks.manage');
    // Read before the transaction: PGlite has one connection, which the transaction holds.
    const calendar = await this.calendar.calendar();
    if (input.dueDate !== undefined && compareIsoDates(input.dueDate, input.date) < 0) {
      throw AppError.validation('Hạn hoàn thành không được trước ngày phát sinh sự kiện.');
    }
    const description = input.description?.trim();
    const event: TriggerEvent = {
      date: input.date,
      // Two events on one day are told apart by what they are; the same event again is the same key.
      ...(description ? { description, id: `${input.date}:${foldVietnamese(description)}` } : {}),
      ...(input.dueDate !== undefined
        ? { dueDate: input.dueDate }
        : { dueInWorkingDays: input.dueInWorkingDays ?? 0 }),
    };
    const occurrence = triggerOccurrence(event, calendar);
    const dueDate = occurrence.dueDate ?? input.date;
    return this.db.transaction().execute(async (trx) => {
      const task = await this.task(trx, ctx, itemId);
      if (!task.permissions.canManage) {
        throw AppError.forbidden(
          'Chỉ lãnh đạo, bộ phận tổng hợp hoặc trưởng đơn vị chủ trì mới ghi nhận sự kiện phát sinh.',
        );
      }
      if (task.timeframe_kind !== 'triggered') {
        throw AppError.validation(
          'Chỉ ghi nhận sự kiện cho nhiệm vụ thực hiện theo sự kiện, khi có yêu cầu hoặc khi phát sinh.',
        );
      }
      const { id, created } = await this.writes.insertTriggered(trx, {
        planItemId: itemId,
        planId: task.plan_id,
        key: occurrence.key,
        dueDate,
        deadline: calendar.nextWorkingDayOnOrAfter(dueDate),
        label: occurrence.label,
        trigger: event,
      });
      if (created) {
        await this.timeline(trx, ctx, {
          planItemId: itemId,
          occurrenceId: id,
          kind: 'trigger',
          orgUnitId: null,
          statusFrom: null,
          statusTo: null,
          progress: null,
          note: occurrence.label,
          reason: null,
          evidence: null,
        });
        await this.audit.record(trx, ctx, {
          action: 'task.trigger',
          entityType: 'taskOccurrence',
          entityId: id,
          after: { key: occurrence.key, label: occurrence.label, dueDate },
        });
      }
      return { created, occurrenceId: id };
    });
  }

  bulkStatus(ctx: RequestContext, input: BulkStatusInput): Promise<{ updated: number }> {
    return this.bulk.apply(ctx, input);
  }

  async attach(
    ctx: RequestContext,
    itemId: string,
    updateId: string,
    file: UploadedFile,
  ): Promise<AttachmentView> {
    requirePermission(ctx, 'tasks.update');
    const checked = await this.files.check(file);
    return this.db.transaction().execute(async (trx) => {
      const update = await this.writes.findUpdate(trx, updateId);
      if (!update || update.plan_item_id !== itemId) throw AppError.notFound('mục cập nhật của nhiệm vụ');
      const task = await this.task(trx, ctx, itemId);
      const isAuthor = ctx.actor !== null && ctx.actor.userId === update.author_id;
      if (!isAuthor && !task.permissions.canUpdate) {
        throw AppError.forbidden(
          'Chỉ người viết cập nhật hoặc người được cập nhật nhiệm vụ mới đính kèm được tệp.',
        );
      }
      return this.files.store(trx, ctx, { ownerType: 'taskUpdate', ownerId: updateId, file: checked });
    });
  }

  /** The task with the caller's rights on it; refuses when the caller may not even read it. */
  private async task(trx: Kysely<Database>, ctx: RequestContext, itemId: string) {
    const task = await this.reads.findTask(trx, itemId);
    if (!task) throw AppError.notFound('nhiệm vụ');
    const loaded = await this.access.ofTask(trx, itemId);
    return { ...task, units: loaded.units, permissions: this.access.readable(ctx, loaded) };
  }

  private async timeline(
    trx: Kysely<Database>,
    ctx: RequestContext,
    entry: Omit<NewTaskUpdate, 'authorId' | 'authorName'>,
  ): Promise<string> {
    const authorId = ctx.actor?.userId ?? null;
    const authorName = authorId
      ? ((await this.writes.userName(trx, authorId)) ?? ctx.actor?.username ?? null)
      : 'Hệ thống';
    return this.writes.insertUpdate(trx, { ...entry, authorId, authorName });
  }

  private noOccurrence(timeframeKind: string): AppError {
    return AppError.validation(
      timeframeKind === 'triggered'
        ? 'Nhiệm vụ thực hiện theo sự kiện: hãy ghi nhận sự kiện phát sinh trước khi cập nhật tiến độ.'
        : 'Nhiệm vụ chưa xác định thời gian thực hiện nên chưa có kỳ thực hiện để cập nhật. Hãy sửa thời gian trong kế hoạch.',
    );
  }

  private snapshot(o: {
    status: TaskStatus;
    progress: number;
    completed_on: string | null;
    version: number;
  }) {
    return { status: o.status, progress: o.progress, completedOn: o.completed_on, version: o.version };
  }

  private today(): IsoDate {
    return vietnamDateAt(this.now());
  }
}
