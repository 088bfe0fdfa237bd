import { setTimeout as delay } from 'node:timers/promises';
import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { Log } from './log.js';
import type { Database } from '../db/schema.js';
import { type JobDefinition, type JobScheduler, assertSchedulable, findJob } from './scheduler.js';

const RUN_NOW_TIMEOUT_MS = 10 * 60_000;
const RUN_NOW_POLL_MS = 200;

/**
 * pg-boss runs its SQL through the app's own connection pool: no second pool to size, and it
 * works on whatever database the app was opened on (including the tests' scratch ones).
 */
function kyselyAdapter(db: Kysely<Database>): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows };
    },
  };
}

/**
 * For PostgreSQL, where several app instances may share the database: jobs are cron schedules in
 * pg-boss, so exactly one instance picks up each tick, and the queue's `singleton` policy keeps
 * a job from running twice at once across instances.
 */
export class PgBossScheduler implements JobScheduler {
  private readonly boss: PgBoss;
  private readonly workers = new Map<string, string>();

  constructor(
    db: Kysely<Database>,
    private readonly jobs: readonly JobDefinition[],
    private readonly logger: Log,
  ) {
    jobs.forEach(assertSchedulable);
    this.boss = new PgBoss({ db: kyselyAdapter(db), schema: 'pgboss' });
    // An unhandled 'error' event would bring the process down; pg-boss retries on its own.
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'pg-boss error'));
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const job of this.jobs) {
      // No retry: the next tick runs the job again anyway. A long run (many e-mails) is not cut short.
      await this.boss.createQueue(job.name, {
        name: job.name,
        policy: 'singleton',
        retryLimit: 0,
        expireInSeconds: 60 * 60,
      });
      await this.boss.schedule(job.name, `*/${job.everyMinutes} * * * *`, {}, { tz: 'Asia/Ho_Chi_Minh' });
      const workerId = await this.boss.work(job.name, { batchSize: 1 }, async () => {
        try {
          await job.run();
        } catch (error) {
          this.logger.error({ err: error, job: job.name }, 'job failed');
          throw error;
        }
      });
      this.workers.set(job.name, workerId);
    }
  }

  async stop(): Promise<void> {
    this.workers.clear();
    // A reminder run in progress gets 3 s to finish: the server must exit within 5 s of SIGTERM, and
    // an interrupted run is picked up at the next tick (deliveries are claimed, never sent twice).
    await this.boss.stop({ graceful: true, wait: true, timeout: 3_000 });
  }

  async runNow(name: string): Promise<void> {
    findJob(this.jobs, name);
    const id = await this.boss.send(name, {});
    if (!id) throw new Error(`pg-boss refused a run of "${name}"`);
    const workerId = this.workers.get(name);
    if (workerId) this.boss.notifyWorker(workerId);
    const giveUpAt = Date.now() + RUN_NOW_TIMEOUT_MS;
    while (Date.now() < giveUpAt) {
      const job = await this.boss.getJobById(name, id, { includeArchive: true });
      if (job?.state === 'completed') return;
      if (job?.state === 'failed' || job?.state === 'cancelled') {
        throw new Error(`Job "${name}" ${job.state}: ${JSON.stringify(job.output)}`);
      }
      await delay(RUN_NOW_POLL_MS);
    }
    throw new Error(`Job "${name}" did not finish within ${RUN_NOW_TIMEOUT_MS / 60_000} minutes`);
  }
}
