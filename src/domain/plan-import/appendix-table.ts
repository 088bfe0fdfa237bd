import { sectionKind } from './section-kind.js';
import { matchTableHeader, type TableHeader } from './columns.js';
import { bareNumber, type SourceLine } from './lines.js';
import { layoutOf, parseRowCells, type RowEntry, type TableLayout } from './row-tail.js';
import {
  acceptOrdinal,
  followedByHeader,
  isAppendixTitle,
  isEndOfTable,
  isNumbered,
  matchDomain,
  matchPart,
  newScan,
  type Scan,
} from './structure.js';
import { isTimeStart } from './time-cell.js';
import { collapseSpaces, intToRoman } from './text.js';
import type { PlanItem, PlanItemKind } from './types.js';
import { unitLine } from './units.js';
import { PARSE_WARNINGS } from './warnings.js';

/**
 * Assembles the appendix table (part A chỉ tiêu, part B nhiệm vụ, grouped by lĩnh vực) into rows. Rows are
 * delimited first (ordinals, blank-cell lines, part and domain headings), then each row's lines are split
 * into cells by row-tail.ts. Repeated headers and page numbers are dropped but remembered as page breaks,
 * because a row broken across a page continues after them.
 */

interface Block {
  part: string | null;
  kind: PlanItemKind;
  domain: string | null;
  domainIndex: string | null;
  ordinal: string | null;
  subOrdinal: number | null;
  /** Line of the printed ordinal, which may stand alone above the row's first content line. */
  startLine: number | null;
  layout: TableLayout;
  entries: RowEntry[];
  subRows: Block[];
}

const ORDINAL_LINE = /^\s*(\d{1,3})[.)]?\s+(\S.*)$/;
// "2.1 …" under row 2.
const SUB_ORDINAL_LINE = /^\s*(\d{1,3})\.(\d{1,2})\.?(?:\s+(\S.*))?$/;
// A dash or en dash that wraps a range ("90" / "– 95%") is not a bullet, so bullets must lead a capital.
const BULLET_LINE = /^\s*[-•+]\s*([\p{Lu}].*)$/u;

export interface AppendixResult {
  items: PlanItem[];
  warnings: string[];
}

export function parseAppendix(lines: readonly SourceLine[], header: TableHeader): AppendixResult {
  const warnings: string[] = [];
  const blocks: Block[] = [];
  let layout = layoutOf(header.columns);
  let scan: Scan = newScan(lines, header);
  // One mutable cursor, because the helpers below move it.
  const at: { current: Block | null; sub: Block | null; pendingBreak: boolean } = {
    current: null,
    sub: null,
    pendingBreak: false,
  };
  let pendingGap = false;
  let awaitingHeader = false;

  const block = (ordinal: string | null, subOrdinal: number | null, line: SourceLine): Block => ({
    part: scan.part,
    kind: scan.kind,
    domain: scan.domain,
    domainIndex: scan.domainIndex,
    ordinal,
    subOrdinal,
    startLine: line.no,
    layout,
    entries: [],
    subRows: [],
  });
  const open = (ordinal: number | null, line: SourceLine): Block => {
    const row = block(ordinal === null ? null : String(ordinal), null, line);
    blocks.push(row);
    at.current = row;
    at.sub = null;
    at.pendingBreak = false;
    return row;
  };
  const openSub = (parent: Block, subOrdinal: number, line: SourceLine): Block => {
    const row = block(parent.ordinal, subOrdinal, line);
    parent.subRows.push(row);
    at.sub = row;
    at.pendingBreak = false;
    return row;
  };
  const close = (): void => {
    at.current = null;
    at.sub = null;
  };
  const push = (row: Block | null, line: SourceLine, text: string): void => {
    if (row === null) {
      warnings.push(PARSE_WARNINGS.outsideRow(line.no, collapseSpaces(text)));
      return;
    }
    if (at.pendingBreak && row.entries.length > 0) row.entries.push({ kind: 'break' });
    at.pendingBreak = false;
    const first = !row.entries.some((e) => e.kind === 'text');
    row.entries.push({
      kind: 'text',
      no: line.no,
      text: text.trim(),
      leadingSpace: line.leadingSpace,
      first,
    });
  };

  for (let i = header.end + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.kind === 'empty') continue;
    if (line.kind === 'spaces') {
      pendingGap = true;
      continue;
    }
    if (line.pageStart) at.pendingBreak = true;
    const repeated = matchTableHeader(lines, i);
    if (repeated !== null) {
      // The header of a further appendix sets up its own columns and numbering.
      if (awaitingHeader) {
        layout = layoutOf(repeated.columns);
        scan = newScan(lines, repeated);
        awaitingHeader = false;
      }
      at.pendingBreak = true;
      i = repeated.end;
      continue;
    }
    if (isEndOfTable(line)) break;
    if (isAppendixTitle(line)) {
      close();
      awaitingHeader = true;
    }
    if (awaitingHeader) continue;
    const gap = pendingGap;
    pendingGap = false;

    const number = bareNumber(line);
    if (number !== null) {
      if (!scan.numbered || followedByHeader(lines, i) || !acceptOrdinal(scan, number, warnings, line)) {
        at.pendingBreak = true; // a page number
        continue;
      }
      open(number, line);
      continue;
    }
    const part = matchPart(line, scan);
    if (part !== null) {
      scan = { ...scan, part: part.letter, kind: part.kind, domain: null, domainIndex: null, domainNo: 0 };
      scan.lastOrdinal = 0;
      scan.numbered = isNumbered(lines, i + 1);
      close();
      continue;
    }
    const domain = matchDomain(lines, i, scan);
    if (domain !== null) {
      scan = {
        ...scan,
        kind: sectionKind(domain.name) ?? scan.kind,
        domain: domain.name,
        domainIndex: intToRoman(domain.value),
        domainNo: domain.value,
      };
      scan.lastOrdinal = 0;
      scan.numbered = isNumbered(lines, domain.end + 1);
      close();
      i = domain.end;
      continue;
    }
    const ordinal = ORDINAL_LINE.exec(line.raw);
    if (
      scan.numbered &&
      ordinal !== null &&
      Number(ordinal[1]) === scan.lastOrdinal + 1 &&
      /^[\p{Lu}“"(]/u.test(ordinal[2] ?? '')
    ) {
      scan.lastOrdinal += 1;
      push(open(scan.lastOrdinal, line), line, ordinal[2] ?? '');
      continue;
    }
    const parent = at.current;
    const subOrdinal = SUB_ORDINAL_LINE.exec(line.raw);
    if (
      subOrdinal !== null &&
      parent !== null &&
      parent.ordinal === subOrdinal[1] &&
      Number(subOrdinal[2]) === parent.subRows.length + 1
    ) {
      const row = openSub(parent, parent.subRows.length + 1, line);
      if (subOrdinal[3] !== undefined) push(row, line, subOrdinal[3]);
      continue;
    }
    const bullet = BULLET_LINE.exec(line.raw);
    if (bullet !== null && scan.numbered && parent !== null && parent.ordinal !== null) {
      push(openSub(parent, parent.subRows.length + 1, line), line, bullet[1] ?? '');
      continue;
    }
    if (
      !scan.numbered &&
      (parent === null || startsUnnumberedRow(line, gap, bullet !== null, at.pendingBreak, parent))
    ) {
      push(open(null, line), line, bullet?.[1] ?? line.text);
      continue;
    }
    push(at.sub ?? parent, line, line.raw);
  }
  return { items: blocks.flatMap((row) => itemsOf(row)), warnings };
}

