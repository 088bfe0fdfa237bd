import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type JsonValue, jsonValueSchema, parseStored } from '../common/stored.js';

export class SettingsRepository {
  /** The setting as stored JSON; its owner parses it with the setting's own schema. */
  async get(db: Kysely<Database>, key: string): Promise<JsonValue | undefined> {
    const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
    return row && parseStored(jsonValueSchema, row.value, `thiết lập ${key}`);
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
