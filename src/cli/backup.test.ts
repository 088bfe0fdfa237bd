import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { createScratchPostgresDatabase, testStore } from '../../test/support/db.js';
import { snapshotTables } from '../../test/support/store-snapshot.js';
import { loadConfig } from '../server/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../server/db/database.js';
import { seedDemoData } from '../server/demo/demo-seed.js';
import { createServices } from '../server/services.js';

/**
 * `db backup` / `db restore` through the real CLI on the store of this project: the sample data
 * (every concept's tables filled), a backup, changes made after it, a restore, and every table's
 * contents compared with those at backup time.
 */
describe('db backup and restore (CLI)', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'baocao-backup-'));
  const dataDir = path.join(dir, 'data');
  const backupFile = path.join(dir, 'sao-luu.bak');
  let env: NodeJS.ProcessEnv;
  /** PostgreSQL: one handle for the whole file. PGlite: opened and closed around each CLI run. */
  let pgHandle: DatabaseHandle | null = null;

  const withStore = async <T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> => {
    if (pgHandle) return work(pgHandle);
    const handle = await openDatabase({ kind: 'pglite', dataDir });
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    if (testStore() === 'postgres') {
      pgHandle = await createScratchPostgresDatabase(process.env.TEST_DATABASE_URL ?? '');
      const { name } = await pgHandle.db
        .selectNoFrom((eb) => eb.fn<string>('current_database').as('name'))
        .executeTakeFirstOrThrow();
      const url = new URL(process.env.TEST_DATABASE_URL ?? '');
      url.pathname = `/${name}`;
      env = { ...process.env, DATABASE_URL: url.toString() };
    } else {
      env = { ...process.env, DATABASE_URL: '', BAOCAO_DATA_DIR: dataDir };
    }
    await withStore(async ({ db }) => {
      await migrateToLatest(db);
      const services = createServices(db, loadConfig({ BAOCAO_WEB_DIR: '/nonexistent' }));
      await seedDemoData(db, services, 'Mat-khau-thu-123');
    });
  });
  afterAll(async () => {
    await pgHandle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores every table exactly as it was at backup time', async () => {
    const before = await withStore(({ db }) => snapshotTables(db));
    const filled = Object.entries(before).filter(([, rows]) => rows.length > 0);
    expect(filled.length).toBeGreaterThan(15);

    const backup = await runCli(env, 'db', 'backup', backupFile);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('Đã sao lưu');
    expect(existsSync(backupFile)).toBe(true);

    // After the backup: a plan renamed, a task deleted, every audit entry gone, a new table.
    await withStore(async ({ db }) => {
      await db.updateTable('plans').set({ title: 'Đổi sau khi sao lưu' }).execute();
      await db.deleteFrom('audit_log').execute();
      await sql`create table added_later (id int)`.execute(db);
    });
    const changed = await withStore(({ db }) => snapshotTables(db));
    expect(changed).not.toEqual(before);

    const unconfirmed = await runCli(env, 'db', 'restore', backupFile);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toContain('--yes');
    expect(await withStore(({ db }) => snapshotTables(db))).toEqual(changed);

    const restored = await runCli(env, 'db', 'restore', backupFile, '--yes');
    expect(restored.stderr).not.toContain('Lỗi');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Đã khôi phục');
    expect(await withStore(({ db }) => snapshotTables(db))).toEqual(before);
    if (testStore() === 'pglite') {
      expect(restored.stdout).toContain('before-restore');
    }
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const before = await withStore(({ db }) => snapshotTables(db));
    const junk = path.join(dir, 'junk.bak');
    writeFileSync(junk, 'not a backup');
    const result = await runCli(env, 'db', 'restore', junk, '--yes');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('không phải bản sao lưu');
    // A backup of the other store kind is refused too, by its header.
    const other = path.join(dir, 'other.bak');
    writeFileSync(other, testStore() === 'postgres' ? Buffer.from([0x1f, 0x8b, 0, 0]) : 'PGDMP-fake');
    const mismatched = await runCli(env, 'db', 'restore', other, '--yes');
    expect(mismatched.code).toBe(1);
    expect(mismatched.stderr).toContain('không khôi phục được vào kho');
    expect(await withStore(({ db }) => snapshotTables(db))).toEqual(before);
  });
});
