import type { Kysely } from 'kysely';

// A sub-row keeps the label its document prints ("a" for "a)", "1" for "2.1"); sub_ordinal stays its
// position, which row matching on re-import relies on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_items').addColumn('sub_label', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_items').dropColumn('sub_label').execute();
}
