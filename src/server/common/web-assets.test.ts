import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/support/app.js';
import { IMMUTABLE, REVALIDATE } from './web-assets.js';

// A built UI as `vite build` leaves it: hashed assets with their .br and .gz copies beside them.
const script = `console.log(${JSON.stringify('Báo cáo '.repeat(400))});`;
const page = `<!doctype html><html><body><script type="module" src="/assets/index-AbC123.js"></script></body></html>`;

describe('web assets', () => {
  let dir: string;
  let t: TestContext;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'baocao-web-'));
    mkdirSync(path.join(dir, 'assets'));
    const write = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text);
      writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(text));
      writeFileSync(path.join(dir, `${name}.gz`), gzipSync(text));
    };
    write('index.html', page);
    write('assets/index-AbC123.js', script);
    t = await createTestApp({ webDistDir: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['br', (b: Buffer) => brotliDecompressSync(b)],
    ['gzip', (b: Buffer) => gunzipSync(b)],
  ] as const)('sends the %s copy of a hashed asset, cached as immutable', async (encoding, decode) => {
    const res = await t.app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': encoding },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toContain('accept-encoding');
    expect(decode(res.rawPayload).toString()).toBe(script);
  });

  it('sends the plain file to a client that takes no compression', async () => {
    const res = await t.app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
  });

  it.each(['/', '/index.html', '/nhiem-vu/123'])('revalidates the entry page at %s', async (url) => {
    const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe(REVALIDATE);
    const body =
      res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload).toString() : res.body;
    expect(body).toBe(page);
  });

  it('never serves the compressed copies as files of their own', async () => {
    const res = await t.app.inject({ url: '/assets/index-AbC123.js.br' });
    expect(res.headers['content-type']).toContain('text/html');
  });
});
