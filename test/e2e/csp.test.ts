import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

/** Every page of the app a person reaches from the menu, and the API docs. */
const PAGES = [
  '/',
  '/plans',
  '/plans/import',
  '/my-work',
  '/overview',
  '/tasks',
  '/indicators',
  '/calendar',
  '/reports',
  '/consolidation',
  '/org-units',
  '/users',
  '/audit',
];

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
const violations: string[] = [];

describe('Content-Security-Policy in the browser', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    pageErrors = collectPageErrors(page);
    // Chromium reports each blocked resource, inline style or script on the console.
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text()))
        violations.push(`${page.url()}: ${msg.text()}`);
    });
    // …and as an event in the page, which catches the ones a console filter could miss.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`);
      });
    });
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('the app runs under its CSP with zero violations on every page', async () => {
    const res = await page.goto(`${server.url}/login`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signIn(page, server.url, server.adminUsername, server.password);
    for (const path of PAGES) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      // The page rendered (the layout's menu is there), so the scripts ran.
      await page.locator('.ant-layout').first().waitFor();
    }
    // Open one plan, with its tables and charts.
    await page.goto(`${server.url}/plans`);
    await page.waitForLoadState('networkidle');
    const plan = page.locator('a[href^="/plans/"]').filter({ hasNotText: /Nhập/ }).first();
    if (await plan.count()) {
      await plan.click();
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('the API docs page runs under its own CSP with zero violations', async () => {
    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('no other site can frame the app', async () => {
    const res = await page.request.get(`${server.url}/`);
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers()['x-frame-options']).toBe('DENY');
  });
});
