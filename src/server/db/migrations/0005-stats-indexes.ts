import { sql, type Kysely } from 'kysely';

// Open work only: done and cancelled occurrences pile up year after year, while the inbox reads
// the ones still open. Measured on 100,000 tasks (bench/stats-bench.ts): without these the
// "overdue" section reads every past deadline, done or not, and "coordinating" every open
// occurrence of the organisation.
const OPEN = sql<boolean>`status not in ('done', 'cancelled')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Overdue and due soon: open occurrences by deadline.
  await db.schema
    .createIndex('task_occurrences_open_deadline_idx')
    .on('task_occurrences')
    .column('deadline')
    .where(OPEN)
    .execute();
  // Coordinating and assigned work: the open occurrences of a given set of tasks.
  await db.schema
    .createIndex('task_occurrences_open_item_idx')
    .on('task_occurrences')
    .columns(['plan_item_id', 'deadline'])
    .where(OPEN)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('task_occurrences_open_item_idx').execute();
  await db.schema.dropIndex('task_occurrences_open_deadline_idx').execute();
}
