import { expect } from 'vitest';
import { seedDemoData } from '../../src/server/demo/demo-seed.js';
import { createTestApp, login, type Session, type TestContext } from './app.js';
import { TEST_PASSWORD } from './builders.js';

/** The shape of the emulation API as tests read it (responses are validated by the server's schemas). */
export interface Line {
  component: 'tasks' | 'indicators' | 'reports';
  sourceId: string;
  earned: number;
  max: number;
  link: string;
}
export interface Subject {
  kind: 'person' | 'unit';
  id: string;
  name: string;
  unit: { id: string; name: string };
  points: number | null;
  proposed: string | null;
  fromPoints: string | null;
  capped: boolean;
  lines: Line[];
  tally: {
    assigned: number;
    due: number;
    done: number;
    onTime: number;
    late: number;
    overdue: number;
    extended: number;
  };
  components: Record<
    'tasks' | 'indicators' | 'reports',
    { earned: number; max: number; weight: number; points: number }
  >;
}
export interface Entry {
  id: string;
  subject: { id: string; name: string };
  title: string;
  finalRating: string | null;
  result: string | null;
  check: { eligible: boolean; verdict: string; confirmed: boolean };
  votes: { approve: number; passed: boolean };
}
export interface Campaign {
  id: string;
  stage: string;
  entries: Entry[];
}

export const NO_EVIDENCE = {
  discipline: 'none',
  initiatives: 0,
  provincialImpact: 0,
  researchAccepted: 0,
  history: [],
  note: '',
};

export async function ok<T>(
  session: Session,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await session.request(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

export function entryOf(campaign: Campaign, subjectId: string, title: string): Entry {
  const entry = campaign.entries.find((e) => e.subject.id === subjectId && e.title === title);
  if (!entry) throw new Error(`no entry for ${subjectId} ${title}`);
  return entry;
}

/**
 * A movement of the demo department run to its decision over HTTP: two people and a division
 * registered, rated by the council, voted and decided. For the render test of the council's files.
 */
export async function aDecidedCampaign(): Promise<{ t: TestContext; office: Session; campaign: Campaign }> {
  const t = await createTestApp(
    { loginRateLimitPerMinute: 1000 },
    { now: () => new Date('2024-12-10T03:00:00Z') },
  );
  await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { year: 2024 });
  const users = await t.database.db.selectFrom('users').select(['id', 'username']).execute();
  const units = await t.database.db.selectFrom('org_units').select(['id', 'code']).execute();
  const id = (key: string) =>
    users.find((u) => u.username === key)?.id ?? units.find((u) => u.code === key)?.id ?? '';
  const office = await login(t.app, 'tonghop', TEST_PASSWORD);
  const chair = await login(t.app, 'lanhdao', TEST_PASSWORD);
  let campaign = await ok<Campaign>(office, 'POST', '/api/emulation/campaigns', {
    unitId: id('STTTT-AG'),
    year: 2024,
    name: 'Phong trào thi đua năm 2024',
    chairId: id('lanhdao'),
    councilIds: [id('tonghop')],
    criteria: [{ key: 'kyLuat', label: 'Chấp hành kỷ luật, kỷ cương hành chính', max: 10 }],
  });
  const url = `/api/emulation/campaigns/${campaign.id}`;
  for (const [subjectKind, subject, title] of [
    ['person', 'chuyenvien', 'advancedWorker'],
    ['person', 'truongphong', 'grassrootsEmulationFighter'],
    ['unit', 'CNTT-BCVT', 'advancedCollective'],
  ] as const) {
    const key = subjectKind === 'person' ? 'userId' : 'unitId';
    campaign = await ok(office, 'POST', `${url}/entries`, {
      subjectKind,
      [key]: id(subject),
      title,
      evidence: NO_EVIDENCE,
    });
  }
  await ok(office, 'POST', `${url}/stage`, { stage: 'scoring' });
  for (const e of campaign.entries)
    await ok(office, 'PUT', `/api/emulation/entries/${e.id}/final-rating`, { rating: 'HTTNV' });
  campaign = await ok(office, 'POST', `${url}/stage`, { stage: 'voting' });
  for (const e of campaign.entries.filter((x) => x.check.eligible))
    for (const voter of [office, chair])
      await ok(voter, 'PUT', `/api/emulation/entries/${e.id}/vote`, { approve: true });
  campaign = await ok(chair, 'POST', `${url}/decision`, {});
  return { t, office, campaign };
}
