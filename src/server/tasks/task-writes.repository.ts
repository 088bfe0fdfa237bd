import type { Evidence } from '../../domain/consolidation/index.js';
import type { TriggerEvent } from '../../domain/tracking/index.js';
import type { Kysely } from 'kysely';
import type { TaskStatus } from '../../domain/tracking/index.js';
import type { Database, TaskUpdateKind } from '../db/schema.js';
import { OCCURRENCE_COLUMNS, type OccurrenceFields } from './tasks.repository.js';

export interface OccurrenceChange {
  status: TaskStatus;
  progress: number;
  completedOn: string | null;
  cancelReason: string | null;
  updatedBy: string | null;
}

export interface NewTaskUpdate {
  planItemId: string;
  occurrenceId: string | null;
  kind: TaskUpdateKind;
  orgUnitId: string | null;
  authorId: string | null;
  authorName: string | null;
  statusFrom: string | null;
  statusTo: string | null;
  progress: number | null;
  note: string | null;
  reason: string | null;
  evidence: Evidence | null;
}

/** Changes to tasks: occurrences, coordinating parts, people, the timeline and its files. */
export class TaskWriteRepository {
  async findOccurrence(db: Kysely<Database>, id: string): Promise<OccurrenceFields | undefined> {
    return db
      .selectFrom('task_occurrences')
      .select(OCCURRENCE_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async findOccurrences(db: Kysely<Database>, ids: readonly string[]): Promise<OccurrenceFields[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('task_occurrences').select(OCCURRENCE_COLUMNS).where('id', 'in', ids).execute();
  }

  /**
   * Writes only when the stored version is still the one the writer saw; undefined otherwise,
   * so a concurrent edit is never overwritten.
   */
  async updateOccurrence(
    db: Kysely<Database>,
    id: string,
    expectedVersion: number,
    change: OccurrenceChange,
  ): Promise<OccurrenceFields | undefined> {
    return db
      .updateTable('task_occurrences')
      .set((eb) => ({
        status: change.status,
        progress: change.progress,
        completed_on: change.completedOn,
        cancel_reason: change.cancelReason,
        updated_by: change.updatedBy,
        updated_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning(OCCURRENCE_COLUMNS)
      .executeTakeFirst();
  }

  async insertUpdate(db: Kysely<Database>, update: NewTaskUpdate): Promise<string> {
    const row = await db
      .insertInto('task_updates')
      .values({
        plan_item_id: update.planItemId,
        occurrence_id: update.occurrenceId,
        kind: update.kind,
        org_unit_id: update.orgUnitId,
        author_id: update.authorId,
        author_name: update.authorName,
        status_from: update.statusFrom,
        status_to: update.statusTo,
        progress: update.progress,
        note: update.note,
        reason: update.reason,
        evidence: update.evidence === null ? null : JSON.stringify(update.evidence),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async findUpdate(db: Kysely<Database>, id: string) {
    return db
      .selectFrom('task_updates')
      .select(['id', 'plan_item_id', 'author_id'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async findPart(db: Kysely<Database>, itemId: string, unitId: string) {
    return db
      .selectFrom('plan_item_units')
      .select(['part_status', 'part_note', 'part_version'])
      .where('plan_item_id', '=', itemId)
      .where('org_unit_id', '=', unitId)
      .where('role', '=', 'coordinator')
      .executeTakeFirst();
  }

  async updatePart(
    db: Kysely<Database>,
    itemId: string,
    unitId: string,
    expectedVersion: number,
    change: { status: TaskStatus; note: string },
  ): Promise<boolean> {
    const result = await db
      .updateTable('plan_item_units')
      .set((eb) => ({
        part_status: change.status,
        part_note: change.note,
        part_updated_at: new Date(),
        part_version: eb('part_version', '+', 1),
      }))
      .where('plan_item_id', '=', itemId)
      .where('org_unit_id', '=', unitId)
      .where('role', '=', 'coordinator')
      .where('part_version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async users(db: Kysely<Database>, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db
      .selectFrom('users')
      .select(['id', 'full_name', 'org_unit_id', 'disabled_at'])
      .where('id', 'in', ids)
      .execute();
  }

  async userName(db: Kysely<Database>, id: string): Promise<string | undefined> {
    const row = await db.selectFrom('users').select('full_name').where('id', '=', id).executeTakeFirst();
    return row?.full_name;
  }

  async replacePeople(
    db: Kysely<Database>,
    itemId: string,
    people: readonly { userId: string; role: 'assignee' | 'watcher' }[],
  ): Promise<void> {
    await db.deleteFrom('task_people').where('plan_item_id', '=', itemId).execute();
    if (people.length === 0) return;
    await db
      .insertInto('task_people')
      .values(people.map((p) => ({ plan_item_id: itemId, user_id: p.userId, role: p.role })))
      .execute();
  }

  /** Inserts the occurrence unless one with its key exists; returns its id and whether it is new. */
  async insertTriggered(
    db: Kysely<Database>,
    row: {
      planItemId: string;
      planId: string;
      key: string;
      dueDate: string;
      deadline: string;
      label: string;
      trigger: TriggerEvent;
    },
  ): Promise<{ id: string; created: boolean }> {
    const inserted = await db
      .insertInto('task_occurrences')
      .values({
        plan_item_id: row.planItemId,
        plan_id: row.planId,
        key: row.key,
        period_code: null,
        due_date: row.dueDate,
        deadline: row.deadline,
        label: row.label,
        source: 'triggered',
        trigger: JSON.stringify(row.trigger),
      })
      .onConflict((oc) => oc.columns(['plan_item_id', 'key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, created: true };
    const existing = await db
      .selectFrom('task_occurrences')
      .select('id')
      .where('plan_item_id', '=', row.planItemId)
      .where('key', '=', row.key)
      .executeTakeFirstOrThrow();
    return { id: existing.id, created: false };
  }
}
