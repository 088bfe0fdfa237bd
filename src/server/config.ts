import path from 'node:path';
import type { StoreConfig } from './db/database.js';

export interface AppConfig {
  port: number;
  host: string;
  store: StoreConfig;
  demoPassword: string | null;
  secureCookies: boolean;
  bodyLimitBytes: number;
  sessionTtlHours: number;
  loginRateLimitPerMinute: number;
  webDistDir: string;
  logLevel: string;
  /** Trust X-Forwarded-For only behind a known reverse proxy; otherwise clients could fake their IP. */
  trustProxy: boolean;
}

export const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    store: databaseUrl
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'pglite', dataDir: path.resolve(env.BAOCAO_DATA_DIR ?? './data') },
    demoPassword: env.BAOCAO_DEMO_PASSWORD?.trim() || null,
    secureCookies: env.BAOCAO_SECURE_COOKIES === 'true',
    bodyLimitBytes: BODY_LIMIT_BYTES,
    sessionTtlHours: Number(env.BAOCAO_SESSION_TTL_HOURS ?? 12),
    loginRateLimitPerMinute: Number(env.BAOCAO_LOGIN_RATE_LIMIT ?? 10),
    webDistDir: path.resolve(env.BAOCAO_WEB_DIR ?? 'dist/web'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.BAOCAO_TRUST_PROXY === 'true',
  };
}
