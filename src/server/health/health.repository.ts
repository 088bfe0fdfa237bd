import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How long a database answer stands for the health check: a proxy polling often costs no query each. */
export const PING_FRESH_MS = 1_000;

export class HealthRepository {
  private lastOk = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /**
   * A round trip to the store, so that "ok" means the database answers, not just the process. An
   * answer younger than PING_FRESH_MS stands; concurrent checks share one query; a failure is never kept.
   */
  async ping(db: Kysely<Database>): Promise<void> {
    if (this.now() - this.lastOk < PING_FRESH_MS) return;
    this.inFlight ??= sql`select 1`
      .execute(db)
      .then(() => {
        this.lastOk = this.now();
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }
}
