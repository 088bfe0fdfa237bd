import { request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  persistentStore,
  startServerProcess,
  type ServerProcess,
} from '../../test/support/server-process.js';
import { testStore } from '../../test/support/db.js';

/**
 * The real server process on this project's store: SIGTERM (and SIGINT) while a request is in
 * flight. The request is answered, new connections are refused, the job scheduler stops, the store
 * closes, and the process exits 0 within 5 s.
 */
describe(`graceful stop (${testStore()})`, { timeout: 240_000 }, () => {
  let store: Awaited<ReturnType<typeof persistentStore>>;

  beforeAll(async () => {
    store = await persistentStore();
  });
  afterAll(async () => {
    await store.cleanup();
  });

  /** A login whose body is only half sent: in flight on the server until the rest arrives. */
  const startSlowLogin = (server: ServerProcess) => {
    const body = JSON.stringify({ username: 'admin', password: 'Mat-khau-thu-123' });
    let finish!: () => void;
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${server.url}/api/auth/login`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      finish = () => req.end(body.slice(10));
    });
    return { response, finish: () => finish() };
  };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: drains the request in flight, refuses new ones and exits 0 within 5 s`, async () => {
      const server = await startServerProcess(store.env);
      const slow = startSlowLogin(server);
      await delay(300);
      const signalledAt = Date.now();
      server.child.kill(signal);
      await delay(300);
      // Listening has stopped: a new connection is refused while the old request still runs.
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
      slow.finish();
      const answered = await slow.response;
      expect(answered.status).toBe(200);
      const exit = await server.exited;
      const took = exit.at - signalledAt;
      console.info(`${testStore()} ${signal}: exited with ${exit.code} after ${took} ms`);
      expect(exit.code, server.output().slice(-3000)).toBe(0);
      expect(took).toBeLessThan(5_000);
      const log = server.output();
      const order = ['shutting down', 'job scheduler stopped', 'store closed', '"msg":"stopped"'].map((m) =>
        log.indexOf(m),
      );
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });
  }
});
