import { closeSync, existsSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * PGlite is a single-process database: two processes opening one data directory corrupt it. PGlite
 * itself does not stop that, so every baocao process (server or CLI) takes this lock file before it
 * opens the directory, the way PostgreSQL uses postmaster.pid. A lock whose process is gone (crash,
 * kill -9) is taken over; the check is by PID on the same host.
 */
export const LOCK_FILE = 'baocao.lock';

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  /** What the holder is: "máy chủ" or the CLI command line. */
  command: string;
}

export type StoreProblem = 'locked' | 'missing' | 'unreachable';

/** The store cannot be used right now; the CLI exits with code 2 and the server refuses to start. */
export class StoreUnavailableError extends Error {
  constructor(
    readonly problem: StoreProblem,
    message: string,
    readonly holder?: LockHolder,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

export interface StoreLock {
  file: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock file as another process wrote it: checked, never trusted (a PID is all it must hold). */
const lockFileSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string().catch(''),
  startedAt: z.string().catch(''),
  command: z.string().catch(''),
});

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = lockFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // unreadable or half-written: treated as stale
  }
}

export function lockedMessage(dataDir: string, holder: LockHolder, file: string): string {
  const who = holder.command ? ` (${holder.command})` : '';
  const host = holder.hostname && holder.hostname !== hostname() ? ` trên máy ${holder.hostname}` : '';
  return [
    `Kho dữ liệu ${dataDir} đang được tiến trình PID ${holder.pid}${who}${host} sử dụng.`,
    'PGlite chỉ cho phép một tiến trình mở một thư mục dữ liệu; lệnh này không đụng đến thư mục.',
    `Cách làm: dừng máy chủ (Ctrl+C ở cửa sổ đang chạy npm start, hoặc kill ${holder.pid}) rồi chạy lại lệnh;`,
    'hoặc làm việc qua giao diện web / API (/api/docs) trong khi máy chủ chạy;',
    'hoặc dùng PostgreSQL (DATABASE_URL), nơi máy chủ và dòng lệnh chạy cùng lúc được.',
    `Nếu chắc chắn không còn tiến trình nào dùng kho, xóa tệp ${file}.`,
  ].join('\n');
}

/**
 * Takes the lock of a PGlite data directory, or throws StoreUnavailableError naming the holder.
 * The directory must exist. The lock is released by `release()` or, at the latest, when the process exits.
 */
export function acquireStoreLock(dataDir: string, command: string): StoreLock {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    command,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx'); // atomic: exactly one process creates it
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      const sameHost = !holder?.hostname || holder.hostname === me.hostname;
      if (holder && holder.pid !== process.pid && (!sameHost || isAlive(holder.pid))) {
        throw new StoreUnavailableError('locked', lockedMessage(dataDir, holder, file), holder);
      }
      // Stale (dead PID, or unreadable): take it over. Another process may race us here; the
      // exclusive create on the next attempt decides who wins.
      try {
        unlinkSync(file);
      } catch {
        /* already removed by the racer */
      }
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.removeListener('exit', release);
      // Only remove the file while it is still ours.
      if (existsSync(file) && readHolder(file)?.pid === process.pid) unlinkSync(file);
    };
    process.on('exit', release);
    return { file, release };
  }
  const holder = readHolder(file);
  throw new StoreUnavailableError(
    'locked',
    holder ? lockedMessage(dataDir, holder, file) : `Không lấy được khóa kho dữ liệu ${dataDir} (${file}).`,
    holder ?? undefined,
  );
}
