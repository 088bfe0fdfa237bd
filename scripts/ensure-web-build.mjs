// Builds the web UI when dist/web is missing or older than its sources, so `npm start` and `npm test`
// work on a fresh clone without a separate build step.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const entry = path.join(root, 'dist/web/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = [path.join(root, 'src/web'), path.join(root, 'vite.config.ts')];
const sourceTime = Math.max(
  ...sources
    .filter(existsSync)
    .map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)),
);
if (!existsSync(entry) || statSync(entry).mtimeMs < sourceTime) {
  process.stderr.write('Đang dựng giao diện web (vite build)…\n');
  execSync('npx vite build', { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
