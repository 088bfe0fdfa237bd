import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { repoRoot } from './cli.js';
import { createScratchPostgresDatabase, testStore } from './db.js';

/** A real `npm start` server process (node + tsx, no wrapper, so signals reach it directly). */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** stdout and stderr so far: pino's JSON lines and the start banner. */
  output(): string;
  /** Resolves as soon as the output contains `text` (checked as it arrives). */
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code or signal and the time the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startServerProcess(
  env: NodeJS.ProcessEnv,
  readyTimeoutMs = 120_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      BAOCAO_WEB_DIR: '/nonexistent',
      BAOCAO_DEMO_PASSWORD: 'Mat-khau-thu-123',
      LOG_LEVEL: 'info',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<{ text: string; resolve(): void }>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of waiters) if (output.includes(waiter.text)) waiter.resolve();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const waitForOutput = (text: string, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      if (output.includes(text)) return resolve();
      const timer = setTimeout(() => reject(new Error(`no "${text}" in the server output`)), timeoutMs);
      const waiter = {
        text,
        resolve: () => {
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve();
        },
      };
      waiters.add(waiter);
    });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const url = `http://127.0.0.1:${port}`;
  const giveUpAt = Date.now() + readyTimeoutMs;
  const state = { ended: false };
  void exited.then(() => (state.ended = true));
  while (Date.now() < giveUpAt && !state.ended) {
    const ok = await fetch(`${url}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return { child, port, url, output: () => output, waitForOutput, exited };
    await delay(200);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${output.slice(-4000)}`);
}

/** The environment selecting this test project's store, persistent across server restarts. */
export async function persistentStore(): Promise<{ env: NodeJS.ProcessEnv; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'baocao-server-'));
  if (testStore() === 'postgres') {
    const handle = await createScratchPostgresDatabase(process.env.TEST_DATABASE_URL ?? '');
    const { name } = await handle.db
      .selectNoFrom((eb) => eb.fn<string>('current_database').as('name'))
      .executeTakeFirstOrThrow();
    const url = new URL(process.env.TEST_DATABASE_URL ?? '');
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      cleanup: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  return {
    env: { DATABASE_URL: '', BAOCAO_DATA_DIR: path.join(dir, 'data') },
    cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}
