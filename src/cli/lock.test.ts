import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../server/db/store-lock.js';
import { repoRoot, runBaocao } from '../../test/support/cli.js';
import { testStore } from '../../test/support/db.js';

const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

interface Server {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `npm start`'s entry point, on a random port, in a child process. */
function startServer(env: NodeJS.ProcessEnv): Server {
  const child = spawn(tsx, ['src/server/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function waitUntil(server: Server, predicate: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 200_000;
  while (!predicate()) {
    if (server.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${what} did not happen.\nstdout:\n${server.stdout()}\nstderr:\n${server.stderr()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every file of the data directory with its size and modification time: "untouched" means equal. */
function snapshot(dir: string): string[] {
  const entries: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else entries.push(`${path.relative(dir, full)} ${statSync(full).size} ${statSync(full).mtimeMs}`);
    }
  };
  walk(dir);
  return entries.sort();
}

describe.skipIf(testStore() === 'postgres')(
  'the PGlite store is held by one process',
  { timeout: 400_000 },
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'baocao-lock-cli-'));
    const dataDir = path.join(dir, 'data');
    const env = {
      ...process.env,
      DATABASE_URL: '',
      BAOCAO_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      BAOCAO_DEMO_PASSWORD: 'Mat-khau-thu-123',
    };
    const servers: Server[] = [];
    afterAll(async () => {
      for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
      await Promise.all(servers.map((s) => s.exited));
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses the CLI and a second server while the server runs, then works once it stops', async () => {
      const plan = path.join(dir, 'ke-hoach.txt');
      writeFileSync(plan, readFileSync(path.join(repoRoot, 'src/server/demo/demo-plan.txt')));
      const server = startServer(env);
      servers.push(server);
      await waitUntil(server, () => server.stdout().includes('baocao đang chạy'), 'the server start');
      const holder = (JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as { pid: number }).pid;
      const before = snapshot(dataDir);

      for (const args of [
        ['users', 'list'],
        ['plan', 'parse', plan, '--json'],
        ['db', 'migrate'],
      ]) {
        const result = await runBaocao(args, { env });
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain(`PID ${holder} (máy chủ baocao)`);
        expect(result.stderr).toContain('dừng máy chủ');
        expect(result.stderr).toContain('API');
      }

      const second = startServer(env);
      servers.push(second);
      expect(await second.exited).toBe(2);
      expect(second.stderr()).toContain(`PID ${holder}`);
      expect(snapshot(dataDir)).toEqual(before);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
      const listed = await runBaocao(['users', 'list'], { env });
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain('admin');
    });

    it('on an existing store the start-up message says how to recover an account', async () => {
      const server = startServer(env);
      servers.push(server);
      await waitUntil(server, () => server.stdout().includes('baocao đang chạy'), 'the restart');
      expect(server.stdout()).toContain('Dữ liệu đã có sẵn');
      expect(server.stdout()).toContain('npx baocao users reset-password <tên đăng nhập>');
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    });

    it('takes over a lock left by a process that no longer runs', async () => {
      const dead = Number(
        spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout,
      );
      writeFileSync(
        path.join(dataDir, LOCK_FILE),
        JSON.stringify({
          pid: dead,
          hostname: hostname(),
          startedAt: '2026-01-01T00:00:00Z',
          command: 'baocao',
        }),
      );
      const result = await runBaocao(['users', 'list', '--json'], { env });
      expect(result.code).toBe(0);
      expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    });
  },
);
