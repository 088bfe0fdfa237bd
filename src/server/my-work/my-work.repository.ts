import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { IsoDate } from '../../domain/calendar/index.js';
import type { TaskStatus } from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';

export interface WorkRow {
  occurrenceId: string;
  taskId: string;
  planId: string;
  content: string;
  label: string;
  periodCode: string | null;
  dueDate: IsoDate | null;
  deadline: IsoDate | null;
  status: TaskStatus;
  progress: number;
  /** The asking unit's role in the task; null when it has none (work assigned to a person). */
  role: 'lead' | 'coordinator' | null;
  partStatus: TaskStatus | null;
  leadUnitName: string;
}

export interface WorkPage {
  count: number;
  rows: WorkRow[];
}

/** What every section of the inbox is read against. */
export interface InboxQuery {
  unitId: string;
  userId: string | null;
  asOf: IsoDate;
  /** The as-of date is before today: work completed since then was still open on it. */
  past: boolean;
  limit: number;
}

type Fragment = RawBuilder<unknown>;

/** One section of the inbox: its key, the occurrences it reads and which of them it shows. */
export interface Section<K extends string> {
  key: K;
  from: Fragment;
  where: Fragment;
}

interface RawRow {
  occurrence_id: string;
  task_id: string;
  plan_id: string;
  content: string;
  label: string;
  period_code: string | null;
  due_date: string | null;
  deadline: string | null;
  status: TaskStatus;
  progress: number;
  role: 'lead' | 'coordinator' | null;
  part_status: TaskStatus | null;
  lead_unit_name: string | null;
  total: unknown;
}

const OPEN = sql`o.status not in ('done', 'cancelled')`;

/**
 * Open on the as-of date, as the completion rule reads it (not completed by then, not cancelled).
 * Read today, no completion can be later (completion dates in the future are refused), so the
 * plain status test suffices and keeps the partial indexes of migration 0005 in use; read in the
 * past, work completed after that date counts as open again.
 */
function openOn(q: Pick<InboxQuery, 'asOf' | 'past'>): Fragment {
  return q.past ? sql`(${OPEN} or (o.status = 'done' and o.completed_on > ${q.asOf}::date))` : OPEN;
}

function list(values: readonly string[]): Fragment {
  return sql`(${sql.join(values.map((v) => sql`${v}`))})`;
}

/**
 * Of a task's open occurrences, those on the desk now: every overdue one, the next one to fall
 * due, and continuous work of a period holding the as-of date. A monthly task then shows this
 * month's report, not all the months still ahead.
 */
function current(asOf: IsoDate, currentCodes: readonly string[]): Fragment {
  return sql`(o.deadline < ${asOf}::date
    or (o.deadline >= ${asOf}::date and o.next_rank = 1)
    or (o.deadline is null and (o.period_code is null or o.period_code in ${list(currentCodes)})))`;
}

/** Open occurrences of active plans, each ranked among its task's open ones not yet overdue. */
function openOccurrences(q: Pick<InboxQuery, 'asOf' | 'past'>, items: Fragment): Fragment {
  const asOf = q.asOf;
  return sql`(select o.*, row_number() over (
        partition by o.plan_item_id, (o.deadline >= ${asOf}::date)
        order by o.deadline, o.key) as next_rank
      from task_occurrences o
      where ${openOn(q)}
        and o.plan_item_id in ${items}
        and o.plan_id in (select id from plans where status = 'active'))`;
}

/** The inbox of one unit (and one person), section by section; each query counts and pages at once. */
export class MyWorkRepository {
  /**
   * Every section in one statement (one round trip, one connection): each section's page is its own
   * branch of a `union all`, tagged with the section's key.
   */
  async pages<K extends string>(
    db: Kysely<Database>,
    q: InboxQuery,
    sections: Section<K>[],
  ): Promise<Map<K, WorkPage>> {
    const pages = new Map<K, WorkPage>(sections.map((section) => [section.key, { count: 0, rows: [] }]));
    if (sections.length === 0) return pages;
    const branches = sections.map((section, n) => sql`(${this.page(q, section, n)})`);
    // Each branch keeps its own order, and the outer order says so rather than relying on `union all`.
    const { rows } = await sql<
      RawRow & { section: K }
    >`select * from (${sql.join(branches, sql` union all `)}) s
      order by section_no, deadline nulls last, period_code nulls last, task_id, sort_key`.execute(db);
    for (const r of rows) {
      const page = pages.get(r.section);
      if (!page) continue;
      page.count = Number(r.total ?? 0);
      page.rows.push({
        occurrenceId: r.occurrence_id,
        taskId: r.task_id,
        planId: r.plan_id,
        content: r.content,
        label: r.label,
        periodCode: r.period_code,
        dueDate: r.due_date,
        deadline: r.deadline,
        status: r.status,
        progress: r.progress,
        role: r.role,
        partStatus: r.part_status,
        leadUnitName: r.lead_unit_name ?? '',
      });
    }
    return pages;
  }

