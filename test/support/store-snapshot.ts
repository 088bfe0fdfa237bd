import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';

/**
 * Every table of every application schema with its rows, each row as JSON and the rows sorted, so two
 * snapshots are equal exactly when the stores hold the same data (whatever the physical row order).
 */
export async function snapshotTables(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const tables = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
    order by 1, 2`.execute(db);
  const snapshot: Record<string, string[]> = {};
  for (const { schema, name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(`${schema}.${name}`)}`.execute(
      db,
    );
    snapshot[`${schema}.${name}`] = rows.rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}
