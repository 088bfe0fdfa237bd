import { setTimeout as delay } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStore } from '../../test/support/db.js';
import {
  persistentStore,
  startServerProcess,
  type ServerProcess,
} from '../../test/support/server-process.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { REMINDERS_JOB } from './jobs/jobs.js';

const PASSWORD = 'Mat-khau-thu-123';

/**
 * Two server processes on one PostgreSQL database, as behind a reverse proxy: started together on an
 * empty database (concurrent migrations and sample data), a session opened on one is known to the
 * other and ended for both, and a reminders job runs on one instance only, each reminder sent once.
 * PGlite admits one process per store, so this runs on the PostgreSQL project only.
 */
describe.skipIf(testStore() !== 'postgres')('two instances on one PostgreSQL', { timeout: 600_000 }, () => {
  let store: Awaited<ReturnType<typeof persistentStore>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let database: DatabaseHandle;
  /** What beforeAll got as far as opening, closed in reverse order whether or not it finished. */
  const opened: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    store = await persistentStore();
    opened.push(() => store.cleanup());
    // The scratch database comes migrated: empty it, so both instances migrate it at the same time.
    const url = store.env.DATABASE_URL ?? '';
    database = await openDatabase({ kind: 'postgres', url });
    opened.push(() => database.close());
    await sql`drop schema public cascade`.execute(database.db);
    await sql`create schema public`.execute(database.db);
    [a, b] = await Promise.all([startServerProcess(store.env), startServerProcess(store.env)]);
    for (const server of [a, b]) {
      opened.push(() => {
        server.child.kill('SIGKILL');
        return server.exited;
      });
    }
  });
  afterAll(async () => {
    for (const close of opened.reverse()) await close();
  });

  it('migrates and seeds once when both start together', async () => {
    const migrations = await sql<{ name: string; n: string }>`
      select name, count(*)::text as n from kysely_migration group by name`.execute(database.db);
    expect(migrations.rows.length).toBeGreaterThan(0);
    expect(migrations.rows.every((row) => row.n === '1')).toBe(true);
    const admins = await database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'admin')
      .execute();
    expect(admins).toHaveLength(1);
    // Exactly one of them created the sample data; the other found it.
    const seeded = [a, b].filter((s) => s.output().includes('Đã tạo dữ liệu mẫu'));
    expect(seeded).toHaveLength(1);
  });

  it('recognises on one instance a session opened on the other, and ends it on both', async () => {
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const me = await fetch(`${b.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { username: string }).username).toBe('admin');

    const csrf = (
      (await (await fetch(`${b.url}/api/auth/csrf`, { headers: { cookie } })).json()) as {
        token: string;
      }
    ).token;
    const logout = await fetch(`${b.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(logout.status).toBe(204);
    for (const server of [a, b]) {
      expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(401);
    }
  });

  it('runs a reminders job on one instance only, and sends each reminder once', async () => {
    // Queued from outside, as the cron tick of either instance would queue it; both are working the queue.
    const boss = new PgBoss({
      connectionString: store.env.DATABASE_URL ?? '',
      schema: 'pgboss',
      supervise: false,
      schedule: false,
    });
    boss.on('error', () => undefined);
    await boss.start();
    try {
      const id = await boss.send(REMINDERS_JOB, {});
      expect(id).not.toBeNull();
      let state = '';
      for (let i = 0; i < 300 && state !== 'completed'; i++) {
        state = (await boss.getJobById(REMINDERS_JOB, id ?? '', { includeArchive: true }))?.state ?? '';
        if (state === 'failed') throw new Error('the reminders job failed');
        await delay(200);
      }
      expect(state).toBe('completed');
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const deliveries = await database.db
      .selectFrom('reminder_deliveries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(deliveries.n)).toBeGreaterThan(0);
    // However many runs the two instances made (the job, a cron tick), each reminder reached each person once.
    const twice = await sql<{ n: string }>`
      select count(*)::text as n from notifications
      group by user_id, kind, title, body, link having count(*) > 1`.execute(database.db);
    expect(twice.rows).toEqual([]);
    // The run that sent them ran on one instance only.
    const runs = [a, b].map((s) => s.output().split('"msg":"reminders sent"').length - 1);
    expect(runs.reduce((x, y) => x + y, 0)).toBe(1);
  });
});
