#!/usr/bin/env node
// The `baocao` command (package.json "bin"): runs the compiled CLI, rebuilding it first when a
// source file changed since the last build (a fresh clone builds it at `npm install`).
import { buildCli, cliBundleIsFresh, CLI_BUNDLE } from '../scripts/build-cli.mjs';
import { pathToFileURL } from 'node:url';

if (!cliBundleIsFresh()) {
  process.stderr.write('Đang dựng công cụ dòng lệnh (dist/cli)…\n');
  await buildCli();
}
const { main } = await import(pathToFileURL(CLI_BUNDLE).href);
process.exitCode = await main();
