import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles.js';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartment, aStoreSnapshot, aUnit, aUser, TEST_PASSWORD } from '../../../test/support/builders.js';

type ErrorBody = { error: { code: string; message: string } };
type UserDto = {
  id: string;
  username: string;
  orgUnitId: string;
  disabled: boolean;
  mustChangePassword: boolean;
};

const NON_ADMIN_ROLES = ['staff', 'viewer', 'unitHead', 'leader', 'compiler'] as const;

describe('users', () => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof aDepartment>>;
  let subUnit: Awaited<ReturnType<typeof aUnit>>;
  let target: Awaited<ReturnType<typeof aUser>>;
  const sessions = {} as Record<Role, Session>;

  const loginResponse = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const usernamesIn = async (unitIds: string[]) =>
    (await t.database.db.selectFrom('users').select('username').where('org_unit_id', 'in', unitIds).execute())
      .map((r) => r.username)
      .sort();
  const listed = async (session: Session, query = '') =>
    (await session.request('GET', `/api/users${query}`))
      .json<{ users: UserDto[] }>()
      .users.map((u) => u.username)
      .sort();

  /** The four user-management requests, each aimed at `target`. */
  const actions: Record<string, (s: Session) => ReturnType<Session['request']>> = {
    create: (s) =>
      s.request('POST', '/api/users', {
        username: `moi.${Math.random().toString(36).slice(2, 8)}`,
        fullName: 'Người mới',
        orgUnitId: org.divisionB.id,
        roles: ['staff'],
        password: 'mat-khau-moi-123',
      }),
    update: (s) =>
      s.request('PATCH', `/api/users/${target.id}`, { fullName: 'Tên đã sửa', roles: ['leader'] }),
    disable: (s) => s.request('POST', `/api/users/${target.id}/disable`),
    reset: (s) => s.request('POST', `/api/users/${target.id}/reset-password`),
  };

  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: 1000 });
    org = await aDepartment(t.services);
    subUnit = await aUnit(t.services, { parentId: org.divisionA.id, name: 'Tổ thuộc Phòng A' });
    await aUser(t.services, { orgUnitId: subUnit.id, roles: ['staff'] });
    const leader = await aUser(t.services, { orgUnitId: org.department.id, roles: ['leader'] });
    const compiler = await aUser(t.services, { orgUnitId: org.department.id, roles: ['compiler'] });
    const viewer = await aUser(t.services, { orgUnitId: org.divisionB.id, roles: ['viewer'] });
    target = await aUser(t.services, { orgUnitId: org.divisionB.id, roles: ['staff'] });
    const users: Record<Role, string> = {
      admin: org.admin.username,
      staff: org.staffA.username,
      unitHead: org.headA.username,
      leader: leader.username,
      compiler: compiler.username,
      viewer: viewer.username,
    };
    for (const [role, username] of Object.entries(users))
      sessions[role as Role] = await login(t.app, username, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it.each(NON_ADMIN_ROLES.flatMap((role) => Object.keys(actions).map((action) => [role, action] as const)))(
    '%s cannot %s users: 403 FORBIDDEN and nothing changes',
    async (role, action) => {
      const before = await aStoreSnapshot(t.database.db);
      const res = await actions[action]?.(sessions[role]);
      expect(res?.statusCode).toBe(403);
      expect(res?.json<ErrorBody>().error.code).toBe('FORBIDDEN');
      expect(await aStoreSnapshot(t.database.db)).toEqual(before);
    },
  );

  it.each([
    ['create', (u: UserDto) => expect(u).toMatchObject({ orgUnitId: org.divisionB.id, disabled: false })],
    ['update', (u: UserDto) => expect(u).toMatchObject({ fullName: 'Tên đã sửa', roles: ['leader'] })],
    ['disable', (u: UserDto) => expect(u).toMatchObject({ id: target.id, disabled: true })],
  ])('admin can %s users', async (action, check) => {
    const res = await actions[action]?.(sessions.admin);
    expect(res?.statusCode).toBeLessThan(300);
    const body = res?.json<UserDto>();
    if (!body) throw new Error('no response');
    check(body);
    check((await sessions.admin.request('GET', `/api/users/${body.id}`)).json<UserDto>());
  });

  it('lists the own unit only for staff, and refuses another unit', async () => {
    expect(await listed(sessions.staff)).toEqual(await usernamesIn([org.divisionA.id]));
    const other = await sessions.staff.request('GET', `/api/users?orgUnitId=${org.divisionB.id}`);
    expect(other.statusCode).toBe(403);
    expect(other.json<ErrorBody>().error.code).toBe('FORBIDDEN');
  });

  // BUG (reported): UserService.get only checks that someone is signed in, so GET /api/users/:id shows any
  // user to staff, bypassing the listing scope. Drop `.fails` once it applies the same scope as list().
  it('refuses staff a single user of another unit', async () => {
    expect((await sessions.staff.request('GET', `/api/users/${org.staffA.id}`)).statusCode).toBe(200);
    expect((await sessions.staff.request('GET', `/api/users/${org.staffB.id}`)).statusCode).toBe(403);
  });

  it('lists the own subtree for a unit head, and refuses units outside it', async () => {
    const subtree = await usernamesIn([org.divisionA.id, subUnit.id]);
    expect(await listed(sessions.unitHead)).toEqual(subtree);
    expect(subtree.length).toBeGreaterThan((await usernamesIn([org.divisionA.id])).length);
    expect(await listed(sessions.unitHead, `?orgUnitId=${subUnit.id}`)).toEqual(
      await usernamesIn([subUnit.id]),
    );
    expect(
      (await sessions.unitHead.request('GET', `/api/users?orgUnitId=${org.divisionB.id}`)).statusCode,
    ).toBe(403);
  });

  it.each(['leader', 'compiler', 'admin'] as const)('lists everyone for %s', async (role) => {
    const all = (await t.database.db.selectFrom('users').select('username').execute())
      .map((r) => r.username)
      .sort();
    expect(await listed(sessions[role])).toEqual(all);
    expect(await listed(sessions[role], `?orgUnitId=${org.divisionB.id}`)).toEqual(
      await usernamesIn([org.divisionB.id]),
    );
  });

  describe('unit-scoped editing by a unit head', () => {
    it.each([
      ['their own unit', () => org.divisionA.id],
      ['a unit below theirs', () => subUnit.id],
    ])('may rename and set aliases of %s', async (_label, unitId) => {
      const res = await sessions.unitHead.request('PATCH', `/api/org-units/${unitId()}`, {
        name: 'Tên do trưởng đơn vị sửa',
        aliases: ['TĐV'],
      });
      expect(res.statusCode).toBe(200);
      const stored = await t.services.orgUnits.listAll();
      expect(stored.find((u) => u.id === unitId())).toMatchObject({
        name: 'Tên do trưởng đơn vị sửa',
        aliases: ['TĐV'],
      });
    });

    it.each([
      ['rename a sibling unit', () => org.divisionB.id, { name: 'Không được' }],
      ['rename the parent unit', () => org.department.id, { name: 'Không được' }],
      ['change the code of their own unit', () => org.divisionA.id, { code: 'MA-MOI' }],
      ['change the kind of their own unit', () => org.divisionA.id, { kind: 'centre' }],
    ])('may not %s: 403 and nothing changes', async (_label, unitId, patch) => {
      const before = await aStoreSnapshot(t.database.db);
      const res = await sessions.unitHead.request('PATCH', `/api/org-units/${unitId()}`, patch);
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.code).toBe('FORBIDDEN');
      expect(await aStoreSnapshot(t.database.db)).toEqual(before);
    });
  });

  it('disabling ends the sessions and blocks login; enabling restores login', async () => {
    const user = await aUser(t.services, { orgUnitId: org.divisionB.id });
    const session = await login(t.app, user.username, TEST_PASSWORD);
    expect((await session.request('GET', '/api/me')).statusCode).toBe(200);
    expect((await sessions.admin.request('POST', `/api/users/${user.id}/disable`)).json()).toMatchObject({
      disabled: true,
    });
    expect((await session.request('GET', '/api/me')).statusCode).toBe(401);
    const blocked = await loginResponse(user.username, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json<ErrorBody>().error.code).toBe('ACCOUNT_DISABLED');
    expect((await sessions.admin.request('POST', `/api/users/${user.id}/enable`)).json()).toMatchObject({
      disabled: false,
    });
    expect((await loginResponse(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('reset password issues a working temporary password that must be changed', async () => {
    const user = await aUser(t.services, { orgUnitId: org.divisionB.id });
    const session = await login(t.app, user.username, TEST_PASSWORD);
    const res = await sessions.admin.request('POST', `/api/users/${user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json<{ temporaryPassword: string }>();
    expect(temporaryPassword).toMatch(/^\S{12,}$/);
    expect((await session.request('GET', '/api/me')).statusCode).toBe(401);
    expect((await loginResponse(user.username, TEST_PASSWORD)).statusCode).toBe(401);
    const fresh = await loginResponse(user.username, temporaryPassword);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json<{ user: UserDto }>().user.mustChangePassword).toBe(true);

    // Until the one-time password is changed, the session may only see itself and change it.
    const temporary = await login(t.app, user.username, temporaryPassword);
    const refused = await temporary.request('GET', '/api/users');
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await temporary.request('GET', '/api/me')).json<UserDto>().mustChangePassword).toBe(true);
    const changed = await temporary.request('POST', '/api/me/password', {
      currentPassword: temporaryPassword,
      newPassword: 'Mot-mat-khau-moi-2026',
    });
    expect(changed.statusCode).toBe(204);
    expect((await temporary.request('GET', '/api/users')).statusCode).toBe(200);
    expect((await temporary.request('GET', '/api/me')).json<UserDto>().mustChangePassword).toBe(false);
  });

  it('an admin cannot disable themselves', async () => {
    const before = await aStoreSnapshot(t.database.db);
    const res = await sessions.admin.request('POST', `/api/users/${org.admin.id}/disable`);
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
    expect((await sessions.admin.request('GET', '/api/me')).statusCode).toBe(200);
  });

  it('refuses a duplicate username in another case with 409', async () => {
    const body = {
      fullName: 'Trùng tên',
      orgUnitId: org.divisionB.id,
      roles: ['staff'],
      password: 'mat-khau-123456',
    };
    expect(
      (await sessions.admin.request('POST', '/api/users', { ...body, username: 'Trung.Ten' })).statusCode,
    ).toBe(201);
    const before = await aStoreSnapshot(t.database.db);
    const res = await sessions.admin.request('POST', '/api/users', { ...body, username: 'trung.ten' });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().error.code).toBe('CONFLICT');
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
  });
});
