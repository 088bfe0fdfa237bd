import type { Log } from './log.js';
import { type JobDefinition, type JobScheduler, assertSchedulable, findJob } from './scheduler.js';

/**
 * For the embedded store, where only this process uses the database: a timer per job. A run never
 * overlaps the previous one of the same job (a tick during a run is skipped, `runNow` waits for it
 * and then runs), and the timers are unref'd so they never keep the process alive.
 */
export class InProcessScheduler implements JobScheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly jobs: readonly JobDefinition[],
    private readonly logger: Log,
  ) {
    jobs.forEach(assertSchedulable);
  }

  start(): Promise<void> {
    this.stopped = false;
    for (const job of this.jobs) {
      const timer = setInterval(() => {
        if (!this.running.has(job.name)) void this.execute(job).catch(() => undefined);
      }, job.everyMinutes * 60_000);
      timer.unref();
      this.timers.push(timer);
    }
    return Promise.resolve();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    await Promise.allSettled([...this.running.values()]);
  }

  runNow(name: string): Promise<void> {
    return this.execute(findJob(this.jobs, name));
  }

  /** Chained after the job's run in progress, if any, so that runs of one job never overlap. */
  private execute(job: JobDefinition): Promise<void> {
    const previous = this.running.get(job.name) ?? Promise.resolve();
    const run: Promise<void> = previous
      .catch(() => undefined)
      .then(() => (this.stopped ? undefined : job.run()))
      .catch((error: unknown) => {
        this.logger.error({ err: error, job: job.name }, 'job failed');
        throw error;
      })
      .finally(() => {
        if (this.running.get(job.name) === run) this.running.delete(job.name);
      });
    this.running.set(job.name, run);
    return run;
  }
}
