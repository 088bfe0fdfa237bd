import { sql, type Kysely } from 'kysely';
import { proposeCatalogue } from '../../../domain/plans/domain-catalogue.js';

// Each plan gets its catalogue of domains (lĩnh vực): which headings of its parts are one domain and
// the name reports print. `plan_items.domain` holds the catalogue's name, which every grouping
// (statistics, Tổng quan, reports, filters) reads; the heading as the plan wrote it moves to
// `domain_heading`.

interface BackfillTables {
  plans: { id: string };
  plan_items: {
    id: string;
    plan_id: string;
    position: number;
    domain: string | null;
    domain_heading: string | null;
  };
  plan_domains: { plan_id: string; position: number; name: string; headings: string };
}

/** Plans stored without a catalogue get the one an import would propose. */
export async function backfillDomainCatalogue(db: Kysely<unknown>): Promise<number> {
  const typed = db as unknown as Kysely<BackfillTables>;
  const plans = await typed
    .selectFrom('plans')
    .select('id')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('plan_domains').select('plan_id').whereRef('plan_domains.plan_id', '=', 'plans.id'),
        ),
      ),
    )
    .execute();
  for (const plan of plans) {
    const items = await typed
      .selectFrom('plan_items')
      .select(['id', 'domain'])
      .where('plan_id', '=', plan.id)
      .orderBy('position')
      .execute();
    const catalogue = proposeCatalogue(items.map((i) => i.domain));
    for (const [position, entry] of catalogue.entries()) {
      await typed
        .insertInto('plan_domains')
        .values({ plan_id: plan.id, position, name: entry.name, headings: JSON.stringify(entry.headings) })
        .execute();
      await typed
        .updateTable('plan_items')
        .set((eb) => ({ domain_heading: eb.ref('domain'), domain: entry.name }))
        .where('plan_id', '=', plan.id)
        .where('domain', 'in', entry.headings)
        .execute();
    }
  }
  return plans.length;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_domains')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('headings', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await sql`create unique index plan_domains_plan_name_key on plan_domains (plan_id, lower(name))`.execute(
    db,
  );
  await db.schema.alterTable('plan_items').addColumn('domain_heading', 'text').execute();
  await backfillDomainCatalogue(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update plan_items set domain = domain_heading where domain_heading is not null`.execute(db);
  await db.schema.alterTable('plan_items').dropColumn('domain_heading').execute();
  await db.schema.dropTable('plan_domains').execute();
}
