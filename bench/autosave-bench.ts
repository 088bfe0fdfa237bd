import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { migrateToLatest, openDatabase } from '../src/server/db/database.js';
import { seedDemoData } from '../src/server/demo/demo-seed.js';
import { createLogger } from '../src/server/logger.js';
import { createServices } from '../src/server/services.js';
import { httpLogin, type HttpSession } from '../test/support/http-session.js';
import type { BenchResult } from './harness.js';

const WRITERS = 200;
const DURATION_MS = 10_000;
/** An editor autosaves about once a second while someone types. */
const AUTOSAVE_EVERY_MS = 1_000;
const PASSWORD = 'bench-password-1';

interface Draft {
  id: string;
  version: number;
  status: string;
  permissions: { canDraft: boolean };
}

/** The demo's first report that `session`'s unit owes and may still draft. */
async function findDraft(session: HttpSession): Promise<Draft> {
  const { body } = await session.json<{ regimes: { id: string }[] }>('GET', '/api/report-regimes');
  for (const regime of body.regimes) {
    const periods = await session.json<{ periods: { id: string }[] }>(
      'GET',
      `/api/report-periods?regimeId=${regime.id}`,
    );
    for (const period of periods.status === 200 ? periods.body.periods : []) {
      const draft = await session.json<Draft>('GET', `/api/submissions?periodId=${period.id}`);
      if (draft.status === 200 && draft.body.status === 'draft' && draft.body.permissions.canDraft)
        return draft.body;
    }
  }
  throw new Error('no draft to save in the demo data');
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/**
 * 200 clients autosaving the same draft over HTTP against a real server on embedded PGlite (each
 * about once a second, re-reading the draft after a 409 as the editor does), while another user
 * keeps loading the task list: how long that user waits, compared with an idle server.
 */
export async function autosaveBench(): Promise<BenchResult[]> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const config = { ...loadConfig({ BAOCAO_WEB_DIR: '/nonexistent' }), loginRateLimitPerMinute: 1000 };
  const services = createServices(database.db, config);
  await migrateToLatest(database.db);
  await seedDemoData(database.db, services, PASSWORD);
  const app = await buildApp({ config, database, logger: createLogger('silent'), services });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const writer = await httpLogin(url, 'chuyenvien', PASSWORD);
    const reader = await httpLogin(url, 'lanhdao', PASSWORD);
    const draft = await findDraft(writer);
    const probe = async (until: number) => {
      const times: number[] = [];
      while (performance.now() < until) {
        const start = performance.now();
        const res = await reader.json('GET', '/api/tasks?pageSize=20');
        if (res.status !== 200) throw new Error(`task list: ${res.status}`);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b);
    };
    const idle = await probe(performance.now() + 3_000);

    const counts = { saved: 0, stale: 0, other: 0 };
    const stop = performance.now() + DURATION_MS;
    const autosave = async (n: number) => {
      let version = draft.version;
      while (performance.now() < stop) {
        const res = await writer.json<{ version: number }>('PUT', `/api/submissions/${draft.id}`, {
          version,
          data: {},
          sections: {},
        });
        if (res.status === 200) {
          counts.saved++;
          version = res.body.version;
        } else if (res.status === 409) {
          counts.stale++;
          version = (await writer.json<Draft>('GET', `/api/submissions/${draft.id}`)).body.version;
        } else {
          counts.other++;
          throw new Error(`writer ${n}: ${res.status} ${JSON.stringify(res.body)}`);
        }
        await delay(AUTOSAVE_EVERY_MS * (0.5 + Math.random()));
      }
    };
    const [loaded] = await Promise.all([
      probe(stop),
      ...Array.from({ length: WRITERS }, (_, n) => autosave(n)),
    ]);
    const row = (name: string, times: number[], note: string): BenchResult => ({
      name,
      runs: times.length,
      medianMs: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
      note: `${note}; p99 ${percentile(times, 0.99).toFixed(0)} ms`,
    });
    return [
      row('task list, idle server (PGlite)', idle, 'baseline'),
      {
        ...row(
          `task list while ${WRITERS} clients autosave one draft (PGlite)`,
          loaded,
          `${counts.saved} saves, ${counts.stale} answered 409 (then re-read) in ${DURATION_MS / 1000} s`,
        ),
        target: 'p99 < 1000 ms',
      },
    ];
  } finally {
    await app.close();
    await database.close();
  }
}
