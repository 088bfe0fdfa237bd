import type { Kysely } from 'kysely';
import { itemSearchText } from '../../../domain/text/search-text.js';

interface BackfillTables {
  plan_items: {
    id: string;
    domain: string | null;
    content: string;
    output: string | null;
    search_text: string;
  };
}

/** Fills the folded search text of items stored before it existed (or written without it). */
export async function backfillSearchText(db: Kysely<unknown>): Promise<number> {
  const typed = db as unknown as Kysely<BackfillTables>;
  const items = await typed
    .selectFrom('plan_items')
    .select(['id', 'domain', 'content', 'output'])
    .where('search_text', '=', '')
    .execute();
  for (const item of items) {
    await typed
      .updateTable('plan_items')
      .set({ search_text: itemSearchText(item) })
      .where('id', '=', item.id)
      .execute();
  }
  return items.length;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Searching ignores diacritics and case; Postgres has no Vietnamese folding of its own, so the
  // folded text is computed by the application and stored beside the item.
  await db.schema
    .alterTable('plan_items')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // A reason is asked for when work is stopped or reopened; it stays on the timeline beside the note.
  await db.schema.alterTable('task_updates').addColumn('reason', 'text').execute();

  await backfillSearchText(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('task_updates').dropColumn('reason').execute();
  await db.schema.alterTable('plan_items').dropColumn('search_text').execute();
}
