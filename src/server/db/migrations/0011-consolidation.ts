import { sql, type Kysely } from 'kysely';

/** Consolidated reports (báo cáo tổng hợp): a draft built from the data, edited, then issued. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('consolidated_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('org_unit_id', 'uuid', (c) => c.notNull().references('org_units.id').onDelete('restrict'))
    .addColumn('period_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('department', 'upward')`))
    // The regime whose submissions it draws on; null means every regime the unit receives.
    .addColumn('regime_id', 'uuid', (c) => c.references('report_regimes.id').onDelete('set null'))
    // The domain's ReportDraft: blocks with stable ids, so a refresh keeps the compiler's edits.
    .addColumn('draft', 'jsonb', (c) => c.notNull())
    // Số, ngày, người ký … of the document, set by the compiler.
    .addColumn('header', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('consolidated_reports_unit_period_idx')
    .on('consolidated_reports')
    .columns(['org_unit_id', 'period_code'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('consolidated_reports').execute();
}
