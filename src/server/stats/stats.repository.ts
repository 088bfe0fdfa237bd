import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { IsoDate } from '../../domain/calendar/index.js';
import type { TaskStatsCounts } from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';

export type UnitRole = 'lead' | 'coordinator' | 'any';

export interface StatsFilter {
  asOf: IsoDate;
  /** A given plan counts whatever its status; otherwise only active plans do. */
  planId: string | null;
  unit: { id: string; role: UnitRole; includeSubunits: boolean } | null;
  domain: string | null;
  /** The period's dates, and every period code overlapping it (for continuous work). */
  period: { start: IsoDate; end: IsoDate; overlappingCodes: readonly string[] } | null;
}

export interface BreakdownRow extends TaskStatsCounts {
  key: string | null;
}

type Fragment = RawBuilder<unknown>;

const ROLES: Record<UnitRole, readonly string[]> = {
  lead: ['lead'],
  coordinator: ['coordinator'],
  any: ['lead', 'coordinator'],
};

function list(values: readonly string[]): Fragment {
  return sql`(${sql.join(values.map((v) => sql`${v}`))})`;
}

/** The unit, or the unit and every unit below it. */
function unitSet(unit: NonNullable<StatsFilter['unit']>): Fragment {
  if (!unit.includeSubunits) return sql`(${unit.id}::uuid)`;
  return sql`(with recursive tree(id) as (
      select id from org_units where id = ${unit.id}::uuid
      union all
      select c.id from org_units c join tree t on c.parent_id = t.id
    ) select id from tree)`;
}

/**
 * One count per statistic, all in a single pass. Each mirrors `taskStats` in
 * domain/tracking/task-stats.ts: "done as of A" is `completed_on <= A`, and a count is due once
 * its deadline is on or before A. A null comparison is never true, which is what every filter
 * wants for a missing deadline or completion date.
 */
function countColumns(asOf: IsoDate): Fragment {
  const a = sql`${asOf}::date`;
  const live = sql`o.status <> 'cancelled'`;
  const done = sql`o.completed_on <= ${a}`;
  const open = sql`(o.completed_on is null or o.completed_on > ${a})`;
  return sql`
    count(*) filter (where ${live}) as assigned,
    count(*) filter (where ${live} and o.deadline <= ${a}) as due,
    count(*) filter (where ${live} and o.deadline <= ${a} and ${done}) as due_done,
    count(*) filter (where ${live} and ${done} and (o.deadline is null or o.completed_on <= o.deadline)) as done_on_time,
    count(*) filter (where ${live} and ${done} and o.completed_on > o.deadline) as done_late,
    count(*) filter (where ${live} and ${open} and (o.deadline is null or o.deadline >= ${a})) as in_progress,
    count(*) filter (where ${live} and ${open} and o.deadline < ${a}) as overdue,
    count(*) filter (where o.status = 'cancelled') as cancelled`;
}

interface CountsRow {
  assigned: unknown;
  due: unknown;
  due_done: unknown;
  done_on_time: unknown;
  done_late: unknown;
  in_progress: unknown;
  overdue: unknown;
  cancelled: unknown;
}

function toCounts(row: CountsRow | undefined): TaskStatsCounts {
  // bigint counts arrive as strings from pg.
  const n = (value: unknown) => Number(value ?? 0);
  return {
    assigned: n(row?.assigned),
    due: n(row?.due),
    dueDone: n(row?.due_done),
    doneOnTime: n(row?.done_on_time),
    doneLate: n(row?.done_late),
    inProgress: n(row?.in_progress),
    overdue: n(row?.overdue),
    cancelled: n(row?.cancelled),
  };
}

/** Conditions on `task_occurrences o`; `withUnit` false when the caller joins the units itself. */
function conditions(filter: StatsFilter, withUnit: boolean): Fragment {
  const parts: Fragment[] = [];
  parts.push(
    filter.planId === null
      ? sql`o.plan_id in (select id from plans where status = 'active')`
      : sql`o.plan_id = ${filter.planId}::uuid`,
  );
  if (filter.domain !== null) {
    parts.push(sql`o.plan_item_id in (select id from plan_items where domain = ${filter.domain})`);
  }
  if (filter.unit !== null && withUnit) {
    parts.push(sql`o.plan_item_id in (
      select u.plan_item_id from plan_item_units u
      where u.role in ${list(ROLES[filter.unit.role])} and u.org_unit_id in ${unitSet(filter.unit)})`);
  }
  if (filter.period !== null) {
    const { start, end, overlappingCodes } = filter.period;
    // As `inPeriod` in domain/tracking/completion.ts: dated work by its due date, continuous work
    // wherever its own reporting period overlaps.
    parts.push(sql`(o.due_date between ${start}::date and ${end}::date
      or (o.due_date is null and o.source = 'continuous' and o.period_code in ${list(overlappingCodes)}))`);
  }
  return sql.join(parts, sql` and `);
}

/** Statistics of task occurrences, counted in the database so that 100,000 tasks stay fast. */
export class StatsRepository {
  async counts(db: Kysely<Database>, filter: StatsFilter): Promise<TaskStatsCounts> {
    const { rows } = await sql<CountsRow>`
      select ${countColumns(filter.asOf)}
      from task_occurrences o
      where ${conditions(filter, true)}`.execute(db);
    return toCounts(rows[0]);
  }

  /** One row per unit named on the tasks in the given role; with `role` any, a task counts for each. */
  async byUnit(db: Kysely<Database>, filter: StatsFilter, role: UnitRole): Promise<BreakdownRow[]> {
    const inScope = filter.unit === null ? sql`true` : sql`u.org_unit_id in ${unitSet(filter.unit)}`;
    // A unit that both leads and coordinates a task counts it once; `distinct` costs a pass over
    // every link, so it is only paid for when both roles are asked for.
    const links =
      role === 'any'
        ? sql`(select distinct plan_item_id, org_unit_id from plan_item_units)`
        : sql`(select plan_item_id, org_unit_id from plan_item_units where role = ${role})`;
    const { rows } = await sql<CountsRow & { key: string }>`
      select u.org_unit_id as key, ${countColumns(filter.asOf)}
      from task_occurrences o
      join ${links} u on u.plan_item_id = o.plan_item_id
      where ${conditions(filter, false)} and ${inScope}
      group by u.org_unit_id`.execute(db);
    return rows.map((r) => ({ key: r.key, ...toCounts(r) }));
  }

  async byDomain(db: Kysely<Database>, filter: StatsFilter): Promise<BreakdownRow[]> {
    const { rows } = await sql<CountsRow & { key: string | null }>`
      select i.domain as key, ${countColumns(filter.asOf)}
      from task_occurrences o
      join plan_items i on i.id = o.plan_item_id
      where ${conditions(filter, true)}
      group by i.domain`.execute(db);
    return rows.map((r) => ({ key: r.key, ...toCounts(r) }));
  }

  async planExists(db: Kysely<Database>, planId: string): Promise<boolean> {
    const row = await db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
    return row !== undefined;
  }
}
