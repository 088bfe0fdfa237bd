import { sql, type Kysely } from 'kysely';

/** Report regimes (Nghị định 09/2019), their periods, and the units' submissions with versions and review. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_regimes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // The plan whose "Tổ chức thực hiện" proposed it; null for regimes written by hand or ad hoc requests.
    .addColumn('plan_id', 'uuid', (c) => c.references('plans.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('internal'))
    // Either a list of unit ids or {"childrenOf": unitId}, as the domain's ReportingUnits.
    .addColumn('reporting_units', 'jsonb', (c) => c.notNull())
    .addColumn('receiving_unit_id', 'uuid', (c) =>
      c.notNull().references('org_units.id').onDelete('restrict'),
    )
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('period_indexes', 'jsonb')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('cut_off_rule', 'jsonb', (c) => c.notNull())
    .addColumn('deadline_rule', 'jsonb', (c) => c.notNull())
    .addColumn('outline', 'jsonb', (c) => c.notNull())
    // Plan item ids of the indicators the data form asks for.
    .addColumn('data_form', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('instructions', 'text', (c) => c.notNull().defaultTo(''))
    // Phương thức gửi, nhận báo cáo ("Email", "LRIS" …), a component Nghị định 09 requires.
    .addColumn('sending_methods', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('proposed')
        .check(sql`status in ('proposed', 'active', 'archived')`),
    )
    .addColumn('source', 'jsonb')
    .addColumn('warnings', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('report_regimes_receiver_idx')
    .on('report_regimes')
    .column('receiving_unit_id')
    .execute();

  await db.schema
    .createTable('report_periods')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('regime_id', 'uuid', (c) => c.notNull().references('report_regimes.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('cut_off_from', 'date', (c) => c.notNull())
    .addColumn('cut_off_to', 'date', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    // Ad hoc requests go to a chosen set of units; null means the regime's reporting units.
    .addColumn('unit_ids', 'jsonb')
    .addUniqueConstraint('report_periods_regime_code', ['regime_id', 'code'])
    .execute();
  await db.schema.createIndex('report_periods_due_idx').on('report_periods').column('due_at').execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('period_id', 'uuid', (c) => c.notNull().references('report_periods.id').onDelete('cascade'))
    .addColumn('org_unit_id', 'uuid', (c) => c.notNull().references('org_units.id').onDelete('restrict'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'submitted', 'returned', 'accepted')`),
    )
    // {sectionKey: sanitised rich-text document}; never raw client HTML.
    .addColumn('sections', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    // {indicatorItemId: {value, numerator, denominator, note}}
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('locked', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('submitted_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('accepted_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('submissions_period_unit', ['period_id', 'org_unit_id'])
    .execute();
  await db.schema
    .createIndex('submissions_unit_idx')
    .on('submissions')
    .columns(['org_unit_id', 'status'])
    .execute();

  // Every submit, return and accept freezes a copy, so reviewers can diff what changed.
  await db.schema
    .createTable('submission_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('submission_id', 'uuid', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('sections', 'jsonb', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('submission_versions_number', ['submission_id', 'number'])
    .execute();

  await db.schema
    .createTable('submission_comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('submission_id', 'uuid', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('section_key', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_name', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'submission_comments',
    'submission_versions',
    'submissions',
    'report_periods',
    'report_regimes',
  ])
    await db.schema.dropTable(table).execute();
}
