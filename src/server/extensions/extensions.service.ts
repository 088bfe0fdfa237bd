import type { Kysely } from 'kysely';
import {
  EXTENSION_ERRORS,
  extensionDecisionProblem,
  extensionRequestProblem,
} from '../../domain/directives/extensions.js';
import { EXTENSION_STATUS_LABELS } from '../../domain/directives/kinds.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { TASK_OCCURRENCE_SUBJECT } from '../reminders/task-reminder-source.js';
import { TaskAccessLoader } from '../tasks/task-access.loader.js';
import { ExtensionRepository } from './extensions.repository.js';
import type { ExtensionDecisionInput, ExtensionRequestInput, ExtensionView } from './extensions.schemas.js';

type Row = NonNullable<Awaited<ReturnType<ExtensionRepository['find']>>>;

function view(r: Row): ExtensionView {
  const status = r.status;
  return {
    id: r.id,
    taskId: r.plan_item_id,
    occurrenceId: r.occurrence_id,
    requestedBy: r.requested_by_name,
    unitName: r.unit_name,
    reason: r.reason,
    proposedDate: r.proposed_date,
    previousDeadline: r.previous_deadline,
    status,
    statusLabel: EXTENSION_STATUS_LABELS[status],
    approvedDate: r.approved_date,
    decidedBy: r.decided_by_name,
    decisionNote: r.decision_note,
    decidedAt: r.decided_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * Deadline extensions (gia hạn): the lead unit requests, whoever gave the task decides; an approval
 * moves the occurrence's deadline (the previous one is kept on the request, the first one on the
 * occurrence), reminders start over for the new date, and everything is audited in one transaction.
 */
export class ExtensionService {
  private readonly repository = new ExtensionRepository();
  private readonly access = new TaskAccessLoader();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
  ) {}

  async list(ctx: RequestContext, taskId: string): Promise<ExtensionView[]> {
    requirePermission(ctx, 'tasks.read');
    await this.readable(ctx, taskId);
    return (await this.repository.ofTask(this.db, taskId)).map(view);
  }

  async pending(
    ctx: RequestContext,
  ): Promise<(ExtensionView & { taskContent: string; sourceNumber: string | null; sourceTitle: string })[]> {
    const actor = requireActor(ctx);
    const rows = await this.repository.pendingFor(this.db, actor.userId);
    return rows.map((r) => ({
      ...view(r),
      taskContent: r.content,
      sourceNumber: r.number,
      sourceTitle: r.title,
    }));
  }

  async request(ctx: RequestContext, taskId: string, input: ExtensionRequestInput): Promise<ExtensionView> {
    requirePermission(ctx, 'tasks.update');
    const actor = ctx.system ? null : requireActor(ctx);
    const id = await this.db.transaction().execute(async (trx) => {
      const task = await this.repository.task(trx, taskId);
      if (!task) throw AppError.notFound('nhiệm vụ');
      await this.readable(ctx, taskId, trx);
      const leadUnits = await this.repository.leadUnitIds(trx, taskId);
      const fromLead =
        actor === null || leadUnits.includes(actor.orgUnitId) || task.focal_person_id === actor.userId;
      if (!fromLead) throw AppError.forbidden(EXTENSION_ERRORS.notLeadUnit);
      const occurrence = await this.repository.occurrence(trx, taskId, input.occurrenceId);
      if (!occurrence) throw AppError.notFound('lần thực hiện');
      const problem = extensionRequestProblem(
        {
          status: occurrence.status,
          deadline: occurrence.deadline,
          hasPending: await this.repository.hasPending(trx, occurrence.id),
        },
        input.proposedDate,
      );
      if (problem !== null) throw AppError.validation(problem);
      const created = await this.repository.insert(trx, {
        itemId: taskId,
        occurrenceId: occurrence.id,
        requestedBy: actor?.userId ?? null,
        requestedByName: actor
          ? await this.repository.userName(trx, actor.userId)
          : (ctx.requestId ?? 'system'),
        unitId: actor?.orgUnitId ?? leadUnits[0] ?? null,
        reason: input.reason,
        proposedDate: input.proposedDate,
        previousDeadline: occurrence.deadline ?? input.proposedDate,
      });
      await this.audit.record(trx, ctx, {
        action: 'extension.request',
        entityType: 'task',
        entityId: taskId,
        after: { extensionId: created, occurrenceId: occurrence.id, ...input, deadline: occurrence.deadline },
      });
      return created;
    });
    return this.one(id);
  }

  async decide(
    ctx: RequestContext,
    extensionId: string,
    input: ExtensionDecisionInput,
  ): Promise<ExtensionView> {
    const actor = requireActor(ctx);
    await this.db.transaction().execute(async (trx) => {
      const request = await this.repository.find(trx, extensionId);
      if (!request) throw AppError.notFound('đề nghị gia hạn');
      const task = await this.repository.task(trx, request.plan_item_id);
      if (!task) throw AppError.notFound('nhiệm vụ');
      const occurrence = await this.repository.occurrence(trx, task.id, request.occurrence_id);
      if (!occurrence) throw AppError.notFound('lần thực hiện');
      const assigners = [task.leader_id, task.assigned_by ?? task.created_by].filter((x) => x !== null);
      const problem = extensionDecisionProblem(
        { status: request.status, proposedDate: request.proposed_date },
        { status: occurrence.status, deadline: occurrence.deadline },
        { approve: input.approve, date: input.date },
        assigners.includes(actor.userId),
      );
      if (problem !== null) {
        if (problem === EXTENSION_ERRORS.notAssigner) throw AppError.forbidden(problem);
        if (problem === EXTENSION_ERRORS.notPending) throw AppError.conflict(problem);
        throw AppError.validation(problem);
      }
      const granted = input.approve ? (input.date ?? request.proposed_date) : null;
      const byName = await this.repository.userName(trx, actor.userId);
      await this.repository.decide(trx, extensionId, {
        status: input.approve ? 'approved' : 'refused',
        approvedDate: granted,
        by: actor.userId,
        byName,
        note: input.note ?? null,
      });
      if (granted !== null) {
        const calendar = await this.calendar.calendar(trx);
        await this.repository.extend(trx, occurrence.id, {
          extendedTo: granted,
          deadline: calendar.nextWorkingDayOnOrAfter(granted),
          previousDeadline: occurrence.deadline ?? granted,
          by: actor.userId,
        });
        await this.repository.forgetReminders(trx, TASK_OCCURRENCE_SUBJECT, occurrence.id);
      }
      await this.audit.record(trx, ctx, {
        action: input.approve ? 'extension.approve' : 'extension.refuse',
        entityType: 'task',
        entityId: task.id,
        before: { extensionId, deadline: occurrence.deadline },
        after: { extensionId, approvedDate: granted, note: input.note ?? null },
      });
    });
    return this.one(extensionId);
  }

  private async one(id: string): Promise<ExtensionView> {
    const row = await this.repository.find(this.db, id);
    if (!row) throw AppError.notFound('đề nghị gia hạn');
    return view(row);
  }

  private async readable(ctx: RequestContext, taskId: string, db: Kysely<Database> = this.db): Promise<void> {
    const loaded = await this.access.ofTask(db, taskId);
    if (!this.access.readable(ctx, loaded).canRead) throw AppError.notFound('nhiệm vụ');
  }
}
