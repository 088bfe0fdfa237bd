import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodApp } from '../common/http.js';
import type { Database } from '../db/schema.js';
import type { StoreKind } from '../db/database.js';
import { HealthRepository } from './health.repository.js';

export const APP_VERSION = '0.1.0';

export function healthRoutes(app: ZodApp, deps: { db: Kysely<Database>; store: StoreKind }): void {
  const health = new HealthRepository();
  app.get('/api/health', {
    config: { public: true },
    schema: {
      tags: ['Hệ thống'],
      summary: 'Tình trạng dịch vụ',
      response: {
        200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string() }),
      },
    },
    handler: () =>
      health.ping(deps.db).then(() => ({ status: 'ok' as const, db: deps.store, version: APP_VERSION })),
  });
}
