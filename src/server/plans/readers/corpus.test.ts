import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accuracy,
  corpusFiles,
  formatScore,
  scoreReading,
  type CorpusScore,
} from '../../../../test/support/plan-corpus.js';
import { readPlanDocument } from './index.js';

/**
 * The plan corpus (test/fixtures/plans/): documents laid out the way other provinces write them, each
 * with its authored reading. Every field must be right on at least 98 % of the rows, and no row may be
 * missing or extra.
 */

const MIN_ACCURACY = 0.98;
const files = corpusFiles();

describe('plan corpus', () => {
  it('has documents of every format the corpus is built from', () => {
    const formats = new Set(files.map((f) => path.extname(f.file)));
    expect(formats.has('.docx') && formats.has('.xlsx')).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it('reads every document field by field at 98 % or better', { timeout: 60_000 }, async () => {
    const score: CorpusScore = { fields: {}, files: [] };
    for (const file of files) {
      const parsed = await readPlanDocument(readFileSync(file.file), path.basename(file.file));
      score.files.push(scoreReading(file.name, file.expected, parsed, score.fields));
    }
    const report = formatScore(score);
    process.stdout.write(`\nPlan corpus, ${String(files.length)} documents:\n${report}\n`);
    const low = Object.entries(score.fields).filter(([, s]) => accuracy(s) < MIN_ACCURACY);
    expect(
      low.map(([field]) => field),
      report,
    ).toEqual([]);
    expect(
      score.files.flatMap((f) => f.missing.map((m) => `${f.name}: ${m}`)),
      report,
    ).toEqual([]);
    expect(
      score.files.flatMap((f) => f.extra.map((m) => `${f.name}: ${m}`)),
      report,
    ).toEqual([]);
  });
});
