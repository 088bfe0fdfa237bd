import { readPlanDocument } from '../src/server/plans/readers/index.js';
import { multiPageFixture } from '../test/fixtures/pdf-plan-corpus-long.js';
import { expectedReading, toSpec, type ExpectedReading } from '../test/fixtures/pdf-plans.js';
import { accuracy, scoreReading, type FieldScore } from '../test/support/plan-corpus.js';
import { writePlanPdf } from '../test/support/pdf-plan-writer.js';
import { measure, type BenchResult } from './harness.js';

/**
 * PDF reading: a 40-page bordered plan (the corpus's multi-page layout, drawn here with pdfkit: repeated
 * headers, wrapped unit and date cells, parent rows with sub-rows) parsed warm from its bytes, with how many
 * of its rows come out exactly as written. (The whole layout corpus has a bench of its own.)
 */

const PAGES = 40;

async function fortyPagePdf(): Promise<{ bytes: Buffer; pages: number; expected: ExpectedReading }> {
  // About nine entries a page: grow the plan until it fills the pages.
  for (let domains = 24; ; domains += 1) {
    const fixture = multiPageFixture('bench', domains, 8);
    const bytes = await writePlanPdf(toSpec(fixture));
    const pages = (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    if (pages >= PAGES) return { bytes, pages, expected: expectedReading(fixture) };
  }
}

export async function pdfBenches(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const { bytes, pages, expected } = await fortyPagePdf();
  // Scored by the corpus test's own scorer: how right the 40-page reading is, field by field.
  const fields: Record<string, FieldScore> = {};
  const score = scoreReading('bench', expected, await readPlanDocument(bytes, 'bench.pdf'), fields);
  const lowest = Math.min(...Object.values(fields).map(accuracy));
  const rows = `${expected.items.length - score.missing.length}/${expected.items.length} rows found`;
  results.push(
    await measure(
      `parse a ${pages}-page bordered PDF plan (warm)`,
      () => readPlanDocument(bytes, 'bench.pdf'),
      {
        runs: 5,
        warmup: 1,
        target: '< 1000 ms',
        note: `${rows}, lowest field accuracy ${(lowest * 100).toFixed(1)} %, ${Math.round(bytes.length / 1024)} KiB`,
      },
    ),
  );
  return results;
}
