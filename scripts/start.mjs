// `npm start`: runs the compiled server (dist/server/main.mjs), rebuilding it first when a source is
// newer (a fresh clone builds it at `npm install`), so start-up never transpiles TypeScript.
import { pathToFileURL } from 'node:url';
import { buildServer, serverBundleIsFresh, SERVER_BUNDLE } from './build-cli.mjs';

if (!serverBundleIsFresh()) {
  process.stderr.write('Đang dựng máy chủ (dist/server)…\n');
  await buildServer();
}
await import(pathToFileURL(SERVER_BUNDLE).href);
