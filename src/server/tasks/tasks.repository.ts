import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { TaskSourceKind } from '../../domain/directives/kinds.js';
import type { TaskStatus } from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';

export interface TaskListFilter {
  planId?: string | undefined;
  unitId?: string | undefined;
  role: 'lead' | 'coordinator' | 'any';
  domain?: string | undefined;
  status?: TaskStatus | undefined;
  dueFrom?: string | undefined;
  dueBefore?: string | undefined;
  sourceKind?: TaskSourceKind | undefined;
  leaderId?: string | undefined;
  /** Folded words; each must occur in the item's search text. */
  terms: readonly string[];
  /** Units whose tasks the reader may see; null for everything. */
  scopeUnitIds: readonly string[] | null;
  /** Codes of the periods holding today: continuous work is "current" in the period it is in. */
  currentPeriodCodes: readonly string[];
}

/** The columns of `OccurrenceFields`, for every query that reads or returns an occurrence. */
export const OCCURRENCE_COLUMNS = [
  'id',
  'plan_item_id',
  'key',
  'label',
  'period_code',
  'due_date',
  'deadline',
  'status',
  'progress',
  'completed_on',
  'cancel_reason',
  'version',
  'source',
] as const;

export interface OccurrenceFields {
  id: string;
  plan_item_id: string;
  key: string;
  label: string;
  period_code: string | null;
  due_date: string | null;
  deadline: string | null;
  status: TaskStatus;
  progress: number;
  completed_on: string | null;
  cancel_reason: string | null;
  version: number;
  source: string;
}

export interface TaskUnitRow {
  plan_item_id: string;
  org_unit_id: string;
  role: 'lead' | 'coordinator';
  name: string;
  short_name: string | null;
  part_status: TaskStatus;
  part_note: string | null;
  part_version: number;
  part_updated_at: Date | null;
}

const OPEN = sql`('done', 'cancelled')`;

/** Plan items joined with their plan: what the task filters narrow, with or without `cur`. */
type PlanItemQuery = SelectQueryBuilder<
  Database & { pi: Database['plan_items']; p: Database['plans'] },
  'pi' | 'p',
  object
