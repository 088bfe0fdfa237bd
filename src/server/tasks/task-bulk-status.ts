import type { Kysely } from 'kysely';
import { vietnamDateAt } from '../../domain/calendar/index.js';
import { TASK_STATUS_LABELS } from '../../domain/tracking/index.js';
import type { AuditService } from '../audit/audit.service.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { TaskAccessLoader } from './task-access.loader.js';
import { type PlannedChange, planStatusChange } from './task-status-change.js';
import { TaskWriteRepository } from './task-writes.repository.js';
import type { OccurrenceFields } from './tasks.repository.js';
import type { BulkStatusInput } from './tasks.schemas.js';

export interface BulkFailure {
  occurrenceId: string;
  code: string;
  message: string;
}

/**
 * One status for many occurrences, all or nothing: every row is checked first, and a single
 * refusal (rights, status rules, a stale version) refuses the batch with the reasons per row.
 */
export class TaskBulkStatus {
  private readonly writes = new TaskWriteRepository();
  private readonly access = new TaskAccessLoader();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly now: () => Date,
  ) {}

  async apply(ctx: RequestContext, input: BulkStatusInput): Promise<{ updated: number }> {
    requirePermission(ctx, 'tasks.update');
    const today = vietnamDateAt(this.now());
    return this.db.transaction().execute(async (trx) => {
      const ids = input.items.map((i) => i.occurrenceId);
      const stored = new Map((await this.writes.findOccurrences(trx, ids)).map((o) => [o.id, o]));
      const tasks = await this.access.ofTasks(trx, [
        ...new Set([...stored.values()].map((o) => o.plan_item_id)),
      ]);
      const failures: BulkFailure[] = [];
      const planned: { occurrence: OccurrenceFields; version: number; change: PlannedChange }[] = [];
      const seen = new Set<string>();
      const fail = (occurrenceId: string, code: string, message: string) =>
        failures.push({ occurrenceId, code, message });
      for (const { occurrenceId, version } of input.items) {
        const occurrence = stored.get(occurrenceId);
        const task = occurrence && tasks.get(occurrence.plan_item_id);
        if (seen.has(occurrenceId)) {
          fail(occurrenceId, 'duplicate', 'Lần thực hiện này được chọn hai lần.');
          continue;
        }
        seen.add(occurrenceId);
        if (!occurrence || !task) {
          fail(occurrenceId, 'notFound', 'Không tìm thấy lần thực hiện của nhiệm vụ.');
          continue;
        }
        if (!this.access.permissions(ctx, task).canUpdate) {
          fail(occurrenceId, 'forbidden', 'Bạn không có quyền cập nhật nhiệm vụ này.');
          continue;
        }
        if (occurrence.version !== version) {
          fail(occurrenceId, 'conflict', 'Nhiệm vụ vừa được người khác cập nhật; hãy tải lại.');
          continue;
        }
        if (occurrence.status === input.status) {
          fail(occurrenceId, 'sameStatus', `Nhiệm vụ đã ở trạng thái "${TASK_STATUS_LABELS[input.status]}".`);
          continue;
        }
        try {
          const change = planStatusChange(occurrence, input, today);
          planned.push({ occurrence, version, change });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const code = (error.details as { code?: string } | undefined)?.code ?? 'invalid';
          fail(occurrenceId, code, error.message);
        }
      }
      if (failures.length > 0) {
        const message = `Không cập nhật được ${failures.length}/${input.items.length} nhiệm vụ nên không lưu thay đổi nào.`;
        // A batch refused only because others saved first is a conflict: reloading fixes it.
        throw failures.every((f) => f.code === 'conflict')
          ? AppError.conflict(message, { failures })
          : AppError.validation(message, { failures });
      }
      const authorName = ctx.actor
        ? ((await this.writes.userName(trx, ctx.actor.userId)) ?? ctx.actor.username)
        : 'Hệ thống';
      for (const { occurrence, version, change } of planned) {
        const updated = await this.writes.updateOccurrence(trx, occurrence.id, version, {
          ...change,
          updatedBy: ctx.actor?.userId ?? null,
        });
        if (!updated) {
          throw AppError.conflict('Nhiệm vụ vừa được người khác cập nhật; không lưu thay đổi nào.', {
            failures: [{ occurrenceId: occurrence.id, code: 'conflict', message: 'Phiên bản đã thay đổi.' }],
          });
        }
        await this.writes.insertUpdate(trx, {
          planItemId: occurrence.plan_item_id,
          occurrenceId: occurrence.id,
          kind: 'status',
          orgUnitId: ctx.actor?.orgUnitId ?? null,
          authorId: ctx.actor?.userId ?? null,
          authorName,
          statusFrom: occurrence.status,
          statusTo: change.status,
          progress: change.progress,
          note: input.note,
          reason: input.reason?.trim() || null,
          evidence: null,
        });
        await this.audit.record(trx, ctx, {
          action: 'task.bulkStatus',
          entityType: 'taskOccurrence',
          entityId: occurrence.id,
          before: { status: occurrence.status, progress: occurrence.progress, version },
          after: { status: updated.status, progress: updated.progress, version: updated.version },
        });
      }
      return { updated: planned.length };
    });
  }
}
