import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExpectedReading } from '../../../../test/fixtures/pdf-plans.js';
import {
  DOCUMENT_FIELDS,
  ITEM_FIELDS,
  scoreReading,
  type ReadingScore,
} from '../../../../test/support/plan-reading-score.js';
import { readPlanDocument } from './index.js';

/**
 * The PDF plans of the layout corpus (test/fixtures/plans/pdf-*.pdf, made by
 * test/fixtures/generate-pdf-plans.ts) read field by field against their expected readings. Prints the
 * accuracy per field over the corpus; fails below 98 % on any field, or on any missing or extra row.
 */

const folder = path.resolve(import.meta.dirname, '../../../../test/fixtures/plans');
const names = readdirSync(folder)
  .filter((f) => /^pdf-.*\.pdf$/.test(f))
  .sort();

describe('PDF layout corpus', () => {
  it('has the PDF layouts', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it('reads every PDF plan at 98 % or better on every field', async () => {
    const scores: [string, ReadingScore][] = [];
    for (const name of names) {
      const expected = JSON.parse(
        readFileSync(path.join(folder, name.replace(/\.pdf$/, '.expected.json')), 'utf8'),
      ) as ExpectedReading;
      const result = await readPlanDocument(readFileSync(path.join(folder, name)), name);
      scores.push([name, scoreReading(expected, result)]);
    }
    const rows = scores.reduce((n, [, s]) => n + s.rows, 0);
    const fields = [...ITEM_FIELDS, ...DOCUMENT_FIELDS.map((f) => `document.${f}`)];
    const table = fields.map((field) => {
      const total = field.startsWith('document.') ? scores.length : rows;
      const right = scores.reduce((n, [, s]) => n + (s.right[field] ?? 0), 0);
      return { field, right, total, percent: Math.round((1000 * right) / total) / 10 };
    });
    console.log(
      `PDF corpus: ${scores.length} files, ${rows} rows\n` +
        table
          .map((t) => `  ${t.field.padEnd(22)} ${String(t.right).padStart(4)}/${t.total}  ${t.percent} %`)
          .join('\n'),
    );
    const misses = scores.flatMap(([name, s]) => [
      ...(s.missing > 0 ? [`${name}: ${s.missing} rows missing`] : []),
      ...(s.extra > 0 ? [`${name}: ${s.extra} extra rows`] : []),
      ...s.misses.map((m) => `${name} ${m}`),
    ]);
    if (misses.length > 0) console.log(misses.slice(0, 60).join('\n'));
    expect(scores.filter(([, s]) => s.missing > 0 || s.extra > 0).map(([n]) => n)).toEqual([]);
    expect(table.filter((t) => t.percent < 98).map((t) => t.field)).toEqual([]);
  });
});
