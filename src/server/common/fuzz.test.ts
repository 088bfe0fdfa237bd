import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { testStore } from '../../../test/support/db.js';
import {
  allRequests,
  harvestIds,
  tableFingerprints,
  type FuzzRequest,
  type IdPool,
  type OpenApiDocument,
} from '../../../test/support/fuzz.js';
import { seedDemoData } from '../demo/demo-seed.js';

const PASSWORD = 'Kiem-tra-an-toan-2026';
/** Bounded: the generator gives about this many; a larger document is sampled evenly down to it. */
const MAX_REQUESTS = 2500;
/** Letters that only Vietnamese text has, so an English fallback message cannot pass. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

interface Outcome {
  request: FuzzRequest;
  status: number;
  body: string;
}

describe(`fuzzing every operation of /api/openapi.json (${testStore()})`, () => {
  let t: TestContext;
  let admin: Session;
  let viewer: Session;
  let doc: OpenApiDocument;
  const pool: IdPool = new Map();

  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: 100_000 });
    await seedDemoData(t.database.db, t.services, PASSWORD);
    admin = await login(t.app, 'admin', PASSWORD);
    viewer = await login(t.app, 'xem', PASSWORD);
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
    // Real ids make the requests reach the handlers, not only the 404 of an unknown id.
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || path.includes('{') || !path.startsWith('/api/')) continue;
      const res = await admin.request('GET', path);
      if (res.headers['content-type']?.toString().includes('json'))
        harvestIds(pool, res.json(), path.split('/')[2] ?? '');
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || !/\{\w+\}$/.test(path)) continue;
      const url = path.replace(
        /\{(\w+)\}/g,
        (_, n: string) => pool.get(`${path.split('/')[2]}.id`)?.[0] ?? n,
      );
      const res = await admin.request('GET', url);
      if (res.statusCode === 200 && res.headers['content-type']?.toString().includes('json'))
        harvestIds(pool, res.json(), path.split('/')[2] ?? '');
    }
    // The acting admin must survive the run: never aim a request at its own account.
    const me = (await admin.request('GET', '/api/me')).json<{ id: string }>().id;
    for (const [key, ids] of pool)
      pool.set(
        key,
        ids.filter((id) => id !== me),
      );
  }, 180_000);
  afterAll(() => t.close());

  async function send(request: FuzzRequest, session: Session) {
    return t.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: {
        cookie: session.cookie,
        ...(request.method === 'GET' ? {} : { 'x-csrf-token': session.csrf }),
        ...request.headers,
      },
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
  }

  it('answers thousands of malformed requests with 4xx (never 5xx), in Vietnamese, changing no table when refused', async () => {
    const generated = allRequests(doc, pool);
    const step = Math.max(1, generated.length / MAX_REQUESTS);
    const requests = generated.filter((_, i) => Math.floor(i / step) !== Math.floor((i - 1) / step));
    const serverErrors: Outcome[] = [];
    const silent: Outcome[] = [];
    const changedWhenRefused: { request: string; tables: string[] }[] = [];
    const statuses = new Map<number, number>();
    let accepted = 0;
    let before = await tableFingerprints(t.database.db);

    for (const [i, request] of requests.entries()) {
      // Every tenth request comes from a viewer, whose permissions are narrower.
      const session = i % 10 === 9 ? viewer : admin;
      const res = await send(request, session);
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const outcome = { request, status: res.statusCode, body: res.body.slice(0, 300) };
      if (res.statusCode >= 500) serverErrors.push(outcome);
      if (res.statusCode >= 400 && res.statusCode < 500) {
        const message = (res.json<{ error?: { message?: string } }>().error?.message ?? '').trim();
        if (!VIETNAMESE.test(message)) silent.push(outcome);
      }
      if (!request.mutating && res.statusCode < 500) continue;
      const after = await tableFingerprints(t.database.db);
      if (res.statusCode >= 400) {
        const tables = Object.keys(after).filter((k) => after[k] !== before[k]);
        if (tables.length > 0) changedWhenRefused.push({ request: request.label, tables });
        before = after;
        continue;
      }
      accepted++;
      // A request that was in fact valid may have signed someone out (logout): sign in again.
      if ((await admin.request('GET', '/api/me')).statusCode === 401)
        admin = await login(t.app, 'admin', PASSWORD);
      if ((await viewer.request('GET', '/api/me')).statusCode === 401)
        viewer = await login(t.app, 'xem', PASSWORD);
      before = await tableFingerprints(t.database.db);
    }

    const summary = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.info(
      `fuzz (${testStore()}): ${requests.length} requests of ${generated.length} generated over ` +
        `${Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0)} operations; ` +
        `statuses ${summary}; ${accepted} mutating requests were valid and accepted`,
    );
    expect(requests.length).toBeGreaterThan(2000);
    expect(serverErrors.map((o) => `${o.request.label} → ${o.status} ${o.body}`)).toEqual([]);
    expect(changedWhenRefused).toEqual([]);
    expect(silent.map((o) => `${o.request.label} → ${o.status} ${o.body}`)).toEqual([]);
  }, 600_000);
});
