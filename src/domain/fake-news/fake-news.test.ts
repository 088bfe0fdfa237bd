import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_ADJUSTMENTS, WorkingCalendar } from '../calendar/index.js';
import { canReadCase, teamMay, type TeamMember } from './access.js';
import { stepDeadline, stepStanding } from './deadlines.js';
import { duplicateKeys, normaliseUrl, textFingerprint } from './duplicates.js';
import { leadingZeroBits, meetsWork, solveWork } from './proof-of-work.js';
import { fakeNewsFigures, figureSentences, formatCount, type CaseFigureInput } from './figures.js';
import { availableActions, move, type CaseAction, type CaseFacts, type MoveResult } from './workflow.js';

const calendar = new WorkingCalendar({ adjustments: [...OFFICIAL_ADJUSTMENTS] });
const facts = (over: Partial<CaseFacts>): CaseFacts => ({
  status: 'received',
  verdict: null,
  published: false,
  referred: false,
  assignees: 0,
  ...over,
});

describe('case workflow', () => {
  it.each<[Partial<CaseFacts>, CaseAction, MoveResult]>([
    [{}, 'classify', { ok: true, status: 'classified' }],
    [{}, 'assign', { ok: false, reason: 'wrongStatus' }],
    [{ status: 'classified' }, 'assign', { ok: true, status: 'assigned' }],
    [{ status: 'assigned', assignees: 0 }, 'conclude', { ok: false, reason: 'noAssignees' }],
    [{ status: 'assigned', assignees: 2 }, 'conclude', { ok: true, status: 'concluded' }],
    [{ status: 'assigned' }, 'approve', { ok: false, reason: 'wrongStatus' }],
    [{ status: 'concluded' }, 'approve', { ok: true, status: 'approved' }],
    [{ status: 'concluded' }, 'reject', { ok: true, status: 'assigned' }],
    [{ status: 'approved', verdict: 'fake' }, 'publish', { ok: true, status: 'approved' }],
    [{ status: 'approved', verdict: 'false' }, 'publish', { ok: true, status: 'approved' }],
    [{ status: 'approved', verdict: 'notFake' }, 'publish', { ok: false, reason: 'notPublishable' }],
    [{ status: 'approved', verdict: 'insufficient' }, 'publish', { ok: false, reason: 'notPublishable' }],
    [
      { status: 'approved', verdict: 'fake', published: true },
      'publish',
      { ok: false, reason: 'alreadyPublished' },
    ],
    [{ status: 'approved', verdict: 'fake' }, 'refer', { ok: true, status: 'approved' }],
    [{ status: 'approved', referred: true }, 'refer', { ok: false, reason: 'alreadyReferred' }],
    [{ status: 'approved' }, 'recordOutcome', { ok: false, reason: 'notReferred' }],
    [{ status: 'closed', referred: true }, 'recordOutcome', { ok: true, status: 'closed' }],
    [{ status: 'approved' }, 'close', { ok: true, status: 'closed' }],
    [{ status: 'closed' }, 'classify', { ok: false, reason: 'wrongStatus' }],
  ])('%o %s → %o', (over, action, expected) => {
    expect(move(facts(over), action)).toEqual(expected);
  });

  it('lists the open actions for the buttons', () => {
    expect(availableActions(facts({ status: 'approved', verdict: 'fake' }))).toEqual([
      'publish',
      'refer',
      'close',
    ]);
  });
});

describe('step deadlines in working days', () => {
  it.each([
    // Friday 2026-05-29: one working day later is Monday.
    ['received', '2026-05-29', '2026-06-01'],
    // Verification: five working days.
    ['assigned', '2026-06-01', '2026-06-08'],
    // Across the national-day holiday 2 September 2025 (1–2 September off).
    ['received', '2025-08-29', '2025-09-03'],
    ['closed', '2026-06-01', null],
  ] as const)('%s on %s → %s', (status, entered, due) => {
    expect(stepDeadline(calendar, status, entered)).toBe(due);
  });

  it.each([
    ['2026-06-01', '2026-05-31', 'onTime'],
    ['2026-06-01', '2026-06-01', 'dueToday'],
    ['2026-06-01', '2026-06-02', 'overdue'],
  ] as const)('deadline %s on %s is %s', (deadline, today, standing) => {
    expect(stepStanding(deadline, today)).toBe(standing);
  });
});

