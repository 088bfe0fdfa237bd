import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlanFile } from '../server/demo/demo-plan.js';
import { seedDemoData } from '../server/demo/demo-seed.js';
import { repoRoot, withCliStore, type CliStore } from '../../test/support/cli.js';
import { testStore } from '../../test/support/db.js';
import { README_END, README_START, renderCliReference } from './help.js';
import { program } from './index.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The lines of a README section, from its heading to the next heading of the same level. */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README', () => {
  it('carries the command line reference exactly as the CLI prints its help', () => {
    const generated = readme.slice(
      readme.indexOf(README_START) + README_START.length,
      readme.indexOf(README_END),
    );
    // When this fails after a change to the CLI: npm run docs:cli
    expect(generated.trim()).toBe(renderCliReference(program).trim());
    for (const command of ['users reset-password', 'users list', 'plan parse', 'report build'])
      expect(generated).toContain(`#### \`baocao ${command}\``);
  });

  it('has one whole configuration table naming every variable the server reads', () => {
    const lines = section('Configuration').split('\n');
    const first = lines.findIndex((l) => l.startsWith('|'));
    const rows: string[] = [];
    for (let i = first; i < lines.length && lines[i]?.startsWith('|'); i++) rows.push(lines[i] ?? '');
    expect(rows[0]).toBe('| variable | default | meaning |');
    // No second table: a blank line inside a table splits it and leaves rows without a header.
    expect(lines.slice(first + rows.length).some((l) => l.startsWith('|'))).toBe(false);
    const documented = rows.slice(2).map((r) => /^\| `(\w+)`/.exec(r)?.[1]);
    const source = readFileSync(path.join(repoRoot, 'src/server/config.ts'), 'utf8');
    const read = [...new Set([...source.matchAll(/env\.([A-Z_]+)/g)].map((m) => m[1]))];
    expect(read.length).toBeGreaterThan(10);
    expect([...documented].sort()).toEqual([...read].sort());
  });
});

/**
 * The README's CLI examples, run as written (npx baocao …, through a shell) in a scratch folder, on a
 * scratch PGlite store holding the sample data; `ke-hoach.txt` is the sample plan.
 */
describe.skipIf(testStore() === 'postgres')('README command line examples', { timeout: 600_000 }, () => {
  // Inside the repository (.test-data is ignored by git), so that npx finds this package's bin.
  const base = path.join(repoRoot, '.test-data');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, 'readme-'));
  const env = {
    ...process.env,
    DATABASE_URL: '',
    BAOCAO_DATA_DIR: path.join(dir, 'data'),
    LOG_LEVEL: 'warn',
  };
  const store: CliStore = { dir, env, close: () => Promise.resolve() };
  const examples = (/```bash\n([\s\S]*?)```/.exec(section('Command line'))?.[1] ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '');

  beforeAll(async () => {
    writeFileSync(path.join(dir, 'ke-hoach.txt'), (await demoPlanFile(2026)).buffer);
    await withCliStore(store, (db, services) =>
      seedDemoData(db, services, 'Mat-khau-mau-2026', { year: 2026 }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has examples of every command group', () => {
    for (const group of ['users', 'org', 'tokens', 'plan', 'report', 'db'])
      expect(examples.some((l) => l.startsWith(`npx baocao ${group} `))).toBe(true);
  });

  it('runs every example successfully, in order', async () => {
    const shell = promisify(execFile);
    for (const line of examples) {
      const result = await shell('sh', ['-c', line], { cwd: dir, env, maxBuffer: 32 * 1024 * 1024 }).catch(
        (error: unknown) => {
          const e = error as { code: number; stderr: string };
          throw new Error(`"${line}" exited with ${e.code}:\n${e.stderr}`);
        },
      );
      expect(result.stderr, line).not.toMatch(/Lỗi/);
    }
    const parsed = JSON.parse(readFileSync(path.join(dir, 'ke-hoach.json'), 'utf8')) as { items: unknown[] };
    expect(parsed.items.length).toBeGreaterThan(10);
    for (const file of ['don-vi.xlsx', 'bao-cao.docx', 'bang.xlsx'])
      expect(readFileSync(path.join(dir, file)).subarray(0, 2).toString()).toBe('PK');
  });
});
