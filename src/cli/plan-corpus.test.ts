import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanImportResult } from '../domain/plans/import-result.js';
import type { PlanParseResult } from '../domain/plan-import/types.js';
import { corpusFiles, scoreReading, type CorpusScore } from '../../test/support/plan-corpus.js';
import { testStore } from '../../test/support/db.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** The stored reading of `plan parse --json`, in the parser's terms, so the corpus can score it. */
function asParsed(result: PlanImportResult): PlanParseResult {
  return {
    ...result,
    items: result.items.map(
      ({ timeframe, leadUnitIds: _l, coordinatorUnitIds: _c, target: _t, ...item }) => ({
        ...item,
        timeframeRaw: timeframe.raw,
      }),
    ),
  };
}

/**
 * `plan parse <file> --json` from the real CLI on every corpus file: stdout is the JSON contract alone, and
 * it reads each file as the corpus expects. The reading does not depend on the store, so it runs once.
 */
describe.skipIf(testStore() === 'postgres')('CLI plan parse over the corpus', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'baocao-corpus-cli-'));
  const env = { ...process.env, DATABASE_URL: '', BAOCAO_DATA_DIR: path.join(dir, 'data') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    run(tsx, ['src/cli/index.ts', ...args], { cwd: root, env, maxBuffer: 20 * 1024 * 1024 });

  // An An Giang department, so the issuer of each plan is checked against someone.
  beforeAll(async () => {
    const org = path.join(dir, 'org.json');
    writeFileSync(
      org,
      JSON.stringify({
        units: [
          { code: 'UBND-AG', name: 'Ủy ban nhân dân tỉnh An Giang', kind: 'peoplesCommittee' },
          {
            code: 'STTTT-AG',
            name: 'Sở Thông tin và Truyền thông An Giang',
            kind: 'provincialDepartment',
            parentCode: 'UBND-AG',
          },
          {
            code: 'VP',
            name: 'Văn phòng',
            kind: 'division',
            parentCode: 'STTTT-AG',
            aliases: ['Văn phòng Sở'],
          },
          {
            code: 'CNTT-BCVT',
            name: 'Phòng Công nghệ thông tin – Bưu chính – Viễn thông',
            kind: 'division',
            parentCode: 'STTTT-AG',
          },
        ],
      }),
    );
    await cli('org', 'import', org);
  });

  const files = corpusFiles();

  it('prints the JSON reading of each corpus file', async () => {
    const score: CorpusScore = { fields: {}, files: [] };
    for (const file of files) {
      const { stdout } = await cli('plan', 'parse', file.file, '--json');
      const result = JSON.parse(stdout) as PlanImportResult;
      expect(result.items, file.name).toHaveLength(file.expected.items.length);
      score.files.push(scoreReading(file.name, file.expected, asParsed(result), score.fields));
    }
    expect(score.files.flatMap((f) => [...f.missing, ...f.extra])).toEqual([]);
    for (const [field, { right, total }] of Object.entries(score.fields)) {
      expect(right / total, field).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('warns in text mode about a plan issued by another province', async () => {
    const file = files.find((f) => f.name === 'docx-02-roman-sections-dong-thap');
    expect(file).toBeDefined();
    const { stdout } = await cli('plan', 'parse', file?.file ?? '');
    expect(stdout).toContain('Cảnh báo: Kế hoạch do SỞ THÔNG TIN VÀ TRUYỀN THÔNG (UBND TỈNH ĐỒNG THÁP)');
  });

  it('imports a plan of another province only with --confirm-issuer', async () => {
    const file = files.find((f) => f.name === 'docx-02-roman-sections-dong-thap')?.file ?? '';
    const refused = await cli('plan', 'import', file).catch(
      (e: unknown) => e as { code: number; stderr: string },
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('--confirm-issuer');
    const saved = await cli('plan', 'import', file, '--confirm-issuer');
    expect(saved.stdout).toContain('Đã lưu kế hoạch 22/KH-STTTT');
  });
});
