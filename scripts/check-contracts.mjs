#!/usr/bin/env node
/**
 * The contract check of `npm run check` (CONTRIBUTING.md, "Typed contracts"). It fails when:
 *  1. a schema in src/server uses `z.unknown()` or `z.any()`: every request, response and stored
 *     shape is a real Zod schema, so the OpenAPI document describes it;
 *  2. db/schema.ts declares a jsonb column as `Json<unknown>`: each column names what it holds, and
 *     columns read as `StoredJson<T>` can only be opened with `parseStored(schema, …)`;
 *  3. server code casts a value read from a jsonb column with `as`: a line where a property named
 *     like one of the jsonb columns (taken from db/schema.ts) is followed, outside a string, by
 *     `as <Type>` (a capitalised type, an object or tuple type, or unknown/string/number/boolean/any).
 * It prints the three counts; all must be zero.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The checkout to check: this one, or another given as the first argument (to measure before/after). */
const root = process.argv[2] ?? new URL('..', import.meta.url).pathname;
const serverDir = join(root, 'src/server');
const schemaFile = join(serverDir, 'db/schema.ts');

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const schemaText = readFileSync(schemaFile, 'utf8');
const jsonColumns = [...schemaText.matchAll(/^\s+(\w+)\??:\s*(?:Stored)?Json<.*$/gm)].map((m) => m[1]);
const trustedColumns = [...schemaText.matchAll(/^\s+\w+\??:\s*Json<.*$/gm)].length;
const parsedColumns = [...schemaText.matchAll(/^\s+\w+\??:\s*StoredJson<.*$/gm)].length;
const unknownColumns = [...schemaText.matchAll(/^\s+(\w+)\??:\s*Json<unknown(\[\])?>.*$/gm)].map((m) => m[1]);

const columnCast = new RegExp(
  `\\.(${[...new Set(jsonColumns)].join('|')})\\b[^;,'"\`]*?\\)?\\s+as\\s+([A-Z{(\\[]|(unknown|string|number|boolean|any)\\b)`,
);
const anySchema = /\bz\s*\.\s*(unknown|any)\s*\(\s*\)/;

const unknownSchemas = [];
const storedCasts = [];
for (const file of sourceFiles(serverDir)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (/^\s*(\*|\/\*)/.test(code)) return;
    const where = `${relative(root, file)}:${i + 1}: ${line.trim()}`;
    if (anySchema.test(code)) unknownSchemas.push(where);
    if (columnCast.test(code)) storedCasts.push(where);
  });
}

const report = [
  ['z.unknown()/z.any() in server schemas', unknownSchemas],
  ['Json<unknown> columns in db/schema.ts', unknownColumns.map((c) => `src/server/db/schema.ts: ${c}`)],
  ['`as` casts on stored JSON', storedCasts],
];
for (const [label, hits] of report) {
  console.log(`${String(hits.length).padStart(4)}  ${label}`);
  for (const hit of hits) console.log(`        ${hit}`);
}
console.log(
  `      (jsonb columns: ${parsedColumns} parsed on read with StoredJson<T>, ${trustedColumns} plain Json<string[] | number[]>)`,
);
if (report.some(([, hits]) => hits.length > 0)) {
  console.error('check-contracts: the typed contract is broken (see CONTRIBUTING.md).');
  process.exit(1);
}
