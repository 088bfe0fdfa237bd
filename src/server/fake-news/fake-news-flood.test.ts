import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/support/app.js';
import { aPublicReportBody } from '../../../test/support/fake-news.js';

const LIMIT = 5;
const FLOOD = 40;

/**
 * A bounded flood over real TCP on loopback: one address sends 40 reports in parallel, each with a
 * valid proof of work. The per-address limit lets five through and answers the rest 429 in
 * Vietnamese; the store holds five reports, not forty.
 */
describe('public fake-news reports under a flood from one address', () => {
  let t: TestContext;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp({ publicReportsPerHour: LIMIT, publicReportWorkBits: 8 });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => t.close());

  it('lets the limit through and refuses the rest, storing only what was let through', async () => {
    const bodies = await Promise.all(
      Array.from({ length: FLOOD }, (_, i) =>
        aPublicReportBody(t.app, {
          urls: [`https://tiktok.com/@kenh/video/${i}`],
          description: `Phản ánh số ${i}: video nói rằng chợ nổi Cái Răng sẽ bị giải tỏa vào tuần sau, mã ${i}.`,
        }),
      ),
    );
    const responses = await Promise.all(
      bodies.map((b) =>
        fetch(`${url}/api/public/fake-news/reports`, {
          method: 'POST',
          headers: b.headers,
          body: new Uint8Array(b.payload),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { error?: { message: string } },
          retry: r.headers.get('retry-after'),
        })),
      ),
    );
    const accepted = responses.filter((r) => r.status === 201);
    const limited = responses.filter((r) => r.status === 429);
    expect(accepted).toHaveLength(LIMIT);
    expect(limited).toHaveLength(FLOOD - LIMIT);
    expect(limited[0]?.body.error?.message).toMatch(
      /^Địa chỉ của bạn đã gửi quá nhiều phản ánh\. Hãy thử lại sau \d+ phút\.$/,
    );
    expect(Number(limited[0]?.retry)).toBeGreaterThan(0);
    const stored = await t.database.db
      .selectFrom('fake_news_reports')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(LIMIT);

    // The limit still holds afterwards, for a well-formed report too.
    const after = await aPublicReportBody(t.app, { urls: ['https://tiktok.com/@kenh/video/moi'] });
    const res = await fetch(`${url}/api/public/fake-news/reports`, {
      method: 'POST',
      headers: after.headers,
      body: new Uint8Array(after.payload),
    });
    expect(res.status).toBe(429);
  });
});
