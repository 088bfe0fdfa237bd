import { parseAppendix } from './appendix-table.js';
import { matchTableHeader, type TableHeader } from './columns.js';
import { parseHeader } from './header.js';
import { toSourceLines, type SourceLine } from './lines.js';
import { parseRegimes } from './regimes.js';
import { parseSections } from './sections.js';
import type { PlanItem, PlanParseResult } from './types.js';
import { PARSE_WARNINGS } from './warnings.js';

export { foldVietnamese } from './text.js';
export type * from './types.js';

/**
 * Reads a plan (Kế hoạch) from text extracted from its PDF: the header, legal bases, sections, reporting
 * regimes and the appendix table of indicators and tasks. Pure: the caller does the file and PDF work.
 */
export function parsePlanText(text: string): PlanParseResult {
  const lines = toSourceLines(text);
  const table = findTable(lines);
  const bodyEnd = findBodyEnd(lines, table);
  const warnings: string[] = [];

  const header = parseHeader(lines, bodyEnd);
  const { sections, paragraphs } = parseSections(lines, header.end, bodyEnd);
  const regimes = parseRegimes(sections, paragraphs);

  let items: PlanItem[] = [];
  if (table === null) warnings.push(PARSE_WARNINGS.noTable);
  else {
    const appendix = parseAppendix(lines, table);
    items = appendix.items;
    warnings.push(...appendix.warnings);
  }
  const doc = header.document;
  if (doc.number === null) warnings.push(PARSE_WARNINGS.noNumber);
  if (doc.date === null) warnings.push(PARSE_WARNINGS.noDate);
  if (doc.title === null) warnings.push(PARSE_WARNINGS.noTitle);
  return { document: doc, legalBases: header.legalBases, sections, regimes, items, warnings };
}

function findTable(lines: readonly SourceLine[]): TableHeader | null {
  for (let i = 0; i < lines.length; i++) {
    const header = matchTableHeader(lines, i);
    if (header !== null) return header;
  }
  return null;
}

/** The body ends at the distribution list, the appendix title or the table, whichever comes first. */
function findBodyEnd(lines: readonly SourceLine[], table: TableHeader | null): number {
  const limit = table?.start ?? lines.length;
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (line?.kind !== 'text') continue;
    const folded = line.folded;
    if (/^noi nhan\b/.test(folded) || /^phu luc\b/.test(folded)) return i;
  }
  return limit;
}
