import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export class HealthRepository {
  /** A round trip to the store, so that "ok" means the database answers, not just the process. */
  async ping(db: Kysely<Database>): Promise<void> {
    await sql`select 1`.execute(db);
  }
}
