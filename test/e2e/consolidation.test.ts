import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, screenshotParts, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const YEAR = new Date().getFullYear();
const EDITED =
  'Sở Thông tin và Truyền thông An Giang báo cáo sơ kết 6 tháng đầu năm (đoạn mở đầu đã được người tổng hợp viết lại).';

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const block = (id: string) => page.locator(`[data-testid="draft-block"][data-block-id="${id}"]`);

async function settled(): Promise<void> {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(350);
}

describe('consolidation: the compiler builds, edits, refreshes and downloads the half-year report (real server, Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
    await signIn(page, server.url, 'tonghop', server.password);
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it("builds the department's half-year draft from the tracked data and the units' reports", async () => {
    await byTestId('menu-consolidation').click();
    await byTestId('consolidation-page').waitFor();
    // the compiler's agency and the current half-year are proposed
    await expect
      .poll(async () => (await byTestId('consolidation-unit').textContent()) ?? '', { timeout: 15_000 })
      .toContain('Sở TTTT');
    expect(await byTestId('consolidation-period').inputValue()).toBe(`${YEAR}-H1`);
    await byTestId('consolidation-build').click();
    await byTestId('consolidated-report').waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/\/consolidation\/[0-9a-f-]{36}$/);
    await block('intro').waitFor();
    // figures, tables and the completion sentence are linked to the data, not editable
    expect(await block('completion').getAttribute('data-linked')).toBe('true');
    expect(await block('evaluation-table').getAttribute('data-linked')).toBe('true');
    expect(await block('completion').textContent()).toMatch(
      /tỷ lệ hoàn thành nhiệm vụ đến hạn đạt \d+% \(\d+\/\d+ nhiệm vụ\)/,
    );
    expect(await block('completion').getByTestId('block-edit').count()).toBe(0);
    await byTestId('consolidation-checks').waitFor();
    await settled();
    await screenshotParts(page, 'consolidation-draft', 1000, 3);
  });

  it('keeps a rewritten paragraph when the figures are refreshed', async () => {
    await block('intro').hover();
    await block('intro').getByTestId('block-edit').click();
    await block('intro').getByTestId('block-editor-text').fill(EDITED);
    await block('intro').getByTestId('block-editor-save').click();
    await expect
      .poll(async () => (await block('intro').textContent()) ?? '', { timeout: 15_000 })
      .toContain(EDITED);
    expect(await block('intro').textContent()).toContain('Đã sửa lời');

    await byTestId('consolidation-refresh').click();
    await byTestId('consolidation-changes').waitFor();
    await settled();
    await screenshot(page, 'consolidation-refresh', false);
    await page.getByRole('button', { name: 'Đóng' }).last().click();
    await byTestId('consolidation-changes').waitFor({ state: 'hidden' });
    expect(await block('intro').textContent()).toContain(EDITED);

    // and after a reload, from the server
    await page.reload();
    await block('intro').waitFor();
    expect(await block('intro').textContent()).toContain(EDITED);
  });

  it('downloads the report as a Word document', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('consolidation-docx').click(),
    ]);
    // the server's name for it (Content-Disposition), kept by the browser
    expect(download.suggestedFilename()).toBe(`Báo cáo 6 tháng đầu năm ${YEAR} - Sở TTTT.docx`);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(pageErrors).toEqual([]);
  });

  it('shows a figure in the text that contradicts the data, and asks why before the file goes out', async () => {
    // The seed's error: a rate and an x/y that the tracked data does not give.
    const wrong = 'Tỷ lệ hoàn thành nhiệm vụ ước đạt khoảng 33% (2/9 nhiệm vụ).';
    await block('completion').hover();
    await block('completion').getByTestId('block-add').click();
    await block('completion').getByTestId('block-insert-text').fill(wrong);
    await block('completion').getByTestId('block-insert-save').click();
    await expect
      .poll(async () => (await byTestId('consolidation-checks').textContent()) ?? '', { timeout: 15_000 })
      .toContain('ghi 33%');

    await byTestId('consolidation-docx').click();
    await byTestId('contradictions').waitFor();
    const listed = (await byTestId('contradictions').textContent()) ?? '';
    expect(listed).toContain(wrong);
    expect(listed).toMatch(/Lời văn ghi: 33%.*Dữ liệu: \d+(,\d)?% \(\d+\/\d+ nhiệm vụ\)/);
    expect(await byTestId('contradictions-acknowledge').isDisabled()).toBe(true);
    await byTestId('contradictions-reason').fill('Giữ số ước tính theo chỉ đạo của Giám đốc Sở');
    await screenshot(page, 'consolidation-contradictions', false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('contradictions-acknowledge').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await byTestId('contradictions').waitFor({ state: 'hidden' });
    expect(pageErrors).toEqual([]);
  });
});
