import { parsedTargetSchema } from '../../domain/targets/schema.js';
import { parseStoredOrNull } from '../common/stored.js';
import type { Kysely } from 'kysely';
import { vietnamDateAt } from '../../domain/calendar/index.js';
import { AttachmentService, type DownloadFile } from '../attachments/attachments.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { UploadedFile } from '../common/http.js';
import type { Database } from '../db/schema.js';
import { searchTerms } from '../../domain/text/search-text.js';
import { TaskAccessLoader } from './task-access.loader.js';
import { taskDetailView } from './task-detail.view.js';
import {
  type Clock,
  currentPeriodCodes,
  groupUnits,
  type ListRow,
  taskRowView,
  timeframeLabel,
  unitRef,
} from './task-view.js';
import { TaskWorkService } from './task-work.service.js';
import { TaskWriteRepository } from './task-writes.repository.js';
import { tasksWorkbook } from './tasks-export.js';
import { PlanReadAccess } from '../plans/plan-read-access.js';
import { TaskRepository, type TaskListFilter } from './tasks.repository.js';
import { TaskSourcingRepository } from './task-sourcing.repository.js';
import type {
  BulkStatusInput,
  PartUpdateInput,
  PeopleInput,
  TaskDetail,
  TaskListQuery,
  TaskRow,
  TaskUpdateInput,
  TriggerInput,
} from './tasks.schemas.js';

/** A spreadsheet is for reading, not for moving the database: beyond this the filters must narrow it. */
const EXPORT_LIMIT = 20_000;

/**
 * Tasks as the people doing them see them: lists and details within their read scope, progress
 * updates, coordinating parts, people, triggered occurrences, evidence files and exports.
 */
export class TaskService {
  private readonly repository = new TaskRepository();
  private readonly planAccess = new PlanReadAccess();
  private readonly writes = new TaskWriteRepository();
  private readonly access = new TaskAccessLoader();
  private readonly sourcing = new TaskSourcingRepository();
  private readonly work: TaskWorkService;
  private readonly files: AttachmentService;

  constructor(
    private readonly db: Kysely<Database>,
    audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.work = new TaskWorkService(db, audit, calendar, now);
    this.files = new AttachmentService(audit);
  }

  async list(ctx: RequestContext, query: TaskListQuery): Promise<{ items: TaskRow[]; total: number }> {
    requirePermission(ctx, 'tasks.read');
    const pageSize = query.pageSize ?? 50;
    const offset = ((query.page ?? 1) - 1) * pageSize;
    const [filter, clock] = await Promise.all([this.filter(ctx, query), this.clock()]);
    const [total, rows] = await Promise.all([
      this.repository.count(this.db, filter),
      this.repository.list(this.db, filter, { offset, limit: pageSize }),
    ]);
    return { total, items: await this.rowViews(rows, clock) };
  }

  async exportXlsx(ctx: RequestContext, query: TaskListQuery): Promise<Buffer> {
    requirePermission(ctx, 'tasks.read');
    const [filter, clock] = await Promise.all([this.filter(ctx, query), this.clock()]);
    const rows = await this.repository.list(this.db, filter, { offset: 0, limit: EXPORT_LIMIT + 1 });
    if (rows.length > EXPORT_LIMIT) {
      throw AppError.validation(
        `Danh sách có hơn ${EXPORT_LIMIT.toLocaleString('vi-VN')} nhiệm vụ; hãy lọc bớt (theo kế hoạch, đơn vị, lĩnh vực…) rồi xuất lại.`,
      );
    }
    return tasksWorkbook(await this.rowViews(rows, clock));
  }

  private async rowViews(rows: readonly ListRow[], clock: Clock): Promise<TaskRow[]> {
    const ids = rows.map((r) => r.id);
    const [units, sourcing] = await Promise.all([
      this.repository.units(this.db, ids).then(groupUnits),
      this.sourcing.of(this.db, ids),
    ]);
    return rows.map((row) => {
      const s = sourcing.get(row.id);
      if (!s) throw AppError.notFound('nhiệm vụ');
      return taskRowView(row, units.get(row.id) ?? [], s, clock);
    });
  }

