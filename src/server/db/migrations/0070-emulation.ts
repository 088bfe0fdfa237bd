import { sql, type Kysely } from 'kysely';

/**
 * Emulation (thi đua): the year's points configuration per level, the movement (phong trào) with its
 * council, the registrations with their self-, head- and council assessments, and the council's votes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('emulation_settings')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('individual', 'unit')`))
    .addColumn('config', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('emulation_settings_pk', ['year', 'level'])
    .execute();
  await db.schema
    .createTable('emulation_campaigns')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('org_unit_id', 'uuid', (c) => c.notNull().references('org_units.id').onDelete('restrict'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) =>
      c
        .notNull()
        .defaultTo('registration')
        .check(sql`stage in ('registration', 'scoring', 'voting', 'decided')`),
    )
    .addColumn('chair_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('council_ids', 'jsonb', (c) => c.notNull())
    .addColumn('criteria', 'jsonb', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('emulation_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('campaign_id', 'uuid', (c) =>
      c.notNull().references('emulation_campaigns.id').onDelete('cascade'),
    )
    .addColumn('subject_kind', 'text', (c) => c.notNull().check(sql`subject_kind in ('person', 'unit')`))
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('restrict'))
    .addColumn('org_unit_id', 'uuid', (c) => c.notNull().references('org_units.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addColumn('self_scores', 'jsonb')
    .addColumn('self_rating', 'text')
    .addColumn('head_rating', 'text')
    .addColumn('council_scores', 'jsonb')
    .addColumn('final_rating', 'text')
    .addColumn('result', 'text', (c) => c.check(sql`result in ('approved', 'rejected')`))
    .addColumn('registered_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('emulation_entries_subject', sql`(subject_kind = 'person') = (user_id is not null)`)
    .execute();
  await sql`create unique index emulation_entries_person_uq on emulation_entries (campaign_id, user_id) where subject_kind = 'person'`.execute(
    db,
  );
  await sql`create unique index emulation_entries_unit_uq on emulation_entries (campaign_id, org_unit_id) where subject_kind = 'unit'`.execute(
    db,
  );
  await db.schema
    .createTable('emulation_votes')
    .addColumn('entry_id', 'uuid', (c) => c.notNull().references('emulation_entries.id').onDelete('cascade'))
    .addColumn('voter_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('restrict'))
    .addColumn('approve', 'boolean', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('emulation_votes_pk', ['entry_id', 'voter_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('emulation_votes').execute();
  await db.schema.dropTable('emulation_entries').execute();
  await db.schema.dropTable('emulation_campaigns').execute();
  await db.schema.dropTable('emulation_settings').execute();
}
