import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database.js';
import { queryLane } from './query-lane.js';

/**
 * The embedded store's one connection is shared round-robin between lanes: a request in a quiet
 * lane runs after at most one query of a crowded lane, not after all of them.
 */
describe('PGlite connection fairness', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite', dataDir: null });
  });
  afterAll(() => handle.close());

  it('serves a quiet lane between the queries of a busy one', async () => {
    const order: string[] = [];
    const query = (lane: string, label: string) =>
      queryLane.run(lane, async () => {
        await sql`select pg_sleep(0.01)`.execute(handle.db);
        order.push(label);
      });
    const crowd = Array.from({ length: 20 }, (_, i) => query('draft', `draft${i}`));
    const other = query('other-user', 'other');
    await Promise.all([...crowd, other]);
    // FIFO would put it last (21st); round-robin puts it right after the query in progress.
    expect(order.indexOf('other')).toBeLessThanOrEqual(2);
    expect(order.filter((l) => l !== 'other')).toEqual(crowd.map((_, i) => `draft${i}`));
  });
});
