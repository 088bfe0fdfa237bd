// Compiles the CLI (src/cli and the server and domain code it uses) into one plain-JS ES module,
// dist/cli/baocao.mjs, and the server (src/server/main.ts) into dist/server/main.mjs, with esbuild.
// npm packages stay external (they load from node_modules). Runs at `npm install` (prepare) and again
// from bin/baocao.js and scripts/start.mjs whenever a source is newer than the bundle, so neither
// `npx baocao` nor `npm start` runs stale code or transpiles TypeScript at run time.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
export const CLI_BUNDLE = path.join(root, 'dist/cli/baocao.mjs');
export const SERVER_BUNDLE = path.join(root, 'dist/server/main.mjs');
const SOURCES = ['src/cli', 'src/server', 'src/domain'].map((dir) => path.join(root, dir));
const WORKER_SOURCE = path.join(root, 'src/server/plans/readers/read-worker.ts');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The plan-reading thread beside each bundle (src/server/plans/readers/bounded.ts looks for it there). */
const workerOf = (bundlePath) => path.join(path.dirname(bundlePath), 'read-worker.mjs');

function isFresh(bundlePath) {
  if (!existsSync(bundlePath) || !existsSync(workerOf(bundlePath))) return false;
  const built = statSync(bundlePath).mtimeMs;
  return SOURCES.every((dir) => !existsSync(dir) || newestSource(dir) <= built);
}

export const cliBundleIsFresh = () => isFresh(CLI_BUNDLE);
export const serverBundleIsFresh = () => isFresh(SERVER_BUNDLE);

/** The sample plans (src/server/demo/demo-plan.ts reads them beside the module that runs). */
function copyDemoPlans(bundlePath) {
  const demo = path.join(root, 'src/server/demo');
  mkdirSync(path.dirname(bundlePath), { recursive: true });
  for (const name of readdirSync(demo).filter((n) => n.endsWith('.txt')))
    copyFileSync(path.join(demo, name), path.join(path.dirname(bundlePath), name));
}

export async function buildCli() {
  copyDemoPlans(CLI_BUNDLE);
  // The worker first: a fresh main bundle then always has its worker beside it.
  await bundle(WORKER_SOURCE, workerOf(CLI_BUNDLE));
  return bundle(path.join(root, 'src/cli/index.ts'), CLI_BUNDLE);
}

export async function buildServer() {
  copyDemoPlans(SERVER_BUNDLE);
  await bundle(WORKER_SOURCE, workerOf(SERVER_BUNDLE));
  return bundle(path.join(root, 'src/server/main.ts'), SERVER_BUNDLE);
}

async function bundle(entry, outfile) {
  const { build } = await import('esbuild');
  // Written aside and renamed, so a process starting meanwhile never loads a half-written bundle.
  const temporary = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  renameSync(temporary, outfile);
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
  await buildServer();
  process.stderr.write(
    `Đã dựng ${path.relative(root, CLI_BUNDLE)} và ${path.relative(root, SERVER_BUNDLE)}\n`,
  );
}