/**
 * Without ordinals, a row starts after a blank-cell line, on a line led by a blank cell, or on a capitalised
 * line once the previous row has its time cell (unless a page break just passed: that row may continue).
 */
function startsUnnumberedRow(
  line: SourceLine,
  afterGap: boolean,
  bullet: boolean,
  afterBreak: boolean,
  previous: Block,
): boolean {
  if (bullet) return true;
  const contentLike = !isTimeStart(line.text) && unitLine(line.text) === null;
  if (!contentLike) return false;
  const capitalised = /^[\p{Lu}\d“"(]/u.test(line.text);
  if (afterGap || (line.leadingSpace && capitalised)) return true;
  return capitalised && !afterBreak && parseRowCells(previous.entries, previous.layout).time !== '';
}

function itemsOf(block: Block): PlanItem[] {
  const layout = block.layout;
  if (block.subRows.length > 0) {
    const firstSub = block.subRows[0];
    const subCells = firstSub === undefined ? null : parseRowCells(firstSub.entries, layout);
    const subRowsHaveCells = subCells !== null && (subCells.lead.length > 0 || subCells.time !== '');
    if (subRowsHaveCells) {
      return [toItem(block, layout, true), ...block.subRows.map((row) => toItem(row, layout, false))];
    }
    // Bullets inside one content cell, not rows of their own.
    const merged = block.subRows.flatMap((row) =>
      row.entries.map((e, k) =>
        k === 0 && e.kind === 'text' ? { ...e, text: `- ${e.text}`, first: false } : e,
      ),
    );
    return [toItem({ ...block, entries: [...block.entries, ...merged], subRows: [] }, layout, false)];
  }
  return [toItem(block, layout, false)];
}

function toItem(block: Block, layout: TableLayout, hasSubRows: boolean): PlanItem {
  const cells = parseRowCells(block.entries, layout);
  const texts = block.entries.flatMap((e) => (e.kind === 'text' ? [e.no] : []));
  const warnings = [...cells.warnings];
  if (!hasSubRows) {
    if (cells.lead.length === 0) warnings.push(PARSE_WARNINGS.noLead);
    if (cells.time === '') warnings.push(PARSE_WARNINGS.blankTimeframe);
  }
  for (const unit of cells.lead) {
    if (cells.coordinators.includes(unit)) warnings.push(PARSE_WARNINGS.leadAlsoCoordinator(unit));
  }
  if (cells.content === '') warnings.push(PARSE_WARNINGS.emptyContent);
  return {
    kind: block.kind,
    part: block.part,
    domain: block.domain,
    domainIndex: block.domainIndex,
    ordinal: block.ordinal,
    subOrdinal: block.subOrdinal,
    // The text layout only takes "2.1" rows in sequence and "- " bullets, so the label is the position.
    subLabel: block.subOrdinal === null ? null : String(block.subOrdinal),
    content: cells.content,
    lead: cells.lead,
    coordinators: cells.coordinators,
    timeframeRaw: cells.time,
    output: cells.output,
    lines: [block.startLine ?? texts[0] ?? 0, texts[texts.length - 1] ?? block.startLine ?? 0],
    warnings,
  };
}
