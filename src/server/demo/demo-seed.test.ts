import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { vietnamDateAt } from '../../domain/calendar/index.js';
import { createTestDatabase, testStore } from '../../../test/support/db.js';
import { systemContext } from '../common/context.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/database.js';
import { createServices } from '../services.js';
import { DEMO_ACCOUNTS } from './demo-org.js';
import { seedDemoData } from './demo-seed.js';

const PASSWORD = 'mat-khau-mau-2024';
const AN_GIANG_DIVISIONS = ['BGD', 'VP', 'TTRA', 'KHTC', 'CNTT-BCVT', 'TTBCXB', 'TTCNTT-TT'];
const OTHER_PROVINCES = ['CT', 'DT', 'KG', 'CM', 'HG'];
const UNIT_CODES = [
  'UBND-AG',
  'STTTT-AG',
  ...AN_GIANG_DIVISIONS,
  'BTTTT',
  'VKHTC-BTTTT',
  ...OTHER_PROVINCES.flatMap((p) => [`UBND-${p}`, `STTTT-${p}`]),
];
const services = (handle: DatabaseHandle) => createServices(handle.db, { sessionTtlHours: 1 });

/** What a seeded store holds, in a form that is easy to compare between runs. */
async function contents(handle: DatabaseHandle) {
  const units = await handle.db
    .selectFrom('org_units')
    .select(['id', 'code', 'parent_id'])
    .orderBy('code')
    .execute();
  const users = await handle.db
    .selectFrom('users')
    .select(['id', 'username', 'roles', 'org_unit_id'])
    .orderBy('username')
    .execute();
  return { units, users };
}

async function periodOf(session: Session, regimeId: string): Promise<string> {
  const res = await session.request('GET', `/api/report-periods?regimeId=${regimeId}`);
  return res.json<{ periods: { id: string }[] }>().periods[0]?.id ?? '';
}

