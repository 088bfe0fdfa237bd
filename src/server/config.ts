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
  /** Public fake-news reports one address may send per hour (Trung tâm xử lý tin giả). */
  publicReportsPerHour: number;
  /** Leading zero bits the public report form's proof of work must find (each bit doubles the work). */
  publicReportWorkBits: number;
  webDistDir: string;
  logLevel: string;
  /** Trust X-Forwarded-For only behind a known reverse proxy; otherwise clients could fake their IP. */
  trustProxy: boolean;
  mail: MailConfig;
}

export interface MailConfig {
  /** `smtp://host:port` (or `smtps://user:pass@host`); null sends no e-mail, in-app notifications only. */
  smtpUrl: string | null;
  from: string;
  /** Where links in e-mails point: the address users open the app at. */
  publicUrl: string;
}

export const BODY_LIMIT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';

/**
 * `Secure` session cookies: on by default when the public URL is https (the browser would otherwise
 * send the session over plain http too); BAOCAO_SECURE_COOKIES=true|false overrides.
 */
function secureCookies(env: NodeJS.ProcessEnv): boolean {
  const explicit = env.BAOCAO_SECURE_COOKIES?.trim();
  if (explicit === 'true' || explicit === 'false') return explicit === 'true';
  return (env.BAOCAO_PUBLIC_URL?.trim() ?? '').toLowerCase().startsWith('https://');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    store: databaseUrl
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'pglite', dataDir: path.resolve(env.BAOCAO_DATA_DIR ?? './data') },
    demoPassword: env.BAOCAO_DEMO_PASSWORD?.trim() || null,
    secureCookies: secureCookies(env),
    bodyLimitBytes: BODY_LIMIT_BYTES,
    sessionTtlHours: Number(env.BAOCAO_SESSION_TTL_HOURS ?? 12),
    loginRateLimitPerMinute: Number(env.BAOCAO_LOGIN_RATE_LIMIT ?? 10),
    publicReportsPerHour: Number(env.BAOCAO_PUBLIC_REPORTS_PER_HOUR ?? 5),
    publicReportWorkBits: Number(env.BAOCAO_PUBLIC_REPORT_WORK_BITS ?? 16),
    webDistDir: path.resolve(env.BAOCAO_WEB_DIR ?? 'dist/web'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.BAOCAO_TRUST_PROXY === 'true',
    mail: {
      smtpUrl: env.BAOCAO_SMTP_URL?.trim() || null,
      from: env.BAOCAO_MAIL_FROM?.trim() || 'baocao <no-reply@localhost>',
      publicUrl: (env.BAOCAO_PUBLIC_URL?.trim() || DEFAULT_PUBLIC_URL).replace(/\/+$/, ''),
    },
  };
}
