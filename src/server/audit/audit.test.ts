import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartment, aStoreSnapshot, aUnit, aUser, TEST_PASSWORD } from '../../../test/support/builders.js';
import { systemContext } from '../common/context.js';

interface AuditItem {
  id: string;
  occurredAt: string;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const CLIENT_IP = '203.0.113.9';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ANY_STRING = expect.any(String) as unknown;
const has = (fields: Record<string, unknown>) => expect.objectContaining(fields) as unknown;

describe('audit log', () => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof aDepartment>>;
  let admin: Session;
  let rowsWrittenByLastCall = 0;
  let lastStatus = 0;
  const tokenSecrets: string[] = [];
  const requestIds: string[] = [];

  const auditCount = async () => (await aStoreSnapshot(t.database.db)).auditRows;
  /** An admin request from a known client address (the app trusts X-Forwarded-For); counts the audit rows it wrote. */
  const call = async (method: Method, url: string, body?: unknown) => {
    const before = await auditCount();
    const res = await t.app.inject({
      method,
      url,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'x-forwarded-for': CLIENT_IP },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    rowsWrittenByLastCall = (await auditCount()) - before;
    lastStatus = res.statusCode;
    return res;
  };
  const search = async (query: string, session = admin) =>
    (await session.request('GET', `/api/audit?${query}`)).json<{ items: AuditItem[]; total: number }>();
  const idOf = (res: LightMyRequestResponse) => res.json<{ id: string }>().id;

  beforeAll(async () => {
    // Deployed behind a reverse proxy, so the client IP comes from X-Forwarded-For.
    t = await createTestApp({ loginRateLimitPerMinute: 1000, trustProxy: true });
    org = await aDepartment(t.services);
    admin = await login(t.app, org.admin.username, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  type Expected = Pick<AuditItem, 'action' | 'entityType' | 'entityId' | 'before' | 'after'>;
  const change = (name: string, status: number, run: () => Promise<Expected>) => [name, status, run] as const;
  const changes = [
    change('create an org unit', 201, async () => {
      const res = await call('POST', '/api/org-units', {
        parentId: null,
        code: 'NK-1',
        name: 'Nhật ký',
        kind: 'division',
      });
      const after = has({ id: idOf(res), code: 'NK-1', name: 'Nhật ký', parentId: null });
      return { action: 'create', entityType: 'orgUnit', entityId: idOf(res), before: null, after };
    }),
    change('rename an org unit', 200, async () => {
      const unit = await aUnit(t.services, { name: 'Tên cũ' });
      await call('PATCH', `/api/org-units/${unit.id}`, { name: 'Tên mới' });
      const [before, after] = [has({ name: 'Tên cũ' }), has({ name: 'Tên mới', code: unit.code })];
      return { action: 'update', entityType: 'orgUnit', entityId: unit.id, before, after };
    }),
    change('move an org unit', 200, async () => {
      const unit = await aUnit(t.services, { parentId: org.divisionA.id });
      await call('POST', `/api/org-units/${unit.id}/move`, { parentId: org.divisionB.id });
      const [before, after] = [has({ parentId: org.divisionA.id }), has({ parentId: org.divisionB.id })];
      return { action: 'move', entityType: 'orgUnit', entityId: unit.id, before, after };
    }),
    change('delete an org unit', 204, async () => {
      const unit = await aUnit(t.services, { code: 'NK-XOA' });
      await call('DELETE', `/api/org-units/${unit.id}`);
      const before = has({ code: 'NK-XOA' });
      return { action: 'delete', entityType: 'orgUnit', entityId: unit.id, before, after: null };
    }),
    change('create a user', 201, async () => {
      const body = {
        username: 'nk.moi',
        fullName: 'Người mới',
        orgUnitId: org.divisionA.id,
        roles: ['staff'],
      };
      const res = await call('POST', '/api/users', { ...body, password: 'mat-khau-123456' });
      return { action: 'create', entityType: 'user', entityId: idOf(res), before: null, after: has(body) };
    }),
    change('update a user', 200, async () => {
      const user = await aUser(t.services, { orgUnitId: org.divisionA.id });
      await call('PATCH', `/api/users/${user.id}`, { fullName: 'Tên đã sửa', roles: ['viewer'] });
      const before = has({ fullName: user.fullName, roles: ['staff'] });
      const after = has({ fullName: 'Tên đã sửa', roles: ['viewer'] });
      return { action: 'update', entityType: 'user', entityId: user.id, before, after };
    }),
    change('disable a user', 200, async () => {
      const user = await aUser(t.services, { orgUnitId: org.divisionA.id });
      await call('POST', `/api/users/${user.id}/disable`);
      const [before, after] = [has({ disabled: false }), has({ disabled: true, username: user.username })];
      return { action: 'disable', entityType: 'user', entityId: user.id, before, after };
    }),
    change('create an API token', 201, async () => {
      const res = await call('POST', '/api/tokens', { userId: org.staffA.id, name: 'Khóa nhật ký' });
      const { id, token, prefix } = res.json<{ id: string; token: string; prefix: string }>();
      tokenSecrets.push(token);
      const after = { name: 'Khóa nhật ký', userId: org.staffA.id, prefix };
      return { action: 'create', entityType: 'apiToken', entityId: id, before: null, after };
    }),
    change('revoke an API token', 204, async () => {
      const input = { userId: org.staffA.id, name: 'Thu hồi' };
      const created = await t.services.tokens.create(systemContext('test'), input);
      tokenSecrets.push(created.token);
      await call('DELETE', `/api/tokens/${created.id}`);
      const before = { name: 'Thu hồi', prefix: created.prefix };
      return { action: 'revoke', entityType: 'apiToken', entityId: created.id, before, after: null };
    }),
  ];

  it.each(changes)(
    '%s (%i) writes one row: actor, entity, before/after, request id, ip',
    async (_l, status, change) => {
      const expected = await change();
      expect(lastStatus).toBe(status);
      expect(rowsWrittenByLastCall).toBe(1);
      const { items } = await search(`entityId=${String(expected.entityId)}&pageSize=1`);
      const row = items[0];
      expect(row).toEqual({
        ...expected,
        id: ANY_STRING,
        occurredAt: ANY_STRING,
        actorUsername: org.admin.username,
        requestId: expect.stringMatching(UUID) as unknown,
        ip: CLIENT_IP,
      });
      expect(requestIds).not.toContain(row?.requestId);
      requestIds.push(row?.requestId ?? '');
    },
  );

  it('never stores a password hash, token hash or token secret in before/after', async () => {
    const user = await aUser(t.services, { orgUnitId: org.divisionB.id });
    await call('POST', `/api/users/${user.id}/reset-password`);
    const rows = await t.database.db.selectFrom('audit_log').select(['before', 'after']).execute();
    const text = JSON.stringify(rows);
    const users = await t.database.db.selectFrom('users').select('password_hash').execute();
    const tokens = await t.database.db.selectFrom('api_tokens').select('token_hash').execute();
    expect(users.length + tokens.length + tokenSecrets.length).toBeGreaterThan(5);
    for (const secret of [
      ...users.map((u) => u.password_hash),
      ...tokens.map((k) => k.token_hash),
      ...tokenSecrets,
    ]) {
      expect(text).not.toContain(secret);
    }
    // mustChangePassword is a flag, not a secret, and belongs in the record.
    expect(text).not.toMatch(/"(?!mustChangePassword")[^"]*(password|hash|csrf|secret)[^"]*":/i);
    expect(text).toContain('"mustChangePassword"');
  });

  it('filters by entity type and by actor username', async () => {
    const all = await t.database.db
      .selectFrom('audit_log')
      .select(['entity_type', 'actor_username'])
      .execute();
    const tokens = await search('entityType=apiToken&pageSize=200');
    expect(tokens.total).toBe(all.filter((r) => r.entity_type === 'apiToken').length);
    expect(new Set(tokens.items.map((i) => i.entityType))).toEqual(new Set(['apiToken']));
    const byAdmin = await search(`username=${org.admin.username.toUpperCase()}&pageSize=200`);
    expect(byAdmin.total).toBe(all.filter((r) => r.actor_username === org.admin.username).length);
    expect(new Set(byAdmin.items.map((i) => i.actorUsername))).toEqual(new Set([org.admin.username]));
    expect(byAdmin.total).toBeLessThan(all.length);
  });

  it('filters by time window', async () => {
    // The store's own clock, a few milliseconds clear of neighbouring rows (the API takes milliseconds).
    const storeNow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const { rows } = await sql<{ now: Date }>`select clock_timestamp() as now`.execute(t.database.db);
      return new Date(rows[0]?.now ?? Number.NaN);
    };
    const start = await storeNow();
    const unit = await aUnit(t.services);
    await call('PATCH', `/api/org-units/${unit.id}`, { name: 'Trong khoảng' });
    const end = await storeNow();
    const inside = await search(`from=${start.toISOString()}&to=${end.toISOString()}`);
    expect(inside.items.map((i) => [i.action, i.entityId])).toEqual([
      ['update', unit.id],
      ['create', unit.id],
    ]);
    expect((await search(`from=${end.toISOString()}`)).total).toBe(0);
    const earlier = await search(`to=${start.toISOString()}&pageSize=200`);
    expect(earlier.total).toBe((await auditCount()) - 2);
    expect(earlier.items.map((i) => i.entityId)).not.toContain(unit.id);
  });

  it('pages newest first without overlap', async () => {
    const total = await auditCount();
    const first = await search('page=1&pageSize=3');
    const second = await search('page=2&pageSize=3');
    expect([first.total, second.total]).toEqual([total, total]);
    expect(first.items).toHaveLength(3);
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(6);
    const times = [...first.items, ...second.items].map((i) => i.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    const beyond = await search(`page=${Math.ceil(total / 3) + 1}&pageSize=3`);
    expect(beyond).toEqual({ items: [], total });
  });

  it.each(['staff', 'unitHead'] as const)('refuses the log to %s (403)', async (role) => {
    const user = role === 'staff' ? org.staffA : org.headA;
    const session = await login(t.app, user.username, TEST_PASSWORD);
    const res = await session.request('GET', '/api/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('FORBIDDEN');
    expect((await session.request('GET', '/api/audit/entity-types')).statusCode).toBe(403);
  });

  const newUser = () => ({
    fullName: 'X',
    orgUnitId: org.divisionA.id,
    roles: ['staff'],
    password: 'mat-khau-123456',
  });
  const failure = (name: string, status: number, run: () => Promise<LightMyRequestResponse>) =>
    [name, status, run] as const;
  const failures = [
    failure('a duplicate unit code', 409, () =>
      call('POST', '/api/org-units', { parentId: null, code: 'nk-1', name: 'X', kind: 'division' }),
    ),
    failure('deleting a unit with children', 409, () =>
      call('DELETE', `/api/org-units/${org.department.id}`),
    ),
    failure('moving a unit into its child', 400, () =>
      call('POST', `/api/org-units/${org.department.id}/move`, { parentId: org.divisionA.id }),
    ),
    failure('a duplicate username', 409, () =>
      call('POST', '/api/users', { ...newUser(), username: 'NK.MOI' }),
    ),
    failure('a token for a disabled user', 400, async () => {
      const user = await aUser(t.services, { orgUnitId: org.divisionA.id });
      await t.services.users.setDisabled(systemContext('test'), user.id, true);
      return call('POST', '/api/tokens', { userId: user.id, name: 'Không được' });
    }),
  ];

  it.each(failures)(
    'a failed change (%s → %i) leaves no audit row and no data change',
    async (_l, status, fail) => {
      const before = await aStoreSnapshot(t.database.db);
      const res = await fail();
      expect(res.statusCode).toBe(status);
      expect(rowsWrittenByLastCall).toBe(0);
      const after = await aStoreSnapshot(t.database.db);
      expect([after.orgUnits, after.apiTokens.length]).toEqual([before.orgUnits, before.apiTokens.length]);
    },
  );

  it('of concurrent creations of one code, one wins and only it is audited', async () => {
    const body = { parentId: null, code: 'DUA', name: 'Đua', kind: 'division' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => admin.request('POST', '/api/org-units', body)),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const winner = results.find((r) => r.statusCode === 201);
    const rows = await search('entityType=orgUnit&pageSize=200');
    const created = rows.items.filter((i) => (i.after as { code?: string } | null)?.code === 'DUA');
    expect(created.map((i) => i.entityId)).toEqual([winner && idOf(winner)]);
  });
});
