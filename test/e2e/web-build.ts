import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const webSrc = path.join(repo, 'src/web');
const indexHtml = path.join(repo, 'dist/web/index.html');
const viteConfig = path.join(repo, 'vite.config.ts');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** True when dist/web is missing or older than the web sources. */
export function webBuildIsStale(): boolean {
  if (!existsSync(indexHtml)) return true;
  const built = statSync(indexHtml).mtimeMs;
  return Math.max(newestMtime(webSrc), statSync(viteConfig).mtimeMs) > built;
}

/**
 * Builds the web UI (vite build → dist/web) unless an up-to-date build exists.
 * Must run before the server starts: it only serves dist/web if it exists at start-up.
 */
export function ensureWebBuild(): void {
  if (!webBuildIsStale()) return;
  const vite = path.join(repo, 'node_modules/vite/bin/vite.js');
  // Vitest sets NODE_ENV=test, which Vite would honour: React and antd would then ship their slow
  // development builds, and the browser tests would measure something no user ever runs.
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Usable as a Vitest `globalSetup` entry, so the build happens once per run. */
export default function setup(): void {
  ensureWebBuild();
}
