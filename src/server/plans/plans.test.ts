import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { seedDemoData } from '../demo/demo-seed.js';

const seedPath = path.resolve(import.meta.dirname, '../../../../shared/seeds/003_77dc22eebe307cd2.txt');
const seed003 = readFileSync(seedPath);

interface PreviewItem {
  kind: string;
  subOrdinal: number | null;
  lead: string[];
  coordinators: string[];
  leadUnitIds: (string | null)[];
  coordinatorUnitIds: (string | null)[];
  timeframe: { raw: string; kind: string };
  warnings: string[];
}
interface Preview {
  previewId: string;
  existingPlan: { id: string; version: number } | null;
  result: {
    document: { number: string };
    items: PreviewItem[];
    regimes: { recipientUnitId: string | null }[];
    unmatchedUnits: string[];
  };
}

function multipart(filename: string, content: Buffer) {
  const boundary = '----baocaotest';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('plan import (seed 003)', () => {
  let t: TestContext;
  let compiler: Session;
  let staff: Session;

  const upload = async (session: Session, filename: string, content: Buffer) => {
    const { body, contentType } = multipart(filename, content);
    return t.app.inject({
      method: 'POST',
      url: '/api/plans/import',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': contentType },
      payload: body,
    });
  };
  const countRows = async () => {
    const db = t.database.db;
    const [plans, items] = await Promise.all([
      db
        .selectFrom('plans')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('plan_items')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { plans: Number(plans.n), items: Number(items.n) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD, { withPlan: false });
    compiler = await login(t.app, 'tonghop', TEST_PASSWORD);
    staff = await login(t.app, 'chuyenvien', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('previews seed 003 without writing: 31 indicators, 161 tasks and 5 sub-rows, units resolved', async () => {
    const res = await upload(compiler, '003.txt', seed003);
    expect(res.statusCode).toBe(200);
    const { result } = res.json<Preview>();
    const items = result.items;
    expect(items.filter((i) => i.kind === 'indicator')).toHaveLength(31);
    expect(items.filter((i) => i.kind === 'task' && i.subOrdinal === null)).toHaveLength(161);
    expect(items.filter((i) => i.subOrdinal !== null)).toHaveLength(5);
    // "Thành viên Tổ CNSCĐ" (members of the community digital team) is a group of people, not an org unit.
    expect(result.unmatchedUnits).toEqual(['Thành viên Tổ CNSCĐ']);
    const unresolved = items.flatMap((i) => [
      ...i.lead.filter((_, k) => i.leadUnitIds[k] === null),
      ...i.coordinators.filter((_, k) => i.coordinatorUnitIds[k] === null),
    ]);
    expect(unresolved).toEqual(['Thành viên Tổ CNSCĐ']);
    const normalised = items.filter((i) => i.timeframe.raw.trim() !== '');
    expect(normalised.filter((i) => ['unknown', 'unspecified'].includes(i.timeframe.kind))).toEqual([]);
    expect(
      items.filter((i) => i.timeframe.raw.trim() === '').every((i) => i.timeframe.kind === 'unspecified'),
    ).toBe(true);
    expect(result.regimes).toHaveLength(6);
    expect(result.regimes.every((r) => r.recipientUnitId !== null)).toBe(true);
    expect(await countRows()).toEqual({ plans: 0, items: 0 });
  });

  it('commits in one transaction and refuses a silent duplicate of the same plan number', async () => {
    const preview = (await upload(compiler, '003.txt', seed003)).json<Preview>();
    const commit = await compiler.request('POST', `/api/plans/import/${preview.previewId}/commit`, {
      mode: 'new',
    });
    expect(commit.statusCode).toBe(200);
    const { planId } = commit.json<{ planId: string }>();
    expect(await countRows()).toEqual({ plans: 1, items: 197 });

    const detail = (await compiler.request('GET', `/api/plans/${planId}`)).json<{
      number: string;
      indicatorCount: number;
      taskCount: number;
      regimes: unknown[];
    }>();
    expect(detail).toMatchObject({ number: '40/KH-STTTT', indicatorCount: 31, taskCount: 166 });
    expect(detail.regimes).toHaveLength(6);

    const again = (await upload(compiler, '003.txt', seed003)).json<Preview>();
    expect(again.existingPlan).toMatchObject({ id: planId, version: 1 });
    const duplicate = await compiler.request('POST', `/api/plans/import/${again.previewId}/commit`, {
      mode: 'new',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(await countRows()).toEqual({ plans: 1, items: 197 });

    const third = (await upload(compiler, '003.txt', seed003)).json<Preview>();
    const updated = await compiler.request('POST', `/api/plans/import/${third.previewId}/commit`, {
      mode: 'update',
    });
    expect(updated.json()).toEqual({ planId });
    expect(await countRows()).toEqual({ plans: 1, items: 197 });

    const fourth = (await upload(compiler, '003.txt', seed003)).json<Preview>();
    const versioned = await compiler.request('POST', `/api/plans/import/${fourth.previewId}/commit`, {
      mode: 'version',
    });
    expect(versioned.statusCode).toBe(200);
    const plans = (await compiler.request('GET', '/api/plans')).json<{
      plans: { version: number; status: string }[];
    }>().plans;
    expect(plans.map((p) => [p.version, p.status]).sort()).toEqual([
      [1, 'superseded'],
      [2, 'active'],
    ]);
  });

  it('re-reads a preview with edits and a pending unit mapping, without writing', async () => {
    const preview = (await upload(compiler, '003.txt', seed003)).json<Preview>();
    const units = (await compiler.request('GET', '/api/org-units')).json<{
      units: { children: { children: { id: string; code: string }[] }[] }[];
    }>().units;
    const vp = units[0]?.children[0]?.children.find((u) => u.code === 'VP');
    const before = await countRows();
    const res = await compiler.request('POST', `/api/plans/import/${preview.previewId}/review`, {
      unitMappings: { 'Thành viên Tổ CNSCĐ': vp?.id },
      edits: [{ index: 0, timeframe: 'Quý III' }],
    });
    expect(res.statusCode).toBe(200);
    const result = res.json<Preview['result']>();
    expect(result.unmatchedUnits).toEqual([]);
    expect(result.items[0]?.timeframe).toMatchObject({ raw: 'Quý III', kind: 'quarter' });
    expect(await countRows()).toEqual(before);
  });

  it('saves a unit mapping from the preview as an alias', async () => {
    const preview = (await upload(compiler, '003.txt', seed003)).json<Preview>();
    const units = (await compiler.request('GET', '/api/org-units')).json<{
      units: { children: { children: { id: string; code: string }[] }[] }[];
    }>().units;
    const cntt = units[0]?.children[0]?.children.find((u) => u.code === 'CNTT-BCVT');
    const res = await compiler.request('POST', `/api/plans/import/${preview.previewId}/commit`, {
      mode: 'version',
      unitMappings: { 'Thành viên Tổ CNSCĐ': cntt?.id },
    });
    expect(res.statusCode).toBe(200);
    const next = (await upload(compiler, '003.txt', seed003)).json<Preview>();
    expect(next.result.unmatchedUnits).toEqual([]);
  });

  it.each([
    ['a file with no plan table', 'empty.txt', Buffer.from('Không có bảng nào ở đây.\n'), 400],
    ['an unsupported type', 'plan.odt', Buffer.from('x'), 415],
    ['text that is not UTF-8', 'latin1.txt', Buffer.from([0x4b, 0xea, 0x20, 0xff, 0xfe]), 400],
  ])('rejects %s with a clear error and writes nothing', async (_label, filename, content, status) => {
    const before = await countRows();
    const res = await upload(compiler, filename, content);
    expect(res.statusCode).toBe(status);
    expect(res.json<{ error: { message: string } }>().error.message.length).toBeGreaterThan(10);
    expect(await countRows()).toEqual(before);
  });

  it('leaves nothing behind when a commit fails half-way (bad unit mapping)', async () => {
    const before = await countRows();
    const aliasesOf = async (code: string) =>
      (
        await t.database.db
          .selectFrom('org_units')
          .select('aliases')
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).aliases;
    const vp = await t.database.db
      .selectFrom('org_units')
      .select('id')
      .where('code', '=', 'VP')
      .executeTakeFirstOrThrow();
    const vpAliasesBefore = await aliasesOf('VP');
    const preview = (await upload(compiler, '003.txt', seed003)).json<Preview>();
    // The first mapping is written (an alias on VP) before the second one fails: both must roll back.
    const res = await compiler.request('POST', `/api/plans/import/${preview.previewId}/commit`, {
      mode: 'version',
      unitMappings: { 'Tên tạm VP': vp.id, 'CNTT-BCVT': '00000000-0000-4000-8000-000000000000' },
    });
    expect(res.statusCode).toBe(400);
    expect(await countRows()).toEqual(before);
    expect(await aliasesOf('VP')).toEqual(vpAliasesBefore);
  });

  it('lets only compilers and admins import', async () => {
    const res = await upload(staff, '003.txt', seed003);
    expect(res.statusCode).toBe(403);
    expect((await staff.request('GET', '/api/plans')).statusCode).toBe(200);
  });
});
