import { matchTableHeader, type TableHeader } from './columns.js';
import { bareNumber, nextTextIndex, type SourceLine } from './lines.js';
import { collapseSpaces, isAllCaps, romanToInt } from './text.js';
import type { PlanItemKind } from './types.js';
import { PARSE_WARNINGS } from './warnings.js';

/**
 * The lines that structure the appendix rather than belong to a row: part headings ("A CÁC CHỈ TIÊU …"),
 * domain headings ("III" / "LĨNH VỰC …" / "GIA"), page numbers and the end of the table. Part letters,
 * domain numerals and ordinals must follow their sequence, which is what tells a page number "16" from
 * row 16 and a domain "V" from a stray capital.
 */

export interface Scan {
  part: string | null;
  kind: PlanItemKind;
  domain: string | null;
  domainIndex: string | null;
  domainNo: number;
  /** Rows under the current heading carry ordinals. */
  numbered: boolean;
  lastOrdinal: number;
}

const END_OF_TABLE = /^(?:noi nhan|kt\. |tm\. |giam doc$|chu tich$|pho giam doc$)/;
const APPENDIX_TITLE = /^phu luc\b/;

export function isEndOfTable(line: SourceLine): boolean {
  return END_OF_TABLE.test(line.folded);
}

/** "PHỤ LỤC II": another appendix follows, with its own title lines and header. */
export function isAppendixTitle(line: SourceLine): boolean {
  return APPENDIX_TITLE.test(line.folded) && isAllCaps(line.text);
}

export function newScan(lines: readonly SourceLine[], header: TableHeader): Scan {
  const headerText = lines
    .slice(header.start, header.end + 1)
    .map((l) => l.folded)
    .join(' ');
  const indicators = /\bchi tieu\b/.test(headerText) && !/\bnhiem vu\b/.test(headerText);
  return {
    part: null,
    kind: indicators ? 'indicator' : 'task',
    domain: null,
    domainIndex: null,
    domainNo: 0,
    numbered: isNumbered(lines, header.end + 1),
    lastOrdinal: 0,
  };
}

export function followedByHeader(lines: readonly SourceLine[], i: number): boolean {
  const next = nextTextIndex(lines, i + 1);
  return next >= 0 && matchTableHeader(lines, next) !== null;
}

/** Ordinals run 1, 2, 3 … within a domain; a bare number off that sequence is a page number. */
export function acceptOrdinal(scan: Scan, n: number, warnings: string[], line: SourceLine): boolean {
  if (n === scan.lastOrdinal + 1) {
    scan.lastOrdinal = n;
    return true;
  }
  if (n > scan.lastOrdinal + 1 && n <= scan.lastOrdinal + 3) {
    warnings.push(PARSE_WARNINGS.ordinalJump(line.no, scan.lastOrdinal, n));
    scan.lastOrdinal = n;
    return true;
  }
  return false;
}

/** Whether the rows after line `from` carry ordinals: the first row line is "1". */
export function isNumbered(lines: readonly SourceLine[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.kind !== 'text') continue;
    const header = matchTableHeader(lines, i);
    if (header !== null) {
      i = header.end;
      continue;
    }
    if (bareNumber(line) !== null && followedByHeader(lines, i)) continue;
    return /^\s*1[.)]?(?:\s|$)/.test(line.raw);
  }
  return false;
}

export function matchPart(line: SourceLine, scan: Scan): { letter: string; kind: PlanItemKind } | null {
  const match = /^([A-Z])[.)]?\s+(\S.*)$/.exec(line.text);
  const letter = match?.[1];
  const title = match?.[2];
  if (letter === undefined || title === undefined || !isAllCaps(title)) return null;
  const expected = scan.part === null ? 'A' : String.fromCharCode(scan.part.charCodeAt(0) + 1);
  if (letter !== expected) return null;
  return { letter, kind: /\bchi tieu\b/.test(line.folded) ? 'indicator' : 'task' };
}

/** A domain heading: "II LĨNH VỰC VIỄN THÔNG", or "III" alone with the name on the next lines. */
export function matchDomain(
  lines: readonly SourceLine[],
  i: number,
  scan: Scan,
): { value: number; name: string; end: number } | null {
  const line = lines[i];
  const match = line === undefined ? null : /^([IVXLC]+)[.)]?(?:\s+(\S.*))?$/.exec(line.text);
  const value = romanToInt(match?.[1] ?? '');
  if (match === null || value === null || value !== scan.domainNo + 1) return null;
  const parts: string[] = [];
  let end = i;
  if (match[2] !== undefined) parts.push(match[2]);
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j];
    if (next === undefined || next.kind === 'spaces') break;
    if (next.kind === 'empty') continue;
    const header = matchTableHeader(lines, j) !== null;
    // An upper-case name wraps onto upper-case lines ("… CHUYỂN ĐỔI SỐ QUỐC" / "GIA").
    const continues =
      parts.length === 0
        ? bareNumber(next) === null && !header
        : isAllCaps(parts.join(' ')) && isAllCaps(next.text) && bareNumber(next) === null && !header;
    if (!continues) break;
    parts.push(next.text);
    end = j;
  }
  const name = collapseSpaces(parts.join(' '));
  return name === '' ? null : { value, name, end };
}
