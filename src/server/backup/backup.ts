import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { AppError } from '../common/errors.js';
import type { StoreConfig } from '../db/database.js';
import { acquireStoreLock } from '../db/store-lock.js';

/**
 * Backups of either store, driven by the CLI (`db backup` / `db restore`).
 *
 * - PGlite: the data directory as PGlite's own gzipped tarball (`dumpDataDir`), taken after a
 *   CHECKPOINT while no other query runs, so the copy is consistent. PGlite allows one process per
 *   data directory: the server must be stopped, which is what makes the copy a point in time.
 * - PostgreSQL: `pg_dump --format=custom` (a consistent snapshot even while the server runs), and
 *   a restore that replaces the schemas in ONE transaction, so a failed restore changes nothing.
 */
export type BackupFormat = 'pglite' | 'postgres';

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const PG_DUMP_MAGIC = Buffer.from('PGDMP');

export interface BackupResult {
  file: string;
  format: BackupFormat;
  bytes: number;
}

export async function backupStore(store: StoreConfig, file: string): Promise<BackupResult> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  if (store.kind === 'postgres') {
    await runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${store.url}`]);
  } else {
    const dataDir = requireDataDir(store);
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      throw AppError.validation(`Thư mục dữ liệu ${dataDir} chưa có cơ sở dữ liệu nào để sao lưu.`);
    }
    // The same lock as the server and the other commands: a running server is named, never copied mid-write.
    const lock = acquireStoreLock(dataDir, 'db backup');
    const pglite = await openPglite({ dataDir }).catch((error: unknown) => {
      lock.release();
      throw error;
    });
    try {
      await pglite.exec('checkpoint');
      const dump = await pglite.dumpDataDir('gzip');
      // Written beside the target first: a half-written backup never carries the final name.
      const partial = `${file}.partial`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, file);
    } finally {
      await pglite.close();
      lock.release();
    }
  }
  const bytes = (await readFile(file)).byteLength;
  return { file, format: store.kind, bytes };
}

export interface RestoreResult {
  format: BackupFormat;
  /** PGlite only: where the data directory that was replaced has been kept. */
  previousDataDir: string | null;
}

export async function restoreStore(store: StoreConfig, file: string): Promise<RestoreResult> {
  const format = await detectFormat(file);
  if (format !== store.kind) {
    const names = { pglite: 'PGlite (BAOCAO_DATA_DIR)', postgres: 'PostgreSQL (DATABASE_URL)' };
    throw AppError.validation(
      `Tệp ${file} là bản sao lưu ${names[format]}, không khôi phục được vào kho ${names[store.kind]}.`,
    );
  }
  if (store.kind === 'postgres') {
    await restorePostgres(store.url, file);
    return { format, previousDataDir: null };
  }
  return { format, previousDataDir: await restorePglite(requireDataDir(store), file) };
}

export async function detectFormat(file: string): Promise<BackupFormat> {
  const handle = await open(file, 'r').catch(() => {
    throw AppError.validation(`Không đọc được tệp ${file}.`);
  });
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    if (bytesRead >= 5 && head.equals(PG_DUMP_MAGIC)) return 'postgres';
    if (bytesRead >= 2 && head.subarray(0, 2).equals(GZIP_MAGIC)) return 'pglite';
  } finally {
    await handle.close();
  }
  throw AppError.validation(`Tệp ${file} không phải bản sao lưu của baocao (PGlite hoặc pg_dump).`);
}

/**
 * Unpacks into a fresh sibling directory, opens it once (PGlite replays the WAL and proves the copy
 * readable), and only then swaps it in; the replaced directory is kept beside it, never deleted.
 */
async function restorePglite(dataDir: string, file: string): Promise<string | null> {
  // Refuses while a server or another command holds the directory; released just before the swap.
  const lock = existsSync(dataDir) ? acquireStoreLock(dataDir, 'db restore') : null;
  try {
    return await restoreInto(dataDir, file, () => lock?.release());
  } finally {
    lock?.release();
  }
}

async function restoreInto(dataDir: string, file: string, unlock: () => void): Promise<string | null> {
  const staging = `${dataDir}.restoring-${Date.now()}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const blob = new Blob([new Uint8Array(await readFile(file))]);
    const pglite = await openPglite({ dataDir: staging, loadDataDir: blob });
    try {
      await pglite.query('select count(*) from kysely_migration');
    } finally {
      await pglite.close();
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    throw AppError.validation(
      `Không khôi phục được từ ${file}: tệp hỏng hoặc không phải bản sao lưu baocao.`,
    );
  }
  let previous: string | null = null;
  unlock();
  if (existsSync(dataDir)) {
    previous = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(dataDir, previous);
  }
  await rename(staging, dataDir);
  return previous;
}

/**
 * The dump is turned back into SQL by pg_restore and run by psql in a single transaction that first
 * drops the app's schemas: tables added by migrations newer than the backup go too (the server
 * migrates again at start), and on any error nothing has changed.
 */
async function restorePostgres(url: string, file: string): Promise<void> {
  const prelude = [
    'drop schema if exists pgboss cascade;',
    'drop schema if exists public cascade;',
    'create schema public;',
    '',
  ].join('\n');
  const psql = spawn(
    'psql',
    ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', `--dbname=${url}`],
    {
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  const restore = spawn('pg_restore', ['--no-owner', '--no-privileges', '--file=-', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If psql stops early its stdin closes; its exit code carries the error, not an EPIPE crash.
  psql.stdin.on('error', () => undefined);
  const psqlDone = exitOf('psql', psql);
  const restoreDone = exitOf('pg_restore', restore);
  psql.stdin.write(prelude);
  restore.stdout.pipe(psql.stdin);
  await Promise.all([restoreDone, psqlDone]);
}

function requireDataDir(store: Extract<StoreConfig, { kind: 'pglite' }>): string {
  if (!store.dataDir) throw AppError.validation('Kho PGlite trong bộ nhớ không sao lưu được.');
  return store.dataDir;
}

async function openPglite(options: { dataDir: string; loadDataDir?: Blob }): Promise<PGlite> {
  const pglite = new PGlite(options);
  try {
    await pglite.waitReady;
  } catch (error) {
    throw AppError.validation(
      `Không mở được kho PGlite ${options.dataDir}${options.loadDataDir ? '' : ' (máy chủ còn đang chạy?)'}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  return pglite;
}

function runTool(command: string, args: string[]): Promise<void> {
  return exitOf(command, spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] }));
}

/** Resolves when the tool exits with 0; otherwise rejects with its stderr, in Vietnamese context. */
function exitOf(command: string, child: ReturnType<typeof spawn>): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? AppError.validation(
              `Không tìm thấy lệnh ${command}: cài gói postgresql-client cùng phiên bản máy chủ.`,
            )
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(AppError.validation(`${command} thất bại (mã ${code}): ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}