  async detail(ctx: RequestContext, itemId: string): Promise<TaskDetail> {
    requirePermission(ctx, 'tasks.read');
    const task = await this.repository.findTask(this.db, itemId);
    if (!task) throw AppError.notFound('nhiệm vụ');
    const loaded = await this.access.ofTask(this.db, itemId);
    const permissions = this.access.readable(ctx, loaded);
    const [occurrences, people, timeline, clock, sourcing] = await Promise.all([
      this.repository.occurrences(this.db, itemId),
      this.repository.people(this.db, itemId),
      this.repository.timeline(this.db, itemId),
      this.clock(),
      this.sourcing.of(this.db, [itemId]),
    ]);
    const taskSourcing = sourcing.get(itemId);
    if (!taskSourcing) throw AppError.notFound('nhiệm vụ');
    const attachments = await this.files.list(
      this.db,
      'taskUpdate',
      timeline.map((t) => t.id),
    );
    return taskDetailView(
      {
        task,
        units: loaded.rows,
        occurrences,
        people,
        timeline,
        attachments,
        permissions,
        sourcing: taskSourcing,
      },
      clock,
    );
  }

  /** A plan's items in document order, for choosing what to track. */
  async planItems(ctx: RequestContext, planId: string, kind?: 'task' | 'indicator') {
    requirePermission(ctx, 'plans.read');
    if (!(await this.repository.planExists(this.db, planId))) throw AppError.notFound('kế hoạch');
    await this.planAccess.requireReadable(this.db, ctx, planId);
    const items = await this.repository.planItems(this.db, planId, kind);
    const units = groupUnits(
      await this.repository.units(
        this.db,
        items.map((i) => i.id),
      ),
    );
    return {
      items: items.map((item) => {
        const own = units.get(item.id) ?? [];
        return {
          id: item.id,
          kind: item.kind,
          part: item.part,
          domain: item.domain,
          ordinal: item.ordinal,
          subOrdinal: item.sub_ordinal,
          content: item.content,
          output: item.output,
          leadUnits: own.filter((u) => u.role === 'lead').map(unitRef),
          coordinatorUnits: own.filter((u) => u.role === 'coordinator').map(unitRef),
          timeframe: timeframeLabel(item.timeframe),
          timeframeKind: item.timeframe_kind,
          target: parseStoredOrNull(parsedTargetSchema, item.target, 'chỉ tiêu của kế hoạch'),
        };
      }),
    };
  }

  /** An evidence file, readable by whoever may read the task it belongs to. */
  async attachment(ctx: RequestContext, id: string): Promise<DownloadFile> {
    requirePermission(ctx, 'tasks.read');
    const file = await this.files.find(this.db, id);
    const update =
      file?.ownerType === 'taskUpdate' ? await this.writes.findUpdate(this.db, file.ownerId) : undefined;
    if (!file || !update) throw AppError.notFound('tệp đính kèm');
    this.access.readable(ctx, await this.access.ofTask(this.db, update.plan_item_id));
    return { filename: file.filename, contentType: file.contentType, content: file.content };
  }

  async update(ctx: RequestContext, itemId: string, input: TaskUpdateInput): Promise<TaskDetail> {
    await this.work.update(ctx, itemId, input);
    return this.detail(ctx, itemId);
  }

  async updatePart(ctx: RequestContext, itemId: string, unitId: string, input: PartUpdateInput) {
    await this.work.updatePart(ctx, itemId, unitId, input);
    return this.detail(ctx, itemId);
  }

  async setPeople(ctx: RequestContext, itemId: string, input: PeopleInput): Promise<TaskDetail> {
    await this.work.setPeople(ctx, itemId, input);
    return this.detail(ctx, itemId);
  }

  async trigger(ctx: RequestContext, itemId: string, input: TriggerInput) {
    const result = await this.work.trigger(ctx, itemId, input);
    return { ...result, task: await this.detail(ctx, itemId) };
  }

  bulkStatus(ctx: RequestContext, input: BulkStatusInput): Promise<{ updated: number }> {
    return this.work.bulkStatus(ctx, input);
  }

  attach(ctx: RequestContext, itemId: string, updateId: string, file: UploadedFile) {
    return this.work.attach(ctx, itemId, updateId, file);
  }

  private async clock(): Promise<Clock> {
    return { today: vietnamDateAt(this.now()), calendar: await this.calendar.calendar() };
  }

  private async filter(ctx: RequestContext, query: TaskListQuery): Promise<TaskListFilter> {
    return {
      planId: query.planId,
      unitId: query.unitId,
      role: query.role,
      domain: query.domain,
      status: query.status,
      dueFrom: query.dueFrom,
      dueBefore: query.dueBefore,
      sourceKind: query.sourceKind,
      leaderId: query.leaderId,
      terms: searchTerms(query.q ?? ''),
      scopeUnitIds: await this.access.scopeUnitIds(this.db, ctx),
      currentPeriodCodes: currentPeriodCodes(vietnamDateAt(this.now())),
    };
  }
}