  private page<K extends string>(q: InboxQuery, { key, from, where }: Section<K>, n: number): Fragment {
    // Counted in a subquery of its own: with the window beside ORDER BY … LIMIT, the planner walks
    // the deadline index as if it could stop after `limit` rows, and reads every past deadline.
    // The item text and the unit's role are fetched for the page only.
    const order = sql`deadline nulls last, period_code nulls last, plan_item_id, key`;
    return sql`
      select ${key}::text as section, ${n}::int as section_no, w.key as sort_key, w.id as occurrence_id, w.plan_item_id as task_id, w.plan_id, i.content, w.label,
        w.period_code, w.due_date, w.deadline, w.status, w.progress, w.total,
        r.role, case when r.role = 'coordinator' then r.part_status end as part_status,
        (select string_agg(ou.name, ', ' order by ou.sort_order, ou.name)
           from plan_item_units lu join org_units ou on ou.id = lu.org_unit_id
          where lu.plan_item_id = w.plan_item_id and lu.role = 'lead') as lead_unit_name
      from (
        select * from (
          select o.id, o.plan_item_id, o.plan_id, o.label, o.period_code, o.due_date, o.deadline,
            -- A done row here was completed after the as-of date (see openOn): in progress then.
            case when o.status = 'done' then 'inProgress' else o.status end as status,
            o.progress, o.key, count(*) over () as total
          from ${from}
          where ${where}) counted
        order by ${order}
        limit ${q.limit}) w
      join plan_items i on i.id = w.plan_item_id
      left join lateral (
        select u.role, u.part_status from plan_item_units u
        where u.plan_item_id = w.plan_item_id and u.org_unit_id = ${q.unitId}::uuid
        order by u.role desc limit 1) r on true
      order by ${order}`;
  }

  private led(q: InboxQuery): Fragment {
    return sql`(select plan_item_id from plan_item_units where role = 'lead' and org_unit_id = ${q.unitId}::uuid)`;
  }

  /** Open occurrences of active plans whose task the unit leads. */
  private ledOpen(q: InboxQuery): Fragment {
    return sql`${openOn(q)} and o.plan_id in (select id from plans where status = 'active')
      and o.plan_item_id in ${this.led(q)}`;
  }

  /** Led by the unit, not done, deadline passed: stays however old it gets. */
  overdue(q: InboxQuery): Section<'overdue'> {
    return {
      key: 'overdue',
      from: sql`task_occurrences o`,
      where: sql`${this.ledOpen(q)} and o.deadline < ${q.asOf}::date`,
    };
  }

  /** Led by the unit, not done, deadline from the as-of date up to `until` (inclusive). */
  dueSoon(q: InboxQuery, until: IsoDate): Section<'dueSoon'> {
    return {
      key: 'dueSoon',
      from: sql`task_occurrences o`,
      where: sql`${this.ledOpen(q)} and o.deadline between ${q.asOf}::date and ${until}::date`,
    };
  }

  /**
   * Led by the unit, periodic (continuous or recurring), of a period holding the as-of date, and
   * nobody has written progress or status on it by the end of that day.
   */
  awaitingUpdate(
    q: InboxQuery,
    currentCodes: readonly string[],
    writtenBefore: Date,
  ): Section<'awaitingUpdate'> {
    return {
      key: 'awaitingUpdate',
      from: sql`task_occurrences o`,
      where: sql`${this.ledOpen(q)} and o.source in ('continuous', 'recurring') and o.period_code in ${list(currentCodes)}
        and not exists (select 1 from task_updates tu
          where tu.occurrence_id = o.id and tu.kind in ('progress', 'status')
            and tu.created_at < ${writtenBefore.toISOString()}::timestamptz)`,
    };
  }

  /** The unit coordinates and its own part is not finished. */
  coordinating(q: InboxQuery, currentCodes: readonly string[]): Section<'coordinating'> {
    const items = sql`(select plan_item_id from plan_item_units where role = 'coordinator'
      and org_unit_id = ${q.unitId}::uuid and part_status not in ('done', 'cancelled'))`;
    return {
      key: 'coordinating',
      from: sql`${openOccurrences(q, items)} o`,
      where: current(q.asOf, currentCodes),
    };
  }

  /** Tasks the person is named on as assignee, whichever unit leads them. */
  assignedTo(q: InboxQuery & { userId: string }, currentCodes: readonly string[]): Section<'assignedToMe'> {
    const items = sql`(select plan_item_id from task_people where role = 'assignee' and user_id = ${q.userId}::uuid)`;
    return {
      key: 'assignedToMe',
      from: sql`${openOccurrences(q, items)} o`,
      where: current(q.asOf, currentCodes),
    };
  }
}
