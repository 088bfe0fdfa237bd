import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { aDepartment } from '../../../test/support/builders.js';
import { createTestApp, type TestContext } from '../../../test/support/app.js';
import { testStore } from '../../../test/support/db.js';
import { aLogCapture } from '../../../test/support/smtp.js';
import { aPlan } from '../../../test/support/tracking.js';
import { createLogger } from '../logger.js';
import { InProcessScheduler } from './in-process-scheduler.js';
import { REMINDERS_JOB, appJobs, createJobScheduler } from './jobs.js';
import { PgBossScheduler } from './pg-boss-scheduler.js';
import type { JobDefinition } from './scheduler.js';

const MINUTE = 60_000;
const silent = createLogger('silent');

/** A job whose runs stay open until the test lets them finish. */
function aSlowJob(name = 'slow') {
  const releases: (() => void)[] = [];
  let calls = 0;
  const job: JobDefinition = {
    name,
    everyMinutes: 1,
    run: () => {
      calls += 1;
      return new Promise<void>((resolve) => releases.push(resolve));
    },
  };
  return { job, calls: () => calls, finish: () => releases.shift()?.() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('in-process scheduler', () => {
  it('runs a job on its interval, skips ticks while a run is in progress, and stops cleanly', async () => {
    vi.useFakeTimers();
    const slow = aSlowJob();
    const scheduler = new InProcessScheduler([slow.job], silent);
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(slow.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(slow.calls()).toBe(1);
    slow.finish();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(slow.calls()).toBe(2);

    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    slow.finish();
    await stopping;
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(slow.calls()).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runNow waits for the run in progress, then runs once and resolves when it is over', async () => {
    const slow = aSlowJob();
    const scheduler = new InProcessScheduler([slow.job], silent);
    const first = scheduler.runNow('slow');
    let secondDone = false;
    const second = scheduler.runNow('slow').then(() => (secondDone = true));
    await vi.waitFor(() => expect(slow.calls()).toBe(1));
    slow.finish();
    await first;
    await vi.waitFor(() => expect(slow.calls()).toBe(2));
    expect(secondDone).toBe(false);
    slow.finish();
    await second;
    await scheduler.stop();
  });

  it("runNow rejects with the job's error, which is also logged; an unknown job is refused", async () => {
    const log = aLogCapture();
    const scheduler = new InProcessScheduler(
      [{ name: 'broken', everyMinutes: 5, run: () => Promise.reject(new Error('hỏng')) }],
      createLogger('info', log.stream),
    );
    await expect(scheduler.runNow('broken')).rejects.toThrow('hỏng');
    expect(log.lines).toEqual([expect.objectContaining({ level: 50, job: 'broken', msg: 'job failed' })]);
    expect(() => scheduler.runNow('missing')).toThrow('Unknown job "missing"');
    await scheduler.stop();
  });

  it('refuses a period that does not divide the hour', () => {
    expect(
      () => new InProcessScheduler([{ name: 'odd', everyMinutes: 7, run: () => Promise.resolve() }], silent),
    ).toThrow(/n dividing 60/);
  });
});

describe('scheduler chosen by store', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is pg-boss on PostgreSQL and a timer on PGlite', () => {
    const jobs = appJobs(t.services, () => new Date());
    expect(createJobScheduler({ kind: 'postgres', db: t.database.db }, jobs, silent)).toBeInstanceOf(
      PgBossScheduler,
    );
    expect(createJobScheduler({ kind: 'pglite', db: t.database.db }, jobs, silent)).toBeInstanceOf(
      InProcessScheduler,
    );
  });

  it("runs the reminders job through this store's scheduler and stops it cleanly", async () => {
    const org = await aDepartment(t.services);
    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    await plan.task({ lead: org.divisionA.id, timeframe: 'trước ngày 12/7/2024', content: 'Rà soát hồ sơ' });
    const scheduler = createJobScheduler(
      t.database,
      appJobs(t.services, () => new Date('2024-07-12T03:00:00Z')),
      silent,
    );
    try {
      await scheduler.start();
      await scheduler.runNow(REMINDERS_JOB);
      const reminded = await t.database.db
        .selectFrom('notifications')
        .select('user_id')
        .where('title', '=', 'Đến hạn hôm nay: Rà soát hồ sơ')
        .execute();
      expect(reminded.map((r) => r.user_id).sort()).toEqual([org.headA.id, org.staffA.id].sort());
    } finally {
      await scheduler.stop();
    }
  });

  it.skipIf(testStore() !== 'postgres')(
    'pg-boss schedules each job as a cron, reports a failed run, and stops',
    async () => {
      let runs = 0;
      const scheduler = new PgBossScheduler(
        t.database.db,
        [
          {
            name: 'probe',
            everyMinutes: 15,
            run: () => {
              runs += 1;
              return Promise.resolve();
            },
          },
          { name: 'broken', everyMinutes: 30, run: () => Promise.reject(new Error('hỏng')) },
        ],
        silent,
      );
      try {
        await scheduler.start();
        const schedules = await sql<{ name: string; cron: string }>`
          select name, cron from pgboss.schedule where name in ('probe', 'broken') order by name
        `.execute(t.database.db);
        expect(schedules.rows).toEqual([
          { name: 'broken', cron: '*/30 * * * *' },
          { name: 'probe', cron: '*/15 * * * *' },
        ]);
        await scheduler.runNow('probe');
        expect(runs).toBe(1);
        await expect(scheduler.runNow('broken')).rejects.toThrow(/failed.*hỏng/);
      } finally {
        await scheduler.stop();
      }
    },
  );
});
