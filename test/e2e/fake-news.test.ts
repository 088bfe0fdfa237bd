import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'vi-VN', isMobile: true, hasTouch: true };
const POLICE_PASSWORD = 'Cong-an-xac-minh-2026!';

async function api(server: TestServer, username: string, password: string) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { token } = (await (await fetch(`${server.url}/api/auth/csrf`, { headers: { cookie } })).json()) as {
    token: string;
  };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': token,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** Chooses `label` in the antd Select marked `testId`. */
async function pick(page: Page, testId: string, label: string) {
  await page.locator(`[data-testid="${testId}"]`).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .click();
  await page.keyboard.press('Escape');
}

describe('fake-news centre, the whole path (real server, Chromium, phone-sized citizen)', () => {
  let server: TestServer;
  let browser: Browser;
  let citizen: BrowserContext;
  let phone: Page;
  let errors: string[];
  let caseCount: () => Promise<number>;
  let trackingCode = '';
  const shot = '/tmp/baocao-e2e-fake-news-shot.png';
  const fakePng = '/tmp/baocao-e2e-fake-news-fake.png';

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    const admin = await api(server, server.adminUsername, server.password);
    const { users } = await admin<{ users: { id: string; username: string; orgUnitId: string }[] }>(
      'GET',
      '/api/users',
    );
    const byName = (u: string) => {
      const user = users.find((x) => x.username === u);
      if (!user) throw new Error(`no demo user ${u}`);
      return user;
    };
    const police = await admin<{ id: string }>('POST', '/api/users', {
      username: 'congan.xacminh',
      fullName: 'Đỗ Văn Công An (mẫu)',
      orgUnitId: byName('admin').orgUnitId,
      roles: ['viewer'],
      password: POLICE_PASSWORD,
    });
    await admin('PUT', `/api/fake-news/team/${byName('chuyenvien').id}`, {
      agency: 'department',
      role: 'intake',
    });
    await admin('PUT', `/api/fake-news/team/${byName('truongphong').id}`, {
      agency: 'propaganda',
      role: 'member',
    });
    await admin('PUT', `/api/fake-news/team/${police.id}`, { agency: 'police', role: 'member' });
    await admin('PUT', `/api/fake-news/team/${byName('lanhdao').id}`, {
      agency: 'department',
      role: 'leader',
    });
    const intake = await api(server, 'chuyenvien', server.password);
    caseCount = async () => (await intake<{ items: unknown[] }>('GET', '/api/fake-news/cases')).items.length;
    writeFileSync(
      shot,
      await sharp({ create: { width: 390, height: 760, channels: 3, background: '#4267b2' } })
        .png()
        .toBuffer(),
    );
    writeFileSync(fakePng, 'đây không phải ảnh');
    browser = await launchBrowser();
    citizen = await browser.newContext(PHONE);
    phone = await citizen.newPage();
    errors = collectPageErrors(phone);
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('refuses bad input on the public page with a clear message and stores nothing', async () => {
    await phone.goto(`${server.url}/phan-anh-tin-gia`);
    await phone.locator('[data-testid="report-urls"]').fill('https://www.facebook.com/tin.nong/posts/9');
    await phone
      .locator('[data-testid="report-description"]')
      .fill('Xem ngay <script>alert(1)</script> tin nóng');
    await phone.locator('[data-testid="report-submit"]').click();
    await expect.poll(() => phone.locator('[data-testid="report-error"]').textContent()).toContain('mã HTML');
    await phone
      .locator('[data-testid="report-description"]')
      .fill('Bài viết nói nước máy thành phố bị nhiễm độc, khuyên mọi người không dùng.');
    await phone
      .locator('input[type="file"]')
      .setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from('không phải ảnh') });
    await phone.locator('[data-testid="report-submit"]').click();
    await expect
      .poll(() => phone.locator('[data-testid="report-error"]').textContent())
      .toContain('không phải định dạng PNG');
    await screenshot(phone, 'fake-news-refused', false);
    expect(await caseCount()).toBe(0);
  });

  it('lets a citizen report from a phone and get a tracking code', async () => {
    await phone.goto(`${server.url}/phan-anh-tin-gia`);
    await phone
      .locator('[data-testid="report-urls"]')
      .fill('https://www.facebook.com/tin.nong/posts/9?fbclid=x');
    await phone
      .locator('[data-testid="report-description"]')
      .fill('Bài viết nói nước máy thành phố bị nhiễm độc, khuyên mọi người không dùng.');
    await phone.locator('input[type="file"]').setInputFiles(shot);
    await phone.locator('[data-testid="report-contact"]').fill('0912 345 678');
    // The page must fit the phone: nothing wider than the screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.locator('[data-testid="report-submit"]').click();
    await phone.locator('[data-testid="report-result"]').waitFor({ timeout: 30_000 });
    await screenshot(phone, 'fake-news-reported', false);
    trackingCode =
      /([A-Z0-9]{5}-[A-Z0-9]{5})/.exec(
        (await phone.locator('[data-testid="tracking-code"]').textContent()) ?? '',
      )?.[1] ?? '';
    expect(trackingCode).not.toBe('');
    expect(await caseCount()).toBe(1);
  });

  async function staff(username: string, password = server.password) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await signIn(page, server.url, username, password);
    await page.goto(`${server.url}/fake-news`);
    await page.locator('[data-testid="fake-news-cases"] a').filter({ hasText: /^TG-/ }).first().click();
    await page.locator('[data-testid="fake-news-case"]').waitFor();
    return { page, pageErrors, close: () => context.close() };
  }

  it('takes the case through classify, assign, verify, approve, publish, refer and the half-year figures', async () => {
    const intake = await staff('chuyenvien');
    const p = intake.page;
    await p.locator('[data-testid="classify-domain"]').fill('Y tế');
    await pick(p, 'classify-severity', 'Nghiêm trọng');
    await pick(p, 'classify-platform', 'Facebook');
    await p.locator('[data-testid="classify-agencies"]').getByText('Công an tỉnh').click();
    await p.locator('[data-testid="do-classify"]').click();
    await p.locator('[data-testid="step-assign"]').waitFor();
    await pick(p, 'assign-users', 'Đỗ Văn Công An');
    await pick(p, 'assign-users', 'Trần Thị Trưởng Phòng');
    await p.locator('[data-testid="do-assign"]').click();
    await expect.poll(() => p.locator('[data-testid="case-status"]').textContent()).toBe('Đang xác minh');

    const police = await staff('congan.xacminh', POLICE_PASSWORD);
    const q = police.page;
    await q
      .locator('[data-testid="note-body"]')
      .fill('Đã làm việc với Công ty cấp nước: mẫu nước ngày hôm qua đạt quy chuẩn.');
    await q.locator('[data-testid="do-addNote"]').click();
    await q.getByText('mẫu nước ngày hôm qua đạt quy chuẩn').waitFor();
    await pick(q, 'conclude-verdict', 'Tin giả');
    await q
      .locator('[data-testid="conclude-text"]')
      .fill('Thông tin nước máy nhiễm độc là bịa đặt, kết quả xét nghiệm đạt quy chuẩn.');
    await q.locator('[data-testid="do-conclude"]').click();
    await expect
      .poll(() => q.locator('[data-testid="case-status"]').textContent())
      .toBe('Chờ lãnh đạo phê duyệt');

    const leader = await staff('lanhdao');
    await leader.page.locator('[data-testid="do-approve"]').click();
    await expect
      .poll(() => leader.page.locator('[data-testid="case-status"]').textContent())
      .toBe('Đã có kết luận');

    await p.reload();
    await p
      .locator('[data-testid="publish-notice"]')
      .fill('Trung tâm xử lý tin giả khẳng định thông tin nước máy nhiễm độc là tin giả.');
    await p.locator('[data-testid="do-publish"]').click();
    await p.locator('[data-testid="case-stamp"]').waitFor();
    await pick(p, 'refer-to', 'Thanh tra Sở');
    await p.locator('[data-testid="do-refer"]').click();
    await p.locator('[data-testid="step-recordOutcome"]').waitFor();
    await p.locator('[data-testid="outcome-sanctioned"]').check();
    await p.locator('[data-testid="outcome-subjects"]').fill('1');
    await p.locator('[data-testid="outcome-amount"]').fill('5000000');
    await p.locator('[data-testid="do-recordOutcome"]').click();
    await p.getByText('5.000.000 đ').waitFor();
    await screenshot(p, 'fake-news-case');

    await p.goto(`${server.url}/fake-news`);
    const figures = p.locator('[data-testid="figures-sentences"]');
    await expect.poll(() => figures.textContent()).toContain('01/01 vụ việc');
    expect(await figures.textContent()).toContain('01 đối tượng, tổng số tiền 5.000.000 đồng');
    await screenshot(p, 'fake-news-figures');
    for (const s of [intake, police, leader]) {
      expect(s.pageErrors).toEqual([]);
      await s.close();
    }
  });

  it('shows the stamped image and notice on the public page, in the feed, and the verdict to the reporter', async () => {
    await phone.goto(`${server.url}/tin-gia`);
    const item = phone.locator('[data-testid="published-item"]');
    await item.first().waitFor();
    expect(await item.textContent()).toContain('tin giả');
    const stamp = phone.locator('[data-testid="published-stamp"]');
    await expect.poll(() => stamp.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    await phone.locator('[data-testid="published-search"] input').fill('nuoc may');
    await phone.locator('[data-testid="published-search"] input').press('Enter');
    await expect.poll(() => item.count()).toBe(1);
    await screenshot(phone, 'fake-news-published');
    const feed = await (await fetch(`${server.url}/api/public/fake-news/feed.atom`)).text();
    expect(feed).toContain('[TIN GIẢ]');

    await phone.goto(`${server.url}/phan-anh-tin-gia`);
    await phone.locator('[data-testid="track-code"] input').fill(trackingCode);
    await phone.locator('[data-testid="track-code"] input').press('Enter');
    await expect
      .poll(() => phone.locator('[data-testid="track-status"]').textContent())
      .toContain('Kết luận: Tin giả');
    expect(errors).toEqual([]);
  });
});
