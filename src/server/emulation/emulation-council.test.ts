import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { paragraphTexts, readDocx } from '../../../test/support/docx.js';
import { type Campaign, NO_EVIDENCE, entryOf, ok } from '../../../test/support/emulation.js';
import { seedDemoData } from '../demo/demo-seed.js';

const NOW = new Date('2024-12-10T03:00:00Z');

/** The council's flow over the API on the demo data, with the refusals that must leave nothing behind. */
describe('emulation: registration, assessments, council score, vote, decision', () => {
  let t: TestContext;
  let s: Record<'lanhdao' | 'tonghop' | 'truongphong' | 'chuyenvien', Session>;
  let ids: Map<string, string>;
  let campaign: Campaign;
  const user = (name: string) => ids.get(name) ?? '';

  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: 1000 }, { now: () => NOW });
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { year: 2024 });
    const rows = await t.database.db.selectFrom('users').select(['id', 'username']).execute();
    const units = await t.database.db.selectFrom('org_units').select(['id', 'code']).execute();
    ids = new Map([
      ...rows.map((r) => [r.username, r.id] as const),
      ...units.map((u) => [u.code, u.id] as const),
    ]);
    s = {
      lanhdao: await login(t.app, 'lanhdao', TEST_PASSWORD),
      tonghop: await login(t.app, 'tonghop', TEST_PASSWORD),
      truongphong: await login(t.app, 'truongphong', TEST_PASSWORD),
      chuyenvien: await login(t.app, 'chuyenvien', TEST_PASSWORD),
    };
  }, 240_000);
  afterAll(() => t.close());

  const votes = async () =>
    (await t.database.db.selectFrom('emulation_votes').select('entry_id').execute()).length;
  const put = (who: keyof typeof s, entryId: string, step: string, body: unknown) =>
    s[who].request('PUT', `/api/emulation/entries/${entryId}/${step}`, body);

  it('the office launches the movement with its council and criteria', async () => {
    campaign = await ok(s.tonghop, 'POST', '/api/emulation/campaigns', {
      unitId: user('STTTT-AG'),
      year: 2024,
      name: 'Phong trào thi đua năm 2024',
      chairId: user('lanhdao'),
      councilIds: [user('tonghop')],
      criteria: [
        { key: 'kyLuat', label: 'Chấp hành kỷ luật, kỷ cương hành chính', max: 10 },
        { key: 'phongTrao', label: 'Tham gia phong trào thi đua', max: 10 },
      ],
    });
    expect(campaign.stage).toBe('registration');
  });

  it('people and the unit head register; a wrong kind of title is refused', async () => {
    const url = `/api/emulation/campaigns/${campaign.id}/entries`;
    await ok(s.chuyenvien, 'POST', url, {
      subjectKind: 'person',
      userId: user('chuyenvien'),
      title: 'advancedWorker',
      evidence: NO_EVIDENCE,
    });
    await ok(s.truongphong, 'POST', url, {
      subjectKind: 'person',
      userId: user('truongphong'),
      title: 'provincialEmulationFighter',
      evidence: NO_EVIDENCE,
    });
    campaign = await ok(s.truongphong, 'POST', url, {
      subjectKind: 'unit',
      unitId: user('CNTT-BCVT'),
      title: 'advancedCollective',
      evidence: NO_EVIDENCE,
    });
    expect(campaign.entries).toHaveLength(3);
    const wrong = await s.chuyenvien.request('POST', url, {
      subjectKind: 'person',
      userId: user('chuyenvien'),
      title: 'excellentCollective',
      evidence: NO_EVIDENCE,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Danh hiệu tập thể chỉ đăng ký cho đơn vị');
    const twice = await s.chuyenvien.request('POST', url, {
      subjectKind: 'person',
      userId: user('chuyenvien'),
      title: 'advancedWorker',
      evidence: NO_EVIDENCE,
    });
    expect(twice.statusCode).toBe(409);
  });

  it('self-score within the criteria, then the head assesses', async () => {
    const entry = entryOf(campaign, user('chuyenvien'), 'advancedWorker').id;
    const over = await put('chuyenvien', entry, 'self-assessment', {
      scores: { kyLuat: 11 },
      rating: 'HTTNV',
    });
    expect(over.statusCode).toBe(400);
    expect(over.body).toContain('vượt điểm tối đa 10');
    expect(
      (
        await put('chuyenvien', entry, 'self-assessment', {
          scores: { kyLuat: 9, phongTrao: 8 },
          rating: 'HTTNV',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await put('truongphong', entry, 'self-assessment', { scores: { kyLuat: 10 }, rating: 'HTXSNV' }))
        .statusCode,
    ).toBe(403);
    expect((await put('truongphong', entry, 'head-assessment', { rating: 'HTTNV' })).statusCode).toBe(200);
  });

  it('the council scores and rates; a rating above the 20 % cap is refused and nothing is stored', async () => {
    campaign = await ok(s.tonghop, 'POST', `/api/emulation/campaigns/${campaign.id}/stage`, {
      stage: 'scoring',
    });
    const late = await s.chuyenvien.request('POST', `/api/emulation/campaigns/${campaign.id}/entries`, {
      subjectKind: 'person',
      userId: user('chuyenvien'),
      title: 'certificateOfMerit',
      evidence: NO_EVIDENCE,
    });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('hết hạn đăng ký');
    const cv = entryOf(campaign, user('chuyenvien'), 'advancedWorker').id;
    const tp = entryOf(campaign, user('truongphong'), 'provincialEmulationFighter').id;
    const unit = entryOf(campaign, user('CNTT-BCVT'), 'advancedCollective').id;
    expect(
      (await put('tonghop', cv, 'council-score', { scores: { kyLuat: 9, phongTrao: 9 } })).statusCode,
    ).toBe(200);
    expect((await put('chuyenvien', cv, 'council-score', { scores: { kyLuat: 10 } })).statusCode).toBe(403);

    const capped = await put('tonghop', cv, 'final-rating', { rating: 'HTXSNV' });
    expect(capped.statusCode).toBe(409);
    expect(capped.body).toContain('tối đa 20%');
    const row = await t.database.db
      .selectFrom('emulation_entries')
      .select('final_rating')
      .where('id', '=', cv)
      .executeTakeFirst();
    expect(row?.final_rating).toBeNull();

    for (const id of [cv, tp, unit])
      expect((await put('lanhdao', id, 'final-rating', { rating: 'HTTNV' })).statusCode).toBe(200);
  });

  it('refuses a vote from outside the council and a proposal that fails its rule, storing no vote', async () => {
    campaign = await ok(s.tonghop, 'POST', `/api/emulation/campaigns/${campaign.id}/stage`, {
      stage: 'voting',
    });
    const cv = entryOf(campaign, user('chuyenvien'), 'advancedWorker').id;
    const tp = entryOf(campaign, user('truongphong'), 'provincialEmulationFighter');
    const outsider = await put('truongphong', cv, 'vote', { approve: true });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.body).toContain('không phải thành viên Hội đồng Thi đua – Khen thưởng');
    expect(tp.check).toMatchObject({ eligible: false, confirmed: false });
    expect(tp.check.verdict).toContain('Ba năm liên tục đạt Chiến sĩ thi đua cơ sở');
    const failing = await put('lanhdao', tp.id, 'vote', { approve: true });
    expect(failing.statusCode).toBe(409);
    expect(failing.json<{ error: { message: string } }>().error.message).toContain(
      'Chưa đủ điều kiện đề nghị xét "Chiến sĩ thi đua cấp tỉnh": Ba năm liên tục đạt Chiến sĩ thi đua cơ sở',
    );
    expect(await votes()).toBe(0);
  });

  it('records the votes and decides: approved only when the vote passed and the conditions hold', async () => {
    for (const e of campaign.entries.filter((x) => x.check.eligible))
      for (const who of ['lanhdao', 'tonghop'] as const)
        expect((await put(who, e.id, 'vote', { approve: true })).statusCode).toBe(200);
    campaign = await ok(s.lanhdao, 'POST', `/api/emulation/campaigns/${campaign.id}/decision`, {});
    expect(campaign.stage).toBe('decided');
    expect(entryOf(campaign, user('chuyenvien'), 'advancedWorker')).toMatchObject({
      result: 'approved',
      votes: { approve: 2, passed: true },
    });
    expect(entryOf(campaign, user('truongphong'), 'provincialEmulationFighter').result).toBe('rejected');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'emulation.%')
      .execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'emulation.create',
        'emulation.register',
        'emulation.selfAssess',
        'emulation.headAssess',
        'emulation.stage',
        'emulation.councilScore',
        'emulation.finalRating',
        'emulation.vote',
        'emulation.decide',
      ]),
    );
  });

  it('writes the four documents; the decision lists the approved with their rewards', async () => {
    const texts: Record<string, string[]> = {};
    for (const kind of ['minutes', 'proposal', 'decision']) {
      const res = await s.tonghop.request('GET', `/api/emulation/campaigns/${campaign.id}/documents/${kind}`);
      expect(res.statusCode, res.body).toBe(200);
      texts[kind] = paragraphTexts((await readDocx(res.rawPayload)).document);
    }
    expect(texts.decision?.join('\n')).toContain('Lê Văn Chuyên Viên (mẫu)');
    expect(texts.decision?.join('\n')).toContain('702.000');
    expect(texts.decision?.join('\n')).not.toContain('Trần Thị Trưởng Phòng (mẫu)');
    expect(texts.minutes?.join('\n')).toContain('Trần Thị Trưởng Phòng (mẫu)');
    const cv = entryOf(campaign, user('chuyenvien'), 'advancedWorker').id;
    const report = await s.chuyenvien.request(
      'GET',
      `/api/emulation/campaigns/${campaign.id}/entries/${cv}/achievement-report`,
    );
    expect(report.statusCode, report.body).toBe(200);
    expect(paragraphTexts((await readDocx(report.rawPayload)).document).join('\n')).toMatch(
      /Nhiệm vụ được giao trong năm: \d+/,
    );
    const stranger = await s.truongphong.request(
      'GET',
      `/api/emulation/campaigns/${campaign.id}/documents/decision`,
    );
    expect(stranger.statusCode).toBe(403);
  });
});
