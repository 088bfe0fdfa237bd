import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('doc_type', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('agency', 'text')
    .addColumn('parent_agency', 'text')
    .addColumn('place', 'text')
    .addColumn('issued_on', 'date')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('legal_bases', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('sections', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('source_filename', 'text')
    .addColumn('is_sample', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index plans_number_version_key on plans (lower(number), version) where number is not null`.execute(
    db,
  );

  await db.schema
    .createTable('plan_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('indicator', 'task')`))
    .addColumn('part', 'text')
    .addColumn('domain', 'text')
    .addColumn('domain_index', 'text')
    .addColumn('ordinal', 'text')
    .addColumn('sub_ordinal', 'integer')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('output', 'text')
    .addColumn('lead_raw', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('coordinators_raw', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('timeframe', 'jsonb', (c) => c.notNull())
    .addColumn('timeframe_kind', 'text', (c) => c.notNull())
    .addColumn('due_date', 'date')
    .addColumn('target', 'jsonb')
    .addColumn('warnings', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('source_lines', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('plan_items_plan_idx')
    .on('plan_items')
    .columns(['plan_id', 'position'])
    .execute();

  await db.schema
    .createTable('plan_item_units')
    .addColumn('plan_item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('org_unit_id', 'uuid', (c) => c.notNull().references('org_units.id').onDelete('restrict'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('lead', 'coordinator')`))
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_item_units_pk', ['plan_item_id', 'org_unit_id', 'role'])
    .execute();
  await db.schema
    .createIndex('plan_item_units_unit_idx')
    .on('plan_item_units')
    .column('org_unit_id')
    .execute();

  await db.schema
    .createTable('plan_regimes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('deadline', 'jsonb', (c) => c.notNull())
    .addColumn('recipient_raw', 'text')
    .addColumn('recipient_unit_id', 'uuid', (c) => c.references('org_units.id').onDelete('set null'))
    .addColumn('source_text', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('proposed'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['plan_regimes', 'plan_item_units', 'plan_items', 'plans'])
    await db.schema.dropTable(table).execute();
}
