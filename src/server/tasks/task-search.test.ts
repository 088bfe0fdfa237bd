import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { seedDemoData } from '../demo/demo-seed.js';
import { backfillSearchText } from '../db/migrations/0004-task-search.js';
import type { TaskRow } from './tasks.schemas.js';

describe('diacritic-insensitive task search over imported plans', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => new Date('2025-03-10T03:00:00Z') });
    // The sample plan goes through the real parser and import, so its items are written by the plans concept.
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { year: 2025 });
  });
  afterAll(() => t.close());

  const search = async (q: string) => {
    const compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
    const res = await compiler.request('GET', `/api/tasks?pageSize=200&q=${encodeURIComponent(q)}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: TaskRow[]; total: number }>();
  };

  it('finds "chuyển đổi số" when typed without diacritics, in any case', async () => {
    const plain = await search('chuyen doi so');
    const accented = await search('CHUYỂN ĐỔI SỐ');
    expect(plain.total).toBeGreaterThan(0);
    expect(accented.items.map((r) => r.id)).toEqual(plain.items.map((r) => r.id));
    const folded = (s: string | null) =>
      (s ?? '')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    for (const row of plain.items) {
      expect(folded(`${row.domain ?? ''} ${row.content} ${row.output ?? ''}`).replace(/đ/g, 'd')).toContain(
        'chuyen doi so',
      );
    }
  });

  it('treats wildcard characters in the query as text', async () => {
    expect((await search('%')).total).toBe(0);
    expect((await search('_')).total).toBe(0);
  });

  it('fills the search text of items stored without it, as the migration does for older rows', async () => {
    const db = t.database.db;
    const item = await db
      .selectFrom('plan_items')
      .select(['id', 'search_text'])
      .where('kind', '=', 'task')
      .orderBy('position')
      .executeTakeFirstOrThrow();
    await db.updateTable('plan_items').set({ search_text: '' }).where('id', '=', item.id).execute();
    expect(await backfillSearchText(db as unknown as Kysely<unknown>)).toBe(1);
    const after = await db
      .selectFrom('plan_items')
      .select('search_text')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(after.search_text).toBe(item.search_text);
    expect(after.search_text).not.toBe('');
  });
});
