import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanImportResult } from '../domain/plans/import-result.js';
import { demoPlanFile } from '../server/demo/demo-plan.js';
import { seedDemoData } from '../server/demo/demo-seed.js';
import { createCliStore, runBaocao, withCliStore, type CliStore } from '../../test/support/cli.js';
import { testStore } from '../../test/support/db.js';

/** `baocao plan parse`: which units it resolves against, --org without a store, clean --json. */
describe('baocao plan parse', { timeout: 120_000 }, () => {
  let store: CliStore;
  let plan: string;
  let orgFile: string;
  const cli = (...args: string[]) => runBaocao(args, { env: store.env });
  /** An environment with no store at all: nothing configured may be created either. */
  const noStore = () => ({
    ...store.env,
    DATABASE_URL: '',
    BAOCAO_DATA_DIR: path.join(store.dir, 'khong-co'),
  });

  beforeAll(async () => {
    store = await createCliStore('baocao-cli-plan-');
    plan = path.join(store.dir, 'ke-hoach.txt');
    writeFileSync(plan, (await demoPlanFile(2025)).buffer);
    await withCliStore(store, (db, services) =>
      seedDemoData(db, services, 'Mat-khau-mau-2026', { withPlan: false }),
    );
    orgFile = path.join(store.dir, 'don-vi.xlsx');
    expect((await cli('org', 'export', '--format', 'xlsx', '--out', orgFile)).code).toBe(0);
  });
  afterAll(() => store.close());

  it('with --json prints only the JSON, and says on stderr which store it resolves units against', async () => {
    const result = await cli('plan', 'parse', plan, '--json');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as PlanImportResult;
    expect(parsed.items.length).toBeGreaterThan(10);
    expect(parsed.unmatchedUnits).toEqual([]);
    const where = testStore() === 'postgres' ? 'PostgreSQL ' : `PGlite tại ${path.join(store.dir, 'data')}`;
    expect(result.stderr).toMatch(new RegExp(`Đối chiếu đơn vị với kho dữ liệu ${where}.*: \\d+ đơn vị\\.`));
  });

  it('resolves against an org export with --org and no store, exactly as against the store', async () => {
    const fromStore = JSON.parse((await cli('plan', 'parse', plan, '--json')).stdout) as PlanImportResult;
    const env = noStore();
    const result = await runBaocao(['plan', 'parse', plan, '--json', '--org', orgFile], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Đối chiếu đơn vị với tệp .*don-vi\.xlsx: \d+ đơn vị\./);
    const fromFile = JSON.parse(result.stdout) as PlanImportResult;
    expect(fromFile.unmatchedUnits).toEqual(fromStore.unmatchedUnits);
    expect(fromFile.items.map((i) => i.lead)).toEqual(fromStore.items.map((i) => i.lead));
    // Without a store, units are named by their codes.
    expect(fromFile.items.flatMap((i) => i.leadUnitIds)).toContain('CNTT-BCVT');
    expect(existsSync(env.BAOCAO_DATA_DIR)).toBe(false);
  });

  it('prints Vietnamese dates and numbers in text mode', async () => {
    const result = await cli('plan', 'parse', plan);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/số 99\/KH-STTTT ngày 10\/01\/2025:/);
    expect(result.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(result.stdout).toMatch(/Chỉ tiêu: \d+, nhiệm vụ: \d+/);
  });

  it.skipIf(testStore() === 'postgres')(
    'refuses to invent an empty store: exit 2, with the way out (--org) in the message',
    async () => {
      const env = noStore();
      const result = await runBaocao(['plan', 'parse', plan, '--json'], { env });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Không có kho dữ liệu PGlite');
      expect(existsSync(env.BAOCAO_DATA_DIR)).toBe(false);
    },
  );

  it('lists the names it could not resolve against a partial org file', async () => {
    const partial = path.join(store.dir, 'mot-don-vi.json');
    writeFileSync(partial, JSON.stringify({ units: [{ code: 'X', name: 'Văn phòng', kind: 'division' }] }));
    const result = await runBaocao(['plan', 'parse', plan, '--org', partial], { env: noStore() });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/mot-don-vi\.json: 1 đơn vị\./);
    expect(result.stdout).toMatch(/Đơn vị chưa khớp \(\d+\): .*CNTT-BCVT/);
  });

  it.skipIf(testStore() === 'postgres')('warns when the store has no unit to resolve against', async () => {
    const env = { ...store.env, BAOCAO_DATA_DIR: path.join(store.dir, 'kho-rong') };
    expect((await runBaocao(['db', 'migrate'], { env })).code).toBe(0);
    const result = await runBaocao(['plan', 'parse', plan, '--json'], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(': 0 đơn vị.');
    expect(result.stderr).toMatch(/Cảnh báo: không có đơn vị nào để đối chiếu.*--org don-vi\.xlsx/s);
    expect((JSON.parse(result.stdout) as PlanImportResult).unmatchedUnits.length).toBeGreaterThan(3);
  });

  it.each([
    [['plan', 'parse', 'khong-co.txt'], 'Không đọc được tệp khong-co.txt'],
    [['plan', 'parse', 'PLAN', '--org', 'khong-co.xlsx'], 'Không đọc được tệp đơn vị khong-co.xlsx'],
    [['plan', 'parse', 'PLAN', '--org', 'PLAN'], 'Chỉ nhận tệp .json hoặc .xlsx'],
  ])('exits 1 on bad input: %j', async (args, message) => {
    const result = await runBaocao(
      args.map((a) => (a === 'PLAN' ? plan : a)),
      { env: noStore() },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
