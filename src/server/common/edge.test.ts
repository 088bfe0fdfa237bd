import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aDepartment, aStoreSnapshot, TEST_PASSWORD } from '../../../test/support/builders.js';
import type { OpenApiDocument } from '../../../test/support/fuzz.js';
import { loadConfig } from '../config.js';

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const MUTATING = ['post', 'put', 'patch', 'delete'];
const SOME_ID = '7d4a1c52-3f0e-4b8a-9c61-2e5f8d9a0b13';

describe('the HTTP edge', () => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof aDepartment>>;
  let admin: Session;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: 1000 });
    org = await aDepartment(t.services);
    admin = await login(t.app, org.admin.username, TEST_PASSWORD);
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
  });
  afterAll(() => t.close());

  const send = (method: string, url: string, payload: string, contentType = 'application/json') =>
    t.app.inject({
      method: method as 'POST',
      url,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': contentType },
      payload,
    });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method, path, op })),
    );

  it('every state-changing route declares a body schema (an empty object where it takes none)', () => {
    const mutating = operations().filter((o) => MUTATING.includes(o.method));
    expect(mutating.length).toBeGreaterThan(40);
    const without = mutating.filter((o) => !o.op.requestBody).map((o) => `${o.method} ${o.path}`);
    expect(without).toEqual([]);
  });

  it('every state-changing route refuses null, a number, text and 1 MB of unknown JSON, storing nothing', async () => {
    const before = await aStoreSnapshot(t.database.db);
    const big = JSON.stringify({ junk: 'x'.repeat(1024 * 1024) });
    const accepted: string[] = [];
    for (const { method, path } of operations().filter((o) => MUTATING.includes(o.method))) {
      if (path === '/api/auth/login') continue;
      const url = path.replace(/\{\w+\}/g, (m) =>
        m === '{year}' ? '2026' : m === '{date}' ? '2026-05-04' : SOME_ID,
      );
      for (const [payload, type] of [
        ['null', 'application/json'],
        ['42', 'application/json'],
        ['xin chào', 'text/plain'],
        [big, 'application/json'],
      ] as const) {
        const res = await send(method.toUpperCase(), url, payload, type);
        if (res.statusCode < 400 || res.statusCode >= 500)
          accepted.push(`${method} ${path} ${type} → ${res.statusCode}`);
        else expect(res.json<ErrorBody>().error.message).toMatch(VIETNAMESE);
      }
    }
    expect(accepted).toEqual([]);
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
  });

  it.each([
    ['a NUL in a query string', 'GET', '/api/tasks?q=%00', undefined],
    ['a NUL in a filter', 'GET', '/api/audit?username=a%00', undefined],
    ['a NUL in a period', 'GET', '/api/consolidated-reports?period=%00', undefined],
    ['a NUL in a JSON field', 'PATCH', 'UNIT', '{"name":"x\\u0000y"}'],
    ['a NUL in a JSON key', 'PATCH', 'UNIT', '{"x\\u0000":1}'],
  ])('refuses %s with 400, naming where it is', async (_, method, url, payload) => {
    const target = url === 'UNIT' ? `/api/org-units/${org.divisionA.id}` : url;
    const before = await aStoreSnapshot(t.database.db);
    const res =
      payload === undefined ? await admin.request('GET', target) : await send(method, target, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.message).toContain('NUL');
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
  });

  it.each([
    ['broken JSON', 'application/json', '{"name": ', 400],
    ['an unknown content type', 'application/xml', '<a/>', 415],
    [
      'a cut-off multipart body',
      'multipart/form-data; boundary=X',
      '--X\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nab',
      400,
    ],
    ['multipart without a boundary', 'multipart/form-data', '--X\r\n\r\n', 400],
  ])('answers %s with a Vietnamese 4xx', async (_, type, payload, status) => {
    const url = type.startsWith('multipart') ? '/api/plans/import' : `/api/org-units/${org.divisionA.id}`;
    const res = await send(type.startsWith('multipart') ? 'POST' : 'PATCH', url, payload, type);
    expect(res.statusCode).toBe(status);
    expect(res.json<ErrorBody>().error.message).toMatch(VIETNAMESE);
  });

  it('refuses a NUL in an uploaded file name', async () => {
    const body =
      '--X\r\nContent-Disposition: form-data; name="file"; filename="ke\u0000hoach.txt"\r\n\r\nabc\r\n--X--\r\n';
    const res = await send('POST', '/api/plans/import', body, 'multipart/form-data; boundary=X');
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.message).toContain('NUL');
  });

  it('answers a badly encoded or too long path in Vietnamese, without echoing it', async () => {
    for (const url of ['/api/users/%E0%A4%A', `/api/users/${'a'.repeat(10_000)}`]) {
      const res = await admin.request('GET', url);
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.message).toMatch(VIETNAMESE);
      expect(res.body).not.toContain('aaaaaaaaaa');
    }
  });

  it('names each wrong field in plain Vietnamese', async () => {
    const res = await admin.request('POST', '/api/users', {
      username: 'a b',
      fullName: '',
      orgUnitId: 'abc',
      roles: ['castle'],
    });
    expect(res.statusCode).toBe(400);
    const { message, details } = res.json<ErrorBody>().error;
    expect(message).toContain('Tên đăng nhập chỉ gồm chữ không dấu');
    expect(message).toContain('«Họ và tên»: không được để trống');
    expect(message).toContain('«Đơn vị»: phải là mã định danh (UUID)');
    expect(message).toContain('«Vai trò» (dòng 1): phải là một trong các giá trị');
    expect(message).toContain('«Mật khẩu»: là bắt buộc nhưng đang bị thiếu');
    expect(message).not.toMatch(/mong đợi|expected|received|undefined/i);
    expect(details?.map((d) => d.path)).toContain('body.fullName');
  });

  it('sends security headers with a Content-Security-Policy on every response', async () => {
    for (const url of ['/api/health', '/api/nothing-here', '/']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });
});

describe('behind https', () => {
  it('cookies are Secure by default when BAOCAO_PUBLIC_URL is https, unless told otherwise', () => {
    expect(loadConfig({ BAOCAO_PUBLIC_URL: 'https://baocao.angiang.gov.vn' }).secureCookies).toBe(true);
    expect(loadConfig({ BAOCAO_PUBLIC_URL: 'http://localhost:3000' }).secureCookies).toBe(false);
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(
      loadConfig({ BAOCAO_PUBLIC_URL: 'https://baocao.angiang.gov.vn', BAOCAO_SECURE_COOKIES: 'false' })
        .secureCookies,
    ).toBe(false);
    expect(loadConfig({ BAOCAO_SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
  });

  it('the session cookie is Secure and HSTS is sent', async () => {
    const base = loadConfig({
      BAOCAO_PUBLIC_URL: 'https://baocao.example.gov.vn',
      BAOCAO_WEB_DIR: '/nonexistent',
    });
    const t = await createTestApp({ secureCookies: base.secureCookies, mail: base.mail });
    try {
      const org = await aDepartment(t.services);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: org.admin.username, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'baocao_session');
      expect(cookie?.secure).toBe(true);
      expect(cookie?.httpOnly).toBe(true);
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await t.close();
    }
  });
});
