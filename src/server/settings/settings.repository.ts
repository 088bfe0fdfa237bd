import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export class SettingsRepository {
  async get(db: Kysely<Database>, key: string): Promise<unknown> {
    const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value;
  }

  async set(db: Kysely<Database>, key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    await db
      .insertInto('app_settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: new Date() }))
      .execute();
  }
}
