import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanItem, PlanParseResult } from '../../src/domain/plan-import/types.js';
import { resolvePlanYear } from '../../src/domain/plan-import/plan-year.js';
import { foldVietnamese } from '../../src/domain/text/fold.js';
import { normalizeTimeframe } from '../../src/domain/timeframe/index.js';
import type { ExpectedItem, ExpectedReading, RegimeExpectation } from '../corpus/plans/model.js';

/**
 * Scores plan readings against the corpus in test/fixtures/plans/: every `<name>.<ext>` that has a
 * `<name>.expected.json` beside it (DOCX, XLSX, PDF, TXT). Rows are paired by content, so a missing or an
 * extra row is reported as such instead of shifting every row after it.
 */

export const PLAN_CORPUS_DIR = path.resolve(import.meta.dirname, '../fixtures/plans');
const EXTENSIONS = ['.docx', '.xlsx', '.pdf', '.txt'];

export interface CorpusFile {
  name: string;
  file: string;
  expected: ExpectedReading;
}

export function corpusFiles(dir = PLAN_CORPUS_DIR): CorpusFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => EXTENSIONS.includes(path.extname(f).toLowerCase()))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -path.extname(f).length);
      const expectedPath = path.join(dir, `${name}.expected.json`);
      if (!existsSync(expectedPath)) return [];
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedReading;
      return [{ name, file: path.join(dir, f), expected }];
    });
}

export const ITEM_FIELDS = [
  'kind',
  'ordinal',
  'subOrdinal',
  'content',
  'lead',
  'coordinators',
  'timeframe',
  'dueDates',
  'domain',
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];
const DOCUMENT_FIELDS = ['number', 'date', 'agency', 'parentAgency', 'title', 'year'] as const;

export interface FieldScore {
  right: number;
  total: number;
}

export interface FileScore {
  name: string;
  missing: string[];
  extra: string[];
  /** Field name → wrong values, "expected ≠ actual", for the report. */
  errors: string[];
}

export interface CorpusScore {
  fields: Record<string, FieldScore>;
  files: FileScore[];
}

const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const normList = (list: readonly string[]): string => JSON.stringify(list.map(norm));

/** What the reader says for one field of one row, in the expected file's terms. */
function actualField(item: PlanItem, field: ItemField, year: number): string {
  switch (field) {
    case 'subOrdinal':
      return norm(item.subLabel);
    case 'lead':
      return normList(item.lead);
    case 'coordinators':
      return normList(item.coordinators);
    case 'timeframe':
      return norm(item.timeframeRaw);
    case 'dueDates':
      return JSON.stringify(normalizeTimeframe(item.timeframeRaw, { planYear: year }).dueDates);
    default:
      return norm(item[field]);
  }
}

function expectedField(item: ExpectedItem, field: ItemField): string {
  switch (field) {
    case 'lead':
    case 'coordinators':
      return normList(item[field]);
    case 'dueDates':
      return JSON.stringify(item.dueDates);
    default:
      return norm(item[field]);
  }
}

function regimeMatches(expected: RegimeExpectation, parsed: PlanParseResult['regimes']): boolean {
  return parsed.some(
    (r) =>
      r.frequency === expected.frequency &&
      norm(r.recipient) === norm(expected.recipient) &&
      Object.entries(expected.deadline).every(
        ([key, value]) => (r.deadline as unknown as Record<string, unknown>)[key] === value,
      ),
  );
}

/** Pairs expected rows with read rows by folded content, in order. */
function pairRows(
  expected: readonly ExpectedItem[],
  actual: readonly PlanItem[],
): { pairs: [ExpectedItem, PlanItem][]; missing: ExpectedItem[]; extra: PlanItem[] } {
  const used = new Set<number>();
  const pairs: [ExpectedItem, PlanItem][] = [];
  const missing: ExpectedItem[] = [];
  let from = 0;
  for (const want of expected) {
    const key = foldVietnamese(want.content);
    let at = actual.findIndex((item, k) => k >= from && !used.has(k) && foldVietnamese(item.content) === key);
    if (at < 0) at = actual.findIndex((item, k) => !used.has(k) && foldVietnamese(item.content) === key);
    const got = at < 0 ? undefined : actual[at];
    if (got === undefined) {
      missing.push(want);
      continue;
    }
    used.add(at);
    from = at + 1;
    pairs.push([want, got]);
  }
  return { pairs, missing, extra: actual.filter((_, k) => !used.has(k)) };
}

/** Scores one reading against its expected file, adding to the running field totals. */
export function scoreReading(
  name: string,
  expected: ExpectedReading,
  parsed: PlanParseResult,
  fields: Record<string, FieldScore>,
): FileScore {
  const add = (field: string, ok: boolean): void => {
    const score = (fields[field] ??= { right: 0, total: 0 });
    score.total += 1;
    if (ok) score.right += 1;
  };
  const errors: string[] = [];
  const year = resolvePlanYear(parsed.document, { currentYear: 0 }).year;
  for (const field of DOCUMENT_FIELDS) {
    const want = expected.document[field];
    const got = field === 'year' ? year : parsed.document[field];
    const ok = norm(String(want)) === norm(String(got));
    add('document', ok);
    if (!ok) errors.push(`document.${field}: ${String(want)} ≠ ${String(got)}`);
  }
  for (const regime of expected.regimes) {
    const ok = regimeMatches(regime, parsed.regimes);
    add('regimes', ok);
    if (!ok) errors.push(`regime ${regime.frequency} not read`);
  }
  if (parsed.regimes.length > expected.regimes.length) {
    errors.push(`${String(parsed.regimes.length - expected.regimes.length)} extra regime(s)`);
    for (let k = expected.regimes.length; k < parsed.regimes.length; k++) add('regimes', false);
  }

  const { pairs, missing, extra } = pairRows(expected.items, parsed.items);
  for (const [want, got] of pairs) {
    for (const field of ITEM_FIELDS) {
      const ok = expectedField(want, field) === actualField(got, field, year);
      add(field, ok);
      if (!ok)
        errors.push(
          `"${want.content.slice(0, 40)}" ${field}: ${expectedField(want, field)} ≠ ${actualField(got, field, year)}`,
        );
    }
  }
  for (let k = 0; k < missing.length; k++) for (const field of ITEM_FIELDS) add(field, false);
  return {
    name,
    missing: missing.map((m) => m.content),
    extra: extra.map((e) => e.content),
    errors,
  };
}

/** The accuracy table printed by the corpus test and the bench. */
export function formatScore(score: CorpusScore): string {
  const lines = ['field            right / total   accuracy'];
  for (const [field, { right, total }] of Object.entries(score.fields)) {
    const pct = total === 0 ? 100 : (100 * right) / total;
    lines.push(
      `${field.padEnd(16)} ${String(right).padStart(5)} / ${String(total).padEnd(7)} ${pct.toFixed(1)} %`,
    );
  }
  for (const file of score.files) {
    if (file.missing.length + file.extra.length + file.errors.length === 0) continue;
    lines.push(`${file.name}:`);
    for (const m of file.missing) lines.push(`  missing row: ${m}`);
    for (const e of file.extra) lines.push(`  extra row: ${e}`);
    for (const e of file.errors) lines.push(`  ${e}`);
  }
  return lines.join('\n');
}

export function accuracy({ right, total }: FieldScore): number {
  return total === 0 ? 1 : right / total;
}
