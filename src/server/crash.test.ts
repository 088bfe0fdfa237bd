import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStore } from '../../test/support/db.js';
import { httpLogin, type HttpSession } from '../../test/support/http-session.js';
import {
  persistentStore,
  startServerProcess,
  type ServerProcess,
} from '../../test/support/server-process.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';

const PASSWORD = 'Mat-khau-thu-123';

interface TaskRow {
  id: string;
  current: { id: string; version: number; status: string } | null;
}
interface TaskDetail {
  occurrences: { id: string; progress: number; version: number }[];
  timeline: { note: string | null }[];
}

/**
 * SIGKILL of the real server process in the middle of a plan commit, a consolidation build and a
 * burst of task updates, on this project's store. After each kill the server restarts on the same
 * store; at the end the store holds no partial plan and every write that was acknowledged.
 */
describe(`crash safety (${testStore()})`, { timeout: 600_000 }, () => {
  let store: Awaited<ReturnType<typeof persistentStore>>;
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    store = await persistentStore();
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await store.cleanup();
  });

  const start = async (): Promise<HttpSession> => {
    server = await startServerProcess(store.env);
    return httpLogin(server.url, 'admin', PASSWORD);
  };
  /** SIGKILL `afterMs` after the server logged the request arriving. */
  const killDuring = async (urlPart: string, afterMs: number) => {
    const running = server;
    if (!running) throw new Error('no server');
    await running.waitForOutput(urlPart);
    await delay(afterMs);
    running.child.kill('SIGKILL');
    const exit = await running.exited;
    expect(exit.signal).toBe('SIGKILL');
  };
  const withStoreOffline = async <T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> => {
    const handle = await openDatabase(
      store.env.DATABASE_URL
        ? { kind: 'postgres', url: store.env.DATABASE_URL }
        : { kind: 'pglite', dataDir: store.env.BAOCAO_DATA_DIR ?? '' },
    );
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  };

  it('keeps plans whole, reports readable and every acknowledged task update', async () => {
    const outcomes: string[] = [];
    // 1. A plan commit (one transaction over ~200 rows) killed while it runs.
    let session = await start();
    const planText = readFileSync(path.join(import.meta.dirname, 'demo/demo-plan.txt'), 'utf8').replaceAll(
      '99/KH-STTTT',
      '77/KH-STTTT',
    );
    const preview = await session.upload<{ previewId: string; result: { items: unknown[] } }>(
      '/api/plans/import',
      'ke-hoach-77.txt',
      Buffer.from(planText),
    );
    expect(preview.status).toBe(200);
    const previewItems = preview.body.result.items.length;
    const commit = acknowledgedOrNot(
      session.json('POST', `/api/plans/import/${preview.body.previewId}/commit`, { mode: 'new' }),
    );
    await killDuring(`/api/plans/import/${preview.body.previewId}/commit`, 40);
    const committed = await commit;
    outcomes.push(`plan commit: ${committed ? 'acknowledged before the kill' : 'killed in flight'}`);

    // 2. A consolidation build killed while it runs.
    session = await start();
    const units = await session.json<{ units: { id: string; code: string; children: unknown[] }[] }>(
      'GET',
      '/api/org-units',
    );
    const department = flatten(units.body.units).find((u) => u.code === 'STTTT-AG');
    expect(department).toBeDefined();
    const period = `${new Date().getFullYear()}-H1`;
    const build = acknowledgedOrNot(
      session.json('POST', '/api/consolidated-reports', {
        unitId: department?.id,
        period,
        kind: 'department',
      }),
    );
    await killDuring('"url":"/api/consolidated-reports"', 40);
    outcomes.push(`consolidation build: ${(await build) ? 'acknowledged' : 'killed in flight'}`);

    // 3. A burst of task updates (8 at a time), killed after the 10th acknowledgement.
    session = await start();
    const reports = await session.json<{ reports: { id: string }[] }>('GET', '/api/consolidated-reports');
    expect(reports.status).toBe(200);
    for (const report of reports.body.reports) {
      expect((await session.json('GET', `/api/consolidated-reports/${report.id}`)).status).toBe(200);
      expect((await session.json('GET', `/api/consolidated-reports/${report.id}/checks`)).status).toBe(200);
    }
    const list = await session.json<{ items: TaskRow[] }>('GET', '/api/tasks?pageSize=200');
    const targets = list.body.items.filter((t) => t.current && t.current.status !== 'done').slice(0, 80);
    expect(targets.length).toBeGreaterThan(15);
    const acknowledged: { taskId: string; occurrenceId: string; progress: number; note: string }[] = [];
    let next = 0;
    const burst = { killed: false };
    const isKilled = () => burst.killed;
    const running = server;
    const worker = async () => {
      while (!burst.killed && next < targets.length) {
        const task = targets[next++];
        if (!task?.current) continue;
        const progress = 10 + (next % 80);
        const note = `Cập nhật trước sự cố ${next}`;
        const res = await session
          .json('POST', `/api/tasks/${task.id}/updates`, {
            occurrenceId: task.current.id,
            version: task.current.version,
            progress,
            note,
          })
          .catch(() => null);
        if (res?.status === 200) {
          acknowledged.push({ taskId: task.id, occurrenceId: task.current.id, progress, note });
          if (acknowledged.length === 10) {
            burst.killed = true;
            running?.child.kill('SIGKILL');
          }
        } else if (res && !isKilled()) {
          throw new Error(`task update refused: ${res.status} ${JSON.stringify(res.body)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await running?.exited;
    outcomes.push(`task updates: ${acknowledged.length} acknowledged before the kill`);

    // Restart: the store opens, every acknowledged update is there.
    session = await start();
    for (const ack of acknowledged) {
      const detail = await session.json<TaskDetail>('GET', `/api/tasks/${ack.taskId}`);
      expect(detail.status).toBe(200);
      expect(detail.body.occurrences.find((o) => o.id === ack.occurrenceId)?.progress).toBe(ack.progress);
      expect(detail.body.timeline.some((e) => e.note === ack.note)).toBe(true);
    }
    server?.child.kill('SIGTERM');
    await server?.exited;
    server = null;

    // No partial plan: each plan has all of its items, or (the killed commit) does not exist.
    const plans = await withStoreOffline(async ({ db }) => {
      const rows = await sql<{ number: string | null; items: number }>`
        select p.number, count(i.id)::int as items from plans p left join plan_items i on i.plan_id = p.id
        group by p.id, p.number`.execute(db);
      return rows.rows;
    });
    for (const plan of plans) expect(plan.items).toBeGreaterThan(0);
    const killedPlan = plans.filter((p) => p.number?.startsWith('77/'));
    if (committed) expect(killedPlan.map((p) => p.items)).toEqual([previewItems]);
    else expect(killedPlan.every((p) => p.items === previewItems)).toBe(true);
    outcomes.push(
      `plan 77 after restart: ${killedPlan.length ? `${killedPlan[0]?.items} of ${previewItems} items` : 'absent'}`,
    );
    console.info(`${testStore()} crash test:\n  ${outcomes.join('\n  ')}`);
  });
});

/** true when the server answered 200 before it died; a connection cut by the kill is false. */
function acknowledgedOrNot(request: Promise<{ status: number }>): Promise<boolean> {
  return request.then(
    (res) => res.status === 200,
    () => false,
  );
}

function flatten<T extends { children: unknown[] }>(nodes: T[]): T[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children as T[])]);
}
