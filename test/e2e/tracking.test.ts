import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, screenshotParts, signIn } from './browser';
import { startTestServer, type TestServer } from './test-server';
import { ensureWebBuild } from './web-build';

// The demo plan is written for the year the server starts in, so dates here are of the current year.
const YEAR = new Date().getFullYear();
const EVIDENCE_NUMBER = '462/KH-UBND';
const EVIDENCE_DATE = `08/05/${YEAR}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
type Standing = 'doneOnTime' | 'doneLate' | 'inProgress' | 'overdue' | 'noDeadline';
type Standings = Record<Standing, number>;

let server: TestServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const byTestId = (id: string, root: Page | Locator = page) => root.locator(`[data-testid="${id}"]`);
const text = async (locator: Locator) => ((await locator.first().textContent()) ?? '').trim();
/** Waits for the text to appear: the UI re-renders after the action, later on a busy machine. */
const expectText = (locator: Locator, expected: string) =>
  expect.poll(async () => (await locator.textContent()) ?? '', { timeout: 15_000 }).toContain(expected);
/** antd puts a test id on a field's wrapper or on its input, depending on the component. */
const inputOf = (id: string) =>
  page
    .locator(
      `input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`,
    )
    .first();

async function settled(): Promise<void> {
  await page
    .locator('.ant-spin-blur, .ant-spin-spinning, .ant-card-loading')
    .first()
    .waitFor({ state: 'detached' });
  await page.waitForTimeout(350);
}

const login = (target: Page, username: string) => signIn(target, server.url, username, server.password);

async function pickOption(selectId: string, label: string): Promise<void> {
  await byTestId(selectId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
    .first()
    .click();
}

/**
 * The statistic cards of the overview counted per occurrence (lượt thực hiện), once loaded: one
 * occurrence done moves exactly one count there, whatever the task's other occurrences are.
 */
async function standings(): Promise<Standings> {
  await byTestId('menu-overview').click();
  await byTestId('overview-basis-switch')
    .locator('.ant-segmented-item', { hasText: 'Theo lượt thực hiện' })
    .click();
  const value = (key: string) =>
    byTestId(`overview-stat-${key}`).locator('.ant-statistic-content-value').textContent();
  await expect
    .poll(async () => Number.isInteger(Number(await value('assigned'))), { timeout: 15_000 })
    .toBe(true);
  const read = async (key: Standing) => Number(await value(key));
  return {
    doneOnTime: await read('doneOnTime'),
    doneLate: await read('doneLate'),
    inProgress: await read('inProgress'),
    overdue: await read('overdue'),
    noDeadline: await read('noDeadline'),
  };
}

describe('tracking: my work, progress with evidence, overview, tasks, indicators (real server, Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
    await login(page, 'chuyenvien');
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('shows a staff member the work of their unit, overdue first', async () => {
    await byTestId('menu-myWork').click();
    await byTestId('my-work').waitFor();
    await expectText(byTestId('my-work'), 'Phòng Công nghệ thông tin – Bưu chính – Viễn thông');
    const sections = byTestId('my-work').locator('[data-testid^="work-section-"]');
    await sections.first().waitFor();
    expect(await sections.first().getAttribute('data-testid')).toBe('work-section-overdue');
    const titles = (await sections.locator('.ant-card-head-title').allTextContents()).map((s) =>
      s.replace(/\d+$/, ''),
    );
    expect(titles).toEqual([
      'Quá hạn',
      'Sắp đến hạn',
      'Chờ cập nhật tiến độ',
      'Phối hợp thực hiện',
      'Được giao cho tôi',
      'Báo cáo phải nộp',
    ]);
    // every overdue item says so, and none of the other lead sections holds an overdue one
    const overdueTags = byTestId('work-section-overdue').locator('[data-testid="timeliness-tag"]');
    for (const tag of await overdueTags.all())
      expect(await tag.getAttribute('data-timeliness')).toBe('overdue');
    await settled();
    await screenshot(page, 'my-work');
  });

  it('records a task done with its evidence document, and the overview counts it', async () => {
    const before = await standings();
    await settled();
    await screenshot(page, 'overview-before');

    // the most pressing item of the desk: overdue if there is any (early January there is not)
    await byTestId('menu-myWork').click();
    await byTestId('my-work').locator('[data-testid="work-item"]').first().waitFor();
    const item = page
      .locator(
        ['overdue', 'dueSoon', 'awaitingUpdate']
          .map((key) => `[data-testid="work-section-${key}"] [data-testid="work-item"]`)
          .join(', '),
      )
      .first();
    const timeliness = await item.locator('[data-testid="timeliness-tag"]').getAttribute('data-timeliness');
    const wasOverdue = timeliness === 'overdue';
    const content = await text(item.locator('[data-testid="work-item-link"]'));
    await item.locator('[data-testid="work-item-link"]').click();

    await byTestId('task-detail').waitFor();
    expect(await text(byTestId('task-content'))).toBe(content);
    await pickOption('update-status', 'Hoàn thành');
    await inputOf('update-completed-on').waitFor();
    expect(await inputOf('update-completed-on').inputValue()).toMatch(new RegExp(`^\\d{2}/\\d{2}/${YEAR}$`));
    await inputOf('update-note').fill('Đã ban hành kế hoạch triển khai, gửi các đơn vị thực hiện.');
    await inputOf('update-evidence-number').fill(EVIDENCE_NUMBER);
    await inputOf('update-evidence-date').fill(EVIDENCE_DATE);
    await inputOf('update-evidence-date').press('Tab');
    await inputOf('update-evidence-text').fill('Kế hoạch triển khai của UBND tỉnh');
    await byTestId('task-update')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ke-hoach-462.pdf', mimeType: 'application/pdf', buffer: PDF });
    await byTestId('task-update').locator('.ant-upload-list', { hasText: 'ke-hoach-462.pdf' }).waitFor();
    await settled();
    await screenshot(page, 'task-update-form');
    await byTestId('update-submit').click();

    const entry = byTestId('task-timeline').locator('[data-testid="timeline-entry"]').first();
    await expectText(
      entry,
      `Căn cứ: ${EVIDENCE_NUMBER} ngày ${EVIDENCE_DATE} – Kế hoạch triển khai của UBND tỉnh`,
    );
    // the demo data has started some of the work already
    await expect
      .poll(async () => (await entry.textContent()) ?? '', { timeout: 15_000 })
      .toMatch(/(Chưa thực hiện|Đang thực hiện) → Hoàn thành/);
    await expectText(entry.locator('[data-testid="timeline-attachment"]'), 'ke-hoach-462.pdf');
    const href = await entry.locator('[data-testid="timeline-attachment"]').getAttribute('href');
    const download = await page.request.get(`${server.url}${href ?? ''}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).equals(PDF)).toBe(true);
    await settled();
    await screenshotParts(page, 'task-detail-done');

    const after = await standings();
    if (wasOverdue) {
      expect(after).toEqual({ ...before, overdue: before.overdue - 1, doneLate: before.doneLate + 1 });
    } else if (timeliness === 'noDeadline') {
      // Continuous work has no deadline: counted apart by the completion rule, done or not.
      expect(after).toEqual(before);
    } else {
      expect(after).toEqual({
        ...before,
        inProgress: before.inProgress - 1,
        doneOnTime: before.doneOnTime + 1,
      });
    }
    await settled();
    await screenshot(page, 'overview-after');
  });

  it('finds tasks without typing diacritics and moves one on the Kanban board', async () => {
    await byTestId('menu-tasks').click();
    await byTestId('tasks-table').waitFor();
    const totalText = byTestId('tasks-page').locator('.ant-pagination-total-text');
    const total = await text(totalText);
    const titles = () => byTestId('tasks-table').locator('[data-testid="task-link"]').allTextContents();
    const search = async (q: string) => {
      await inputOf('task-filter-q').fill(q);
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 }).toBe(q);
    };
    await search('kiểm tra');
    await expect.poll(() => text(totalText), { timeout: 15_000 }).not.toBe(total);
    await settled();
    const withMarks = await titles();
    expect(withMarks.length).toBeGreaterThan(0);
    await search('kiem tra');
    await expect.poll(titles, { timeout: 15_000 }).toEqual(withMarks);
    await inputOf('task-filter-q').fill('');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 }).toBeNull();

    await byTestId('tasks-tab-board').click();
    const notStarted = byTestId('kanban-column-notStarted');
    const card = notStarted.locator('[data-testid^="kanban-card-"]', { hasText: 'CNTT-BCVT' }).first();
    await card.waitFor();
    const cardId = (await card.getAttribute('data-testid')) ?? '';
    /** 'moved' once the card shows in the column; the server's refusal, if the dialog shows one. */
    const movedTo = async (status: string) => {
      const error = byTestId('status-change-error');
      if ((await error.count()) > 0) return text(error);
      return (await byTestId(cardId, byTestId(`kanban-column-${status}`)).count()) > 0 ? 'moved' : '';
    };
    await card.locator('[data-testid="kanban-move"]').click();
    await page.locator('.ant-dropdown-menu-item', { hasText: 'Chuyển sang “Đang thực hiện”' }).click();
    await inputOf('status-change-note').waitFor();
    expect(await inputOf('status-change-note').inputValue()).toBe('Chuyển trạng thái sang “Đang thực hiện”.');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => movedTo('inProgress'), { timeout: 15_000 }).toBe('moved');

    // dragging it on to "Tạm dừng": pausing must be explained
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await settled();
    // the drag events themselves: mouse-driven HTML5 drags are unreliable in headless Chromium
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    await byTestId(cardId).dispatchEvent('dragstart', { dataTransfer });
    await byTestId('kanban-column-paused').dispatchEvent('dragover', { dataTransfer });
    await byTestId('kanban-column-paused').dispatchEvent('drop', { dataTransfer });
    await inputOf('status-change-reason').waitFor();
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expectText(page.locator('.ant-modal-body'), 'Cần nêu lý do cho thay đổi này.');
    await inputOf('status-change-reason').fill('Chờ số liệu của Bộ');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => movedTo('paused'), { timeout: 15_000 }).toBe('moved');
    await settled();
    await screenshot(page, 'tasks-board');
  });

  it('enters an indicator value as counts and shows the percentage they give', async () => {
    await byTestId('menu-indicators').click();
    await byTestId('indicators-table').waitFor();
    await page.locator('[data-testid="indicator-link"]', { hasText: 'cáp quang' }).click();
    await byTestId('indicator-detail').waitFor();
    await byTestId('value-entry').waitFor();
    await inputOf('value-numerator').fill('46');
    await inputOf('value-denominator').fill('50');
    await expectText(byTestId('value-computed'), 'Tỷ lệ tính được: 92%');
    await inputOf('value-source').fill('Báo cáo số 12/BC-CNTT');
    await byTestId('value-submit').click();
    const values = byTestId('indicator-values');
    await expectText(values, '92%');
    await expectText(values, 'Báo cáo số 12/BC-CNTT');
    await expectText(values, 'Đạt');
    await byTestId('indicator-chart').waitFor();
    await settled();
    await screenshot(page, 'indicator-detail');

    await byTestId('menu-indicators').click();
    const row = page.locator('[data-testid="indicators-table"] tr', { hasText: 'cáp quang' });
    await expectText(row, '92%');
    await settled();
    await screenshot(page, 'indicators');
  });

  it('shows unread notifications in the header and opens the task one links to', async () => {
    // Reminders are written by a background job every quarter-hour; the bell is shown a list of its shape.
    await byTestId('menu-tasks').click();
    await byTestId('task-link').first().waitFor();
    const href = (await byTestId('task-link').first().getAttribute('href')) ?? '';
    const notification = {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'taskDueSoon',
      title: 'Sắp đến hạn: 1 nhiệm vụ',
      body: 'Nhiệm vụ của Phòng CNTT-BCVT đến hạn trong 5 ngày làm việc.',
      link: href,
      createdAt: new Date().toISOString(),
      readAt: null,
    };
    const marked: string[] = [];
    await page.route('**/api/notifications?*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          items: marked.length ? [] : [notification],
          unreadCount: marked.length ? 0 : 1,
        }),
      }),
    );
    await page.route('**/api/notifications/*/read', (route) => {
      marked.push(route.request().url());
      return route.fulfill({ status: 204 });
    });
    await page.goto(`${server.url}/my-work`);
    await expectText(byTestId('notifications-bell').locator('xpath=..'), '1');
    await byTestId('notifications-bell').click();
    await expectText(byTestId('notifications-panel'), 'Sắp đến hạn: 1 nhiệm vụ');
    await settled();
    await screenshot(page, 'notifications', false);
    await byTestId('notifications-panel')
      .locator('[data-testid="notification"]')
      .getByText(notification.title)
      .click();
    await byTestId('task-detail').waitFor();
    expect(new URL(page.url()).pathname).toBe(href);
    expect(marked).toEqual([`${server.url}/api/notifications/${notification.id}/read`]);
    await page.unroute('**/api/notifications?*');
    await page.unroute('**/api/notifications/*/read');
  });

  it('lets a unit head record an event, assign a person and report the unit’s coordinating part', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    const head = await context.newPage();
    const errors = collectPageErrors(head);
    const id = (testId: string) => head.locator(`[data-testid="${testId}"]`);
    await login(head, 'truongphong');

    // a task done "khi phát sinh": each event recorded opens an occurrence with its own deadline
    await head.goto(`${server.url}/tasks?q=tham%20dinh%20ho%20so`);
    await head.locator('[data-testid="task-link"]', { hasText: 'Thẩm định hồ sơ' }).first().click();
    await id('task-trigger').waitFor();
    const occurrences = id('task-occurrences').locator('tr.ant-table-row');
    const before = await occurrences.count();
    await head.locator('input[data-testid="trigger-description"]').fill('Công văn 123/UBND-KT');
    await head.locator('input[data-testid="trigger-days"]').fill('5');
    await id('trigger-submit').click();
    await expect.poll(() => occurrences.count(), { timeout: 15_000 }).toBe(before + 1);
    await expectText(id('task-timeline'), 'Sự kiện phát sinh');

    // assigning the staff member puts the task on their own desk
    await id('people-edit').click();
    await id('people-assignees').click();
    await head
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Lê Văn Chuyên Viên' })
      .click();
    await head.keyboard.press('Escape');
    await head.locator('.ant-modal-footer .ant-btn-primary').click();
    // The demo may already have assigned someone (the emulation scores need people): look for this one.
    await expectText(
      id('people-assignee').filter({ hasText: 'Lê Văn Chuyên Viên' }),
      'Lê Văn Chuyên Viên (mẫu)',
    );
    await head.waitForTimeout(350);
    await screenshot(head, 'task-triggered');

    // a task led by another unit: the head updates only the part of their own unit
    await head.goto(`${server.url}/tasks?q=pho%20bien%2C%20quan%20triet`);
    await head.locator('[data-testid="task-link"]', { hasText: 'Phổ biến, quán triệt' }).first().click();
    await id('task-parts').waitFor();
    expect(await id('task-parts').locator('[data-testid^="part-edit-"]').count()).toBe(1);
    await id('task-parts').locator('[data-testid^="part-edit-"]').click();
    await id('part-status').click();
    await head
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Đang thực hiện' })
      .click();
    await head.locator('textarea[data-testid="part-note"]').fill('Đã phổ biến trong phòng ngày 20/11.');
    await head.locator('.ant-modal-footer .ant-btn-primary').click();
    const ownPart = id('task-parts').locator('tr', { hasText: 'CNTT-BCVT' });
    await expectText(ownPart, 'Đang thực hiện');
    await expectText(ownPart, 'Đã phổ biến trong phòng ngày 20/11.');
    await expectText(id('task-timeline'), 'Phần việc phối hợp');
    await context.close();
    expect(errors).toEqual([]);

    await byTestId('menu-myWork').click();
    await expectText(byTestId('work-section-assignedToMe'), 'Thẩm định hồ sơ');
  });

  it('lets the admin record and remove a compensatory day off', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    const admin = await context.newPage();
    const errors = collectPageErrors(admin);
    await login(admin, server.adminUsername);
    await admin.locator('[data-testid="menu-calendar"]').click();
    await admin.locator('[data-testid="calendar-page"]').waitFor();
    await expectText(admin.locator('[data-testid="calendar-holidays"]'), 'Quốc khánh');

    // a Wednesday in October: never a holiday
    const day = [...Array(7).keys()]
      .map((i) => new Date(Date.UTC(YEAR, 9, 7 + i)))
      .find((d) => d.getUTCDay() === 3);
    const iso = day?.toISOString().slice(0, 10) ?? '';
    const shown = iso.split('-').reverse().join('/');
    await admin.locator('[data-testid="calendar-add"]').click();
    await admin
      .locator('[data-testid="calendar-date"] input, input[data-testid="calendar-date"]')
      .first()
      .fill(shown);
    await admin.keyboard.press('Enter');
    await admin.locator('input[data-testid="calendar-note"]').fill('Thông báo 01/TB-UBND (thử nghiệm)');
    await admin.locator('.ant-modal-footer .ant-btn-primary').click();
    const adjustments = admin.locator('[data-testid="calendar-adjustments"]');
    await expectText(adjustments, shown);
    await expectText(adjustments, 'Thông báo 01/TB-UBND (thử nghiệm)');
    expect(await admin.locator(`.cal-dayOff[data-date="${iso}"]`).count()).toBe(1);
    await admin.waitForTimeout(350);
    await screenshot(admin, 'calendar');

    await admin.locator(`[data-testid="calendar-remove-${iso}"]`).click();
    await admin.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await expect
      .poll(() => admin.locator(`.cal-dayOff[data-date="${iso}"]`).count(), { timeout: 15_000 })
      .toBe(0);
    await context.close();
    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
