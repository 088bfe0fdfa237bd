import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestContext } from '../../../test/support/app.js';
import { createTestDatabase, testStore } from '../../../test/support/db.js';
import { systemContext } from '../common/context.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/database.js';
import { createServices } from '../services.js';
import { DEMO_ACCOUNTS } from './demo-org.js';
import { seedDemoData } from './demo-seed.js';

const PASSWORD = 'mat-khau-mau-2024';
const UNIT_CODES = ['UBND-AG', 'STTTT-AG', 'BGD', 'VP', 'TTRA', 'KHTC', 'CNTT-BCVT', 'TTBCXB', 'TTCNTT-TT'];
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
    for (const code of UNIT_CODES.slice(2)) expect(parentCode(code)).toBe('STTTT-AG');
    expect(byCode.get('VP')).toMatchObject({
      name: 'Văn phòng',
      aliases: expect.arrayContaining(['VP']) as unknown,
    });

    const users = await t.services.users.list(systemContext());
    expect(users).toHaveLength(6);
    expect(users.map((u) => u.roles[0]).sort()).toEqual([
      'admin',
      'compiler',
      'leader',
      'staff',
      'unitHead',
      'viewer',
    ]);
    expect(users.find((u) => u.username === 'admin')?.roles).toEqual(['admin']);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.username === account.username);
      expect(user?.orgUnitId).toBe(byCode.get(account.unitCode)?.id);
    }
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
          expect(after.units).toHaveLength(9);
          expect(after.users).toHaveLength(6);
          expect(new Set(after.units.map((u) => u.code)).size).toBe(9);
          const session = await services(second).auth.login(systemContext(), 'admin', PASSWORD, null);
          expect(session.user.roles).toEqual(['admin']);
        } finally {
          await second.close();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
