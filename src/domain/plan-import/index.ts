import { parseAppendix } from './appendix-table.js';
import { matchTableHeader, type TableHeader } from './columns.js';
import { parseHeader } from './header.js';
import { readAttachmentLine, yearFromClues } from './plan-year.js';
import { isAllCaps } from './text.js';
import { toSourceLines, type SourceLine } from './lines.js';
import { parseRegimes } from './regimes.js';
import { parseSections } from './sections.js';
import type { PlanDocumentHeader, PlanItem, PlanParseResult } from './types.js';
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
  const doc = withYear(header.document, lines, table?.start ?? lines.length);
  if (doc.number === null) warnings.push(PARSE_WARNINGS.noNumber);
  if (doc.date === null) warnings.push(PARSE_WARNINGS.noDate);
  if (doc.title === null) warnings.push(PARSE_WARNINGS.noTitle);
  return { document: doc, legalBases: header.legalBases, sections, regimes, items, warnings };
}

/**
 * Completes the header from the lines above the table: the "(Kèm theo Kế hoạch số … ngày …)" line of an
 * appendix gives the number and date when the file has none of its own, and the plan's year is read from
 * the title, the date, a heading or that line (plan-year.ts).
 */
function withYear(header: PlanDocumentHeader, lines: readonly SourceLine[], end: number): PlanDocumentHeader {
  const document = { ...header };
  const above = lines.slice(0, end).filter((l) => l.kind === 'text');
  const attachment = above.map((l) => readAttachmentLine(l.text)).find((a) => a !== null) ?? null;
  const ownDate = document.date;
  if (attachment !== null && document.number === null && document.date === null) {
    document.number = attachment.number;
    const slash = attachment.number.indexOf('/');
    if (slash >= 0 && slash < attachment.number.length - 1)
      document.symbol = attachment.number.slice(slash + 1);
    document.date = attachment.date;
  }
  const found = yearFromClues({
    title: document.title,
    date: ownDate,
    headings: above.filter((l) => isAllCaps(l.text)).map((l) => l.text),
    attachmentDate: attachment?.date ?? null,
  });
  document.year = found?.year ?? null;
  if (found !== null) document.yearSource = found.source;
  return document;
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
