import { sql, type Kysely } from 'kysely';

const TASK_STATUSES = sql`('notStarted', 'inProgress', 'done', 'paused', 'cancelled')`;

async function calendarAndTasks(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_adjustments')
    .addColumn('date', 'date', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('dayOff', 'workday')`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // One row per time a task comes up; the unit of status, progress and counting.
  await db.schema
    .createTable('task_occurrences')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    // Copied from the item so that statistics over 100,000 tasks need no join to filter by plan.
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('period_code', 'text')
    .addColumn('due_date', 'date')
    // The due date moved to the next working day (BLDS 2015 Art. 148); recomputed when the calendar changes.
    .addColumn('deadline', 'date')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('notStarted')
        .check(sql`status in ${TASK_STATUSES}`),
    )
    .addColumn('progress', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`progress between 0 and 100`),
    )
    .addColumn('completed_on', 'date')
    .addColumn('cancel_reason', 'text')
    .addColumn('trigger', 'jsonb')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('task_occurrences_item_key', ['plan_item_id', 'key'])
    .addCheckConstraint('task_occurrences_done_has_date', sql`(status = 'done') = (completed_on is not null)`)
    .execute();
  await db.schema
    .createIndex('task_occurrences_plan_idx')
    .on('task_occurrences')
    .columns(['plan_id', 'deadline'])
    .execute();
  await db.schema
    .createIndex('task_occurrences_deadline_idx')
    .on('task_occurrences')
    .columns(['deadline', 'status'])
    .execute();

  // A coordinating unit's own part of a task.
  await db.schema
    .alterTable('plan_item_units')
    .addColumn('part_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('notStarted')
        .check(sql`part_status in ${TASK_STATUSES}`),
    )
    .execute();
  await db.schema.alterTable('plan_item_units').addColumn('part_note', 'text').execute();
  await db.schema
    .alterTable('plan_item_units')
    .addColumn('part_version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('plan_item_units').addColumn('part_updated_at', 'timestamptz').execute();
  await db.schema
    .createIndex('plan_item_units_role_unit_idx')
    .on('plan_item_units')
    .columns(['role', 'org_unit_id', 'plan_item_id'])
    .execute();

  await db.schema
    .createTable('task_people')
    .addColumn('plan_item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('assignee', 'watcher')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('task_people_pk', ['plan_item_id', 'user_id', 'role'])
    .execute();
  await db.schema
    .createIndex('task_people_user_idx')
    .on('task_people')
    .columns(['user_id', 'plan_item_id'])
    .execute();

  // The timeline: every update, status change, coordinating part, trigger and assignment.
  await db.schema
    .createTable('task_updates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('occurrence_id', 'uuid', (c) => c.references('task_occurrences.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('progress', 'status', 'part', 'trigger', 'assignment')`),
    )
    .addColumn('org_unit_id', 'uuid', (c) => c.references('org_units.id').onDelete('set null'))
    .addColumn('author_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_name', 'text')
    .addColumn('status_from', 'text')
    .addColumn('status_to', 'text')
    .addColumn('progress', 'integer')
    .addColumn('note', 'text')
    .addColumn('evidence', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('task_updates_item_idx')
    .on('task_updates')
    .columns(['plan_item_id', 'created_at'])
    .execute();

  // Files are kept in the database: one backup holds everything and no path ever comes from a client.
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'uuid', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('attachments_owner_idx')
    .on('attachments')
    .columns(['owner_type', 'owner_id'])
    .execute();
}

async function indicators(db: Kysely<unknown>): Promise<void> {
  // Targets beyond the annual one read from the plan: per quarter or month, and per breakdown.
  await db.schema
    .createTable('indicator_targets')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('period_code', 'text', (c) => c.notNull())
    .addColumn('breakdown', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('indicator_targets_key', ['plan_item_id', 'period_code', 'breakdown'])
    .execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('period_code', 'text', (c) => c.notNull())
    .addColumn('breakdown', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'double precision')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('as_of', 'date', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('entered_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('entered_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('indicator_values_key', ['plan_item_id', 'period_code', 'breakdown'])
    .execute();

  // Cross-figure rules ("part ≤ total", "sum of parts = total"); keys name `<itemId>` or `<itemId>#<breakdown>`.
  await db.schema
    .createTable('indicator_rules')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('rule', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

async function notifications(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  // "Nothing is sent twice for the same occurrence and step": the primary key enforces it.
  await db.schema
    .createTable('reminder_deliveries')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('emails', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_deliveries_pk', ['subject_type', 'subject_id', 'step'])
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await calendarAndTasks(db);
  await indicators(db);
  await notifications(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'reminder_deliveries',
    'notifications',
    'indicator_rules',
    'indicator_values',
    'indicator_targets',
    'attachments',
    'task_updates',
    'task_people',
    'task_occurrences',
    'calendar_adjustments',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('plan_item_units_role_unit_idx').execute();
  for (const column of ['part_status', 'part_note', 'part_version', 'part_updated_at'])
    await db.schema.alterTable('plan_item_units').dropColumn(column).execute();
}
