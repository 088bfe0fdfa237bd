import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

/** The demo organisation as the tree shows it: test id (unit code) → label (short name, else name). */
const DEMO_TREE: Record<string, string> = {
  'UBND-AG': 'UBND tỉnh An Giang',
  'STTTT-AG': 'Sở TTTT',
  BGD: 'BGĐ',
  VP: 'Văn phòng',
  TTRA: 'Thanh tra Sở',
  KHTC: 'KHTC',
  'CNTT-BCVT': 'CNTT-BCVT',
  TTBCXB: 'TTBCXB',
  'TTCNTT-TT': 'TTCNTT-TT',
};

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const text = async (id: string) => ((await byTestId(id).textContent()) ?? '').trim();

async function login(username: string, password: string): Promise<void> {
  await byTestId('login-username').fill(username);
  await byTestId('login-password').fill(password);
  await byTestId('login-submit').click();
}

async function selectUnit(code: string): Promise<void> {
  await byTestId(`org-node-${code}`).click();
  await page.locator('[data-testid="org-detail"]').waitFor();
}

describe('web UI smoke test (real server, Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild(); // before the server starts: it serves dist/web only if present at start-up
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('renders the Vietnamese login page', async () => {
    await page.goto(`${server.url}/`);
    await byTestId('login-username').waitFor();
    expect(page.url()).toBe(`${server.url}/login`);
    expect(await page.title()).toBe('baocao');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const card = await text('login-card');
    expect(card).toContain('Tên đăng nhập');
    expect(card).toContain('Mật khẩu');
    expect(card).toContain('Đăng nhập');
    await screenshot(page, 'login');
  });

  it('shows a readable error for a wrong password', async () => {
    await login(server.adminUsername, 'not-the-password');
    await byTestId('login-error').waitFor();
    expect(await text('login-error')).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('logs the demo admin in and shows who is logged in', async () => {
    await login(server.adminUsername, server.password);
    await byTestId('home-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await text('header-fullname')).toBe('Quản trị hệ thống');
    expect(await text('header-unit')).toBe('Văn phòng');
    expect(await byTestId('header-user').locator('[data-testid="role-admin"]').textContent()).toBe(
      'Quản trị hệ thống',
    );
    const menu = await byTestId('side-menu').locator('.ant-menu-item').allTextContents();
    expect(menu).toEqual([
      'Trang chủ',
      'Việc của tôi',
      'Tổng quan',
      'Kế hoạch',
      'Nhiệm vụ',
      'Văn bản giao việc',
      'Chỉ tiêu',
      'Báo cáo',
      'Tổng hợp',
      'Thi đua',
      'Xử lý tin giả',
      'Đơn vị',
      'Người dùng',
      'Nhật ký',
      'Lịch làm việc',
    ]);
    await screenshot(page, 'home');
  });

  it('shows the demo organisation in the org tree', async () => {
    await byTestId('menu-orgUnits').click();
    await byTestId('org-tree').waitFor();
    for (const [code, label] of Object.entries(DEMO_TREE)) {
      const node = byTestId(`org-node-${code}`);
      expect((await node.locator('span').first().textContent())?.trim(), code).toBe(label);
    }
    expect(await byTestId('org-node-STTTT-AG').getAttribute('title')).toBe(
      'Sở Thông tin và Truyền thông An Giang',
    );

    await selectUnit('STTTT-AG');
    expect(await text('org-detail-name')).toBe('Sở Thông tin và Truyền thông An Giang');
    expect(await text('org-detail')).toContain('UBND tỉnh An Giang (UBND-AG)');

    await selectUnit('KHTC');
    expect(await text('org-detail-name')).toBe('Phòng Kế hoạch – Tài chính');
    expect(await text('org-detail')).toContain('Sở TTTT (STTTT-AG)');

    await selectUnit('BGD');
    expect(await text('org-detail-name')).toBe('Ban Giám đốc');
    await screenshot(page, 'org-units');
  });

  it('saves an edit even when the CSRF token went stale (another tab logged in again)', async () => {
    const other = await context.newPage();
    await other.goto(`${server.url}/login`);
    await other.locator('[data-testid="home-page"], [data-testid="login-username"]').first().waitFor();
    if (await other.locator('[data-testid="logout"]').count()) {
      await other.locator('[data-testid="logout"]').click();
      await other.locator('[data-testid="login-username"]').waitFor();
    }
    await other.locator('[data-testid="login-username"]').fill(server.adminUsername);
    await other.locator('[data-testid="login-password"]').fill(server.password);
    await other.locator('[data-testid="login-submit"]').click();
    await other.locator('[data-testid="home-page"]').waitFor();
    await other.close();

    // This tab still holds the old session's CSRF token; the client must refetch it and retry once.
    await selectUnit('TTRA');
    await byTestId('org-edit').click();
    await byTestId('org-field-shortName').fill('Thanh tra');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-message-success').waitFor();
    await page.locator('[data-testid="org-node-TTRA"] >> text=Thanh tra').first().waitFor();
    expect(await text('org-detail')).toContain('Thanh tra');
  });

  it('opens the task list from the menu', async () => {
    await byTestId('menu-tasks').click();
    await byTestId('tasks-table').waitFor();
    expect(await text('tasks-page')).toContain('Nhiệm vụ');
  });

  it('logs out back to the login page', async () => {
    await byTestId('logout').click();
    await byTestId('login-username').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(pageErrors).toEqual([]);
  });
});
