import { sql, type Kysely } from 'kysely';

/**
 * The fake-news handling centre (Trung tâm xử lý tin giả): its team, its cases, the reports that
 * opened or joined them, the keys that find duplicates, assignments and verification notes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fake_news_team')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('agency', 'text', (c) =>
      c.notNull().check(sql`agency in ('department', 'propaganda', 'police')`),
    )
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('intake', 'member', 'leader', 'viewer')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create sequence fake_news_case_seq`.execute(db);
  await db.schema
    .createTable('fake_news_cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The day the case entered its status, and the step's deadline in working days from it.
    .addColumn('status_since', 'date', (c) => c.notNull())
    .addColumn('step_deadline', 'date')
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('domain', 'text')
    .addColumn('severity', 'text')
    .addColumn('platform', 'text')
    .addColumn('agencies', 'jsonb', (c) => c.notNull())
    .addColumn('verdict', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('concluded_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('approved_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('notice', 'text')
    .addColumn('stamped_image', 'bytea')
    .addColumn('referred_to', 'text')
    .addColumn('referred_at', 'timestamptz')
    .addColumn('referral_note', 'text')
    .addColumn('outcome', 'jsonb')
    .addColumn('closed_on', 'date')
    // Folded title, description and notice, for the public search.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('fake_news_cases_status_idx').on('fake_news_cases').column('status').execute();
  await db.schema
    .createIndex('fake_news_cases_received_idx')
    .on('fake_news_cases')
    .column('received_on')
    .execute();
  await db.schema
    .createTable('fake_news_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('fake_news_cases.id').onDelete('cascade'))
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('urls', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('platform', 'text')
    .addColumn('contact', 'text')
    // The proof-of-work challenge a public report answered: one report per challenge.
    .addColumn('challenge_id', 'text', (c) => c.unique())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('fake_news_reports_case_idx')
    .on('fake_news_reports')
    .column('case_id')
    .execute();
  await db.schema
    .createTable('fake_news_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('fake_news_cases.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createTable('fake_news_assignments')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('fake_news_cases.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('fake_news_assignments_pk', ['case_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('fake_news_notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('fake_news_cases.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('fake_news_notes_case_idx').on('fake_news_notes').column('case_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'fake_news_notes',
    'fake_news_assignments',
    'fake_news_keys',
    'fake_news_reports',
    'fake_news_cases',
    'fake_news_team',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop sequence fake_news_case_seq`.execute(db);
}
