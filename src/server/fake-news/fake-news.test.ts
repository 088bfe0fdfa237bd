import type { Kysely } from 'kysely';
import sharp from 'sharp';
import { parsePeriodCode } from '../../domain/calendar/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDepartment, aUnit, aUser, TEST_PASSWORD } from '../../../test/support/builders.js';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { aPublicReportBody, aScreenshot } from '../../../test/support/fake-news.js';
import { systemContext } from '../common/context.js';
import type { Database } from '../db/schema.js';

// A fixed clock: Monday 2 February 2026, 09:00 in Việt Nam.
const NOW = new Date('2026-02-02T02:00:00Z');

async function counts(db: Kysely<Database>) {
  const n = async (
    table: 'fake_news_cases' | 'fake_news_reports' | 'attachments' | 'audit_log' | 'fake_news_keys',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    cases: await n('fake_news_cases'),
    reports: await n('fake_news_reports'),
    files: await n('attachments'),
    audit: await n('audit_log'),
    keys: await n('fake_news_keys'),
  };
}

describe('fake-news centre: public intake, workflow, publishing, figures', () => {
  let t: TestContext;
  let intake: Session;
  let dept: Session;
  let police: Session;
  let leader: Session;
  let ids: Record<'intake' | 'dept' | 'police' | 'propaganda' | 'leader', string>;

  beforeAll(async () => {
    t = await createTestApp({ publicReportsPerHour: 1000, publicReportWorkBits: 8 }, { now: () => NOW });
    const { department, admin } = await aDepartment(t.services);
    const policeUnit = await aUnit(t.services, { name: 'Công an tỉnh', kind: 'division' });
    const made = {
      intake: await aUser(t.services, { orgUnitId: department.id, username: 'tiepnhan' }),
      dept: await aUser(t.services, { orgUnitId: department.id, username: 'tvso' }),
      police: await aUser(t.services, { orgUnitId: policeUnit.id, username: 'tvcongan' }),
      propaganda: await aUser(t.services, { orgUnitId: department.id, username: 'tvtuyengiao' }),
      leader: await aUser(t.services, {
        orgUnitId: department.id,
        username: 'pgdphutrach',
        roles: ['leader'],
      }),
    };
    ids = Object.fromEntries(Object.entries(made).map(([k, u]) => [k, u.id])) as typeof ids;
    const adminSession = await login(t.app, admin.username, TEST_PASSWORD);
    for (const [key, agency, role] of [
      ['intake', 'department', 'intake'],
      ['dept', 'department', 'member'],
      ['police', 'police', 'member'],
      ['propaganda', 'propaganda', 'member'],
      ['leader', 'department', 'leader'],
    ] as const) {
      const res = await adminSession.request('PUT', `/api/fake-news/team/${ids[key]}`, { agency, role });
      expect(res.statusCode, res.body).toBe(200);
    }
    intake = await login(t.app, 'tiepnhan', TEST_PASSWORD);
    dept = await login(t.app, 'tvso', TEST_PASSWORD);
    police = await login(t.app, 'tvcongan', TEST_PASSWORD);
    leader = await login(t.app, 'pgdphutrach', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const report = async (input: Parameters<typeof aPublicReportBody>[1]) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/fake-news/reports',
      ...(await aPublicReportBody(t.app, input)),
    });

  let caseId = '';
  let trackingCode = '';

  it('takes a citizen report without an account and gives a tracking code and public status', async () => {
    const res = await report({
      urls: ['https://www.facebook.com/tin.nong/posts/123?fbclid=abc'],
      platform: 'facebook',
      contact: '0912 345 678',
      screenshots: [{ filename: 'chup-man-hinh.png', content: await aScreenshot() }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ trackingCode: string; caseCode: string; joinedExisting: boolean }>();
    expect(body).toMatchObject({ caseCode: 'TG-2026-0001', joinedExisting: false });
    trackingCode = body.trackingCode;
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/public/fake-news/reports/${trackingCode}`,
    });
    expect(status.json()).toMatchObject({
      caseCode: 'TG-2026-0001',
      statusLabel: 'Đã tiếp nhận',
      verdictLabel: null,
    });
    const list = await intake.request('GET', '/api/fake-news/cases');
    caseId = list.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    // Received on Monday: classifying is due one working day later.
    expect(list.json<{ items: { stepDeadline: string }[] }>().items[0]?.stepDeadline).toBe('2026-02-03');
  });

  it('attaches a staff report about the same link (another share of it) to the existing case', async () => {
    const res = await intake.request('POST', '/api/fake-news/cases', {
      channel: 'hotline',
      urls: ['http://m.facebook.com/tin.nong/posts/123/'],
      description: 'Người dân gọi đường dây nóng phản ánh bài viết về nước máy nhiễm độc.',
      platform: 'facebook',
      contact: null,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ caseCode: 'TG-2026-0001', joinedExisting: true });
    const detail = await intake.request('GET', `/api/fake-news/cases/${caseId}`);
    expect(detail.json<{ reports: number }>().reports).toBe(2);
  });

  it.each([
    [
      'a script in the text',
      { description: 'Xem ngay <script>alert(1)</script> tin nóng về dịch bệnh' },
      400,
      'mã HTML',
    ],
    [
      'an image handler in the text',
      { description: 'Ảnh <img src=x onerror=alert(1)> tin nóng về dịch bệnh' },
      400,
      'mã HTML',
    ],
    ['a non-http link', { urls: ['javascript:alert(1)'] }, 400, 'http'],
    [
      'a text file named .png',
      { screenshots: [{ filename: 'anh.png', content: Buffer.from('không phải ảnh') }] },
      415,
      'không phải định dạng PNG',
    ],
    [
      'a PDF among the screenshots',
      { screenshots: [{ filename: 'a.pdf', content: Buffer.from('%PDF-1.4 x') }] },
      415,
      'chỉ nhận ảnh PNG hoặc JPG',
    ],
    [
      'PNG magic bytes then garbage',
      {
        screenshots: [
          {
            filename: 'hong.png',
            content: Buffer.concat([
              Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
              Buffer.alloc(500, 7),
            ]),
          },
        ],
      },
      415,
      'bị hỏng',
    ],
    [
      'an oversized image',
      { screenshots: [{ filename: 'to.png', content: Buffer.alloc(5 * 1024 * 1024 + 10, 1) }] },
      413,
      'tối đa 5 MB',
    ],
    [
      'four screenshots',
      { screenshots: [1, 2, 3, 4].map((i) => ({ filename: `${i}.png`, content: Buffer.from('x') })) },
      400,
      'tối đa 3 ảnh',
    ],
    ['a wrong proof of work', { nonce: 999_999_999 }, 400, 'chống spam'],
    ['a filled hidden field', { extra: { website: 'http://spam.example' } }, 400, 'không hợp lệ'],
    ['neither link nor screenshot', { urls: [] }, 400, 'ít nhất một đường dẫn'],
  ] as const)(
    'refuses %s with a Vietnamese message and stores nothing',
    async (_name, input, status, message) => {
      const before = await counts(t.database.db);
      const res = await report({
        urls: ['https://tiktok.com/@a/video/1'],
        ...(input as Parameters<typeof aPublicReportBody>[1]),
      });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json<{ error: { message: string } }>().error.message).toContain(message);
      expect(await counts(t.database.db)).toEqual(before);
    },
  );

  it('refuses a challenge answered twice', async () => {
    const body = await aPublicReportBody(t.app, { urls: ['https://youtube.com/watch?v=lan1'] });
    const first = await t.app.inject({ method: 'POST', url: '/api/public/fake-news/reports', ...body });
    expect(first.statusCode).toBe(201);
    // Same text as the first report, retold with another link: it joins that case.
    expect(first.json()).toMatchObject({ caseCode: 'TG-2026-0001', joinedExisting: true });
    const before = await counts(t.database.db);
    const again = await t.app.inject({ method: 'POST', url: '/api/public/fake-news/reports', ...body });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ error: { message: string } }>().error.message).toContain('đã được dùng');
    expect(await counts(t.database.db)).toEqual(before);
  });

  it('runs the workflow: classify, assign, verify, conclude, approve, publish, refer, outcome, close', async () => {
    const get = async () =>
      (await intake.request('GET', `/api/fake-news/cases/${caseId}`)).json<{
        version: number;
        status: string;
        actions: string[];
      }>();
    let c = await get();
    expect(c.actions).toEqual(['classify']);
    let res = await intake.request('POST', `/api/fake-news/cases/${caseId}/classify`, {
      version: c.version,
      domain: 'Y tế',
      severity: 'high',
      platform: 'facebook',
      agencies: ['department', 'police'],
    });
    expect(res.statusCode, res.body).toBe(200);
    // The police member does not see the case until the police is assigned.
    expect((await police.request('GET', `/api/fake-news/cases/${caseId}`)).statusCode).toBe(404);
    c = await get();
    res = await intake.request('POST', `/api/fake-news/cases/${caseId}/assign`, {
      version: c.version,
      userIds: [ids.dept, ids.police],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ stepDeadline: string }>().stepDeadline).toBe('2026-02-09');
    expect((await police.request('GET', `/api/fake-news/cases/${caseId}`)).statusCode).toBe(200);
    // Only assigned members record verification; the intake officer may not.
    expect(
      (await intake.request('POST', `/api/fake-news/cases/${caseId}/notes`, { body: 'x' })).statusCode,
    ).toBe(403);
    res = await police.request('POST', `/api/fake-news/cases/${caseId}/notes`, {
      body: 'Đã làm việc với Trung tâm nước sạch: mẫu nước đạt chuẩn. <b>không</b>',
    });
    expect(res.statusCode).toBe(400);
    res = await police.request('POST', `/api/fake-news/cases/${caseId}/notes`, {
      body: 'Đã làm việc với Trung tâm nước sạch: mẫu nước ngày 01/02 đạt QCVN 01-1:2018/BYT.',
    });
    expect(res.statusCode, res.body).toBe(200);
    c = await get();
    res = await dept.request('POST', `/api/fake-news/cases/${caseId}/conclude`, {
      version: c.version,
      verdict: 'fake',
      conclusion: 'Thông tin nước máy nhiễm độc là bịa đặt; kết quả xét nghiệm đạt chuẩn.',
    });
    expect(res.statusCode, res.body).toBe(200);
    c = await get();
    // Only the leader in charge approves.
    expect(
      (await dept.request('POST', `/api/fake-news/cases/${caseId}/approve`, { version: c.version }))
        .statusCode,
    ).toBe(403);
    res = await leader.request('POST', `/api/fake-news/cases/${caseId}/approve`, { version: c.version });
    expect(res.statusCode, res.body).toBe(200);
    // A stale version is refused, not overwritten.
    expect(
      (await intake.request('POST', `/api/fake-news/cases/${caseId}/close`, { version: c.version }))
        .statusCode,
    ).toBe(409);
    c = await get();
    expect(c.actions).toEqual(['publish', 'refer', 'close']);
    res = await intake.request('POST', `/api/fake-news/cases/${caseId}/publish`, {
      version: c.version,
      notice: 'Trung tâm xử lý tin giả khẳng định thông tin nước máy nhiễm độc là tin giả.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const stamp = await t.app.inject({
      method: 'GET',
      url: '/api/public/fake-news/published/TG-2026-0001/stamp.png',
    });
    expect(stamp.statusCode).toBe(200);
    expect(stamp.headers['content-type']).toBe('image/png');
    const meta = await sharp(stamp.rawPayload).metadata();
    // The 390 px screenshot scaled to 1200 px, plus the centre's footer band.
    expect(meta.width).toBe(1200);
    expect(meta.height).toBe(Math.round((700 * 1200) / 390) + 56);
    c = await get();
    res = await intake.request('POST', `/api/fake-news/cases/${caseId}/refer`, {
      version: c.version,
      to: 'inspectorate',
      note: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    c = await get();
    res = await intake.request('POST', `/api/fake-news/cases/${caseId}/outcome`, {
      version: c.version,
      sanctioned: true,
      subjectsFined: 1,
      fineAmount: 5_000_000,
      accountsBlocked: 1,
      numbersLocked: 0,
      note: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    c = await get();
    res = await intake.request('POST', `/api/fake-news/cases/${caseId}/close`, { version: c.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ status: string; closedOn: string }>()).toMatchObject({
      status: 'closed',
      closedOn: '2026-02-02',
    });

    const status = await t.app.inject({
      method: 'GET',
      url: `/api/public/fake-news/reports/${trackingCode}`,
    });
    expect(status.json()).toMatchObject({ verdictLabel: 'Tin giả', published: true });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', caseId)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'fakeNews.case.create',
        'fakeNews.report.join',
        'fakeNews.case.classify',
        'fakeNews.case.assign',
        'fakeNews.case.addNote',
        'fakeNews.case.conclude',
        'fakeNews.case.approve',
        'fakeNews.case.publish',
        'fakeNews.case.refer',
        'fakeNews.case.recordOutcome',
        'fakeNews.case.close',
      ]),
    );
  });

  it('lists the published case publicly, searchable without tone marks, and in the Atom and RSS feeds', async () => {
    const found = await t.app.inject({ method: 'GET', url: '/api/public/fake-news/published?q=nuoc%20may' });
    expect(found.json<{ items: { code: string }[] }>().items.map((i) => i.code)).toEqual(['TG-2026-0001']);
    const none = await t.app.inject({ method: 'GET', url: '/api/public/fake-news/published?q=xang%20dau' });
    expect(none.json<{ items: unknown[] }>().items).toEqual([]);
    const atom = await t.app.inject({ method: 'GET', url: '/api/public/fake-news/feed.atom' });
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom.body).toContain('[TIN GIẢ]');
    const rss = await t.app.inject({ method: 'GET', url: '/api/public/fake-news/feed.rss' });
    expect(rss.body).toContain('<rss');
  });

  it('computes the period figures once, for the half-year report', async () => {
    const res = await leader.request('GET', '/api/fake-news/figures?period=2026-H1');
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json<{ received: number; confirmed: number; sanctioned: number; sentences: string[] }>();
    expect(f).toMatchObject({
      received: 1,
      confirmed: 1,
      sanctioned: 1,
      fineAmount: 5_000_000,
      meanHandlingWorkingDays: 0,
    });
    expect(f.sentences.join(' ')).toContain('01/01 vụ việc');
    expect(f.sentences.join(' ')).toContain('01 đối tượng, tổng số tiền 5.000.000 đồng');
    const viaService = await t.services.fakeNews.figures(systemContext(), parsePeriodCode('2026-H1'));
    expect(viaService).toEqual(f);
  });

  it("writes the figures into the department's half-year report (computed block, not retyped)", async () => {
    const { department } = await aDepartment(t.services);
    const compiler = await aUser(t.services, { orgUnitId: department.id, roles: ['compiler'] });
    const session = await login(t.app, compiler.username, TEST_PASSWORD);
    const res = await session.request('POST', '/api/consolidated-reports', {
      unitId: department.id,
      period: '2026-H1',
      kind: 'department',
    });
    expect(res.statusCode, res.body).toBe(200);
    const text = JSON.stringify(res.json());
    expect(text).toContain('Về công tác xử lý tin giả, tin sai sự thật');
    expect(text).toContain('01/01 vụ việc');
    expect(text).toContain('01 đối tượng, tổng số tiền 5.000.000 đồng');
  });

  it('reminds the intake officers of an overdue step, once', async () => {
    const res = await intake.request('POST', '/api/fake-news/cases', {
      channel: 'monitoring',
      urls: ['https://zalo.me/g/nhom-tin-don'],
      description: 'Tổ rà soát phát hiện tin đồn sắp tăng giá điện gấp đôi từ tháng sau.',
      platform: 'zalo',
      contact: null,
    });
    const { caseCode } = res.json<{ caseCode: string }>();
    // Received Monday 2 February, due Tuesday 3: on Wednesday the step is overdue.
    await t.services.reminders.run(new Date('2026-02-04T02:00:00Z'));
    await t.services.reminders.run(new Date('2026-02-04T03:00:00Z'));
    const mine = await intake.request('GET', '/api/notifications');
    const about = mine
      .json<{ items: { title: string; body: string }[] }>()
      .items.filter((n) => `${n.title} ${n.body}`.includes(caseCode));
    // One "received" notice at intake and one reminder, not two.
    expect(about.length).toBe(2);
    const memberNotes = (await dept.request('GET', '/api/notifications')).json<{
      items: { title: string; body: string }[];
    }>().items;
    expect(memberNotes.some((n) => `${n.title} ${n.body}`.includes(caseCode))).toBe(false);
  });

  it('keeps people outside the team out of cases', async () => {
    const { staffA } = await aDepartment(t.services);
    const outsider = await login(t.app, staffA.username, TEST_PASSWORD);
    expect((await outsider.request('GET', '/api/fake-news/cases')).statusCode).toBe(403);
    expect((await outsider.request('GET', `/api/fake-news/cases/${caseId}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/fake-news/cases' })).statusCode).toBe(401);
  });
});
