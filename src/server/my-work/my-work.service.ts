import type { Kysely } from 'kysely';
import {
  type IsoDate,
  type WorkingCalendar,
  addDays,
  compareIsoDates,
  vietnamDateAt,
} from '../../domain/calendar/index.js';
import {
  DEFAULT_DUE_SOON_WORKING_DAYS,
  periodCodesContaining,
  timeliness,
} from '../../domain/tracking/index.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { ReportPeriodService } from '../report-regimes/report-periods.service.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import type { OrgUnitService } from '../org-units/org-units.service.js';
import type { StatsService } from '../stats/stats.service.js';
import { TaskAccessLoader } from '../tasks/task-access.loader.js';
import { type InboxQuery, MyWorkRepository, type WorkPage } from './my-work.repository.js';
import {
  type MyWorkQuery,
  type MyWorkResponse,
  REPORTS_DUE_HORIZON_DAYS,
  type TaskSection,
  type TaskSectionKey,
} from './my-work.schemas.js';

const TASK_SECTION_ORDER: TaskSectionKey[] = [
  'overdue',
  'dueSoon',
  'awaitingUpdate',
  'coordinating',
  'assignedToMe',
];

const TITLES: Record<TaskSectionKey, string> = {
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  awaitingUpdate: 'Chờ cập nhật kỳ này',
  coordinating: 'Phối hợp thực hiện',
  assignedToMe: 'Được giao cho tôi',
};

/** Midnight at the start of `date` in Việt Nam (UTC+7, no daylight saving). */
function vietnamMidnight(date: IsoDate): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** "Việc của tôi": what a unit and a person have on their desk on a day. */
export class MyWorkService {
  private readonly repository = new MyWorkRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly orgUnits: OrgUnitService,
    private readonly calendars: CalendarService,
    private readonly reportPeriods: ReportPeriodService,
    private readonly stats: StatsService,
    private readonly now: () => Date,
  ) {}

  async inbox(ctx: RequestContext, query: MyWorkQuery): Promise<MyWorkResponse> {
    requirePermission(ctx, 'tasks.read');
    const units = new Map((await this.orgUnits.listAll()).map((u) => [u.id, u]));
    const unitId = query.unitId ?? requireActor(ctx).orgUnitId;
    const unit = units.get(unitId);
    if (!unit) throw AppError.notFound('đơn vị');
    if (!TaskAccessLoader.readsUnit(ctx, units, unitId)) {
      const reach = TaskAccessLoader.readScope(ctx);
      throw AppError.forbidden(
        reach === 'agency'
          ? 'Bạn chỉ xem được việc của các đơn vị thuộc cơ quan mình.'
          : reach === 'unitAndBelow'
            ? 'Bạn chỉ xem được việc của đơn vị mình và các đơn vị cấp dưới.'
            : 'Bạn chỉ xem được việc của đơn vị mình.',
      );
    }
    const calendar = await this.calendars.calendar();
    const asOf = query.asOf ?? vietnamDateAt(this.now());
    // The deadline is always a working day, so "at most N working days away" is "on or before the
    // N-th working day after today" (the same window `timeliness` calls dueSoon).
    const dueSoonUntil = calendar.addWorkingDays(asOf, DEFAULT_DUE_SOON_WORKING_DAYS);
    const currentCodes = periodCodesContaining(asOf);
    const userId = ctx.actor?.userId ?? null;
    const past = compareIsoDates(asOf, vietnamDateAt(this.now())) < 0;
    const q: InboxQuery = { unitId, userId, asOf, past, limit: query.limit };

    const writtenBefore = vietnamMidnight(addDays(asOf, 1));
    const sections = [
      this.repository.overdue(q),
      this.repository.dueSoon(q, dueSoonUntil),
      this.repository.awaitingUpdate(q, currentCodes, writtenBefore),
      this.repository.coordinating(q, currentCodes),
      ...(userId === null ? [] : [this.repository.assignedTo({ ...q, userId }, currentCodes)]),
    ];
    // Reports are judged at an instant: now, or the end of the day asked about.
    const at =
      query.asOf === undefined ? this.now() : new Date(vietnamMidnight(addDays(asOf, 1)).getTime() - 1);
    const until = vietnamMidnight(addDays(asOf, REPORTS_DUE_HORIZON_DAYS + 1));
    // Three reads at once: every task section in one statement, the reports owed and the summary.
    const [found, owed, summary] = await Promise.all([
      this.repository.pages<TaskSectionKey>(this.db, q, sections),
      this.reportPeriods.owedBy(unitId, at, until),
      this.stats.completion({
        asOf,
        planId: null,
        unit: { id: unitId, role: 'lead', includeSubunits: false },
        // The unit was checked readable above, and only its own tasks are counted.
        readableUnitIds: null,
        domain: null,
        period: null,
      }),
    ]);
    const none: WorkPage = { count: 0, rows: [] };
    const page = (key: TaskSectionKey) => found.get(key) ?? none;
    const pages: [TaskSectionKey, WorkPage][] = TASK_SECTION_ORDER.map((key) => [key, page(key)]);
    return {
      unit: { id: unit.id, name: unit.name },
      asOf,
      dueSoonWorkingDays: DEFAULT_DUE_SOON_WORKING_DAYS,
      dueSoonUntil,
      summary,
      sections: pages.map(([key, page]) => this.section(key, page, asOf, calendar)),
      reportsDue: {
        key: 'reportsDue',
        title: 'Báo cáo phải nộp',
        count: owed.length,
        items: owed.slice(0, query.limit).map((report) => ({ kind: 'report' as const, ...report })),
      },
    };
  }

  private section(
    key: TaskSectionKey,
    page: WorkPage,
    asOf: IsoDate,
    calendar: WorkingCalendar,
  ): TaskSection {
    return {
      key,
      title: TITLES[key],
      count: page.count,
      countBasis: 'occurrences' as const,
      items: page.rows.map(({ dueDate, ...row }) => ({
        kind: 'task' as const,
        ...row,
        timeliness: timeliness({ dueDate, status: row.status, today: asOf }, { calendar }),
      })),
    };
  }
}
