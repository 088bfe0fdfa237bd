import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, screenshotParts, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];
let submissionUrl = '';

const TYPED_BEFORE_SAVE = 'Đã triển khai **12** hệ thống thông tin dùng chung của tỉnh.';
const TYPED_AFTER_SAVE = '- Hoàn thành nâng cấp Trung tâm dữ liệu';
const REGIME_INSTRUCTIONS = 'Các phòng gửi báo cáo quý qua hệ thống trước ngày 15 của tháng cuối quý.';
const MISSING_DEPARTMENT = 'Sở Thông tin và Truyền thông Hậu Giang';

/** A fresh browser session logged in as one of the demo accounts. */
async function loginAs(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  pageErrors.push(...collectPageErrors(page));
  await signIn(page, server.url, username, server.password);
  return page;
}

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);
/** The tree view's row of one unit (not a parent row that names it among the missing). */
const treeRow = (page: Page, unit: string) =>
  page
    .locator('.report-tree tr')
    .filter({ has: page.locator('[data-testid="tree-unit"]', { hasText: unit }) });
const resultsInput = (page: Page) => byTestId(page, 'section-editor-results-input');

async function settled(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
}

describe('reports: a unit writes, sends and gets its report back (real server, Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('lists the reports the unit owes, overdue first, and opens a draft', async () => {
    const page = await loginAs('chuyenvien');
    await byTestId(page, 'menu-reports').click();
    await byTestId(page, 'owed-table').waitFor();
    const row = page.locator('[data-testid="owed-table"] tr', { hasText: 'Tháng 01/' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Quá hạn, chưa nộp');
    await settled(page);
    await screenshot(page, 'reports-owed');
    await row.getByRole('button').click();
    await byTestId(page, 'submission-page').waitFor();
    submissionUrl = page.url();
    expect(submissionUrl).toMatch(/\/reports\/submissions\/[0-9a-f-]{36}$/);
    expect(await byTestId(page, 'submission-page').getAttribute('data-status')).toBe('draft');
    await page.context().close();
  });

  it('shows the reports the unit owes in Việc của tôi, overdue ones kept in view', async () => {
    const page = await loginAs('chuyenvien');
    const card = byTestId(page, 'work-section-reportsDue');
    await card.waitFor();
    const february = card.locator('[data-testid="work-report"]', { hasText: 'Tháng 02/' });
    await february.waitFor();
    expect(await february.textContent()).toContain('Quá hạn, chưa nộp');
    await february.locator('[data-testid="work-report-open"]').click();
    await page.locator('[data-testid="submission-page"][data-status="draft"]').waitFor();
    expect(page.url()).toMatch(/\/reports\/submissions\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('keeps text typed into a draft across browser reloads, before and after the autosave', async () => {
    const page = await loginAs('chuyenvien');
    await page.goto(submissionUrl);
    await resultsInput(page).waitFor();

    // Reload at once: the autosave has not run yet, the browser's copy brings the text back.
    await resultsInput(page).fill(TYPED_BEFORE_SAVE);
    await page.reload();
    await resultsInput(page).waitFor();
    expect(await resultsInput(page).inputValue()).toBe(TYPED_BEFORE_SAVE);
    await byTestId(page, 'submission-restored').waitFor();

    // The restored text is saved by itself; then more typing, saved, and a reload reads it from the server.
    await page
      .locator('[data-testid="submission-save-state"][data-state="saved"]')
      .waitFor({ timeout: 15_000 });
    await resultsInput(page).press('End');
    await resultsInput(page).pressSequentially(`\n${TYPED_AFTER_SAVE}`);
    await page
      .locator('[data-testid="submission-save-state"][data-state="saved"]')
      .waitFor({ timeout: 15_000 });
    expect(await byTestId(page, 'submission-save-state').textContent()).toMatch(/Đã lưu lúc \d{2}:\d{2}/);
    await settled(page);
    await screenshotParts(page, 'submission-editor', 1000, 2);

    await page.reload();
    await resultsInput(page).waitFor();
    expect(await resultsInput(page).inputValue()).toBe(`${TYPED_BEFORE_SAVE}\n${TYPED_AFTER_SAVE}`);
    // nothing left unsaved in the browser this time: the text came from the server
    expect(await byTestId(page, 'submission-restored').count()).toBe(0);

    // the preview draws the saved model: bold figure, bullet item
    await byTestId(page, 'section-editor-results-preview').click();
    const preview = byTestId(page, 'section-editor-results-view');
    expect(await preview.locator('strong').textContent()).toBe('12');
    expect(await preview.locator('li').textContent()).toBe('Hoàn thành nâng cấp Trung tâm dữ liệu');
    await page.context().close();
  });

  it('lets the unit head send the report', async () => {
    const page = await loginAs('truongphong');
    await page.goto(submissionUrl);
    await byTestId(page, 'submission-submit').click();
    await byTestId(page, 'submission-submit-ok').click();
    await page.locator('[data-testid="submission-page"][data-status="submitted"]').waitFor();
    expect(await byTestId(page, 'submission-submit').count()).toBe(0);
    await page.context().close();
  });

  it('lets the compiler return it with a comment, which the unit then sees', async () => {
    const page = await loginAs('tonghop');
    await page.goto(submissionUrl);
    await byTestId(page, 'submission-return').click();
    // the comment is required
    await byTestId(page, 'submission-return-ok').click();
    await page.getByText('Hãy ghi nội dung cần sửa khi trả lại báo cáo.').waitFor();
    await byTestId(page, 'submission-return-text').fill('Bổ sung số liệu dịch vụ công trực tuyến tháng 01.');
    await byTestId(page, 'submission-return-ok').click();
    await page.locator('[data-testid="submission-page"][data-status="returned"]').waitFor();
    await page
      .locator('[data-testid="submission-comment"]', { hasText: 'Bổ sung số liệu dịch vụ công trực tuyến' })
      .waitFor();
    await settled(page);
    await screenshot(page, 'submission-returned');

    // the version sent can be compared with the current text
    await page.getByRole('tab', { name: 'So sánh phiên bản' }).click();
    await byTestId(page, 'submission-diff').waitFor();
    await page.context().close();

    const unit = await loginAs('chuyenvien');
    await unit.goto(submissionUrl);
    await unit.locator('[data-testid="submission-page"][data-status="returned"]').waitFor();
    expect(await resultsInput(unit).isEditable()).toBe(true);
    await unit
      .locator('[data-testid="submission-comment"]', { hasText: 'Bổ sung số liệu dịch vụ công trực tuyến' })
      .waitFor();
    await unit.context().close();
  });

  it('shows the compiler the period board with the rates on top', async () => {
    const page = await loginAs('tonghop');
    await page.goto(`${server.url}/reports?tab=regimes`);
    const row = page.locator('[data-testid="regimes-table"] tr', { hasText: 'Báo cáo tháng' });
    await row.getByTestId('regime-board-link').click();
    await byTestId(page, 'regime-board').waitFor();
    expect(await byTestId(page, 'board-reporting-rate').textContent()).toContain('%');
    expect(await page.locator('.board-table .board-cell[data-cell="returned"]').count()).toBe(1);
    await settled(page);
    await screenshot(page, 'regime-board');
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });

  it("lets the compiler change an issued regime's instructions, which stay changed after a reload", async () => {
    const page = await loginAs('tonghop');
    await page.goto(`${server.url}/reports?tab=regimes`);
    const row = page.locator('[data-testid="regimes-table"] tr', { hasText: 'Báo cáo quý' });
    await row.getByRole('link', { name: 'Báo cáo quý' }).click();
    await byTestId(page, 'regime-editor').waitFor();
    expect(page.url()).toMatch(/\/reports\/regimes\/[0-9a-f-]{36}$/);
    const instructions = byTestId(page, 'regime-instructions');
    await instructions.fill(REGIME_INSTRUCTIONS);
    await byTestId(page, 'regime-save').click();
    await page.getByText('Đã lưu chế độ báo cáo.').waitFor();

    await page.reload();
    await byTestId(page, 'regime-instructions').waitFor();
    expect(await byTestId(page, 'regime-instructions').inputValue()).toBe(REGIME_INSTRUCTIONS);
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });

  it('shows the ministry down its tree which departments have reported and names the missing one', async () => {
    const page = await loginAs('tonghopbo');
    await byTestId(page, 'menu-reports').click();
    await page.getByRole('tab', { name: 'Chế độ báo cáo' }).click();
    const row = page.locator('[data-testid="regimes-table"] tr', {
      hasText: 'ngành Thông tin và Truyền thông',
    });
    await row.getByTestId('regime-board-link').click();
    await byTestId(page, 'regime-board').waitFor();
    await byTestId(page, 'board-view-tree').click();
    await byTestId(page, 'tree-reported').first().waitFor();
    // the latest period already due is opened, and kept in the address
    expect(page.url()).toMatch(/[?&]view=tree&period=\d{4}-H1$/);

    const ministry = treeRow(page, 'Bộ Thông tin và Truyền thông');
    expect(await ministry.getByTestId('tree-reported').textContent()).toBe('5/6 đã báo cáo');
    expect(await ministry.getByTestId('tree-missing-unit').allTextContents()).toEqual([MISSING_DEPARTMENT]);
    expect(await page.locator('[data-testid="tree-unit"][data-missing="true"]').allTextContents()).toEqual([
      MISSING_DEPARTMENT,
    ]);
    expect(await page.locator('[data-testid="tree-unit"]').count()).toBe(7);
    // each department shows its own report's state; the missing one says it is overdue
    expect(await treeRow(page, MISSING_DEPARTMENT).getByTestId('report-status').textContent()).toContain(
      'Quá hạn, chưa nộp',
    );
    const accepted = treeRow(page, 'Sở Thông tin và Truyền thông Cần Thơ');
    expect(await accepted.getByTestId('report-status').textContent()).toContain('Đã tiếp nhận');
    await settled(page);
    await screenshot(page, 'regime-tree');

    // a reload stays on the tree
    await page.reload();
    await byTestId(page, 'tree-reported').first().waitFor();
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});
