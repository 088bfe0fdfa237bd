import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';

/** Which store this test project runs on; set per Vitest project in vitest.config.ts. */
export function testStore(): 'pglite' | 'postgres' {
  return process.env.BAOCAO_TEST_STORE === 'postgres' ? 'postgres' : 'pglite';
}

function postgresUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL must be set for the postgres test project');
  return url;
}

/**
 * A freshly migrated database for one test file: in-memory PGlite, or a new PostgreSQL database
 * created beside TEST_DATABASE_URL's and dropped on close.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testStore() === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrateToLatest(handle.db);
    return handle;
  }
  return createScratchPostgresDatabase(postgresUrl());
}

/** A new, migrated PostgreSQL database next to `adminUrl`'s, dropped again on close. */
export async function createScratchPostgresDatabase(adminUrl: string): Promise<DatabaseHandle> {
  const name = `baocao_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Lost idle connections are expected here: the database is dropped with (force) on close.
  const handle = await openDatabase({ kind: 'postgres', url: url.toString() }, { warn: () => undefined });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
