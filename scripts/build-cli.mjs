// Compiles the CLI (src/cli and the server and domain code it uses) into one plain-JS ES module,
// dist/cli/baocao.mjs, with esbuild. npm packages stay external (they load from node_modules). Runs at
// `npm install` (prepare) and again from bin/baocao.js whenever a source is newer than the bundle, so
// `npx baocao` never runs stale code and never goes through tsx at run time.
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
export const CLI_BUNDLE = path.join(root, 'dist/cli/baocao.mjs');
const SOURCES = ['src/cli', 'src/server', 'src/domain'].map((dir) => path.join(root, dir));

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

export function cliBundleIsFresh() {
  if (!existsSync(CLI_BUNDLE) || !existsSync(WORKER_BUNDLE)) return false;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  return SOURCES.every((dir) => !existsSync(dir) || newestSource(dir) <= built);
}

/** The plan-reading thread (src/server/plans/readers/bounded.ts looks for it beside the bundle). */
const WORKER_BUNDLE = path.join(root, 'dist/cli/read-worker.mjs');

export async function buildCli() {
  // The worker first: a fresh main bundle then always has its worker beside it.
  await bundle(path.join(root, 'src/server/plans/readers/read-worker.ts'), WORKER_BUNDLE);
  return bundle(path.join(root, 'src/cli/index.ts'), CLI_BUNDLE);
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
  process.stderr.write(`Đã dựng ${path.relative(root, CLI_BUNDLE)}\n`);
}
