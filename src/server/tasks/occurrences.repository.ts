import type { Timeframe } from '../../domain/timeframe/index.js';
import type { Stored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface TaskItemForSync {
  id: string;
  timeframe: Stored<Timeframe>;
}

export interface OccurrenceRow {
  id: string;
  planItemId: string;
  key: string;
  source: string;
  status: string;
  dueDate: string | null;
  deadline: string | null;
  periodCode: string | null;
  label: string;
  /** The date an approved extension granted: the deadline follows it, not the plan's date. */
  extendedTo: string | null;
}

export interface OccurrenceWrite {
  planItemId: string;
  planId: string;
  key: string;
  periodCode: string | null;
  dueDate: string | null;
  deadline: string | null;
  label: string;
  source: string;
}

/** Storage of task occurrences as generated from the plan; progress on them is the tasks concept's. */
export class OccurrenceRepository {
  async taskItems(db: Kysely<Database>, planId: string): Promise<TaskItemForSync[]> {
    return db
      .selectFrom('plan_items')
      .select(['id', 'timeframe'])
      .where('plan_id', '=', planId)
      .where('kind', '=', 'task')
      .execute();
  }

  async ofPlan(db: Kysely<Database>, planId: string): Promise<OccurrenceRow[]> {
    const rows = await db
      .selectFrom('task_occurrences')
      .select([
        'id',
        'plan_item_id',
        'key',
        'source',
        'status',
        'due_date',
        'deadline',
        'period_code',
        'label',
        'extended_to',
      ])
      .where('plan_id', '=', planId)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      planItemId: r.plan_item_id,
      key: r.key,
      source: r.source,
      status: r.status,
      dueDate: r.due_date,
      deadline: r.deadline,
      periodCode: r.period_code,
      label: r.label,
      extendedTo: r.extended_to,
    }));
  }

  /** Ids of occurrences that someone has already written on: these are never dropped silently. */
  async withHistory(db: Kysely<Database>, occurrenceIds: readonly string[]): Promise<Set<string>> {
    if (occurrenceIds.length === 0) return new Set();
    const rows = await db
      .selectFrom('task_updates')
      .select('occurrence_id')
      .distinct()
      .where('occurrence_id', 'in', occurrenceIds)
      .execute();
    return new Set(rows.map((r) => r.occurrence_id ?? ''));
  }

  async insertMany(db: Kysely<Database>, rows: readonly OccurrenceWrite[]): Promise<void> {
    // Chunks keep each statement under the bind-parameter limit on very large plans.
    for (let start = 0; start < rows.length; start += 500) {
      await db
        .insertInto('task_occurrences')
        .values(
          rows.slice(start, start + 500).map((r) => ({
            plan_item_id: r.planItemId,
            plan_id: r.planId,
            key: r.key,
            period_code: r.periodCode,
            due_date: r.dueDate,
            deadline: r.deadline,
            label: r.label,
            source: r.source,
          })),
        )
        .execute();
    }
  }

  async reschedule(
    db: Kysely<Database>,
    id: string,
    fields: Pick<OccurrenceWrite, 'periodCode' | 'dueDate' | 'deadline' | 'label'>,
  ): Promise<void> {
    await db
      .updateTable('task_occurrences')
      .set({
        period_code: fields.periodCode,
        due_date: fields.dueDate,
        deadline: fields.deadline,
        label: fields.label,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
  }

  async deleteMany(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await db.deleteFrom('task_occurrences').where('id', 'in', ids).execute();
  }
}
