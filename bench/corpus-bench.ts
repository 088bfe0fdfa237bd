import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPlanDocument } from '../src/server/plans/readers/index.js';
import { corpusFiles, scoreReading, accuracy, type CorpusScore } from '../test/support/plan-corpus.js';
import { measure, type BenchResult } from './harness.js';

/**
 * Reading the whole plan corpus (test/fixtures/plans/) through the real readers, warm: every DOCX, XLSX
 * and PDF layout once per run. The note carries the lowest field accuracy of the last run.
 */
export async function corpusBench(): Promise<BenchResult> {
  const files = corpusFiles().map((f) => ({
    ...f,
    buffer: readFileSync(f.file),
    filename: path.basename(f.file),
  }));
  let score: CorpusScore = { fields: {}, files: [] };
  const result = await measure(
    `read the whole plan corpus (${String(files.length)} files)`,
    async () => {
      score = { fields: {}, files: [] };
      for (const file of files) {
        const parsed = await readPlanDocument(file.buffer, file.filename);
        score.files.push(scoreReading(file.name, file.expected, parsed, score.fields));
      }
    },
    { runs: 5, warmup: 1 },
  );
  const lowest = Math.min(...Object.values(score.fields).map(accuracy));
  return { ...result, note: `lowest field accuracy ${(lowest * 100).toFixed(1)} %` };
}
