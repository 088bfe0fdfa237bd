import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

/** An admin's API session: cookie and CSRF token, as the UI holds them. */
async function adminSession(server: TestServer) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: server.adminUsername, password: server.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { token } = (await (await fetch(`${server.url}/api/auth/csrf`, { headers: { cookie } })).json()) as {
    token: string;
  };
  return { cookie, csrf: token };
}

/** A one-time password (from an admin or `baocao users reset-password`) leads straight to choosing a new one. */
describe('signing in with a one-time password (real server, Chromium)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let temporaryPassword: string;

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    const { cookie, csrf } = await adminSession(server);
    const { users } = (await (await fetch(`${server.url}/api/users`, { headers: { cookie } })).json()) as {
      users: { id: string; username: string }[];
    };
    const staff = users.find((u) => u.username === 'chuyenvien');
    const reset = await fetch(`${server.url}/api/users/${staff?.id ?? ''}/reset-password`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    temporaryPassword = ((await reset.json()) as { temporaryPassword: string }).temporaryPassword;
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('shows only the forced password dialog until the password is changed, then the app', async () => {
    await page.goto(`${server.url}/login`);
    await page.locator('[data-testid="login-username"]').fill('chuyenvien');
    await page.locator('[data-testid="login-password"]').fill(temporaryPassword);
    await page.locator('[data-testid="login-submit"]').click();

    const dialog = page.locator('.ant-modal').filter({ hasText: 'Bạn cần đổi mật khẩu trước khi tiếp tục' });
    await dialog.waitFor();
    expect(await page.locator('[data-testid="must-change-password"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="home-page"]').count()).toBe(0);
    // No close button: the only ways out are a new password or signing out.
    expect(await dialog.locator('.ant-modal-close').count()).toBe(0);
    await screenshot(page, 'forced-password-change', false);

    expect(await dialog.textContent()).toContain('Mật khẩu dùng một lần');
    await page.locator('#currentPassword').fill(temporaryPassword);
    await page.locator('#newPassword').fill('Mat-khau-moi-2026!');
    await page.locator('#confirmPassword').fill('Mat-khau-moi-2026!');
    await dialog.locator('.ant-btn-primary').click();

    await page.locator('[data-testid="home-page"]').waitFor();
    expect(await page.locator('[data-testid="must-change-password"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
