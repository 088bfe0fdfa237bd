/** A recurring background job. */
export interface JobDefinition {
  name: string;
  /** How often it runs; a divisor of 60 so the pg-boss cron and the in-process timer agree. */
  everyMinutes: number;
  run(): Promise<void>;
}

/** Runs the jobs on their schedule; one implementation per store kind, chosen at start-up. */
export interface JobScheduler {
  start(): Promise<void>;
  /** Waits for a run in progress, then releases every timer and connection. */
  stop(): Promise<void>;
  /** Runs the named job now and resolves when that run is over; rejects with the job's error. */
  runNow(name: string): Promise<void>;
}

export function findJob(jobs: readonly JobDefinition[], name: string): JobDefinition {
  const job = jobs.find((j) => j.name === name);
  if (!job) throw new Error(`Unknown job "${name}"`);
  return job;
}

export function assertSchedulable(job: JobDefinition): void {
  if (!Number.isInteger(job.everyMinutes) || job.everyMinutes < 1 || 60 % job.everyMinutes !== 0) {
    throw new Error(`Job "${job.name}" must run every n minutes with n dividing 60, got ${job.everyMinutes}`);
  }
}
