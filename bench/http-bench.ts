import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { hashPassword } from '../src/server/credentials/password.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../src/server/db/database.js';
import { SettingsRepository } from '../src/server/settings/settings.repository.js';
import { createScratchPostgresDatabase } from '../test/support/db.js';
import { seedStatsBench } from './stats-data.js';

// The HTTP section of the bench: the server as `npm start` runs it (compiled, its own process) on the
// national dataset, driven by autocannon, each endpoint paired with a bare Fastify in the same run that
// serves the same bytes. The machine is shared, so the ratio to bare is the figure that carries over.

const TASKS = 100_000;
const DEPARTMENTS = 63;
const DIVISIONS = 377; // + 63 departments + the root = 441 units
const DOMAINS = 12;
const PASSWORD = 'Bench-mat-khau-2024!';
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const root = path.resolve(import.meta.dirname, '..');

export interface HttpRow {
  endpoint: string;
  store: string;
  bytes: number;
  p50: number;
  /** autocannon's 97.5th percentile: it reports no 95th, and this one is stricter. */
  p97: number;
  p99: number;
  rps: number;
  bareRps: number;
  /** Answers received in the one-connection run: none means every request outlasted the run. */
  answered: number;
  budgetMs: number | null;
  ratioBudget: number | null;
}

interface Endpoint {
  name: string;
  path: (ids: Ids) => string;
  as: 'leader' | 'head' | 'anonymous';
  /** p95 budget (ms) at one connection on PostgreSQL; PGlite's is three times it. */
  budgetMs: number | null;
  /** Share of bare Fastify's req/s at ten connections. */
  ratio: number | null;
}

interface Ids {
  planId: string;
  unitId: string;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'GET /api/health', path: () => '/api/health', as: 'anonymous', budgetMs: null, ratio: 0.5 },
  {
    name: 'GET /api/tasks (page of 50)',
    path: (i) => `/api/tasks?planId=${i.planId}&page=2&pageSize=50`,
    as: 'leader',
    budgetMs: 50,
    ratio: 0.15,
  },
  {
    name: 'GET /api/stats/tasks?planId=',
    path: (i) => `/api/stats/tasks?planId=${i.planId}`,
    as: 'leader',
    budgetMs: 50,
    ratio: 0.15,
  },
  {
    name: 'stats of a unit + subunits',
    path: (i) => `/api/stats/tasks?planId=${i.planId}&unitId=${i.unitId}&includeSubunits=1`,
    as: 'leader',
    budgetMs: 50,
    ratio: null,
  },
  {
    name: 'breakdown by unit',
    path: (i) => `/api/stats/tasks/breakdown?planId=${i.planId}&by=unit`,
    as: 'leader',
    budgetMs: 50,
    ratio: null,
  },
  {
    name: 'breakdown by domain',
    path: (i) => `/api/stats/tasks/breakdown?planId=${i.planId}&by=domain`,
    as: 'leader',
    budgetMs: 50,
    ratio: null,
  },
  {
    name: 'Việc của tôi (GET /api/my-work)',
    path: () => '/api/my-work',
    as: 'head',
    budgetMs: 50,
    ratio: 0.15,
  },
  {
    name: 'GET /api/indicators',
    path: (i) => `/api/indicators?planId=${i.planId}`,
    as: 'leader',
    budgetMs: null,
    ratio: null,
  },
];

