import type { Kysely } from 'kysely';
import {
  type CalendarAdjustment,
  OFFICIAL_ADJUSTMENTS,
  WorkingCalendar,
  addDays,
  isoWeekday,
} from '../../domain/calendar/index.js';
import type { AuditService } from '../audit/audit.service.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { CalendarRepository } from './calendar.repository.js';

const ENTITY = 'calendarAdjustment';

/**
 * The working-day calendar in force: statutory holidays, the official adjustments shipped with the
 * code, and the admin's records on top (a later record for a date wins). Deadlines of stored task
 * occurrences are kept in step with it.
 */
export class CalendarService {
  private readonly repository = new CalendarRepository();
  private cached: WorkingCalendar | null = null;
  private readonly dependents: ((trx: Kysely<Database>) => Promise<void>)[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
  ) {}

  /** Deadlines kept elsewhere (report periods) are recomputed in the same transaction as a change. */
  onChange(refresh: (trx: Kysely<Database>) => Promise<void>): void {
    this.dependents.push(refresh);
  }

  async calendar(db: Kysely<Database> = this.db): Promise<WorkingCalendar> {
    if (this.cached && db === this.db) return this.cached;
    const recorded = await this.repository.list(db);
    const calendar = new WorkingCalendar({ adjustments: [...OFFICIAL_ADJUSTMENTS, ...recorded] });
    if (db === this.db) this.cached = calendar;
    return calendar;
  }

  /** Every day of a year with its holidays and adjustments, for the admin screen. */
  async year(ctx: RequestContext, year: number) {
    requirePermission(ctx, 'plans.read');
    const calendar = await this.calendar();
    const recorded = new Set((await this.repository.list(this.db, year)).map((a) => a.date));
    const days = [];
    for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
      const info = calendar.describeDay(date);
      const weekend = isoWeekday(date) >= 6;
      // Only the days that differ from a plain Monday–Friday week are listed.
      if (info.holidays.length === 0 && info.adjustment === undefined && weekend !== info.isWorkingDay)
        continue;
      days.push({
        date,
        isWorkingDay: info.isWorkingDay,
        holidays: info.holidays.map((h) => h.name),
        adjustment: info.adjustment
          ? { kind: info.adjustment.kind, note: info.adjustment.note, recorded: recorded.has(date) }
          : null,
      });
    }
    return { year, hasAdjustments: calendar.hasAdjustmentsForYear(year), days };
  }

  async record(ctx: RequestContext, adjustment: CalendarAdjustment) {
    requirePermission(ctx, 'calendar.manage');
    const weekend = isoWeekday(adjustment.date) >= 6;
    if (adjustment.kind === 'workday' && !weekend) {
      throw AppError.validation('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.');
    }
    if (adjustment.kind === 'dayOff' && weekend) {
      throw AppError.validation('Ngày nghỉ bù phải là ngày làm việc trong tuần (thứ Hai đến thứ Sáu).');
    }
    await this.db.transaction().execute(async (trx) => {
      const before = await this.repository.find(trx, adjustment.date);
      await this.repository.upsert(trx, adjustment, ctx.actor?.userId ?? null);
      await this.audit.record(trx, ctx, {
        action: before ? 'update' : 'create',
        entityType: ENTITY,
        entityId: null,
        before: before ?? null,
        after: adjustment,
      });
      await this.refreshDeadlines(trx);
    });
    this.cached = null;
  }

  async remove(ctx: RequestContext, date: string) {
    requirePermission(ctx, 'calendar.manage');
    await this.db.transaction().execute(async (trx) => {
      const before = await this.repository.find(trx, date);
      if (!before || !(await this.repository.remove(trx, date))) {
        throw AppError.notFound(`điều chỉnh lịch ngày ${date}`);
      }
      await this.audit.record(trx, ctx, { action: 'delete', entityType: ENTITY, entityId: null, before });
      await this.refreshDeadlines(trx);
    });
    this.cached = null;
  }

  /** Re-moves every stored deadline with the calendar as it now stands, inside the caller's transaction. */
  private async refreshDeadlines(trx: Kysely<Database>): Promise<void> {
    const calendar = await this.calendar(trx);
    for (const { dueDate, deadline } of await this.repository.occurrenceDueDates(trx)) {
      const moved = calendar.nextWorkingDayOnOrAfter(dueDate);
      if (moved !== deadline) await this.repository.setDeadline(trx, dueDate, moved);
    }
    for (const o of await this.repository.extendedOccurrences(trx)) {
      const deadline = calendar.nextWorkingDayOnOrAfter(o.extended_to ?? '');
      const original =
        o.due_date === null ? o.original_deadline : calendar.nextWorkingDayOnOrAfter(o.due_date);
      if (deadline !== o.deadline || original !== o.original_deadline)
        await this.repository.setExtendedDeadlines(trx, o.id, { deadline, originalDeadline: original });
    }
    for (const refresh of this.dependents) await refresh(trx);
  }
}
