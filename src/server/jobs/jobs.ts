import type { Kysely } from 'kysely';
import type { Log } from './log.js';
import type { StoreKind } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { Services } from '../services.js';
import { InProcessScheduler } from './in-process-scheduler.js';
import { PgBossScheduler } from './pg-boss-scheduler.js';
import type { JobDefinition, JobScheduler } from './scheduler.js';

export const REMINDERS_JOB = 'reminders';

/** Every background job of the app. Reminders are idempotent per day, so a quarter-hour is plenty. */
export function appJobs(services: Pick<Services, 'reminders'>, now: () => Date): JobDefinition[] {
  return [
    {
      name: REMINDERS_JOB,
      everyMinutes: 15,
      run: async () => {
        await services.reminders.run(now());
      },
    },
  ];
}

/** pg-boss where the database can be shared by several instances; a timer on the embedded store. */
export function createJobScheduler(
  store: { kind: StoreKind; db: Kysely<Database> },
  jobs: readonly JobDefinition[],
  logger: Log,
): JobScheduler {
  return store.kind === 'postgres'
    ? new PgBossScheduler(store.db, jobs, logger)
    : new InProcessScheduler(jobs, logger);
}
