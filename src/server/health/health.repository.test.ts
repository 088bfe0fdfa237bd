import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import { HealthRepository, PING_FRESH_MS } from './health.repository.js';

describe('health ping', () => {
  it('lets a recent answer stand, and asks the store again once it is stale', async () => {
    const database = await createTestDatabase();
    let clock = 0;
    const health = new HealthRepository(() => clock);
    await Promise.all([health.ping(database.db), health.ping(database.db)]);
    await database.close();
    // The store is gone: an answer younger than PING_FRESH_MS still stands …
    clock += PING_FRESH_MS - 1;
    await expect(health.ping(database.db)).resolves.toBeUndefined();
    // … an older one does not, and the failure is not kept either.
    clock += 2;
    await expect(health.ping(database.db)).rejects.toThrow();
    await expect(health.ping(database.db)).rejects.toThrow();
  });
});
