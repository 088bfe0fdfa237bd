import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

/**
 * A plan from the corpus written by another agency (the ministry's 105/KH-BTTTT, "1.1" sub-items, units the
 * department calls otherwise): one click accepts a suggested unit, and saving asks to confirm the issuer.
 */
const MINISTRY_PLAN = path.resolve(
  import.meta.dirname,
  '../fixtures/plans/docx-05-ministry-decimal-subitems.docx',
);
const WORDING = 'Trung tâm Thông tin';

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

describe('plan import: suggestions and the issuing body (real server, Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
    await signIn(page, server.url, 'tonghop', server.password);
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('maps a unit in one click and saves only after the issuer is confirmed', async () => {
    await byTestId('menu-plans').click();
    await byTestId('plans-import').click();
    await page.locator('[data-testid="plan-import-upload"] input[type="file"]').setInputFiles(MINISTRY_PLAN);
    await byTestId('plan-import-preview').waitFor({ timeout: 30_000 });
    expect(await byTestId('preview-number').textContent()).toBe('105/KH-BTTTT');

    // The suggestions for a wording the org does not know: the first one is the centre.
    const suggestions = byTestId(`suggest-unit-${WORDING}`);
    await suggestions.waitFor();
    await expect.poll(async () => (await suggestions.textContent()) ?? '').toContain('TTCNTT-TT');
    await suggestions.locator('button').first().click();
    await byTestId('plan-unmatched').locator('.ant-tag-success', { hasText: WORDING }).waitFor();
    await page.locator('[data-testid="plan-review-state"][data-state="fresh"]').waitFor();

    await byTestId('plan-import-next').click();
    await byTestId('plan-import-confirm').waitFor();
    const warning = byTestId('plan-issuer-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('BỘ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(await byTestId('plan-import-save').isDisabled()).toBe(true);
    await screenshot(page, 'plan-import-issuer');

    await byTestId('plan-issuer-confirm').click();
    await page.locator('[data-testid="plan-import-save"]:not([disabled])').waitFor();
    await byTestId('plan-import-save').click();
    await byTestId('plan-import-done').waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });
});
