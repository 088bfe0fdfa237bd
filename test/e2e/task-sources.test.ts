import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

let server: TestServer;
let browser: Browser;
let page: Page;
let signedIn = false;
let pageErrors: string[];

const byTestId = (id: string, root: Page | Locator = page) => root.locator(`[data-testid="${id}"]`);
const inputOf = (id: string) =>
  page
    .locator(
      `input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`,
    )
    .first();
const expectText = (locator: Locator, expected: string) =>
  expect.poll(async () => (await locator.textContent()) ?? '', { timeout: 15_000 }).toContain(expected);

/** Today in Vietnam, shifted by some days, as ISO and as typed into a date picker. */
function vnDate(shiftDays: number): { iso: string; typed: string } {
  const now = new Date(Date.now() + shiftDays * 86_400_000);
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
  const [y, m, d] = iso.split('-');
  return { iso, typed: `${d}/${m}/${y}` };
}

async function typeDate(id: string, typed: string): Promise<void> {
  await inputOf(id).click();
  await inputOf(id).fill(typed);
  await inputOf(id).press('Tab');
}

/** Signs in as someone in a fresh browser context (each person on their own machine). */
async function as(username: string): Promise<void> {
  if (signedIn) {
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
  await signIn(page, server.url, username, server.password);
  signedIn = true;
}

async function settled(): Promise<void> {
  await page.locator('.ant-spin-spinning, .ant-card-loading').first().waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
}

const NUMBER = '210/TB-STTTT';
const CONTENT = 'Rà soát, báo cáo tình hình an toàn thông tin các hệ thống dùng chung';

describe('tasks from a conclusion notice, with an extension (real server, Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  // The notice gave the task a week ago; its deadline has passed when the unit asks for more time.
  const due = vnDate(-7);
  const extended = vnDate(14);

  it('a leader records a conclusion notice and gives a task from it', async () => {
    await as('lanhdao');
    await page.goto(`${server.url}/task-sources`);
    await byTestId('source-add').click();
    await inputOf('source-number').fill(NUMBER);
    await typeDate('source-date', vnDate(-8).typed);
    await inputOf('source-issuer').fill('Sở Thông tin và Truyền thông An Giang');
    await inputOf('source-title').fill('Kết luận của Giám đốc Sở tại cuộc họp giao ban');
    await byTestId('source-save').click();
    await expectText(byTestId('source-detail'), NUMBER);

    await inputOf('task-content-input').fill(CONTENT);
    await inputOf('task-item-number').fill('1');
    await byTestId('task-lead').click();
    await page.keyboard.type('CNTT-BCVT');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: 'CNTT-BCVT' })
      .first()
      .click();
    await typeDate('task-due', due.typed);
    await byTestId('task-save').click();
    await expectText(byTestId('source-tasks'), CONTENT);
    await screenshot(page, 'task-source-given');
  });

  it('the lead unit requests an extension and the leader approves it from Việc của tôi', async () => {
    await as('truongphong');
    await page.goto(`${server.url}/task-sources`);
    await page.locator('[data-testid="source-table"] tr', { hasText: NUMBER }).click();
    await page.locator('[data-testid="source-tasks"] a', { hasText: CONTENT }).click();
    await byTestId('sourcing-card').waitFor();
    await expectText(byTestId('sourcing-citation'), `Thông báo kết luận số ${NUMBER}`);
    await inputOf('extension-reason').fill('Chờ kết quả kiểm tra của đơn vị chuyên trách');
    await typeDate('extension-date', extended.typed);
    await screenshot(page, 'task-extension-request', false);
    await byTestId('extension-send').click();
    await byTestId('extension-pending').waitFor();

    await as('lanhdao');
    await page.goto(`${server.url}/my-work`);
    await expectText(byTestId('work-section-extensions'), CONTENT);
    await byTestId('work-section-extensions').locator('a', { hasText: CONTENT }).click();
    await byTestId('extension-approve').click();
    await byTestId('extension-approved').waitFor();
    await expectText(byTestId('extension-count'), 'Đã gia hạn 1 lần');
    await expectText(byTestId('task-current'), extended.typed);
    await screenshot(page, 'task-extension-approved');
  });

  it('the unit finishes by the new date; the statistics and the XLSX say so', async () => {
    await as('truongphong');
    await page.goto(`${server.url}/task-sources`);
    await page.locator('[data-testid="source-table"] tr', { hasText: NUMBER }).click();
    await page.locator('[data-testid="source-tasks"] a', { hasText: CONTENT }).click();
    await byTestId('update-status').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Hoàn thành' })
      .first()
      .click();
    await inputOf('update-note').fill('Đã rà soát, gửi báo cáo Giám đốc Sở.');
    await byTestId('update-submit').click();
    await expectText(byTestId('task-current'), 'Hoàn thành');

    await as('lanhdao');
    await page.goto(`${server.url}/task-sources`);
    await page.locator('[data-testid="source-table"] tr', { hasText: NUMBER }).click();
    await settled();
    await expectText(byTestId('source-stats'), 'Tỷ lệ hoàn thành: 100%');
    await expectText(byTestId('source-stats'), 'hoàn thành đúng hạn 1 (trong đó nhờ gia hạn 1)');
    await expectText(byTestId('source-stats'), 'đã gia hạn 1');
    await screenshot(page, 'task-source-progress');

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('source-export').click()]);
    const book = new ExcelJS.Workbook();
    const path = await download.path();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet('Nhiệm vụ');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const row = (sheet?.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Nhiệm vụ')).toBe(CONTENT);
    expect(String(cell('Văn bản nguồn'))).toContain(`Thông báo kết luận số ${NUMBER}`);
    expect(cell('Số lần gia hạn')).toBe(1);
    expect(cell('Hạn trước khi gia hạn')).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(cell('Đánh giá')).toBe('Hoàn thành đúng hạn');
    expect(pageErrors).toEqual([]);
  });
});
