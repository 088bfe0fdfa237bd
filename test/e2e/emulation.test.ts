import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

let server: TestServer;
let browser: Browser;
const pages: Record<'office' | 'staff' | 'chair', Page> = {} as Record<'office' | 'staff' | 'chair', Page>;
const errors: string[][] = [];
let campaignUrl = '';
const YEAR = new Date().getFullYear();

async function as(who: keyof typeof pages, username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  errors.push(collectPageErrors(page));
  await signIn(page, server.url, username, server.password);
  pages[who] = page;
  return page;
}

const id = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`);
async function pick(page: Page, testId: string, option: string): Promise<void> {
  await id(page, testId).first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    // The newest dropdown is the last one in the page; an earlier one may still be fading out.
    .last()
    .click();
  await page.waitForTimeout(300);
}
const entry = (page: Page) => page.locator('[data-testid="entry"]').first();

describe("emulation: the council's flow from registration to decision (real server, Chromium)", () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('the emulation office launches the movement with its council', async () => {
    const page = await as('office', 'tonghop');
    await id(page, 'menu-emulation').click();
    await id(page, 'emulation-page').waitFor();
    await id(page, 'campaign-new').click();
    await pick(page, 'campaign-chair', 'Nguyễn Văn Lãnh Đạo');
    await pick(page, 'campaign-council', 'Phạm Thị Tổng Hợp');
    await page.keyboard.press('Escape');
    await id(page, 'campaign-create-ok').click();
    await id(page, 'campaign-page').waitFor();
    expect(page.url()).toMatch(/\/emulation\/[0-9a-f-]{36}$/);
    campaignUrl = page.url();
    expect(await id(page, 'campaign-page').getAttribute('data-stage')).toBe('registration');
  });

  it('a staff member registers and scores themself', async () => {
    const page = await as('staff', 'chuyenvien');
    await page.goto(campaignUrl);
    await id(page, 'register-submit').click();
    await entry(page).waitFor();
    expect(await entry(page).textContent()).toContain('Lao động tiên tiến');
    await id(page, 'self-assess').click();
    await id(page, 'score-kyLuat').fill('9');
    await id(page, 'score-phongTrao').fill('8');
    await pick(page, 'score-rating', 'HTTNV');
    await id(page, 'score-ok').click();
    await expect
      .poll(async () => (await id(page, 'self-rating').textContent()) ?? '', { timeout: 15_000 })
      .toBe('HTTNV');
    // outside the council: no vote, no council score
    expect(await id(page, 'vote-approve').count()).toBe(0);
  });

  it('the council scores and rates; a rating above the 20 % cap is refused in Vietnamese', async () => {
    const page = pages.office;
    await page.reload();
    await id(page, 'to-scoring').click();
    await expect.poll(async () => id(page, 'campaign-page').getAttribute('data-stage')).toBe('scoring');
    await id(page, 'council-score').click();
    await id(page, 'score-kyLuat').fill('9');
    await id(page, 'score-phongTrao').fill('9');
    await id(page, 'score-ok').click();
    await id(page, 'score-form').waitFor({ state: 'detached' });
    await pick(page, 'final-rating', 'HTXSNV');
    await page
      .getByText(/tối đa 20%/)
      .first()
      .waitFor({ timeout: 15_000 });
    await pick(page, 'final-rating', 'HTTNV');
    await id(page, 'to-voting').click();
    await expect.poll(async () => id(page, 'campaign-page').getAttribute('data-stage')).toBe('voting');
    expect(await id(page, 'entry-check').getAttribute('data-eligible')).toBe('true');
    await id(page, 'vote-approve').click();
    await expect
      .poll(async () => (await id(page, 'entry-votes').textContent()) ?? '', { timeout: 15_000 })
      .toBe('1/2');
  });

  it('the chair votes and decides; the decision downloads as a Word document', async () => {
    const page = await as('chair', 'lanhdao');
    await page.goto(campaignUrl);
    await id(page, 'vote-approve').click();
    await expect
      .poll(async () => (await id(page, 'entry-votes').textContent()) ?? '', { timeout: 15_000 })
      .toBe('2/2');
    await id(page, 'decide').click();
    await expect
      .poll(async () => (await id(page, 'entry-result').textContent()) ?? '', { timeout: 15_000 })
      .toBe('Được khen thưởng');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      id(page, 'document-decision').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Quyết định khen thưởng năm ${YEAR}.docx`);
    await screenshot(page, 'emulation-decided');
    for (const list of errors) expect(list).toEqual([]);
  });
});
