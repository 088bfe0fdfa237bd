import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import { startServer } from '../../src/server/start.js';

export interface TestServer {
  url: string;
  adminUsername: string;
  password: string;
  close(): Promise<void>;
}

const webDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * The real server (PGlite in a temp dir, demo data seeded, dist/web served) on a free port.
 * Same shape as the shared `startTestServer()` planned for test/support/server.ts; switch to it once it exists.
 */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'baocao-e2e-'));
  const password = `e2e-${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    BAOCAO_DATA_DIR: dataDir,
    BAOCAO_DEMO_PASSWORD: password,
    BAOCAO_WEB_DIR: webDir,
    BAOCAO_LOGIN_RATE_LIMIT: '100',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const { app } = await startServer(config, createLogger('silent'));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    adminUsername: 'admin',
    password,
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
