import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.js';
import type { AppConfig } from './config.js';
import { sql } from 'kysely';
import { type DatabaseHandle, migrateToLatest, openDatabase, type StoreKind } from './db/database.js';
import { seedDemoData, type DemoSeedResult } from './demo/demo-seed.js';
import { appJobs, createJobScheduler } from './jobs/jobs.js';
import { createServices } from './services.js';

/** Any fixed number: the key of the session-level advisory lock that start-ups queue on. */
const START_LOCK_KEY = 0x62616f63; // "baoc"

/**
 * On PostgreSQL, `work` runs under a session advisory lock held on a connection of its own, so that
 * instances started together migrate and seed one after another (the second finds the work done).
 * PGlite admits one process per directory (store-lock.ts) and has one connection: nothing to queue.
 */
async function oneStartAtATime<T>(database: DatabaseHandle, work: () => Promise<T>): Promise<T> {
  if (database.kind !== 'postgres') return work();
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${START_LOCK_KEY})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${START_LOCK_KEY})`.execute(connection);
    }
  });
}

/** Opens the store, migrates, seeds the sample data once and returns a ready (not yet listening) app. */
export async function startServer(config: AppConfig, logger: FastifyBaseLogger) {
  const database = await openDatabase(config.store, logger, { holder: 'máy chủ baocao' });
  const services = createServices(database.db, config, { logger });
  // Several instances may start at once on one PostgreSQL: one at a time migrates and seeds.
  const demo = await oneStartAtATime(database, async () => {
    const applied = await migrateToLatest(database.db);
    logger.info({ store: database.kind, applied }, 'database ready');
    return seedDemoData(database.db, services, config.demoPassword);
  });
  const app = await buildApp({ config, database, logger, services });
  const scheduler = createJobScheduler(
    database,
    appJobs(services, () => new Date()),
    logger,
  );
  // pg-boss creates its queues on start: two instances doing so at once deadlock in PostgreSQL
  // (src/server/instances.test.ts found it), so they take the same turn.
  await oneStartAtATime(database, () => scheduler.start());
  // Jobs stop first: a reminder run in progress finishes before its database goes away.
  app.addHook('onClose', async () => {
    await scheduler.stop();
    logger.info('job scheduler stopped');
    await database.close();
    logger.info({ store: database.kind }, 'store closed');
  });
  return { app, database, demo, scheduler };
}

/**
 * On a store that already has accounts the password is not printed again; this says how to get back
 * in. PGlite admits one process, so there the CLI needs the server stopped first.
 */
export function accountRecovery(store: StoreKind): string[] {
  return [
    'Quên mật khẩu hoặc mất tài khoản quản trị?',
    '  - một quản trị viên khác đặt lại mật khẩu ở trang Người dùng (nút Đặt lại mật khẩu);',
    `  - hoặc ${store === 'pglite' ? 'dừng máy chủ (Ctrl+C) rồi ' : ''}chạy: npx baocao users reset-password <tên đăng nhập>`,
    '    (in mật khẩu dùng một lần; người dùng phải đổi mật khẩu khi đăng nhập). Danh sách: npx baocao users list',
  ];
}

export function describeDemo(demo: DemoSeedResult, url: string, store: StoreKind = 'pglite'): string {
  const nameWidth = Math.max(...demo.accounts.map((a) => a.username.length));
  const roleWidth = Math.max(...demo.accounts.map((a) => a.role.length));
  const lines = [
    '',
    `baocao đang chạy tại ${url}`,
    demo.seeded
      ? 'Đã tạo dữ liệu mẫu (Sở TTTT An Giang, Bộ TTTT và 5 Sở khác).'
      : 'Dữ liệu đã có sẵn; không tạo lại dữ liệu mẫu.',
    'Tài khoản mẫu:',
    ...demo.accounts.map((a) => `  ${a.username.padEnd(nameWidth)} ${a.role.padEnd(roleWidth)} ${a.unit}`),
    demo.password
      ? `Mật khẩu chung: ${demo.password}${demo.passwordGenerated ? ' (sinh ngẫu nhiên; đặt BAOCAO_DEMO_PASSWORD để tự chọn)' : ' (từ BAOCAO_DEMO_PASSWORD)'}`
      : 'Mật khẩu: như đã in ở lần khởi động đầu tiên (hoặc BAOCAO_DEMO_PASSWORD lúc đó).',
    ...(demo.seeded ? [] : accountRecovery(store)),
    '',
  ];
  return lines.join('\n');
}
