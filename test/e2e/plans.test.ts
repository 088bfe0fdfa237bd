import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, screenshotParts, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

/** Seed plan 40/KH-STTTT (2023): 197 appendix rows, one unit wording the demo organisation does not know. */
const SEED_003 = fileURLToPath(new URL('../../../shared/seeds/003_77dc22eebe307cd2.txt', import.meta.url));
const UNKNOWN_UNIT = 'Thành viên Tổ CNSCĐ';

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const statValue = async (id: string) =>
  Number(await byTestId(id).locator('.ant-statistic-content-value').textContent());
const previewTotal = async () =>
  (
    (await page.locator('[data-testid="plan-preview-items"] .ant-pagination-total-text').textContent()) ?? ''
  ).trim();
const text = async (id: string) => ((await byTestId(id).first().textContent()) ?? '').trim();
/** Waits for the text to appear: the UI re-renders after the action, later on a busy machine. */
const expectText = (locator: Locator, expected: string) =>
  expect.poll(async () => (await locator.textContent()) ?? '', { timeout: 15_000 }).toContain(expected);

/** Waits until the import preview shows rows read with every edit and mapping made so far. */
async function reviewSettled(): Promise<void> {
  await page.locator('[data-testid="plan-review-state"][data-state="fresh"]').waitFor();
}

/** Lets spinners and step transitions finish, so a screenshot shows the settled page. */
async function settled(): Promise<void> {
  await page.locator('.ant-spin-blur, .ant-spin-spinning').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(350);
}

async function uploadSeed(): Promise<void> {
  await byTestId('plans-import').click();
  await byTestId('plan-import-upload').waitFor();
  await page.locator('[data-testid="plan-import-upload"] input[type="file"]').setInputFiles(SEED_003);
  await byTestId('plan-import-preview').waitFor({ timeout: 30_000 });
}

