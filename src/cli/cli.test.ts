import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliStore, runBaocao, type CliStore } from '../../test/support/cli.js';

/** Runs the real `baocao` command in a child process against this test file's store. */
describe('CLI', { timeout: 120_000 }, () => {
  let store: CliStore;
  let dir: string;

  beforeAll(async () => {
    store = await createCliStore('baocao-cli-');
    dir = store.dir;
  });
  afterAll(() => store.close());

  const cli = (...args: string[]) => runBaocao(args, { env: store.env });

  it('prints usable help', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['db', 'users', 'org', 'tokens']) expect(help.stdout).toContain(command);
    expect((await cli('users', 'add', '--help')).stdout).toContain('--username');
  });

  it('migrates, imports an org tree with preview, adds a user and creates a token', async () => {
    expect((await cli('db', 'migrate')).stdout).toMatch(/0001-foundation|mới nhất/);
    const file = path.join(dir, 'org.json');
    writeFileSync(
      file,
      JSON.stringify({
        units: [
          { code: 'SO', name: 'Sở Thử', kind: 'provincialDepartment' },
          { code: 'P1', name: 'Phòng Một', kind: 'Phòng', parentCode: 'SO', aliases: ['P-1'] },
        ],
      }),
    );
    const dry = await cli('org', 'import', file, '--dry-run');
    expect(dry.stdout).toContain('2 thêm mới');
    const dryJson = await cli('org', 'import', file, '--dry-run', '--json');
    expect(JSON.parse(dryJson.stdout)).toMatchObject({
      summary: { create: 2 },
      dryRun: true,
      committed: null,
    });
    expect(dryJson.stderr).toContain('2 thêm mới');
    expect((JSON.parse((await cli('org', 'export')).stdout) as { units: unknown[] }).units).toEqual([]);

    const imported = await cli('org', 'import', file);
    expect(imported.stdout).toContain('Đã nhập: 2 thêm mới');
    const exported = JSON.parse((await cli('org', 'export')).stdout) as {
      units: { code: string; parentCode: string | null }[];
    };
    expect(exported.units.map((u) => [u.code, u.parentCode])).toEqual([
      ['SO', null],
      ['P1', 'SO'],
    ]);

    const added = await cli(
      'users',
      'add',
      '--username',
      'an',
      '--full-name',
      'Nguyễn An',
      '--unit',
      'P1',
      '--role',
      'staff',
      'compiler',
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Mật khẩu tạm thời: \S{16}/);
    const json = await cli(
      ...[
        'users',
        'add',
        '--username',
        'binh',
        '--full-name',
        'Trần Bình',
        '--unit',
        'P1',
        '--role',
        'viewer',
      ],
      '--json',
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      user: { username: 'binh', roles: ['viewer'], mustChangePassword: true },
      temporaryPassword: expect.stringMatching(/^\S{16}$/) as unknown,
    });
    const token = await cli('tokens', 'create', '--user', 'an');
    expect(token.stdout.trim()).toMatch(/^bc_[\w-]{40,}$/);
  });

  it('exports XLSX to a file', async () => {
    const out = path.join(dir, 'org.xlsx');
    expect((await cli('org', 'export', '--format', 'xlsx', '--out', out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('Mã đơn vị');
  });

  it('builds a report with --json: one JSON object on stdout, the text on stderr', async () => {
    const out = path.join(dir, 'bao-cao.docx');
    const result = await cli(
      'report',
      'build',
      '--unit',
      'SO',
      '--period',
      '2026-H1',
      '--out',
      out,
      '--json',
    );
    expect(result.code).toBe(0);
    const built = JSON.parse(result.stdout) as { unitName: string; sections: string[]; files: string[] };
    expect(built).toMatchObject({ unitName: 'Sở Thử', files: [out] });
    expect(built.sections).toHaveLength(5);
    expect(result.stderr).toContain('Các mục (5):');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [
      ['users', 'add', '--username', 'x1', '--full-name', 'X', '--unit', 'P1', '--role', 'boss'],
      'Vai trò không hợp lệ',
    ],
    [
      ['users', 'add', '--username', 'x2', '--full-name', 'X', '--unit', 'NOPE', '--role', 'staff'],
      'Không có đơn vị',
    ],
    [['org', 'import', '/nonexistent.json'], 'Không đọc được tệp'],
    [['tokens', 'create', '--user', 'nobody'], 'Không có người dùng'],
  ])('fails clearly: %j', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
