import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

const EXTENSION_COLUMNS = [
  'e.id',
  'e.plan_item_id',
  'e.occurrence_id',
  'e.requested_by_name',
  'e.reason',
  'e.proposed_date',
  'e.previous_deadline',
  'e.status',
  'e.approved_date',
  'e.decided_by_name',
  'e.decision_note',
  'e.decided_at',
  'e.created_at',
  'ou.name as unit_name',
] as const;

/** Deadline extensions and what deciding them changes on the occurrence. */
export class ExtensionRepository {
  /** The task with who gave it: its leader in charge, who assigned it, else who recorded its document. */
  async task(db: Kysely<Database>, itemId: string) {
    return db
      .selectFrom('plan_items as pi')
      .innerJoin('plans as p', 'p.id', 'pi.plan_id')
      .select(['pi.id', 'pi.plan_id', 'pi.leader_id', 'pi.assigned_by', 'pi.focal_person_id', 'p.created_by'])
      .where('pi.id', '=', itemId)
      .where('pi.kind', '=', 'task')
      .executeTakeFirst();
  }

  async leadUnitIds(db: Kysely<Database>, itemId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('plan_item_units')
      .select('org_unit_id')
      .where('plan_item_id', '=', itemId)
      .where('role', '=', 'lead')
      .execute();
    return rows.map((r) => r.org_unit_id);
  }

  async occurrence(db: Kysely<Database>, itemId: string, occurrenceId: string | undefined) {
    let query = db
      .selectFrom('task_occurrences')
      .select(['id', 'status', 'deadline', 'due_date', 'original_deadline', 'version'])
      .where('plan_item_id', '=', itemId);
    if (occurrenceId) query = query.where('id', '=', occurrenceId);
    else
      query = query
        // The current one: the earliest open one with a deadline, else the latest.
        .orderBy(
          sql`case when status not in ('done', 'cancelled') and deadline is not null then 0 else 1 end`,
        )
        .orderBy('deadline', (ob) => ob.asc().nullsLast());
    return query.limit(1).executeTakeFirst();
  }

  async hasPending(db: Kysely<Database>, occurrenceId: string): Promise<boolean> {
    const row = await db
      .selectFrom('task_extensions')
      .select('id')
      .where('occurrence_id', '=', occurrenceId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(
    db: Kysely<Database>,
    values: {
      itemId: string;
      occurrenceId: string;
      requestedBy: string | null;
      requestedByName: string;
      unitId: string | null;
      reason: string;
      proposedDate: string;
      previousDeadline: string;
    },
  ): Promise<string> {
    const row = await db
      .insertInto('task_extensions')
      .values({
        plan_item_id: values.itemId,
        occurrence_id: values.occurrenceId,
        requested_by: values.requestedBy,
        requested_by_name: values.requestedByName,
        org_unit_id: values.unitId,
        reason: values.reason,
        proposed_date: values.proposedDate,
        previous_deadline: values.previousDeadline,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async find(db: Kysely<Database>, id: string) {
    return db
      .selectFrom('task_extensions as e')
      .leftJoin('org_units as ou', 'ou.id', 'e.org_unit_id')
      .select(EXTENSION_COLUMNS)
      .where('e.id', '=', id)
      .executeTakeFirst();
  }

  async ofTask(db: Kysely<Database>, itemId: string) {
    return db
      .selectFrom('task_extensions as e')
      .leftJoin('org_units as ou', 'ou.id', 'e.org_unit_id')
      .select(EXTENSION_COLUMNS)
      .where('e.plan_item_id', '=', itemId)
      .orderBy('e.created_at')
      .execute();
  }

  /** Requests waiting for this person's decision: on tasks they lead, assigned, or whose document they recorded. */
  async pendingFor(db: Kysely<Database>, userId: string) {
    return db
      .selectFrom('task_extensions as e')
      .leftJoin('org_units as ou', 'ou.id', 'e.org_unit_id')
      .innerJoin('plan_items as pi', 'pi.id', 'e.plan_item_id')
      .innerJoin('plans as p', 'p.id', 'pi.plan_id')
      .select([...EXTENSION_COLUMNS, 'pi.content', 'p.number', 'p.title'])
      .where('e.status', '=', 'pending')
      .where((eb) =>
        eb.or([
          eb('pi.leader_id', '=', userId),
          eb('pi.assigned_by', '=', userId),
          eb.and([
            eb('pi.assigned_by', 'is', null),
            eb('pi.leader_id', 'is', null),
            eb('p.created_by', '=', userId),
          ]),
        ]),
      )
      .orderBy('e.created_at')
      .execute();
  }

  async decide(
    db: Kysely<Database>,
    id: string,
    values: {
      status: 'approved' | 'refused';
      approvedDate: string | null;
      by: string | null;
      byName: string;
      note: string | null;
    },
  ): Promise<void> {
    await db
      .updateTable('task_extensions')
      .set({
        status: values.status,
        approved_date: values.approvedDate,
        decided_by: values.by,
        decided_by_name: values.byName,
        decision_note: values.note,
        decided_at: new Date(),
      })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
  }

  /** Moves the occurrence's deadline; the first extension keeps the deadline it replaced. */
  async extend(
    db: Kysely<Database>,
    occurrenceId: string,
    values: { extendedTo: string; deadline: string; previousDeadline: string; by: string | null },
  ): Promise<void> {
    await db
      .updateTable('task_occurrences')
      .set({
        extended_to: values.extendedTo,
        deadline: values.deadline,
        original_deadline: sql<string>`coalesce(original_deadline, ${values.previousDeadline}::date)`,
        version: sql<number>`version + 1`,
        updated_at: new Date(),
        updated_by: values.by,
      })
      .where('id', '=', occurrenceId)
      .execute();
  }

  /** Reminders start over for the new deadline: the steps sent for the old one are forgotten. */
  async forgetReminders(db: Kysely<Database>, subjectType: string, occurrenceId: string): Promise<void> {
    await db
      .deleteFrom('reminder_deliveries')
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', occurrenceId)
      .execute();
  }

  async userName(db: Kysely<Database>, userId: string): Promise<string> {
    const row = await db.selectFrom('users').select('full_name').where('id', '=', userId).executeTakeFirst();
    return row?.full_name ?? '';
  }
}
