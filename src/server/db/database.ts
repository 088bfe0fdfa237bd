import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';
import { acquireStoreLock, StoreUnavailableError, type StoreLock } from './store-lock.js';

export type StoreKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: StoreKind;
  close(): Promise<void>;
}

export type StoreConfig =
  { kind: 'pglite'; dataDir: string | null /* null: in memory */ } | { kind: 'postgres'; url: string };

const DATE_OID = 1082;

// Calendar dates stay ISO strings: pg would otherwise shift them through the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** Where a lost idle PostgreSQL connection is reported; pino's logger fits. */
export interface DatabaseErrorLog {
  warn(details: object, message: string): void;
}

export interface OpenOptions {
  /** Who holds the PGlite directory's lock (shown to a second process); default "baocao". */
  holder?: string;
  /** Refuse to create a missing PGlite directory (read-only CLI commands must not make an empty store). */
  mustExist?: boolean;
}

/** "PGlite tại /srv/baocao/data" or "PostgreSQL postgres://db.example/baocao" (without the password). */
export function describeStore(config: StoreConfig): string {
  if (config.kind === 'pglite')
    return config.dataDir ? `PGlite tại ${config.dataDir}` : 'PGlite trong bộ nhớ';
  try {
    const url = new URL(config.url);
    url.password = '';
    url.username = '';
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

export async function openDatabase(
  config: StoreConfig,
  log?: DatabaseErrorLog,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') {
    // No JIT: the app's reads are short OLTP queries whose cost estimates at national scale still cross
    // PostgreSQL's JIT threshold, and compiling them took longer (up to 1.7 s) than running them.
    const pool = new pg.Pool({ connectionString: config.url, max: 10, options: '-c jit=off' });
    // An idle client that loses its connection (server restart, closing pool) emits 'error';
    // unhandled, that would crash the process. The pool replaces the client on next use.
    pool.on('error', (error) => log?.warn({ err: error }, 'PostgreSQL idle connection lost'));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  let lock: StoreLock | null = null;
  if (config.dataDir) {
    if (options.mustExist && !existsSync(path.join(config.dataDir, 'PG_VERSION'))) {
      throw new StoreUnavailableError(
        'missing',
        `Không có kho dữ liệu PGlite tại ${config.dataDir}. Đặt BAOCAO_DATA_DIR về thư mục dữ liệu của máy chủ ` +
          '(hoặc DATABASE_URL cho PostgreSQL); lệnh này không tạo kho mới.',
      );
    }
    mkdirSync(config.dataDir, { recursive: true });
    lock = acquireStoreLock(config.dataDir, options.holder ?? 'baocao');
  }
  try {
    const pglite = new PGlite({
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
      parsers: { [DATE_OID]: (value: string) => value },
    });
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        try {
          await db.destroy();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * Whether every migration is already recorded: one query, where the migrator would first create its
 * tables if missing and take its lock in a transaction (half a second at each PGlite start).
 */
async function allApplied(db: Kysely<Database>): Promise<boolean> {
  const wanted = Object.keys(await migrationProvider.getMigrations());
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const applied = new Set(rows.map((r) => r.name));
    return wanted.every((name) => applied.has(name));
  } catch {
    // No migration table yet: a new store.
    return false;
  }
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  if (await allApplied(db)) return [];
  // Concepts are developed in parallel with their own migration number ranges, so a store may have
  // run a higher-numbered migration before a lower-numbered one lands; each migration is independent.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('Migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
