import { sql, type Kysely } from 'kysely';

/*
 * Tasks from every source (issue 16). A source document (văn bản nguồn) is a row of `plans` with its
 * kind: an annual plan stays 'plan'; a conclusion notice, a directive, an annotated incoming document
 * carry their own kind, so every task cites its document (type, number, date, issuer, trích yếu) and
 * its item number (plan_items.ordinal), and tracking, statistics and reports read them all alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('source_kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('plan')
        .check(
          sql`source_kind in ('plan', 'conclusionNotice', 'directive', 'annotatedIncoming', 'meetingMinutes', 'other')`,
        ),
    )
    .execute();
  await db.schema.alterTable('plans').addColumn('signer', 'text').execute();
  await db.schema
    .createIndex('plans_source_kind_idx')
    .on('plans')
    .columns(['source_kind', 'status'])
    .execute();

  // The leader a unit reports to (lãnh đạo phụ trách): a task led by the unit defaults to them.
  await db.schema
    .alterTable('org_units')
    .addColumn('leader_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .alterTable('plan_items')
    .addColumn('leader_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('plan_items')
    .addColumn('focal_person_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('plan_items')
    .addColumn('priority', 'text', (c) =>
      c
        .notNull()
        .defaultTo('normal')
        .check(sql`priority in ('normal', 'important', 'urgent')`),
    )
    .execute();
  // Who assigned a task created by hand or from a directive: the one who decides its extensions.
  await db.schema
    .alterTable('plan_items')
    .addColumn('assigned_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('plan_items_leader_idx').on('plan_items').columns(['leader_id']).execute();

  // An approved extension: the date granted (kept so a calendar change re-moves it, not the plan's
  // date) and the deadline the task had before its first extension (statistics say "đã gia hạn").
  await db.schema.alterTable('task_occurrences').addColumn('extended_to', 'date').execute();
  await db.schema.alterTable('task_occurrences').addColumn('original_deadline', 'date').execute();

  // Difficulties and proposals reported with an update (khó khăn, vướng mắc; đề xuất, kiến nghị).
  await db.schema.alterTable('task_updates').addColumn('difficulties', 'text').execute();
  await db.schema.alterTable('task_updates').addColumn('proposals', 'text').execute();

  await db.schema
    .createTable('task_extensions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('occurrence_id', 'uuid', (c) =>
      c.notNull().references('task_occurrences.id').onDelete('cascade'),
    )
    .addColumn('requested_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('requested_by_name', 'text', (c) => c.notNull())
    .addColumn('org_unit_id', 'uuid', (c) => c.references('org_units.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('proposed_date', 'date', (c) => c.notNull())
    .addColumn('previous_deadline', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'approved', 'refused')`),
    )
    .addColumn('approved_date', 'date')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_by_name', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'task_extensions_decided',
      sql`(status = 'pending') = (decided_at is null) and (status = 'approved') = (approved_date is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('task_extensions_item_idx')
    .on('task_extensions')
    .columns(['plan_item_id', 'created_at'])
    .execute();
  // At most one open request per occurrence.
  await sql`create unique index task_extensions_one_pending on task_extensions (occurrence_id) where status = 'pending'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('task_extensions').execute();
  for (const column of ['difficulties', 'proposals'])
    await db.schema.alterTable('task_updates').dropColumn(column).execute();
  for (const column of ['extended_to', 'original_deadline'])
    await db.schema.alterTable('task_occurrences').dropColumn(column).execute();
  await db.schema.dropIndex('plan_items_leader_idx').execute();
  for (const column of ['leader_id', 'focal_person_id', 'priority', 'assigned_by'])
    await db.schema.alterTable('plan_items').dropColumn(column).execute();
  await db.schema.alterTable('org_units').dropColumn('leader_user_id').execute();
  await db.schema.dropIndex('plans_source_kind_idx').execute();
  for (const column of ['source_kind', 'signer'])
    await db.schema.alterTable('plans').dropColumn(column).execute();
}