>;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Reads of tasks: lists, the detail and its timeline. Writes live in task-writes.repository.ts. */
export class TaskRepository {
  /** The tasks of the filter with their current occurrence (`cur`). */
  private filtered(db: Kysely<Database>, f: TaskListFilter) {
    const codes = f.currentPeriodCodes.length ? f.currentPeriodCodes : [''];
    const query = this.itemsWithPlan(db)
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('task_occurrences as o')
            .select([
              'o.id',
              'o.label',
              'o.status',
              'o.progress',
              'o.due_date',
              'o.deadline',
              'o.completed_on',
              'o.version',
            ])
            .whereRef('o.plan_item_id', '=', 'pi.id')
            // Open work with a deadline first (earliest), then open continuous work of the current
            // period, then the latest of the rest.
            .orderBy(
              sql`case when o.status not in ${OPEN} and o.deadline is not null then 0
                when o.status not in ${OPEN} and o.period_code in (${sql.join(codes)}) then 1 else 2 end`,
            )
            .orderBy(sql`case when o.status not in ${OPEN} then o.deadline end`, (ob) => ob.asc().nullsLast())
            .orderBy('o.deadline', (ob) => ob.desc().nullsLast())
            .orderBy('o.period_code', (ob) => ob.desc().nullsLast())
            .orderBy('o.key', 'desc')
            .limit(1)
            .as('cur'),
        (join) => join.onTrue(),
      )
      .where('pi.kind', '=', 'task');
    let current = this.narrowed(query, f);
    if (f.status) current = current.where('cur.status', '=', f.status);
    if (f.dueFrom) current = current.where('cur.deadline', '>=', f.dueFrom);
    if (f.dueBefore) current = current.where('cur.deadline', '<=', f.dueBefore);
    return current;
  }

  /** The filters on the task itself: plan, read scope, unit, domain and search terms. */
  private narrowed<Q extends PlanItemQuery>(q: Q, f: TaskListFilter): Q {
    let query = q as unknown as PlanItemQuery;
    query = f.planId ? query.where('pi.plan_id', '=', f.planId) : query.where('p.status', '=', 'active');
    const { scopeUnitIds, unitId } = f;
    if (scopeUnitIds !== null) {
      if (scopeUnitIds.length === 0) return query.where(sql<boolean>`false`) as unknown as Q;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('plan_item_units as s')
            .select('s.plan_item_id')
            .whereRef('s.plan_item_id', '=', 'pi.id')
            .where('s.org_unit_id', 'in', scopeUnitIds),
        ),
      );
    }
    if (unitId) {
      const roles = f.role === 'any' ? (['lead', 'coordinator'] as const) : [f.role];
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('plan_item_units as r')
            .select('r.plan_item_id')
            .whereRef('r.plan_item_id', '=', 'pi.id')
            .where('r.org_unit_id', '=', unitId)
            .where('r.role', 'in', roles),
        ),
      );
    }
    if (f.domain) query = query.where('pi.domain', '=', f.domain);
    if (f.sourceKind) query = query.where('p.source_kind', '=', f.sourceKind);
    if (f.leaderId) query = query.where('pi.leader_id', '=', f.leaderId);
    for (const term of f.terms) query = query.where('pi.search_text', 'like', `%${escapeLike(term)}%`);
    return query as unknown as Q;
  }

  private itemsWithPlan(db: Kysely<Database>) {
    return db.selectFrom('plan_items as pi').innerJoin('plans as p', 'p.id', 'pi.plan_id');
  }

  /**
   * Without a filter on the current occurrence the count skips choosing it: at national scale that
   * choice is a sorted lookup per task, and the count does not depend on it.
   */
  async count(db: Kysely<Database>, filter: TaskListFilter): Promise<number> {
    const count = sql<string | number | bigint>`count(*)`.as('n');
    const onCurrent = Boolean(filter.status) || Boolean(filter.dueFrom) || Boolean(filter.dueBefore);
    const row = onCurrent
      ? await this.filtered(db, filter).select(count).executeTakeFirstOrThrow()
      : await this.narrowed(this.itemsWithPlan(db).where('pi.kind', '=', 'task'), filter)
          .select(count)
          .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async list(db: Kysely<Database>, filter: TaskListFilter, page: { offset: number; limit: number }) {
    return this.filtered(db, filter)
      .select((eb) => [
        'pi.id',
        'pi.plan_id',
        'p.number as plan_number',
        'p.title as plan_title',
        'pi.ordinal',
        'pi.sub_ordinal',
        'pi.domain',
        'pi.content',
        'pi.output',
        'pi.timeframe',
        'pi.timeframe_kind',
        'cur.id as occ_id',
        'cur.label as occ_label',
        'cur.status as occ_status',
        'cur.progress as occ_progress',
        'cur.due_date as occ_due_date',
        'cur.deadline as occ_deadline',
        'cur.completed_on as occ_completed_on',
        'cur.version as occ_version',
        eb
          .selectFrom('task_occurrences as c')
          .select((c) => c.fn.countAll<string | number | bigint>().as('n'))
          .whereRef('c.plan_item_id', '=', 'pi.id')
          .as('occ_total'),
        eb
          .selectFrom('task_occurrences as d')
          .select((d) => d.fn.countAll<string | number | bigint>().as('n'))
          .whereRef('d.plan_item_id', '=', 'pi.id')
          .where('d.status', '=', 'done')
          .as('occ_done'),
      ])
      .orderBy('cur.deadline', (ob) => ob.asc().nullsLast())
      .orderBy('p.year', 'desc')
      .orderBy('pi.plan_id')
      .orderBy('pi.position')
      .offset(page.offset)
      .limit(page.limit)
      .execute();
  }

  async units(db: Kysely<Database>, itemIds: readonly string[]): Promise<TaskUnitRow[]> {
    if (itemIds.length === 0) return [];
    return db
      .selectFrom('plan_item_units as u')
      .innerJoin('org_units as ou', 'ou.id', 'u.org_unit_id')
      .select([
        'u.plan_item_id',
        'u.org_unit_id',
        'u.role',
        'ou.name',
        'ou.short_name',
        'u.part_status',
        'u.part_note',
        'u.part_version',
        'u.part_updated_at',
      ])
      .where('u.plan_item_id', 'in', itemIds)
      .orderBy('ou.sort_order')
      .orderBy('ou.name')
      .execute();
  }

  /** Every unit with its parent, to work out who sits under whom. */
  async unitParents(db: Kysely<Database>) {
    return db.selectFrom('org_units').select(['id', 'parent_id as parentId']).execute();
  }

  async findTask(db: Kysely<Database>, itemId: string) {
    return db
      .selectFrom('plan_items as pi')
      .innerJoin('plans as p', 'p.id', 'pi.plan_id')
      .select([
        'pi.id',
        'pi.plan_id',
        'pi.part',
        'pi.ordinal',
        'pi.sub_ordinal',
        'pi.domain',
        'pi.content',
        'pi.output',
        'pi.timeframe',
        'pi.timeframe_kind',
        'p.number as plan_number',
        'p.title as plan_title',
        'p.year as plan_year',
        'p.status as plan_status',
      ])
      .where('pi.id', '=', itemId)
      .where('pi.kind', '=', 'task')
      .executeTakeFirst();
  }

  async occurrences(db: Kysely<Database>, itemId: string): Promise<OccurrenceFields[]> {
    return db
      .selectFrom('task_occurrences')
      .select(OCCURRENCE_COLUMNS)
      .where('plan_item_id', '=', itemId)
      .orderBy('deadline', (ob) => ob.asc().nullsLast())
      .orderBy('period_code')
      .orderBy('key')
      .execute();
  }

  async people(db: Kysely<Database>, itemId: string) {
    return db
      .selectFrom('task_people as tp')
      .innerJoin('users as u', 'u.id', 'tp.user_id')
      .select(['tp.role', 'u.id', 'u.full_name', 'u.org_unit_id'])
      .where('tp.plan_item_id', '=', itemId)
      .orderBy('u.full_name')
      .execute();
  }

  async timeline(db: Kysely<Database>, itemId: string) {
    return db
      .selectFrom('task_updates as t')
      .leftJoin('task_occurrences as o', 'o.id', 't.occurrence_id')
      .leftJoin('org_units as ou', 'ou.id', 't.org_unit_id')
      .select([
        't.id',
        't.kind',
        't.occurrence_id',
        'o.label as occurrence_label',
        't.org_unit_id',
        'ou.name as unit_name',
        'ou.short_name as unit_short_name',
        't.author_id',
        't.author_name',
        't.status_from',
        't.status_to',
        't.progress',
        't.note',
        't.reason',
        't.evidence',
        't.created_at',
      ])
      .where('t.plan_item_id', '=', itemId)
      .orderBy('t.created_at', 'desc')
      .orderBy('t.id', 'desc')
      .execute();
  }

  async planItems(db: Kysely<Database>, planId: string, kind?: 'task' | 'indicator') {
    let query = db
      .selectFrom('plan_items')
      .select([
        'id',
        'kind',
        'part',
        'domain',
        'ordinal',
        'sub_ordinal',
        'content',
        'output',
        'timeframe',
        'timeframe_kind',
        'target',
      ])
      .where('plan_id', '=', planId)
      .orderBy('position');
    if (kind) query = query.where('kind', '=', kind);
    return query.execute();
  }

  async planExists(db: Kysely<Database>, planId: string): Promise<boolean> {
    return (
      (await db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst()) !== undefined
    );
  }
}