describe('demo seed', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestApp({ loginRateLimitPerMinute: 1000 });
  });
  afterAll(() => t.close());

  it('fills an empty store with the sample department and one account per role', async () => {
    expect(await t.services.orgUnits.listAll()).toEqual([]);
    const result = await seedDemoData(t.database.db, t.services, PASSWORD);
    expect(result).toMatchObject({ seeded: true, password: PASSWORD, passwordGenerated: false });

    const units = await t.services.orgUnits.listAll();
    expect(units.map((u) => u.code).sort()).toEqual([...UNIT_CODES].sort());
    const byCode = new Map(units.map((u) => [u.code, u]));
    const parentCode = (code: string) => units.find((u) => u.id === byCode.get(code)?.parentId)?.code ?? null;
    expect(byCode.get('UBND-AG')).toMatchObject({ parentId: null, shortName: 'UBND tỉnh An Giang' });
    expect(byCode.get('STTTT-AG')).toMatchObject({ shortName: 'Sở TTTT', kind: 'provincialDepartment' });
    expect(parentCode('STTTT-AG')).toBe('UBND-AG');
    for (const code of AN_GIANG_DIVISIONS) expect(parentCode(code)).toBe('STTTT-AG');
    expect(byCode.get('BTTTT')).toMatchObject({ parentId: null, kind: 'ministry' });
    expect(parentCode('VKHTC-BTTTT')).toBe('BTTTT');
    for (const p of OTHER_PROVINCES) {
      expect(parentCode(`STTTT-${p}`)).toBe(`UBND-${p}`);
      expect(byCode.get(`STTTT-${p}`)?.kind).toBe('provincialDepartment');
    }
    expect(byCode.get('VP')).toMatchObject({
      name: 'Văn phòng',
      aliases: expect.arrayContaining(['VP']) as unknown,
    });

    const users = await t.services.users.list(systemContext());
    expect(users).toHaveLength(8);
    expect(users.map((u) => u.roles[0]).sort()).toEqual([
      'admin',
      'compiler',
      'compiler',
      'leader',
      'staff',
      'unitHead',
      'unitHead',
      'viewer',
    ]);
    expect(users.find((u) => u.username === 'admin')?.roles).toEqual(['admin']);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.username === account.username);
      expect(user?.orgUnitId).toBe(byCode.get(account.unitCode)?.id);
    }
  });

  it('issues the sample plan’s regimes and the ministry’s 6-month report, owed by six departments', async () => {
    const year = Number(vietnamDateAt(new Date()).slice(0, 4));
    const ministryCompiler = await login(t.app, 'tonghopbo', PASSWORD);
    const admin = await login(t.app, 'admin', PASSWORD);
    const { regimes } = (await admin.request('GET', '/api/report-regimes?status=active')).json<{
      regimes: {
        id: string;
        frequency: string;
        year: number;
        receivingUnit: { name: string };
        units: unknown[];
        dataForm: { content: string }[];
      }[];
    }>();
    expect(regimes.map((r) => r.frequency).sort()).toEqual([
      'annual',
      'monthly',
      'nineMonths',
      'quarterly',
      'semiannual',
      'semiannual',
      'weekly',
    ]);
    const ministry = regimes.find((r) => r.receivingUnit.name === 'Bộ Thông tin và Truyền thông');
    expect(ministry).toMatchObject({ frequency: 'semiannual', year });
    expect(ministry?.units).toHaveLength(6);
    // The data form is the ministry's own sample plan, imported like the department's.
    expect(ministry?.dataForm.map((f) => f.content)).toEqual([
      `Ban hành kế hoạch chuyển đổi số năm ${year}`,
      'Số dịch vụ công trực tuyến toàn trình',
      'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 50%',
    ]);
    const samplePlans = async (session: typeof admin) =>
      (await session.request('GET', '/api/plans'))
        .json<{ plans: { number: string; isSample: boolean; year: number }[] }>()
        .plans.filter((p) => p.isSample && p.year === year)
        .map((p) => p.number)
        .sort();
    expect(await samplePlans(admin)).toEqual(['98/KH-BTTTT', '99/KH-STTTT']);
    // The ministry's compiler reads the ministry's own plan and regime, not An Giang's internal ones.
    expect(await samplePlans(ministryCompiler)).toEqual(['98/KH-BTTTT']);
    const ministryView = (await ministryCompiler.request('GET', '/api/report-regimes?status=active')).json<{
      regimes: { id: string }[];
    }>();
    expect(ministryView.regimes.map((r) => r.id)).toEqual([ministry?.id]);
    const tree = await ministryCompiler.request(
      'GET',
      `/api/stats/reporting/tree?regimeId=${ministry?.id ?? ''}&period=${year}-H1`,
    );
    expect(tree.json<{ nodes: { depth: number; childrenExpected: number }[] }>().nodes[0]).toMatchObject({
      depth: 0,
      childrenExpected: 6,
    });
    const canTho = await login(t.app, 'giamdoccantho', PASSWORD);
    const owed = (await canTho.request('GET', '/api/report-periods?mine=1')).json<{
      periods: { code: string }[];
    }>();
    expect(owed.periods.map((p) => p.code)).toEqual([`${year}-H1`]);
    const periodId = await periodOf(ministryCompiler, ministry?.id ?? '');
    const report = await canTho.request('GET', `/api/submissions?periodId=${periodId}`);
    expect(report.json<{ permissions: unknown }>().permissions).toEqual({
      canDraft: true,
      canSubmit: true,
      canReview: false,
    });
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.roles[0]] as const))(
    'the %s account (%s) signs in with the given password',
    async (username, role) => {
      const session = await login(t.app, username, PASSWORD);
      const me = await session.request('GET', '/api/me');
      expect(me.json()).toMatchObject({ username, roles: [role], mustChangePassword: false });
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: `${PASSWORD}x` },
      });
      expect(wrong.statusCode).toBe(401);
    },
  );

  it('seeding again creates nothing new', async () => {
    const before = await contents(t.database);
    const auditRows = await t.database.db.selectFrom('audit_log').select('id').execute();
    const again = await seedDemoData(t.database.db, t.services, 'mat-khau-khac-123');
    expect(again).toMatchObject({ seeded: false, password: null });
    expect(await contents(t.database)).toEqual(before);
    expect(await t.database.db.selectFrom('audit_log').select('id').execute()).toHaveLength(auditRows.length);
    await expect(login(t.app, 'admin', 'mat-khau-khac-123')).rejects.toThrow(/401/);
  });

  it('without a password, generates one that works for every account', async () => {
    const handle = await createTestDatabase();
    try {
      const svc = services(handle);
      const result = await seedDemoData(handle.db, svc, null);
      expect(result).toMatchObject({ seeded: true, passwordGenerated: true });
      const password = result.password ?? '';
      expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
      for (const account of DEMO_ACCOUNTS) {
        const session = await svc.auth.login(systemContext(), account.username, password, null);
        expect(session.user.username).toBe(account.username);
      }
      await expect(svc.auth.login(systemContext(), 'admin', PASSWORD, null)).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    } finally {
      await handle.close();
    }
  });

  it.skipIf(testStore() === 'postgres')(
    'a PGlite data directory keeps the seeded data across a restart, without duplicates',
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'baocao-seed-'));
      try {
        const first = await openDatabase({ kind: 'pglite', dataDir });
        expect(await migrateToLatest(first.db)).not.toEqual([]);
        await seedDemoData(first.db, services(first), PASSWORD);
        const seeded = await contents(first);
        await first.close();

        const second = await openDatabase({ kind: 'pglite', dataDir });
        try {
          expect(await migrateToLatest(second.db)).toEqual([]);
          expect(await contents(second)).toEqual(seeded);
          expect(await seedDemoData(second.db, services(second), PASSWORD)).toMatchObject({ seeded: false });
          const after = await contents(second);
          expect(after.units).toHaveLength(UNIT_CODES.length);
          expect(after.users).toHaveLength(DEMO_ACCOUNTS.length);
          expect(new Set(after.units.map((u) => u.code)).size).toBe(UNIT_CODES.length);
          const session = await services(second).auth.login(systemContext(), 'admin', PASSWORD, null);
          expect(session.user.roles).toEqual(['admin']);
        } finally {
          await second.close();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    // Seeds a whole sample year of progress through the services (about 100 task updates).
    120_000,
  );
});
