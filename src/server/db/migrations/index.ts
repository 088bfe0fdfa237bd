import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as plans from './0002-plans.js';
import * as tracking from './0003-tracking.js';

/** Migrations are listed here, not read from disk, so they run the same under tsx, tests and bundles. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-plans': plans,
  '0003-tracking': tracking,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
