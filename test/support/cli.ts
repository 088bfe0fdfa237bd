import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../../src/server/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import { createServices, type Services } from '../../src/server/services.js';
import { createTestDatabase, testStore } from './db.js';

const execFileAsync = promisify(execFile);
export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const baocaoBin = path.join(repoRoot, 'bin/baocao.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `baocao` command (the package's bin) in a child process. */
export async function runBaocao(
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string },
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [baocaoBin, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: options.env,
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export interface CliStore {
  /** Scratch directory for files; holds the PGlite data directory on that store. */
  dir: string;
  /** The environment that points the CLI at this store. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/**
 * A store for CLI tests: a PGlite directory in a scratch folder, or a fresh PostgreSQL database
 * (created, then released by this process so the CLI can connect).
 */
export async function createCliStore(prefix: string): Promise<CliStore> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const base = { ...process.env, LOG_LEVEL: 'warn' };
  if (testStore() === 'postgres') {
    const handle = await createTestDatabase();
    const { name } = await handle.db
      .selectNoFrom((eb) => eb.fn<string>('current_database').as('name'))
      .executeTakeFirstOrThrow();
    const url = new URL(process.env.TEST_DATABASE_URL ?? '');
    url.pathname = `/${name}`;
    return {
      dir,
      env: { ...base, DATABASE_URL: url.toString() },
      close: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  return {
    dir,
    env: { ...base, DATABASE_URL: '', BAOCAO_DATA_DIR: path.join(dir, 'data') },
    close: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

/**
 * Works on the CLI store in this process (seeding, checking what a command stored), then releases
 * it, since a PGlite directory admits one process at a time.
 */
export async function withCliStore<T>(
  store: CliStore,
  work: (db: DatabaseHandle['db'], services: Services) => Promise<T>,
): Promise<T> {
  const config = loadConfig(store.env);
  const handle = await openDatabase(config.store, { warn: () => undefined }, { holder: 'test' });
  try {
    await migrateToLatest(handle.db);
    return await work(handle.db, createServices(handle.db, config));
  } finally {
    await handle.close();
  }
}

/** `runBaocao` with the environment first, as the backup tests call it. */
export function runCli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  return runBaocao(args, { env });
}
