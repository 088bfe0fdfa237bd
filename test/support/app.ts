import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type AppConfig } from '../../src/server/config.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import { createLogger } from '../../src/server/logger.js';
import { createServices, type ServiceOptions, type Services } from '../../src/server/services.js';
import { createTestDatabase } from './db.js';

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

export interface TestContext {
  app: TestApp;
  database: DatabaseHandle;
  services: Services;
  config: AppConfig;
  close(): Promise<void>;
}

export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  serviceOptions: ServiceOptions = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({ BAOCAO_WEB_DIR: '/nonexistent' }), ...overrides };
  const services = createServices(database.db, config, serviceOptions);
  const logger = createLogger('silent');
  const app = await buildApp({ config, database, logger, services });
  await app.ready();
  return {
    app,
    database,
    services,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in browser: carries the session cookie and sends the CSRF token on state-changing requests. */
export interface Session {
  cookie: string;
  csrf: string;
  request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
}

export async function login(app: TestApp, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'baocao_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `baocao_session=${setCookie.value}`;
  const csrfRes = await app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } });
  const csrf = csrfRes.json<{ token: string }>().token;
  return {
    cookie,
    csrf,
    request: (method, url, body) =>
      app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }) },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  };
}
