import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestContext } from '../../../test/support/app.js';
import { aDepartment, TEST_PASSWORD } from '../../../test/support/builders.js';

describe('authentication', () => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof aDepartment>>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await aDepartment(t.services);
  });
  afterAll(() => t.close());

  it('logs in with an httpOnly, SameSite=Lax session cookie and answers /api/me', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: org.staffA.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'baocao_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `baocao_session=${cookie?.value ?? ''}` },
    });
    expect(me.json()).toMatchObject({
      username: org.staffA.username,
      roles: ['staff'],
      orgUnitId: org.divisionA.id,
    });
  });

  it.each([
    ['wrong password', () => ({ username: org.staffA.username, password: 'sai-mat-khau' })],
    ['unknown user', () => ({ username: 'khong-ton-tai', password: TEST_PASSWORD })],
  ])('rejects a %s with 401 and a Vietnamese message', async (_label, payload) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload() });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: { code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
    });
  });

  it('requires a session for protected routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a state-changing request without the CSRF token, and accepts it with the token', async () => {
    const session = await login(t.app, org.admin.username, TEST_PASSWORD);
    const payload = { parentId: org.department.id, code: 'CSRF1', name: 'Phòng CSRF', kind: 'division' };
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/org-units',
      headers: { cookie: session.cookie },
      payload,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json<{ error: { code: string } }>().error.code).toBe('CSRF_INVALID');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/org-units',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const withToken = await session.request('POST', '/api/org-units', payload);
    expect(withToken.statusCode).toBe(201);
  });

  it('logs out: the session is deleted and the cookie stops working', async () => {
    const session = await login(t.app, org.staffB.username, TEST_PASSWORD);
    expect((await session.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await session.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('rate-limits repeated logins', async () => {
    const limited = await createTestApp({ loginRateLimitPerMinute: 3 });
    try {
      // A client that invents a new X-Forwarded-For on every try is still the same client.
      let n = 0;
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-forwarded-for': `10.0.0.${++n}` },
          payload: { username: 'x', password: 'y' },
        });
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await attempt()).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      expect((await attempt()).json<{ error: { code: string } }>().error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('lets a user change their password and ends their other sessions', async () => {
    const first = await login(t.app, org.headA.username, TEST_PASSWORD);
    const second = await login(t.app, org.headA.username, TEST_PASSWORD);
    const bad = await first.request('POST', '/api/me/password', {
      currentPassword: 'sai',
      newPassword: 'mat-khau-moi-123',
    });
    expect(bad.statusCode).toBe(400);
    const ok = await first.request('POST', '/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mat-khau-moi-123',
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.request('GET', '/api/me')).statusCode).toBe(200);
    expect((await second.request('GET', '/api/me')).statusCode).toBe(401);
    await expect(login(t.app, org.headA.username, 'mat-khau-moi-123')).resolves.toBeDefined();
  });
});
