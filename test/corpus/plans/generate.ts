import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';
import { DOCX_DOCUMENTS } from './documents-docx.js';
import { XLSX_DOCUMENTS } from './documents-xlsx.js';
import { expectedReading, type CorpusDocument } from './model.js';
import { renderDocx } from './render-docx.js';
import { renderXlsx } from './render-xlsx.js';

/**
 * Writes the DOCX and XLSX documents of the plan corpus and their expected readings into
 * test/fixtures/plans/ (`npm run corpus:plans`). The fixtures are committed; run this after changing a
 * document description and commit both.
 */

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../fixtures/plans');
export const CORPUS_DOCUMENTS: CorpusDocument[] = [...DOCX_DOCUMENTS, ...XLSX_DOCUMENTS];

async function generate(doc: CorpusDocument): Promise<void> {
  const buffer = doc.format === 'docx' ? await renderDocx(doc) : await renderXlsx(doc);
  await writeFile(path.join(CORPUS_DIR, `${doc.name}.${doc.format}`), buffer);
  const json = await format(JSON.stringify(expectedReading(doc)), { parser: 'json', printWidth: 110 });
  await writeFile(path.join(CORPUS_DIR, `${doc.name}.expected.json`), json);
}

for (const doc of CORPUS_DOCUMENTS) {
  await generate(doc);
  process.stdout.write(`${doc.name}.${doc.format}: ${doc.covers}\n`);
}
