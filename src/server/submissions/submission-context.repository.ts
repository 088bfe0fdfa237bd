import { evidenceSchema } from '../../domain/consolidation/schema.js';
import { parseStoredOrNull } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface OccurrenceFact {
  occurrenceId: string;
  planItemId: string;
  content: string;
  domain: string | null;
  planNumber: string | null;
  label: string;
  dueDate: string | null;
  deadline: string | null;
  status: string;
  progress: number;
  completedOn: string | null;
}

export interface TrackedValue {
  planItemId: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  asOf: string;
  source: string | null;
  version: number;
}

/** What a report shows besides its own text: the unit's tasks, and the indicators' tracked figures. */
export class SubmissionContextRepository {
  /** Occurrences due in [from, to] of tasks the unit leads in active plans, cancelled ones left out. */
  async leadOccurrences(
    db: Kysely<Database>,
    unitId: string,
    from: string,
    to: string,
  ): Promise<OccurrenceFact[]> {
    const rows = await db
      .selectFrom('task_occurrences as o')
      .innerJoin('plan_items as i', 'i.id', 'o.plan_item_id')
      .innerJoin('plans as p', 'p.id', 'o.plan_id')
      .innerJoin('plan_item_units as u', (join) =>
        join
          .onRef('u.plan_item_id', '=', 'o.plan_item_id')
          .on('u.role', '=', 'lead')
          .on('u.org_unit_id', '=', unitId),
      )
      .select([
        'o.id',
        'o.plan_item_id',
        'i.content',
        'i.domain',
        'p.number',
        'o.label',
        'o.due_date',
        'o.deadline',
        'o.status',
        'o.progress',
        'o.completed_on',
      ])
      .where('p.status', '=', 'active')
      .where('i.kind', '=', 'task')
      .where('o.status', '<>', 'cancelled')
      .where('o.due_date', '>=', from)
      .where('o.due_date', '<=', to)
      .orderBy('o.due_date')
      .orderBy('i.position')
      .execute();
    return rows.map((r) => ({
      occurrenceId: r.id,
      planItemId: r.plan_item_id,
      content: r.content,
      domain: r.domain,
      planNumber: r.number,
      label: r.label,
      dueDate: r.due_date,
      deadline: r.deadline,
      status: r.status,
      progress: r.progress,
      completedOn: r.completed_on,
    }));
  }

  /** The latest evidence recorded for each occurrence (or for its task as a whole). */
  async latestEvidence(db: Kysely<Database>, planItemIds: readonly string[]) {
    if (planItemIds.length === 0) return [];
    const rows = await db
      .selectFrom('task_updates')
      .select(['plan_item_id', 'occurrence_id', 'evidence', 'created_at'])
      .where('plan_item_id', 'in', planItemIds)
      .where('evidence', 'is not', null)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((row) => ({
      ...row,
      evidence: parseStoredOrNull(evidenceSchema, row.evidence, 'văn bản chứng minh kết quả'),
    }));
  }

  /** Indicators with their plan's year and the units that lead them. */
  async indicators(db: Kysely<Database>, ids: readonly string[]) {
    if (ids.length === 0) return [];
    const [items, leads] = await Promise.all([
      db
        .selectFrom('plan_items as i')
        .innerJoin('plans as p', 'p.id', 'i.plan_id')
        .select(['i.id', 'i.content', 'i.target', 'p.year'])
        .where('i.id', 'in', ids)
        .where('i.kind', '=', 'indicator')
        .execute(),
      db
        .selectFrom('plan_item_units')
        .select(['plan_item_id', 'org_unit_id'])
        .where('plan_item_id', 'in', ids)
        .where('role', '=', 'lead')
        .execute(),
    ]);
    return items.map((item) => ({
      id: item.id,
      content: item.content,
      target: item.target,
      planYear: item.year,
      leadUnitIds: leads.filter((l) => l.plan_item_id === item.id).map((l) => l.org_unit_id),
    }));
  }

  /** Values of the whole indicator (no breakdown) for one period. */
  async trackedValues(
    db: Kysely<Database>,
    ids: readonly string[],
    periodCode: string,
  ): Promise<TrackedValue[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('indicator_values')
      .select(['plan_item_id', 'value', 'numerator', 'denominator', 'as_of', 'source', 'version'])
      .where('plan_item_id', 'in', ids)
      .where('period_code', '=', periodCode)
      .where('breakdown', '=', '')
      .execute();
    return rows.map((r) => ({
      planItemId: r.plan_item_id,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      asOf: r.as_of,
      source: r.source,
      version: r.version,
    }));
  }
}
