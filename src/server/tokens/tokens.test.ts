import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartment, aStoreSnapshot, aUser, TEST_PASSWORD } from '../../../test/support/builders.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface CreatedToken {
  id: string;
  token: string;
  name: string;
  prefix: string;
}
type ErrorBody = { error: { code: string; message: string } };

describe('API tokens', () => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof aDepartment>>;
  let admin: Session;

  /** A script calling the API with a bearer token: no cookie, no CSRF header. */
  const bearer = (token: string, method: Method, url: string, body?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const createToken = async (userId: string, name = 'Khóa thử') => {
    const res = await admin.request('POST', '/api/tokens', { userId, name });
    expect(res.statusCode).toBe(201);
    return res.json<CreatedToken>();
  };
  const newUnit = (code: string) => ({
    parentId: org.department.id,
    code,
    name: `Phòng ${code}`,
    kind: 'division',
  });

  beforeAll(async () => {
    t = await createTestApp();
    org = await aDepartment(t.services);
    admin = await login(t.app, org.admin.username, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('shows the secret once; the list shows only its prefix', async () => {
    const created = await createToken(org.staffA.id, 'Báo cáo tự động');
    expect(created.token).toMatch(/^bc_[\w-]{40,}$/);
    expect(created.prefix).toBe(created.token.slice(0, created.prefix.length));
    expect(created.prefix.length).toBeLessThan(created.token.length / 2);
    const list = await admin.request('GET', '/api/tokens');
    expect(list.body).not.toContain(created.token);
    expect(list.body).not.toContain(created.token.slice(created.prefix.length));
    const listed = list.json<{ tokens: Record<string, unknown>[] }>().tokens.find((k) => k.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: 'Báo cáo tự động',
      userId: org.staffA.id,
      username: org.staffA.username,
      prefix: created.prefix,
      createdAt: expect.any(String) as unknown,
      lastUsedAt: null,
      revokedAt: null,
    });
    const stored = await t.database.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.id)
      .execute();
    expect(JSON.stringify(stored)).not.toContain(created.token);
  });

  it('authenticates GET requests as the token owner and records the last use', async () => {
    const { id, token } = await createToken(org.staffB.id);
    const me = await bearer(token, 'GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: org.staffB.id, username: org.staffB.username });
    const tokens = (await admin.request('GET', '/api/tokens')).json<{
      tokens: { id: string; lastUsedAt: string }[];
    }>();
    expect(tokens.tokens.find((k) => k.id === id)?.lastUsedAt).toEqual(expect.any(String));
  });

  it('allows state-changing requests without a CSRF header, with the owner’s permissions', async () => {
    const adminToken = (await createToken(org.admin.id)).token;
    const created = await bearer(adminToken, 'POST', '/api/org-units', newUnit('KHOA-1'));
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const renamed = await bearer(adminToken, 'PATCH', `/api/org-units/${id}`, { name: 'Đổi qua khóa API' });
    expect(renamed.json()).toMatchObject({ id, name: 'Đổi qua khóa API' });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((r) => r.actor_username)).toEqual([org.admin.username, org.admin.username]);

    const staffToken = (await createToken(org.staffA.id)).token;
    const before = await aStoreSnapshot(t.database.db);
    const refused = await bearer(staffToken, 'POST', '/api/org-units', newUnit('KHOA-2'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.code).toBe('FORBIDDEN');
    expect((await aStoreSnapshot(t.database.db)).orgUnits).toEqual(before.orgUnits);
  });

  it.each([
    ['an unknown token', () => 'bc_khong-ton-tai-abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a token without the bc_ prefix', () => 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a truncated token', async () => (await createToken(org.staffA.id)).token.slice(0, -1)],
    [
      'a revoked token',
      async () => {
        const created = await createToken(org.staffA.id);
        expect((await bearer(created.token, 'GET', '/api/me')).statusCode).toBe(200);
        expect((await admin.request('DELETE', `/api/tokens/${created.id}`)).statusCode).toBe(204);
        return created.token;
      },
    ],
    [
      'the token of a disabled user',
      async () => {
        const user = await aUser(t.services, { orgUnitId: org.divisionA.id });
        const { token } = await createToken(user.id);
        expect((await bearer(token, 'GET', '/api/me')).statusCode).toBe(200);
        expect((await admin.request('POST', `/api/users/${user.id}/disable`)).statusCode).toBe(200);
        return token;
      },
    ],
  ])('rejects %s with 401 on reads and writes', async (_label, tokenOf) => {
    const token = await tokenOf();
    for (const res of [
      await bearer(token, 'GET', '/api/me'),
      await bearer(token, 'POST', '/api/org-units', newUnit('KHONG-DUOC')),
    ]) {
      expect(res.statusCode).toBe(401);
      expect(res.json<ErrorBody>().error.code).toBe('UNAUTHENTICATED');
    }
    expect((await t.services.orgUnits.listAll()).map((u) => u.code)).not.toContain('KHONG-DUOC');
  });

  it('revocation is shown in the list and is idempotent', async () => {
    const { id } = await createToken(org.staffA.id);
    expect((await admin.request('DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    expect((await admin.request('DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    const tokens = (await admin.request('GET', '/api/tokens')).json<{
      tokens: { id: string; revokedAt: string }[];
    }>();
    expect(tokens.tokens.find((k) => k.id === id)?.revokedAt).toEqual(expect.any(String));
    const revokes = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(revokes.map((r) => r.action).sort()).toEqual(['create', 'revoke']);
  });

  it.each([
    ['unitHead', () => org.headA],
    ['staff', () => org.staffA],
  ])('refuses token management to %s (403) and creates nothing', async (_role, user) => {
    const session = await login(t.app, user().username, TEST_PASSWORD);
    const before = await aStoreSnapshot(t.database.db);
    for (const res of [
      await session.request('POST', '/api/tokens', { userId: user().id, name: 'Tự cấp' }),
      await session.request('GET', '/api/tokens'),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.code).toBe('FORBIDDEN');
    }
    expect((await aStoreSnapshot(t.database.db)).apiTokens).toEqual(before.apiTokens);
  });

  it('a token cannot mint further tokens for a non-admin owner', async () => {
    const { token } = await createToken(org.headA.id);
    const res = await bearer(token, 'POST', '/api/tokens', { userId: org.headA.id, name: 'Leo thang' });
    expect(res.statusCode).toBe(403);
  });
});
