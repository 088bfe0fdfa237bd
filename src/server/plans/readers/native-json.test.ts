import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../test/support/app.js';
import { repoRoot } from '../../../../test/support/cli.js';
import { readPlanDocumentBounded } from './bounded.js';

const isNative = (fn: unknown) => Function.prototype.toString.call(fn).includes('[native code]');

/**
 * pdf.js's legacy build replaces JSON.stringify with a polyfill (for JSON.rawJSON, which Node 20
 * lacks), 8–15 times slower, for the whole process that loads it. Only the reading threads load it.
 */
describe('the server keeps the native JSON', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('after start-up and after reading a PDF plan', async () => {
    expect(isNative(JSON.stringify)).toBe(true);
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    const pdf = readFileSync(path.join(repoRoot, 'test/fixtures/plans/pdf-bordered-portrait.pdf'));
    const read = await readPlanDocumentBounded(pdf, 'ke-hoach.pdf');
    expect(read.items.length).toBeGreaterThan(0);
    expect(isNative(JSON.stringify)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
  });
});
