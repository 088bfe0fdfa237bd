// Regenerates the README's "Command line" reference from the CLI's own help (npm run docs:cli), so
// the two never drift; src/cli/readme.test.ts fails when they do.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, cliBundleIsFresh, CLI_BUNDLE } from './build-cli.mjs';

const readmePath = path.resolve(import.meta.dirname, '../README.md');
if (!cliBundleIsFresh()) await buildCli();
const { program, renderCliReference, withCliReference } = await import(pathToFileURL(CLI_BUNDLE).href);
const readme = readFileSync(readmePath, 'utf8');
const next = withCliReference(readme, renderCliReference(program));
if (next === readme) process.stderr.write('README.md: phần "Command line" đã khớp với trợ giúp của CLI.\n');
else {
  writeFileSync(readmePath, next);
  process.stderr.write('README.md: đã cập nhật phần "Command line" từ trợ giúp của CLI.\n');
}