describe('duplicate detection', () => {
  it.each([
    ['https://www.facebook.com/abc/posts/123?fbclid=XYZ&utm_source=x', 'facebook.com/abc/posts/123'],
    ['http://m.facebook.com/abc/posts/123/', 'facebook.com/abc/posts/123'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share', 'youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://www.TikTok.com/@kenh/video/99#comments', 'tiktok.com/@kenh/video/99'],
    ['https://example.vn/tin?b=2&a=1', 'example.vn/tin?a=1&b=2'],
    ['javascript:alert(1)', null],
    ['không phải đường dẫn', null],
  ])('%s → %s', (raw, normalised) => {
    expect(normaliseUrl(raw)).toBe(normalised);
  });

  it('matches retyped text whatever its tone marks, case and punctuation', () => {
    const a = 'Tin khẩn: Ủy ban tỉnh cho học sinh nghỉ học hết tuần vì dịch bệnh mới!!';
    const b = 'tin khan ủy ban TỈNH cho hoc sinh nghi hoc het tuan vi dich benh moi';
    expect(textFingerprint(a)).toBe(textFingerprint(b));
    expect(textFingerprint('xem clip')).toBeNull();
  });

  it('keys a report by each link and its text', () => {
    expect(
      duplicateKeys({ urls: ['https://m.facebook.com/p/1', 'https://facebook.com/p/1/'], text: 'ngắn' }),
    ).toEqual(['url:facebook.com/p/1']);
  });
});

describe('report figures', () => {
  const base: CaseFigureInput = {
    receivedOn: '2026-02-02',
    closedOn: null,
    channel: 'web',
    domain: 'Y tế',
    platform: 'facebook',
    verdict: 'fake',
    published: true,
    referred: true,
    outcome: null,
  };
  const fined = (subjects: number, amount: number) => ({
    sanctioned: true,
    subjectsFined: subjects,
    fineAmount: amount,
    accountsBlocked: 0,
    numbersLocked: 0,
  });
  // Seed 000: 06/07 cases fined; 04 subjects, 20.000.000 đồng in total.
  const cases: CaseFigureInput[] = [
    { ...base, platform: 'tiktok', outcome: fined(1, 5_000_000), closedOn: '2026-02-09' },
    { ...base, platform: 'youtube', outcome: fined(1, 5_000_000), closedOn: '2026-02-05' },
    { ...base, platform: 'youtube', outcome: fined(1, 5_000_000) },
    { ...base, platform: 'youtube', outcome: fined(1, 5_000_000) },
    { ...base, outcome: fined(0, 0) },
    { ...base, outcome: fined(0, 0) },
    { ...base, outcome: { ...fined(0, 0), sanctioned: false, accountsBlocked: 2 } },
    { ...base, verdict: 'notFake', published: false, referred: false, channel: 'hotline' },
    { ...base, verdict: null, published: false, referred: false, platform: null, domain: null },
    // Outside the half-year: not counted.
    { ...base, receivedOn: '2026-07-01', outcome: fined(3, 30_000_000) },
  ];
  const f = fakeNewsFigures(cases, { start: '2026-01-01', end: '2026-06-30' }, calendar);

  it('counts each case once, by channel, platform, verdict and domain', () => {
    expect(f.received).toBe(9);
    expect(f.confirmed).toBe(7);
    expect(f.sanctioned).toBe(6);
    expect(f.subjectsFined).toBe(4);
    expect(f.fineAmount).toBe(20_000_000);
    expect(f.accountsBlocked).toBe(2);
    expect(f.byChannel.hotline).toBe(1);
    expect(f.byPlatform.youtube).toBe(3);
    expect(f.byPlatform.unclassified).toBe(1);
    expect(f.byVerdict.pending).toBe(1);
    expect(f.byDomain['']).toBe(1);
    expect(f.closed).toBe(2);
    // 5 working days (2–9 Feb 2026) and 3 (2–5 Feb): mean 4.
    expect(f.meanHandlingWorkingDays).toBe(4);
  });

  it('writes the sentences of the half-year report from those figures', () => {
    const text = figureSentences(f).join(' ');
    expect(text).toContain('06/07 vụ việc');
    expect(text).toContain('04 đối tượng, tổng số tiền 20.000.000 đồng');
    expect(text).toContain('Khóa 02 tài khoản');
  });

  it.each([
    [0, '00'],
    [6, '06'],
    [72, '72'],
    [1348, '1.348'],
  ])('formats %d as %s', (n, s) => expect(formatCount(n)).toBe(s));
});

describe('team access', () => {
  const police: TeamMember = { userId: 'p', agency: 'police', role: 'member' };
  const dept: TeamMember = { userId: 'd', agency: 'department', role: 'member' };
  const none = { assigneeIds: [], assigneeAgencies: [], referredTo: null };
  it.each([
    [dept, none, true],
    [police, none, false],
    [police, { ...none, assigneeAgencies: ['police' as const], assigneeIds: ['x'] }, true],
    [police, { ...none, referredTo: 'police' as const }, true],
    [{ ...police, role: 'leader' as const }, none, true],
  ])('%o reads %o: %s', (member, scope, expected) => {
    expect(canReadCase(member, scope)).toBe(expected);
  });

  it('only the leader approves', () => {
    expect(teamMay({ ...dept, role: 'leader' }, 'approve')).toBe(true);
    expect(teamMay(dept, 'approve')).toBe(false);
    expect(teamMay({ ...dept, role: 'intake' }, 'assign')).toBe(true);
  });
});

describe('proof of work', () => {
  const sha = (s: string) => new Uint8Array(createHash('sha256').update(s).digest());
  it.each([
    [[0, 0, 0x80], 16],
    [[0x0f], 4],
    [[0xff], 0],
    [[0, 1], 15],
  ])('%o has %d leading zero bits', (bytes, bits) => {
    expect(leadingZeroBits(new Uint8Array(bytes))).toBe(bits);
  });

  it('finds a nonce that the checker accepts, and refuses another', () => {
    const nonce = solveWork(sha, 'abc', 10) ?? -1;
    expect(nonce).toBeGreaterThanOrEqual(0);
    expect(meetsWork(sha, 'abc', nonce, 10)).toBe(true);
    expect(meetsWork(sha, 'abd', nonce, 10) && meetsWork(sha, 'abe', nonce, 10)).toBe(false);
    expect(meetsWork(sha, 'abc', -1, 0)).toBe(false);
  });
});
