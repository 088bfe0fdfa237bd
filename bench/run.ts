import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlanText } from '../src/domain/plan-import/index.js';
import { systemContext } from '../src/server/common/context.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../src/server/db/database.js';
import { seedDemoData } from '../src/server/demo/demo-seed.js';
import { createServices } from '../src/server/services.js';
import { createScratchPostgresDatabase } from '../test/support/db.js';
import { measure, printTable, type BenchResult } from './harness.js';
import { corpusBench } from './corpus-bench.js';
import { pdfBenches } from './pdf-bench.js';
import { autosaveBench } from './autosave-bench.js';
import { statsBenches } from './stats-bench.js';
import { httpBenches, printHttpTable } from './http-bench.js';
import { upwardBenches } from './upward-bench.js';

const root = path.resolve(import.meta.dirname, '..');
const seedPath = path.resolve(root, '../shared/seeds/003_77dc22eebe307cd2.txt');
const demoPlanPath = path.join(root, 'src/server/demo/demo-plan.txt');
// Seed 003 is the reference document when the shared folder is beside the clone; the demo plan otherwise.
const planPath = existsSync(seedPath) ? seedPath : demoPlanPath;
const planName = existsSync(seedPath) ? 'seed 003' : 'demo plan';
const planText = readFileSync(planPath, 'utf8');

async function importBench(label: string, handle: DatabaseHandle): Promise<BenchResult> {
  try {
    await migrateToLatest(handle.db);
    const services = createServices(handle.db, { sessionTtlHours: 1 });
    await seedDemoData(handle.db, services, 'bench-password-1', { withPlan: false });
    const ctx = systemContext('bench');
    const file = { buffer: Buffer.from(planText), filename: path.basename(planPath) };
    return await measure(
      `import ${planName} into ${label} (preview + commit)`,
      async () => {
        const preview = await services.plans.preview(ctx, file);
        await services.plans.commit(ctx, preview.previewId, { mode: 'version' });
      },
      { runs: 5, warmup: 1, note: `${preview(planText)} rows per import` },
    );
  } finally {
    await handle.close();
  }
}

function preview(text: string): number {
  return parsePlanText(text).items.length;
}

// `npm run bench -- stats` (or import, corpus, pdf, autosave, upward) runs only those benches; no argument runs
// them all.
const only = process.argv[2];
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const results: BenchResult[] = [];
if (only === undefined || only === 'import') {
  results.push(
    await measure(`parse ${planName} (text)`, () => parsePlanText(planText), {
      runs: 30,
      target: '< 200 ms',
    }),
  );
  results.push(
    await importBench('PGlite (in memory)', await openDatabase({ kind: 'pglite', dataDir: null })),
  );
  if (pgUrl) results.push(await importBench('PostgreSQL', await createScratchPostgresDatabase(pgUrl)));
  else process.stderr.write('PostgreSQL import skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.\n');
}
if (only === undefined || only === 'corpus') results.push(await corpusBench());
if (only === undefined || only === 'pdf') results.push(...(await pdfBenches()));
if (only === undefined || only === 'stats') {
  results.push(...(await statsBenches('PGlite', await openDatabase({ kind: 'pglite', dataDir: null }))));
  // A scratch database of its own, dropped afterwards: nothing collides with the test databases.
  if (pgUrl) results.push(...(await statsBenches('PostgreSQL', await createScratchPostgresDatabase(pgUrl))));
  else process.stderr.write('PostgreSQL statistics skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.\n');
}
if (only === undefined || only === 'autosave') results.push(...(await autosaveBench()));
if (only === undefined || only === 'upward') {
  results.push(...(await upwardBenches('PGlite', await openDatabase({ kind: 'pglite', dataDir: null }))));
  if (pgUrl) results.push(...(await upwardBenches('PostgreSQL', await createScratchPostgresDatabase(pgUrl))));
  else
    process.stderr.write('PostgreSQL upward report skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.\n');
}
// Last: it starts the compiled server as its own process on each store (`npm run bench -- http`).
const http = only === undefined || only === 'http' ? await httpBenches(pgUrl) : null;
printTable(results);
if (http) {
  printHttpTable(http.rows);
  for (const start of http.starts) process.stdout.write(`${start}\n`);
}
