import { sql } from 'kysely';
import { parsePeriodCode } from '../src/domain/calendar/index.js';
import { systemContext, type RequestContext } from '../src/server/common/context.js';
import { migrateToLatest, type DatabaseHandle } from '../src/server/db/database.js';
import { createServices } from '../src/server/services.js';
import { measure, type BenchResult } from './harness.js';
import { seedStatsBench } from './stats-data.js';

const TASKS = 100_000;
const UNITS = 30;
const DOMAINS = 10;
const RUNS = 30;
// A fixed "today" in the middle of the year, so that every statistic has something to count.
const now = () => new Date('2024-07-10T03:00:00Z');

const baseQuery = { role: 'lead', includeSubunits: false } as const;

/** Prints the plans of the statistics and inbox queries, to see whether an index is used. */
async function explain(handle: DatabaseHandle, label: string, query: string): Promise<void> {
  const { rows } = await sql.raw<{ 'QUERY PLAN': string }>(`explain analyze ${query}`).execute(handle.db);
  process.stderr.write(`\n-- ${label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
}

/** Statistics and "Việc của tôi" over 100,000 tasks: p50/p95 of 30 runs each. */
export async function statsBenches(label: string, handle: DatabaseHandle): Promise<BenchResult[]> {
  try {
    await migrateToLatest(handle.db);
    const services = createServices(handle.db, { sessionTtlHours: 1 }, { now });
    const started = performance.now();
    const data = await seedStatsBench(handle.db, { tasks: TASKS, units: UNITS, domains: DOMAINS });
    const seedMs = performance.now() - started;
    const system = systemContext('bench');
    const head: RequestContext = { actor: data.actor, system: false, requestId: 'bench', ip: null };
    const unitId = data.unitIds[0];
    const note = `${TASKS.toLocaleString('en')} tasks, ${UNITS} units; seeded in ${(seedMs / 1000).toFixed(1)} s`;
    const options = { runs: RUNS, warmup: 3, target: '< 300 ms', note };
    const results: BenchResult[] = [];
    results.push(
      await measure(
        `stats, whole organisation [${label}]`,
        () => services.stats.tasks(system, baseQuery),
        options,
      ),
      await measure(
        `stats, one unit + subunits, Q2 [${label}]`,
        () =>
          services.stats.tasks(system, {
            ...baseQuery,
            unitId,
            includeSubunits: true,
            period: parsePeriodCode('2024-Q2'),
          }),
        options,
      ),
      await measure(
        `stats breakdown by unit [${label}]`,
        () => services.stats.breakdown(system, { ...baseQuery, by: 'unit' }),
        options,
      ),
      await measure(
        `stats breakdown by domain [${label}]`,
        () => services.stats.breakdown(system, { ...baseQuery, by: 'domain' }),
        options,
      ),
      await measure(
        `my work, unit of ${Math.round(TASKS / UNITS)} tasks [${label}]`,
        () => services.myWork.inbox(head, { limit: 100 }),
        options,
      ),
    );
    if (process.env.BENCH_EXPLAIN) {
      await explain(
        handle,
        `${label}: stats of one unit`,
        `select count(*) filter (where o.deadline < '2024-07-10') from task_occurrences o
         where o.plan_id in (select id from plans where status = 'active')
           and o.plan_item_id in (select plan_item_id from plan_item_units
             where role = 'lead' and org_unit_id = '${unitId}')`,
      );
      await explain(
        handle,
        `${label}: inbox overdue`,
        `select o.id, count(*) over () from task_occurrences o
         where o.status not in ('done', 'cancelled') and o.plan_id in (select id from plans where status = 'active')
           and o.plan_item_id in (select plan_item_id from plan_item_units where role = 'lead' and org_unit_id = '${unitId}')
           and o.deadline < '2024-07-10' order by o.deadline limit 100`,
      );
    }
    return results;
  } finally {
    if (handle.kind === 'postgres') {
      // The scratch database is dropped with (force) on close: let the pool's connections finish
      // closing first, or the server ends one still open and the pool reports it as an error.
      await handle.db.destroy();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await handle.close();
  }
}
