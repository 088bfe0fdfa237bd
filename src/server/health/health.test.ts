import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/support/app.js';
import { testStore } from '../../../test/support/db.js';
import { APP_VERSION } from './health.routes.js';

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
}

describe('health and API documentation', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/health answers without signing in and names the store under test', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: testStore(), version: APP_VERSION });
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('GET /api/openapi.json is an OpenAPI 3 document listing the main paths', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const doc = res.json<OpenApiDocument>();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'baocao API', version: APP_VERSION });
    expect(doc.paths['/api/health']?.get).toBeDefined();
    expect(doc.paths['/api/auth/login']?.post?.responses).toHaveProperty('200');
    expect(Object.keys(doc.paths['/api/org-units'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/users'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths)).toContain('/api/users/{id}');
    expect(Object.keys(doc.paths)).not.toContain('/api/openapi.json');
  });

  it('GET /api/docs serves the HTML viewer without signing in', async () => {
    let res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 3; hops++) {
      const location = new URL(String(res.headers.location), 'http://localhost/api/docs/');
      res = await t.app.inject({ method: 'GET', url: location.pathname });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/<html/i);
    expect(res.body).toMatch(/swagger/i);
  });

  it.each([
    ['GET', '/api/khong-co'],
    ['POST', '/api/khong-co/con-nua'],
    ['GET', '/api/org-units/extra/path'],
  ] as const)('%s %s is a 404 JSON error, even without signing in', async (method, url) => {
    const res = await t.app.inject({ method, url });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: `Không có đường dẫn ${method} ${url}.` },
    });
  });

  it('protected routes still require signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/org-units' });
    expect(res.statusCode).toBe(401);
  });
});
