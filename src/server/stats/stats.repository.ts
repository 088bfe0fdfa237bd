import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { IsoDate } from '../../domain/calendar/index.js';
import type { TaskSourceKind } from '../../domain/directives/kinds.js';
import type { StandingCounts } from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';

export type UnitRole = 'lead' | 'coordinator' | 'any';

export interface StatsFilter {
  asOf: IsoDate;
  /** A given plan counts whatever its status; otherwise only active plans do. */
  planId: string | null;
  /** Only tasks whose source document is of this kind (directives/kinds.ts); null: every kind. */
  sourceKind?: TaskSourceKind | null;
  unit: { id: string; role: UnitRole; includeSubunits: boolean } | null;
  /** The units the reader may read (domain/access `readsUnit`): a task counts only when it names one. Null: all. */
  readableUnitIds: readonly string[] | null;
  domain: string | null;
  /** The period's dates, and every period code overlapping it (for continuous work). */
  period: { start: IsoDate; end: IsoDate; overlappingCodes: readonly string[] } | null;
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
 * Per task, how many of its occurrences stand where on the as-of date: `standingAsOf` of
 * domain/tracking/completion.ts written as SQL filters ("done as of A" is `completed_on <= A`; a
 * null comparison is never true, which is what each filter wants for a missing date).
 */
function standingColumns(asOf: IsoDate): Fragment {
  const a = sql`${asOf}::date`;
  const dated = sql`o.status <> 'cancelled' and o.deadline is not null`;
  const done = sql`o.completed_on <= ${a}`;
  const open = sql`(o.completed_on is null or o.completed_on > ${a})`;
  return sql`
    count(*) filter (where ${dated} and ${done} and o.completed_on <= o.deadline) as done_on_time,
    count(*) filter (where ${dated} and ${done} and o.completed_on > o.deadline) as done_late,
    count(*) filter (where ${dated} and ${open} and o.deadline < ${a}) as overdue,
    count(*) filter (where ${dated} and ${open} and o.deadline >= ${a}) as in_progress,
    count(*) filter (where o.status <> 'cancelled' and o.deadline is null) as no_deadline,
    count(*) filter (where o.status = 'cancelled') as cancelled,
    count(*) filter (where o.status <> 'cancelled' and o.original_deadline is not null) as extended,
    count(*) filter (where ${dated} and ${done} and o.completed_on <= o.deadline
      and o.completed_on > o.original_deadline) as done_by_extension`;
}

const STANDINGS = [
  'done_on_time',
  'done_late',
  'overdue',
  'in_progress',
  'no_deadline',
  'cancelled',
  'extended',
  'done_by_extension',
];

/**
 * Tasks grouped by which standings they have (`taskOutcome` depends on nothing else), with the
 * occurrences of each standing summed: a handful of rows however many tasks, classified by the domain.
 */
function grouped(perTask: Fragment): Fragment {
  const present = sql.join(STANDINGS.map((c) => sql`(${sql.ref(`t.${c}`)} > 0)`));
  const sums = sql.join(STANDINGS.map((c) => sql`sum(${sql.ref(`t.${c}`)}) as ${sql.ref(c)}`));
  return sql`select t.key, count(*) as tasks, ${sums} from (${perTask}) t group by t.key, ${present}`;
}

interface GroupRow {
  key: string | null;
  tasks: unknown;
  done_on_time: unknown;
  done_late: unknown;
  overdue: unknown;
  in_progress: unknown;
  no_deadline: unknown;
  cancelled: unknown;
  extended: unknown;
  done_by_extension: unknown;
}

/** The groups of one key, ready for `tallyCompletion`. */
export interface StandingGroup {
  key: string | null;
  tasks: number;
  counts: StandingCounts;
}

function toGroup(row: GroupRow): StandingGroup {
  // bigint counts arrive as strings from pg.
  const n = (value: unknown) => Number(value ?? 0);
  return {
    key: row.key,
    tasks: n(row.tasks),
    counts: {
      doneOnTime: n(row.done_on_time),
      doneLate: n(row.done_late),
      overdue: n(row.overdue),
      inProgress: n(row.in_progress),
      noDeadline: n(row.no_deadline),
      cancelled: n(row.cancelled),
      extended: n(row.extended),
      doneByExtension: n(row.done_by_extension),
    },
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
  if (filter.sourceKind !== undefined && filter.sourceKind !== null) {
    parts.push(sql`o.plan_id in (select id from plans where source_kind = ${filter.sourceKind})`);
  }
  if (filter.readableUnitIds !== null) {
    parts.push(
      filter.readableUnitIds.length === 0
        ? sql`false`
        : sql`o.plan_item_id in (select r.plan_item_id from plan_item_units r
            where r.org_unit_id in ${list(filter.readableUnitIds)})`,
    );
  }
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
    // Rule 1 of domain/tracking/completion.ts (`inPeriod`): dated work by its due date, continuous work
    // wherever its own reporting period overlaps.
    parts.push(sql`(o.due_date between ${start}::date and ${end}::date
      or (o.due_date is null and o.source = 'continuous' and o.period_code in ${list(overlappingCodes)}))`);
  }
  return sql.join(parts, sql` and `);
}

/**
 * The standings of the occurrences in scope, grouped per task in the database so that 100,000
 * tasks stay fast; the service classifies and counts them with the completion rule.
 */
export class StatsRepository {
  async groups(db: Kysely<Database>, filter: StatsFilter): Promise<StandingGroup[]> {
    const { rows } = await sql<GroupRow>`${grouped(sql`
      select null::text as key, o.plan_item_id, ${standingColumns(filter.asOf)}
      from task_occurrences o
      where ${conditions(filter, true)}
      group by o.plan_item_id`)}`.execute(db);
    return rows.map(toGroup);
  }

