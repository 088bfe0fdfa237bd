import { loadConfig } from '../server/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../server/db/database.js';
import { createServices, type Services } from '../server/services.js';

export interface CliRuntime {
  database: DatabaseHandle;
  services: Services;
}

/**
 * Opens the store the server would use (DATABASE_URL or BAOCAO_DATA_DIR), migrated.
 * PGlite allows one process per data directory: stop `npm start` before using the CLI on it.
 */
export async function withRuntime<T>(
  work: (runtime: CliRuntime) => Promise<T>,
  options = { migrate: true },
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.store);
  try {
    if (options.migrate) await migrateToLatest(database.db);
    return await work({ database, services: createServices(database.db, config) });
  } finally {
    await database.close();
  }
}

/** Output meant for the user goes to stdout; everything else to stderr so stdout can be piped. */
export const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
export const info = (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
