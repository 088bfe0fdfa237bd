import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeUnit } from '../../domain/org/import-plan.js';
import type { OrgUnitNode } from '../../domain/org/org-unit.js';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import {
  aDepartment,
  aMultipartUpload,
  aStoreSnapshot,
  aUnit,
  aUser,
  TEST_PASSWORD,
} from '../../../test/support/builders.js';

interface Preview {
  previewId: string;
  rows: { code: string; action: string; errors: string[] }[];
  summary: { create: number; update: number; unchanged: number; errors: number };
}
type ErrorBody = { error: { code: string; message: string; details?: unknown } };

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

function findNode(nodes: OrgUnitNode[], code: string): OrgUnitNode | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const inner = findNode(node.children, code);
    if (inner) return inner;
  }
  return undefined;
}

async function firstSheet(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { workbook, sheet };
}

describe('org units', () => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof aDepartment>>;
  let admin: Session;
  let otherAdmin: Session;

  const tree = async () =>
    (await admin.request('GET', '/api/org-units')).json<{ units: OrgUnitNode[] }>().units;
  const node = async (code: string) => findNode(await tree(), code);
  const upload = (session: Session, ...args: Parameters<typeof aMultipartUpload>) => {
    const body = aMultipartUpload(...args);
    return t.app.inject({
      method: 'POST',
      url: '/api/org-units/import/preview',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...body.headers },
      payload: body.payload,
    });
  };
  const exportJson = async () =>
    (await admin.request('GET', '/api/org-units/export?format=json')).json<{ units: ExchangeUnit[] }>().units;
  const jsonFile = (units: unknown[]) => JSON.stringify({ format: 'baocao.org-units', version: 1, units });
  const row = (code: string, parentCode: string | null, extra: Record<string, unknown> = {}) => {
    return {
      code,
      name: `Đơn vị ${code}`,
      shortName: null,
      kind: 'division',
      parentCode,
      aliases: [],
      ...extra,
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await aDepartment(t.services);
    const second = await aUser(t.services, { orgUnitId: org.department.id, roles: ['admin'] });
    admin = await login(t.app, org.admin.username, TEST_PASSWORD);
    otherAdmin = await login(t.app, second.username, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('returns the tree nested and sorted by sort order, then name', async () => {
    const root = await aUnit(t.services, { code: 'SORT-R', kind: 'peoplesCommittee' });
    await aUnit(t.services, { parentId: root.id, code: 'SORT-C', name: 'Phòng C' });
    const b = await aUnit(t.services, { parentId: root.id, code: 'SORT-B', name: 'Phòng B', sortOrder: 5 });
    await aUnit(t.services, { parentId: root.id, code: 'SORT-A', name: 'Phòng A' });
    await aUnit(t.services, { parentId: b.id, code: 'SORT-B1', name: 'Tổ B1' });
    const found = await node('SORT-R');
    expect(found?.children.map((c) => c.code)).toEqual(['SORT-A', 'SORT-C', 'SORT-B']);
    expect(found?.children[2]?.children.map((c) => [c.code, c.parentId])).toEqual([['SORT-B1', b.id]]);
    expect(found?.children[0]?.children).toEqual([]);
  });

  it('creates a unit with 201 and stores it under its parent', async () => {
    const fields = { parentId: org.department.id, code: 'MOI-1', name: 'Phòng Mới', aliases: ['PM'] };
    const res = await admin.request('POST', '/api/org-units', { ...fields, kind: 'division' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject(fields);
    expect((await node('MOI-1'))?.parentId).toBe(org.department.id);
  });

  it.each([
    ['a duplicate code in another case', { parentId: null, code: 'moi-1' }, 409, 'CONFLICT'],
    ['an unknown parent', { parentId: MISSING_ID, code: 'MOI-2' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s and writes nothing', async (_label, fields, status, code) => {
    const before = await aStoreSnapshot(t.database.db);
    const res = await admin.request('POST', '/api/org-units', { name: 'Trùng', kind: 'division', ...fields });
    expect(res.statusCode).toBe(status);
    expect(res.json<ErrorBody>().error.code).toBe(code);
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
  });

  it('updates name and aliases, and refuses a code taken by another unit', async () => {
    const unit = await aUnit(t.services, { code: 'SUA-1' });
    const res = await admin.request('PATCH', `/api/org-units/${unit.id}`, {
      name: 'Tên mới',
      aliases: ['TM'],
    });
    expect(res.statusCode).toBe(200);
    expect(await node('SUA-1')).toMatchObject({ name: 'Tên mới', aliases: ['TM'] });
    const clash = await admin.request('PATCH', `/api/org-units/${unit.id}`, { code: 'moi-1' });
    expect(clash.statusCode).toBe(409);
    expect((await node('SUA-1'))?.code).toBe('SUA-1');
  });

  it('moves a subtree: descendants follow; into itself or a descendant is refused and nothing changes', async () => {
    const top = await aUnit(t.services, { code: 'MV-1' });
    const mid = await aUnit(t.services, { parentId: top.id, code: 'MV-2' });
    const leaf = await aUnit(t.services, { parentId: mid.id, code: 'MV-3' });
    const target = await aUnit(t.services, { code: 'MV-T' });
    const moved = await admin.request('POST', `/api/org-units/${top.id}/move`, { parentId: target.id });
    expect(moved.statusCode).toBe(200);
    const t1 = await node('MV-T');
    expect(t1?.children[0]?.code).toBe('MV-1');
    expect(t1?.children[0]?.children[0]?.code).toBe('MV-2');
    expect(t1?.children[0]?.children[0]?.children[0]?.id).toBe(leaf.id);

    const before = await aStoreSnapshot(t.database.db);
    for (const parentId of [top.id, mid.id, leaf.id]) {
      const res = await admin.request('POST', `/api/org-units/${top.id}/move`, { parentId });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
  });

  it('deletes a leaf with 204', async () => {
    const leaf = await aUnit(t.services, { code: 'XOA-1' });
    expect((await admin.request('DELETE', `/api/org-units/${leaf.id}`)).statusCode).toBe(204);
    expect(await node('XOA-1')).toBeUndefined();
    expect((await admin.request('DELETE', `/api/org-units/${leaf.id}`)).statusCode).toBe(404);
  });

  it.each([
    ['two child units', 'children', { children: 2, users: 0 }],
    ['one user', 'users', { children: 0, users: 1 }],
  ])(
    'refuses to delete a unit with %s: 409 with the counts, nothing deleted',
    async (_label, what, counts) => {
      const unit = await aUnit(t.services);
      if (what === 'children') {
        await aUnit(t.services, { parentId: unit.id });
        await aUnit(t.services, { parentId: unit.id });
      } else {
        await aUser(t.services, { orgUnitId: unit.id });
      }
      const before = await aStoreSnapshot(t.database.db);
      const res = await admin.request('DELETE', `/api/org-units/${unit.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'CONFLICT', details: counts } });
      expect(await aStoreSnapshot(t.database.db)).toEqual(before);
    },
  );

  it('exports JSON with every unit, parents before children', async () => {
    const res = await admin.request('GET', '/api/org-units/export?format=json');
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.headers['content-disposition']).toContain('don-vi.json');
    const units = res.json<{ format: string; units: ExchangeUnit[] }>().units;
    const stored = await t.services.orgUnits.listAll();
    expect(units).toHaveLength(stored.length);
    expect(units.find((u) => u.code === 'MV-2')).toMatchObject({ parentCode: 'MV-1', kind: 'division' });
    const position = new Map(units.map((u, i) => [u.code, i]));
    for (const u of units)
      if (u.parentCode) expect(position.get(u.parentCode)).toBeLessThan(position.get(u.code) ?? -1);
  });

  it('exports XLSX with Vietnamese headers and one row per unit', async () => {
    const res = await admin.request('GET', '/api/org-units/export?format=xlsx');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const { sheet } = await firstSheet(res.rawPayload);
    expect((sheet.getRow(1).values as unknown[]).slice(1).join(' | ')).toBe(
      'Mã đơn vị | Tên đầy đủ | Tên viết tắt | Loại | Mã đơn vị cấp trên | Bí danh (cách nhau bởi ;) | Thứ tự',
    );
    expect(sheet.actualRowCount - 1).toBe((await t.services.orgUnits.listAll()).length);
    const rows = (sheet.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    expect(rows).toContainEqual(['MOI-1', 'Phòng Mới', '', 'Phòng', org.department.code, 'PM', 0]);
  });

  it.each(['json', 'xlsx'] as const)('re-imports its own %s export as all unchanged', async (format) => {
    const file = await admin.request('GET', `/api/org-units/export?format=${format}`);
    const res = await upload(admin, { filename: `don-vi.${format}`, content: file.rawPayload });
    expect(res.statusCode).toBe(200);
    const unchanged = (await t.services.orgUnits.listAll()).length;
    expect(res.json<Preview>().summary).toEqual({ create: 0, update: 0, unchanged, errors: 0 });
  });

  it('round-trips export → modify → preview → commit', async () => {
    const units = await exportJson();
    const renamed = units.map((u) => (u.code === 'SUA-1' ? { ...u, name: 'Đổi tên khi nhập' } : u));
    const file = jsonFile([...renamed, row('NHAP-1', 'SUA-1', { aliases: ['N1'] })]);
    const before = await aStoreSnapshot(t.database.db);
    const preview = (await upload(admin, { filename: 'don-vi.json', content: file })).json<Preview>();
    expect(preview.summary).toEqual({ create: 1, update: 1, unchanged: units.length - 1, errors: 0 });
    expect(preview.rows.find((r) => r.code === 'NHAP-1')?.action).toBe('create');
    expect(preview.rows.find((r) => r.code === 'SUA-1')?.action).toBe('update');
    expect(preview.rows.find((r) => r.code === 'MV-1')?.action).toBe('unchanged');
    const afterPreview = await aStoreSnapshot(t.database.db);
    expect({ ...afterPreview, importPreviews: 0 }).toEqual({ ...before, importPreviews: 0 });

    const commit = await admin.request('POST', `/api/org-units/import/${preview.previewId}/commit`);
    expect(commit.statusCode).toBe(200);
    expect(commit.json()).toEqual({ created: 1, updated: 1 });
    expect(await node('SUA-1')).toMatchObject({ name: 'Đổi tên khi nhập' });
    expect((await node('SUA-1'))?.children.map((c) => [c.code, c.aliases])).toEqual([['NHAP-1', ['N1']]]);

    const again = await admin.request('POST', `/api/org-units/import/${preview.previewId}/commit`);
    expect(again.statusCode).toBe(404);
    expect((await aStoreSnapshot(t.database.db)).orgUnits).toHaveLength(before.orgUnits.length + 1);
  });

  it("refuses to commit another user's preview", async () => {
    const file = jsonFile([row('KHAC-1', null)]);
    const preview = (await upload(admin, { filename: 'moi.json', content: file })).json<Preview>();
    const before = await aStoreSnapshot(t.database.db);
    const res = await otherAdmin.request('POST', `/api/org-units/import/${preview.previewId}/commit`);
    expect(res.statusCode).toBe(404);
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
    const own = await admin.request('POST', `/api/org-units/import/${preview.previewId}/commit`);
    expect(own.json()).toEqual({ created: 1, updated: 0 });
  });

  async function expectRefusedImport(units: unknown[], message: RegExp) {
    const res = await upload(admin, { filename: 'loi.json', content: jsonFile(units) });
    expect(res.statusCode).toBe(200);
    const preview = res.json<Preview>();
    expect(preview.summary.errors).toBeGreaterThan(0);
    expect(preview.rows.flatMap((r) => r.errors).join('\n')).toMatch(message);
    const before = await aStoreSnapshot(t.database.db);
    const commit = await admin.request('POST', `/api/org-units/import/${preview.previewId}/commit`);
    expect(commit.statusCode).toBe(400);
    expect(commit.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');
    const after = await aStoreSnapshot(t.database.db);
    expect(after.orgUnits).toEqual(before.orgUnits);
    expect(after.auditRows).toBe(before.auditRows);
  }

  it.each([
    ['an unknown parent code', [row('LOI-1', 'KHONG-CO')], /không tìm thấy đơn vị cấp trên "KHONG-CO"/],
    ['a duplicate code', [row('LOI-2', null), row('loi-2', null)], /xuất hiện nhiều lần/],
    ['a cycle', [row('LOI-3', 'LOI-4'), row('LOI-4', 'LOI-3')], /vòng lặp/],
  ])('shows errors for %s and refuses the commit with nothing written', async (_label, units, message) => {
    await expectRefusedImport(units, message);
  });

  // BUG (reported): rows that fail validation (here a bad kind) are left out of the saved preview, so the
  // commit re-plans only the valid rows and writes LOI-5. Drop `.fails` once commitImport refuses it.
  it('shows errors for a bad kind and refuses the commit with nothing written', async () => {
    await expectRefusedImport([row('LOI-5', null), row('LOI-6', 'LOI-5', { kind: 'castle' })], /kind/);
  });

  it('imports a modified XLSX: kind labels, parent codes and ;-separated aliases are read back', async () => {
    const file = await admin.request('GET', '/api/org-units/export?format=xlsx');
    const { workbook, sheet } = await firstSheet(file.rawPayload);
    sheet.eachRow((r) => {
      if (r.getCell(1).value === 'MV-3') r.getCell(4).value = 'Trung tâm';
    });
    sheet.addRow(['XLSX-1', 'Tổ nhập từ Excel', 'Tổ Excel', 'Phòng', 'MV-3', 'TX; Tổ X', 3]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(admin, { filename: 'sua.xlsx', content });
    const preview = res.json<Preview>();
    expect(preview.summary).toMatchObject({ create: 1, update: 1, errors: 0 });
    const commit = await admin.request('POST', `/api/org-units/import/${preview.previewId}/commit`);
    expect(commit.json()).toEqual({ created: 1, updated: 1 });
    const mv3 = await node('MV-3');
    expect(mv3?.kind).toBe('centre');
    const created = {
      code: 'XLSX-1',
      shortName: 'Tổ Excel',
      kind: 'division',
      aliases: ['TX', 'Tổ X'],
      sortOrder: 3,
    };
    expect(mv3?.children[0]).toMatchObject(created);
  });

  it.each([
    ['a JSON body instead of a file', () => admin.request('POST', '/api/org-units/import/preview', {}), 415],
    ['a multipart body without a file', () => upload(admin, null, { note: 'x' }), 400],
    [
      'a file in another field',
      () => upload(admin, { filename: 'a.json', content: '[]', field: 'tep' }),
      400,
    ],
    ['an empty file', () => upload(admin, { filename: 'a.json', content: '' }), 400],
    ['a .txt file', () => upload(admin, { filename: 'don-vi.txt', content: '[]' }), 415],
    ['broken JSON', () => upload(admin, { filename: 'don-vi.json', content: '{"units": [' }), 400],
    ['a broken XLSX', () => upload(admin, { filename: 'don-vi.xlsx', content: 'not a zip' }), 400],
  ])('rejects %s with a 4xx and writes nothing', async (_label, send, status) => {
    const before = await aStoreSnapshot(t.database.db);
    const res = await send();
    expect(res.statusCode).toBe(status);
    expect(res.json<ErrorBody>().error.message).not.toBe('');
    expect(await aStoreSnapshot(t.database.db)).toEqual(before);
  });
});