  /** Per unit named on the tasks in the given role; with `role` any, a task counts for each unit. */
  async byUnit(db: Kysely<Database>, filter: StatsFilter, role: UnitRole): Promise<StandingGroup[]> {
    const asked = filter.unit === null ? sql`true` : sql`u.org_unit_id in ${unitSet(filter.unit)}`;
    // A row per unit the reader may read: the other units named on their tasks stay unseen.
    const readable = filter.readableUnitIds;
    const inScope =
      readable === null
        ? asked
        : readable.length === 0
          ? sql`false`
          : sql`${asked} and u.org_unit_id in ${list(readable)}`;
    // A unit that both leads and coordinates a task counts it once; `distinct` costs a pass over
    // every link, so it is only paid for when both roles are asked for.
    const links =
      role === 'any'
        ? sql`(select distinct plan_item_id, org_unit_id from plan_item_units)`
        : sql`(select plan_item_id, org_unit_id from plan_item_units where role = ${role})`;
    const { rows } = await sql<GroupRow>`${grouped(sql`
      select u.org_unit_id::text as key, o.plan_item_id, ${standingColumns(filter.asOf)}
      from task_occurrences o
      join ${links} u on u.plan_item_id = o.plan_item_id
      where ${conditions(filter, false)} and ${inScope}
      group by u.org_unit_id, o.plan_item_id`)}`.execute(db);
    return rows.map(toGroup);
  }

  async byDomain(db: Kysely<Database>, filter: StatsFilter): Promise<StandingGroup[]> {
    const { rows } = await sql<GroupRow>`${grouped(sql`
      select i.domain as key, o.plan_item_id, ${standingColumns(filter.asOf)}
      from task_occurrences o
      join plan_items i on i.id = o.plan_item_id
      where ${conditions(filter, true)}
      group by i.domain, o.plan_item_id`)}`.execute(db);
    return rows.map(toGroup);
  }

  async planExists(db: Kysely<Database>, planId: string): Promise<boolean> {
    const row = await db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
    return row !== undefined;
  }
}