interface Store {
  label: string;
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

/** The national dataset with two accounts that sign in over HTTP: a leader at the root and a unit head. */
async function seed(handle: DatabaseHandle): Promise<Ids> {
  await migrateToLatest(handle.db);
  const data = await seedStatsBench(handle.db, {
    tasks: TASKS,
    units: DIVISIONS,
    domains: DOMAINS,
    departments: DEPARTMENTS,
  });
  const hash = await hashPassword(PASSWORD);
  await handle.db
    .updateTable('users')
    .set({ password_hash: hash })
    .where('username', '=', 'bench-head')
    .execute();
  const rootUnit = await handle.db
    .selectFrom('org_units')
    .select('id')
    .where('code', '=', 'BENCH')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('users')
    .values({
      username: 'bench-leader',
      full_name: 'Lãnh đạo thử tải',
      org_unit_id: rootUnit.id,
      roles: '["leader"]',
      password_hash: hash,
    })
    .execute();
  // The store is not empty: the server must not add the sample department to it.
  await new SettingsRepository().set(handle.db, 'demo.seeded', true);
  const department = await handle.db
    .selectFrom('org_units')
    .select('id')
    .where('code', '=', 'BENCHSO-00')
    .executeTakeFirstOrThrow();
  return { planId: data.planId, unitId: department.id };
}

async function pgliteStore(): Promise<Store & { ids: Ids }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'baocao-bench-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: dir }, undefined, { holder: 'bench' });
  const ids = await seed(handle);
  await handle.close();
  return {
    label: 'PGlite',
    ids,
    env: { DATABASE_URL: '', BAOCAO_DATA_DIR: dir },
    cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

async function postgresStore(adminUrl: string): Promise<Store & { ids: Ids }> {
  const handle = await createScratchPostgresDatabase(adminUrl);
  const ids = await seed(handle);
  const { name } = await handle.db
    .selectNoFrom((eb) => eb.fn<string>('current_database').as('name'))
    .executeTakeFirstOrThrow();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { label: 'PostgreSQL', ids, env: { DATABASE_URL: url.toString() }, cleanup: () => handle.close() };
}

interface Child {
  process: ChildProcess;
  url: string;
  startMs: number;
}

/** `npm start`'s server (dist/server/main.mjs via scripts/start.mjs); resolves once /api/health answers. */
async function startBaocao(env: NodeJS.ProcessEnv, port: number): Promise<Child> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      BAOCAO_WEB_DIR: '/nonexistent',
      BAOCAO_LOGIN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1200; i++) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { process: child, url, startMs: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error('baocao did not start for the HTTP bench');
}

async function startBare(routesFile: string): Promise<Child> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bench/bare-server.mjs'), routesFile], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve) =>
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  return { process: child, url: `http://127.0.0.1:${port}`, startMs: performance.now() - started };
}

async function stop(child: Child): Promise<void> {
  const exited = new Promise((resolve) => child.process.once('exit', resolve));
  child.process.kill('SIGTERM');
  await exited;
}

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench login as ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('baocao_session='));
  return cookie?.split(';')[0] ?? '';
}

function load(url: string, headers: Record<string, string>, connections: number) {
  return autocannon({ url, headers, connections, duration: SECONDS });
}

/** Starts baocao on one store, reads each endpoint once, then loads it and its bare twin in turn. */
async function runStore(
  store: Store & { ids: Ids },
  port: number,
): Promise<{ rows: HttpRow[]; startMs: number }> {
  const server = await startBaocao(store.env, port);
  const cookies = {
    leader: await login(server.url, 'bench-leader'),
    head: await login(server.url, 'bench-head'),
  };
  const rows: HttpRow[] = [];
  const routes: { path: string; body: string; contentType: string }[] = [];
  const paths = ENDPOINTS.map((e) => e.path(store.ids));
  const headersOf = (e: Endpoint): Record<string, string> =>
    e.as === 'anonymous' ? {} : { cookie: cookies[e.as] };
  for (const [k, endpoint] of ENDPOINTS.entries()) {
    const res = await fetch(`${server.url}${paths[k]}`, { headers: headersOf(endpoint) });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200)
      throw new Error(`${endpoint.name} on ${store.label}: ${res.status} ${body.toString().slice(0, 300)}`);
    routes.push({
      path: (paths[k] ?? '').split('?')[0] ?? '',
      body: body.toString('base64'),
      contentType: res.headers.get('content-type') ?? 'application/json',
    });
  }
  const routesFile = path.join(tmpdir(), `baocao-bare-${process.pid}.json`);
  writeFileSync(
    routesFile,
    JSON.stringify(routes.filter((r, i) => routes.findIndex((o) => o.path === r.path) === i)),
  );
  const bare = await startBare(routesFile);
  try {
    for (const [k, endpoint] of ENDPOINTS.entries()) {
      const target = `${server.url}${paths[k]}`;
      const latency = await load(target, headersOf(endpoint), 1);
      const busy = await load(target, headersOf(endpoint), 10);
      // Same bytes, same path, same connections: only baocao's work differs.
      const bareRun = await load(`${bare.url}${paths[k]}`, {}, 10);
      if (latency.non2xx + busy.non2xx > 0) throw new Error(`${endpoint.name}: non-2xx answers under load`);
      rows.push({
        endpoint: endpoint.name,
        store: store.label,
        bytes: Buffer.from(routes[k]?.body ?? '', 'base64').length,
        p50: latency.latency.p50,
        p97: latency.latency.p97_5,
        p99: latency.latency.p99,
        rps: busy.requests.average,
        answered: latency.requests.total,
        bareRps: bareRun.requests.average,
        budgetMs: endpoint.budgetMs === null ? null : endpoint.budgetMs * (store.label === 'PGlite' ? 3 : 1),
        ratioBudget: store.label === 'PGlite' ? null : endpoint.ratio,
      });
    }
  } finally {
    await stop(bare);
    rmSync(routesFile, { force: true });
    await stop(server);
  }
  // A second, cold start on the now existing store: what `npm start` costs after the first time.
  const again = await startBaocao(store.env, port);
  await stop(again);
  return { rows, startMs: again.startMs };
}