describe('plans: list, detail and import (real server, Chromium)', () => {
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

  it('lists the sample plan imported on first start', async () => {
    await byTestId('menu-plans').click();
    await byTestId('plans-table').waitFor();
    const row = page.locator('[data-testid="plans-table"] tr', { hasText: '99/KH-STTTT' });
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('Dữ liệu mẫu');
    expect(rowText).toContain('Đang thực hiện');
    expect(await byTestId('plans-import').isVisible()).toBe(true);
    await settled();
    await screenshot(page, 'plans-list');
  });

  it('opens the sample plan with its domains, items and reporting regimes', async () => {
    await byTestId('plan-link-99/KH-STTTT').click();
    await byTestId('plan-detail').waitFor();
    expect(await text('plan-number')).toBe('99/KH-STTTT');
    expect(await text('plan-counts')).toBe('12 chỉ tiêu · 30 nhiệm vụ');
    await expectText(byTestId('plan-part-A'), 'A. Chỉ tiêu');
    await expectText(byTestId('plan-part-B'), 'B. Nhiệm vụ');
    const domains = await byTestId('plan-domain').allTextContents();
    expect(domains.length).toBeGreaterThan(3);
    expect(domains[0]).toContain('Lĩnh vực Bưu chính');
    // the catalogue stored with the plan: part A's and part B's headings of one domain are one entry
    expect(await byTestId('plan-catalogue-domain').allTextContents()).toContain(
      'Chính phủ số và chuyển đổi số',
    );
    expect(await byTestId('plan-items').locator('tbody tr.ant-table-row').count()).toBe(42);
    await expectText(byTestId('plan-regimes'), 'Báo cáo tháng');
    await screenshotParts(page, 'plan-detail');

    // search ignores diacritics
    await byTestId('plan-filter-text').locator('input').fill('buu chinh');
    const shown = await text('plan-items-shown');
    expect(shown).toMatch(/^Đang hiện \d+\/42 dòng$/);
    expect(shown).not.toBe('Đang hiện 42/42 dòng');
    await byTestId('plan-filter-text').locator('input').fill('');
  });

  it('imports seed 003: preview, map the unknown unit, correct a row, save', async () => {
    await byTestId('menu-plans').click();
    await uploadSeed();
    expect(await text('preview-number')).toBe('40/KH-STTTT');
    await expectText(byTestId('preview-count-rows'), '197');
    expect(await previewTotal()).toBe('Tổng số 197');
    const unmatched = byTestId('plan-unmatched');
    await expectText(unmatched, UNKNOWN_UNIT);
    expect(await byTestId('plan-import-existing').count()).toBe(0);
    await screenshotParts(page, 'plan-import-preview');

    // the warnings filter keeps only rows with a warning
    await byTestId('preview-filter-warnings').click();
    const warningRows = await statValue('preview-count-warnings');
    expect(warningRows).toBeGreaterThan(0);
    expect(await previewTotal()).toBe(`Tổng số ${warningRows}`);
    await byTestId('preview-filter-warnings').click();

    // map the unknown wording to a unit: the preview is read again by itself
    await byTestId(`map-unit-${UNKNOWN_UNIT}`).click();
    await page.keyboard.type('trung tam');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'TTCNTT-TT' }).first().click();
    await unmatched.locator('.ant-tag-success', { hasText: UNKNOWN_UNIT }).waitFor();
    await reviewSettled();
    expect(await byTestId('preview-table').locator('[data-testid="unit-unresolved"]').count()).toBe(0);

    // the domain catalogue: part A's "Chính phủ số và Chuyển đối số quốc gia" and part B's capitals are
    // proposed as one domain; the compiler splits part B's heading out and the preview reads it again
    const domains = byTestId('plan-domains');
    const entries = domains.locator('[data-testid="domain-entry"]');
    const before = await entries.count();
    const digital = entries.filter({ hasText: 'Chính phủ số và chuyển đối số quốc gia' });
    expect(await digital.locator('[data-testid="domain-heading"]').count()).toBe(2);
    await domains.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-import-domains', false);
    await digital.locator('[data-testid="domain-split"]').last().click();
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(before + 1);
    await expectText(domains, 'Chính phủ số và chuyển đổi số quốc gia');
    await byTestId('domains-reset').waitFor();
    await reviewSettled();

    // correct a blank timeframe
    await byTestId('preview-kind-blankTimeframe').click();
    const blankBefore = Number(/\d+/.exec(await text('preview-kind-blankTimeframe'))?.[0]);
    const firstEdit = byTestId('preview-table').locator('[data-testid^="edit-row-"]').first();
    await firstEdit.click();
    await byTestId('edit-timeframe').waitFor();
    await byTestId('edit-timeframe').fill('Quý II/2023');
    await expectText(page.locator('.ant-modal-body'), 'Hệ thống hiểu là: Quý II/2023');
    await settled();
    await screenshot(page, 'plan-import-edit', false);
    await byTestId('edit-apply').click();
    await byTestId('edit-timeframe').waitFor({ state: 'detached' });
    await reviewSettled();
    await expect
      .poll(() => text('preview-kind-blankTimeframe'), { timeout: 15_000 })
      .toContain(String(blankBefore - 1));
    await byTestId('preview-kind-blankTimeframe').click();
    await expect.poll(() => statValue('preview-count-edited'), { timeout: 15_000 }).toBe(1);

    await byTestId('plan-import-next').click();
    await byTestId('plan-import-confirm').waitFor();
    await page.locator('[data-testid="plan-import-save"]:not([disabled])').waitFor();
    await expect
      .poll(() => text('plan-confirm-summary'), { timeout: 15_000 })
      .toMatch(/^31 chỉ tiêu, 166 nhiệm vụ, \d+ cảnh báo còn lại$/);
    await expectText(byTestId('plan-import-confirm'), `${UNKNOWN_UNIT} → TTCNTT-TT`);
    await settled();
    await screenshot(page, 'plan-import-confirm');

    await byTestId('plan-import-save').click();
    await byTestId('plan-import-done').waitFor();
    await screenshot(page, 'plan-import-done');
    await byTestId('plan-import-open').click();
    await byTestId('plan-detail').waitFor();
    expect(await text('plan-number')).toBe('40/KH-STTTT');
    expect(await text('plan-counts')).toBe('31 chỉ tiêu · 166 nhiệm vụ');
    await expectText(byTestId('plan-items'), 'Quý II/2023');
    await screenshotParts(page, 'plan-imported');
  });

  it('imports the same plan again as a new version, the mapping now known as an alias', async () => {
    await byTestId('menu-plans').click();
    await uploadSeed();
    // the unit picked last time was saved as an alias
    expect(await byTestId('plan-unmatched').count()).toBe(0);
    await byTestId('plan-import-existing').waitFor();
    expect(await byTestId('plan-import-next').isDisabled()).toBe(true);
    await screenshot(page, 'plan-import-existing');
    await byTestId('mode-version').click();

    // a failed save shows the server's reason and keeps the compiler's work
    await byTestId('preview-kind-blankTimeframe').click();
    await byTestId('preview-table').locator('[data-testid^="edit-row-"]').first().click();
    await byTestId('edit-content').fill('Nội dung đã sửa trước khi lưu');
    await byTestId('edit-apply').click();
    await reviewSettled();
    await byTestId('plan-import-next').click();
    const failure = 'Lỗi hệ thống. Vui lòng thử lại sau.';
    await page.route('**/api/plans/import/*/commit', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'INTERNAL', message: failure } }),
      }),
    );
    await byTestId('plan-import-save').click();
    await byTestId('plan-commit-error').waitFor();
    expect(await text('plan-commit-error')).toBe(failure);
    await expectText(byTestId('plan-import-confirm'), 'Dòng đã sửa1');
    await settled();
    await screenshot(page, 'plan-import-failed');
    await page.unroute('**/api/plans/import/*/commit');
    await byTestId('plan-import-back').click();
    await expect.poll(() => statValue('preview-count-edited'), { timeout: 15_000 }).toBe(1);
    await byTestId('plan-import-next').click();
    await byTestId('plan-import-save').click();
    await byTestId('plan-import-done').waitFor();
    await byTestId('plan-import-open').click();
    await byTestId('plan-detail').waitFor();
    await expectText(byTestId('plan-header'), 'Phiên bản 2');
    await expectText(byTestId('plan-items'), 'Nội dung đã sửa trước khi lưu');

    await byTestId('menu-plans').click();
    const rows = page.locator('[data-testid="plans-table"] tr', { hasText: '40/KH-STTTT' });
    await rows.nth(1).waitFor();
    const texts = await rows.allTextContents();
    expect(texts.filter((t) => t.includes('Phiên bản cũ'))).toHaveLength(1);
    await settled();
    await screenshot(page, 'plans-list-versions');
  });

  it('explains what is wrong with a file it cannot read', async () => {
    await byTestId('plans-import').click();
    const input = page.locator('[data-testid="plan-import-upload"] input[type="file"]');
    await input.setInputFiles({
      name: 'ke-hoach.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from('x'),
    });
    expect(await text('plan-import-error')).toBe(
      'Chưa hỗ trợ tệp “ke-hoach.doc”. Hãy chọn tệp .txt, .docx, .xlsx, .pdf.',
    );
    await input.setInputFiles({
      name: 'ghi-chu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Ghi chú họp giao ban, không có bảng chỉ tiêu.\n'),
    });
    await page.locator('[data-testid="plan-import-error"]', { hasText: 'Không tìm thấy bảng' }).waitFor();
    await screenshot(page, 'plan-import-error');
  });

  it('invites the compiler to import when there is no plan yet', async () => {
    await page.route('**/api/plans', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ plans: [] }) }),
    );
    await page.goto(`${server.url}/plans`);
    await byTestId('plans-empty').waitFor();
    expect(await text('plans-empty')).toContain('Chưa có kế hoạch nào.');
    await settled();
    await screenshot(page, 'plans-empty');
    await byTestId('plans-empty').locator('[data-testid="plans-import"]').click();
    await byTestId('plan-import-upload').waitFor();
    await page.unroute('**/api/plans');
  });

  it('hides importing from a read-only account', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    const viewer = await context.newPage();
    const errors = collectPageErrors(viewer);
    await signIn(viewer, server.url, 'xem', server.password);
    await viewer.locator('[data-testid="menu-plans"]').click();
    await viewer.locator('[data-testid="plans-table"] tr', { hasText: '99/KH-STTTT' }).waitFor();
    expect(await viewer.locator('[data-testid="plans-import"]').count()).toBe(0);
    await viewer.goto(`${server.url}/plans/import`);
    await viewer
      .locator('text=Chỉ quản trị hệ thống và người làm công tác tổng hợp được nhập kế hoạch.')
      .waitFor();
    await context.close();
    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
