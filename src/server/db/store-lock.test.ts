import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, StoreUnavailableError, acquireStoreLock } from './store-lock.js';

/** A PID that certainly belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('PGlite store lock', () => {
  let dir: string;
  const lockFile = () => path.join(dir, LOCK_FILE);
  const holdAs = (pid: number, extra: object = {}) =>
    writeFileSync(
      lockFile(),
      JSON.stringify({
        pid,
        hostname: hostname(),
        startedAt: '2026-01-01T00:00:00Z',
        command: 'máy chủ baocao',
        ...extra,
      }),
    );

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'baocao-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes who holds the store and removes the file on release', () => {
    const lock = acquireStoreLock(dir, 'baocao users list');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
      command: 'baocao users list',
    });
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
    lock.release(); // twice is harmless
  });

  it('refuses a store held by a live process, naming its PID and what to do, without changing the lock', () => {
    const parent = process.ppid; // alive for as long as this test runs
    holdAs(parent);
    const before = readFileSync(lockFile(), 'utf8');
    let error: unknown;
    try {
      acquireStoreLock(dir, 'baocao plan parse');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreUnavailableError);
    const { message, problem, holder } = error as StoreUnavailableError;
    expect(problem).toBe('locked');
    expect(holder?.pid).toBe(parent);
    expect(message).toContain(`PID ${parent}`);
    expect(message).toContain('máy chủ baocao');
    expect(message).toMatch(/dừng máy chủ/);
    expect(message).toMatch(/API/);
    expect(readFileSync(lockFile(), 'utf8')).toBe(before);
  });

  it.each([
    ['a dead PID', () => holdAs(deadPid())],
    ['an unreadable lock file', () => writeFileSync(lockFile(), '{ half')],
  ])('takes over a stale lock: %s', (_label, leave) => {
    leave();
    const lock = acquireStoreLock(dir, 'baocao db migrate');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('treats a lock from another host as held (its PID cannot be checked from here)', () => {
    holdAs(deadPid(), { hostname: 'may-chu-khac' });
    expect(() => acquireStoreLock(dir, 'baocao users list')).toThrow(/trên máy may-chu-khac/);
  });
});