/** The JavaScript the entry page loads before anything else (its script and modulepreloads), as sent: gzip. */
function firstPageJs(): string {
  const web = path.join(root, 'dist/web');
  const index = path.join(web, 'index.html');
  if (!existsSync(index)) return 'first page JavaScript: no dist/web (run npm run build)';
  const files = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  // Files under 1 KB have no compressed copy (vite.config.ts) and go as they are.
  const sent = (f: string, ext: string) => size(path.join(web, `${f}.${ext}`)) || size(path.join(web, f));
  const gzip = files.reduce((sum, f) => sum + sent(f, 'gz'), 0);
  const brotli = files.reduce((sum, f) => sum + sent(f, 'br'), 0);
  const raw = files.reduce((sum, f) => sum + size(path.join(web, f)), 0);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return `first page JavaScript (${files.length} files): ${kb(raw)}, ${kb(gzip)} gzip, ${kb(brotli)} brotli (target < 250 KB gzip)`;
}

export async function httpBenches(pgUrl: string | undefined): Promise<{ rows: HttpRow[]; starts: string[] }> {
  const rows: HttpRow[] = [];
  const starts: string[] = [firstPageJs()];
  const port = 3900 + (process.pid % 90);
  const stores = [() => pgliteStore(), ...(pgUrl ? [() => postgresStore(pgUrl)] : [])];
  for (const open of stores) {
    const store = await open();
    try {
      const result = await runStore(store, port);
      rows.push(...result.rows);
      starts.push(
        `cold npm start on an existing ${store.label} store: ${result.startMs.toFixed(0)} ms to /api/health (target < 3000 ms)`,
      );
    } finally {
      await store.cleanup();
    }
  }
  return { rows, starts };
}

export function printHttpTable(rows: HttpRow[]): void {
  const ms = (n: number) => n.toFixed(1);
  const table = [
    [
      'endpoint',
      'store',
      'KB',
      'p50 ms',
      'p97.5 ms',
      'p99 ms',
      'p95 budget',
      'req/s',
      'bare req/s',
      'ratio',
      'ratio budget',
      'met',
    ],
    ...rows.map((r) => {
      const ratio = r.rps / r.bareRps;
      const met =
        r.answered > 0 &&
        (r.budgetMs === null || r.p97 < r.budgetMs) &&
        (r.ratioBudget === null || ratio >= r.ratioBudget);
      return [
        r.endpoint,
        r.store,
        (r.bytes / 1024).toFixed(1),
        r.answered === 0 ? `none in ${SECONDS} s` : ms(r.p50),
        r.answered === 0 ? '' : ms(r.p97),
        r.answered === 0 ? '' : ms(r.p99),
        r.budgetMs === null ? '' : `< ${r.budgetMs}`,
        r.rps.toFixed(0),
        r.bareRps.toFixed(0),
        ratio.toFixed(3),
        r.ratioBudget === null ? '' : `≥ ${r.ratioBudget}`,
        met ? 'yes' : 'NO',
      ];
    }),
  ];
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  process.stdout.write(`\n${line(table[0] ?? [])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`);
  for (const row of table.slice(1)) process.stdout.write(`${line(row)}\n`);
}
