import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Uncaught errors in the page; a test asserts this stays empty. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** `fullPage: false` keeps fixed overlays (modals, drawers) where the user sees them. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const file = `/tmp/baocao-e2e-${name}.png`;
  await page.screenshot({ path: file, fullPage });
  return file;
}

/**
 * A long page as several screenshots of `height` pixels each (`…-1.png`, `…-2.png`), so each part can be
 * looked at in full resolution. Returns the files written.
 */
export async function screenshotParts(
  page: Page,
  name: string,
  height = 1100,
  maxParts = 4,
): Promise<string[]> {
  const { width, total } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    total: document.documentElement.scrollHeight,
  }));
  const files: string[] = [];
  for (let part = 0; part * height < total && part < maxParts; part++) {
    const file = `/tmp/baocao-e2e-${name}-${part + 1}.png`;
    const y = part * height;
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(height, total - y) },
    });
    files.push(file);
  }
  return files;
}

/** Signs a page in through the login form as a demo account and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('[data-testid="login-username"]').fill(username);
  await page.locator('[data-testid="login-password"]').fill(password);
  await page.locator('[data-testid="login-submit"]').click();
  await page.locator('[data-testid="home-page"]').waitFor();
}
