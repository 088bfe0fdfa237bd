import type { ColumnKind } from './columns.js';
import {
  findGridHeader,
  isBlankRow,
  isNumberingRow,
  isRepeatedHeader,
  type GridHeader,
  type PlanGridOptions,
} from './grid-header.js';
import { collapseSpaces, foldVietnamese, isAllCaps, joinWrapped, romanToInt } from './text.js';
import type { PlanItem, PlanItemKind } from './types.js';
import { sectionKind } from './section-kind.js';
import { UnitCells } from './units.js';
import { PARSE_WARNINGS } from './warnings.js';

export { findGridHeader, headerCellKind, type GridHeader, type PlanGridOptions } from './grid-header.js';

/**
 * Reads the appendix table of a plan from a real grid of cells (a Word table, a spreadsheet, or a PDF table
 * rebuilt from text positions). Unlike the text reader there is no guessing where a cell ends: each row is
 * one table row, so the work is finding the header, the group rows (parts and domains) and the sub-rows.
 *
 * Cell conventions, set by the readers: a cell holds its paragraphs (or wrapped lines) separated by "\n"; a
 * cell covered by a horizontal merge is ''; a cell covered by a vertical merge is '' and is reported through
 * `isMergedWithAbove`, so unit and time cells shared by several rows apply to each of them.
 */

export interface PlanGridResult {
  items: PlanItem[];
  warnings: string[];
  header: GridHeader | null;
}

/**
 * Units of one unit cell. Each paragraph (line) is read with the unit reader, which also joins names
 * wrapped over lines ("Văn" / "phòng"); a cell it cannot read ("UBND các huyện, thành phố") is split on
 * ";", "," and line breaks, keeping a lower-case piece with the unit before it.
 */
export function splitUnitCell(text: string): string[] {
  const lines = joinContinuedLines(
    text
      .split('\n')
      .map((l) => collapseSpaces(l))
      .filter((l) => l !== ''),
  );
  if (lines.length === 0) return [];
  const cells = new UnitCells();
  if (lines.every((line) => cells.addLine(line))) {
    const units = cells.cells.flat().map(cleanUnit);
    if (units.every((u) => u !== '')) return units.flatMap(splitOnAnd);
  }
  // Lines that start in lower case continue the line above (a wrapped name).
  const pieces: string[] = [];
  for (const line of lines) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && /^\p{Ll}/u.test(line) && !/[;,]$/.test(last))
      pieces[pieces.length - 1] = `${last} ${line}`;
    else pieces.push(line);
  }
  const units: string[] = [];
  for (const piece of pieces) {
    for (const group of piece.split(';')) {
      const parts: string[] = [];
      for (const part of group.split(',')) {
        const unit = cleanUnit(part);
        if (unit === '') continue;
        const prev = parts[parts.length - 1];
        // "UBND các huyện, thành phố" and "Các Cục, Vụ" name one collective, not two units.
        const continues = /^\p{Ll}/u.test(unit) || (/^Các\s/u.test(prev ?? '') && !/\s/.test(unit));
        if (prev !== undefined && continues) parts[parts.length - 1] = `${prev}, ${unit}`;
        else parts.push(unit);
      }
      units.push(...parts);
    }
  }
  return units.flatMap(splitOnAnd);
}

/**
 * Lines of a cell broken inside one name: after a dash, "&" or "và" ("Phòng Kế hoạch -" / "Tài chính"),
 * before a lone unit word ("Văn phòng" / "Sở") or a remark in brackets ("(chủ trì)").
 */
function joinContinuedLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const continues =
      last !== undefined &&
      (/(?:[-–&]|\svà)$/u.test(last) || /^(?:Sở|Tỉnh|tỉnh|Phòng)[,;]?$/u.test(line) || /^\(/.test(line));
    if (continues) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

// Unit words that start a second unit after "và": "Văn phòng Sở và Thanh tra Sở". A name that merely
// contains "và" ("Sở Kế hoạch và Đầu tư", "Trung tâm … và Truyền thông") goes on with an ordinary word.
const UNIT_AFTER_AND =
  /\s+và\s+(?=(?:Văn phòng|Phòng|Thanh tra|Trung tâm|Chi cục|Ban|Sở|Cục|Vụ|UBND|Ủy ban|Công an)\s+\S)/u;

function splitOnAnd(unit: string): string[] {
  const head = /^(?:Văn phòng|Phòng|Thanh tra|Trung tâm|Chi cục|Ban|Sở|Cục|Vụ|UBND|Ủy ban|Công an)(?=\s)/u;
  if (!head.test(unit)) return [unit];
  return unit.split(UNIT_AFTER_AND).map((u) => u.trim());
}

function cleanUnit(text: string): string {
  return (
    collapseSpaces(text)
      .replace(/^[-–•+]\s*/, '')
      // "(chủ trì)" says the unit's role, which its column already says.
      .replace(/\s*\((?:chủ trì|phối hợp|đầu mối|thường trực)\)$/iu, '')
      .replace(/[.;,]+$/, '')
      .trim()
  );
}

function joinCell(text: string): string {
  return joinWrapped(text.split('\n'));
}

interface GroupLabel {
  kind: 'part' | 'domain';
  letter: string;
  title: string;
}

const PART_OR_DOMAIN = /^([A-Z]|[IVXLC]+|\d{1,2})\s*[.):]?\s+(\S.*)$/su;
const BULLET = /^[-–•+*]\s*(?=[\p{L}\d“"(])/u;
const SUB_ORDINAL_CELL = /^(?:[-–•+*]|([a-zđ])[.)])$/u;
// "a) Diễn tập …" in the content cell of a row whose STT cell is empty.
const LETTER_IN_CONTENT = /^([a-zđ])\)\s+(?=\S)/u;
const ORDINAL_CELL = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?$/;
const END_OF_TABLE = /^(?:noi nhan\b|kt\. |tm\. |giam doc$|chu tich$|pho giam doc$)/;

interface Scan {
  part: string | null;
  kind: PlanItemKind;
  domain: string | null;
  domainIndex: string | null;
}

/** Reads a group row label ("A. CÁC CHỈ TIÊU…", "I | LĨNH VỰC BƯU CHÍNH") as a part or a domain. */
function groupLabel(label: string, scan: Scan): GroupLabel | null {
  const match = PART_OR_DOMAIN.exec(label);
  const head = match?.[1];
  const title = collapseSpaces(match?.[2] ?? '');
  if (head === undefined || title === '') return null;
  const foldedTitle = foldVietnamese(title);
  // "1. LĨNH VỰC CHÍNH QUYỀN SỐ" merged over the row: an Arabic-numbered domain heading.
  if (/^\d+$/.test(head)) return isAllCaps(title) ? { kind: 'domain', letter: head, title } : null;
  const isRoman = romanToInt(head) !== null;
  const expectedPart = scan.part === null ? 'A' : String.fromCharCode(scan.part.charCodeAt(0) + 1);
  const partLike = isAllCaps(title) || /^(?:cac )?(?:chi tieu|nhiem vu)\b/.test(foldedTitle);
  if (
    head.length === 1 &&
    !/^linh vuc\b/.test(foldedTitle) &&
    partLike &&
    (head === expectedPart || !isRoman)
  ) {
    return { kind: 'part', letter: head, title };
  }
  if (isRoman) return { kind: 'domain', letter: head, title };
  return null;
}

interface RowCells {
  ordinal: string;
  content: string;
  lead: string;
  coord: string;
  time: string;
  output: string;
  /** Every filled cell of the row, in column order, including unknown columns. */
  filled: string[];
}

/**
 * Reads a plan's appendix table from rows of cells. Pure: the readers for Word, Excel and PDF do the file
 * work and hand over the grid.
 */
export function parsePlanGrid(
  rows: readonly (readonly string[])[],
  options: PlanGridOptions = {},
): PlanGridResult {
  const header = findGridHeader(rows, options);
  if (header === null) {
    return { items: [], warnings: ['no table header with content and unit columns was found'], header: null };
  }
  const warnings: string[] = [];
  const items: PlanItem[] = [];
  const columnOf = (kind: ColumnKind): number => header.columns.indexOf(kind);
  const contentHeader = foldVietnamese(
    rows
      .slice(header.row, header.end + 1)
      .map((row) => row[columnOf('content')] ?? '')
      .join(' '),
  );
  const scan: Scan = {
    part: null,
    kind: /\bchi tieu\b/.test(contentHeader) && !/\bnhiem vu\b/.test(contentHeader) ? 'indicator' : 'task',
    domain: null,
    domainIndex: null,
  };
  let parent: PlanItem | null = null;
  let subCount = 0;
  // Effective text of shared (vertically merged) unit, time and output cells, by column.
  const carried = new Map<number, string>();

  const cellAt = (r: number, kind: ColumnKind): string => {
    const c = columnOf(kind);
    if (c < 0) return '';
    const text = rows[r]?.[c] ?? '';
    const shared = kind === 'lead' || kind === 'coord' || kind === 'time' || kind === 'output';
    if (shared && options.isMergedWithAbove?.(r, c) === true) return carried.get(c) ?? '';
    if (shared) carried.set(c, text);
    return text;
  };

  for (let r = header.end + 1; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    const cells: RowCells = {
      ordinal: collapseSpaces(cellAt(r, 'ordinal')),
      content: cellAt(r, 'content').trim(),
      lead: cellAt(r, 'lead'),
      coord: cellAt(r, 'coord'),
      time: cellAt(r, 'time'),
      output: cellAt(r, 'output'),
      filled: row.map((c) => c.trim()).filter((c) => c !== ''),
    };
    if (isBlankRow(row) || isNumberingRow(row) || isRepeatedHeader(row, header)) continue;
    const first = foldVietnamese(cells.filled[0] ?? '');
    if (END_OF_TABLE.test(first)) break;
    const line: [number, number] = [r + 1, r + 1];

    const group = readGroupRow(row, cells, header, scan);
    if (group !== null) {
      if (group.kind === 'part') {
        scan.part = group.letter;
        scan.kind = /\bchi tieu\b/.test(foldVietnamese(group.title)) ? 'indicator' : 'task';
        scan.domain = null;
        scan.domainIndex = null;
      } else {
        scan.domain = group.title;
        scan.domainIndex = group.letter === '' ? null : group.letter;
        scan.kind = sectionKind(group.title) ?? scan.kind;
      }
      parent = null;
      continue;
    }

    const hasUnitsOrTime = [cells.lead, cells.coord, cells.time, cells.output].some((t) => t.trim() !== '');
    if (cells.content === '' && cells.ordinal === '') {
      const previous = items[items.length - 1];
      if (previous === undefined || !hasUnitsOrTime) {
        warnings.push(PARSE_WARNINGS.rowSkipped(r + 1));
        continue;
      }
      // A row with only unit or time cells finishes the row above (content merged over both rows).
      previous.lead.push(...splitUnitCell(cells.lead));
      previous.coordinators.push(...splitUnitCell(cells.coord));
      previous.timeframeRaw = [previous.timeframeRaw, joinCell(cells.time)]
        .filter((t) => t !== '')
        .join('; ');
      const output = joinCell(cells.output);
      if (output !== '')
        previous.output = previous.output === null ? output : `${previous.output}; ${output}`;
      previous.lines[1] = r + 1;
      previous.warnings.push(PARSE_WARNINGS.rowMerged(r + 1));
      continue;
    }

    let ordinal: string | null = null;
    let subOrdinal: number | null = null;
    let subLabel: string | null = null;
    let content = cells.content;
    const numbered = ORDINAL_CELL.exec(cells.ordinal);
    const inlineNumber =
      columnOf('ordinal') < 0 && cells.ordinal === '' ? /^(\d{1,3})[.)]\s+(\S[\s\S]*)$/.exec(content) : null;
    const bullet = cells.ordinal === '' && BULLET.test(content);
    const letterCell = SUB_ORDINAL_CELL.exec(cells.ordinal);
    const letterInContent = cells.ordinal === '' && parent !== null ? LETTER_IN_CONTENT.exec(content) : null;
    if (numbered?.[1] !== undefined) {
      // "2.1" is sub-row 1 of item 2: the ordinal keeps the parent's label, the sub-ordinal its own.
      const dot = numbered[1].lastIndexOf('.');
      if (dot < 0) ordinal = numbered[1];
      else {
        ordinal = numbered[1].slice(0, dot);
        subLabel = numbered[1].slice(dot + 1);
        subCount = parent?.ordinal === ordinal ? subCount + 1 : Number(subLabel);
        subOrdinal = subCount;
      }
    } else if (inlineNumber?.[1] !== undefined) {
      ordinal = inlineNumber[1];
      content = inlineNumber[2] ?? '';
    } else if (letterInContent !== null || bullet || letterCell !== null) {
      // A sub-row of the row above: "a)" in the STT or content cell, or a "- " bullet.
      content =
        letterInContent !== null ? content.slice(letterInContent[0].length) : content.replace(BULLET, '');
      if (parent !== null) {
        subCount += 1;
        ordinal = parent.ordinal;
        subOrdinal = subCount;
        subLabel = letterInContent?.[1] ?? letterCell?.[1] ?? String(subCount);
      }
    } else if (cells.ordinal !== '') ordinal = cells.ordinal;

    const item: PlanItem = {
      kind: scan.kind,
      part: scan.part,
      domain: scan.domain,
      domainIndex: scan.domainIndex,
      ordinal,
      subOrdinal,
      subLabel,
      content: joinCell(content),
      lead: splitUnitCell(cells.lead),
      coordinators: splitUnitCell(cells.coord),
      timeframeRaw: joinCell(cells.time),
      output: joinCell(cells.output) || null,
      lines: line,
      warnings: [],
    };
    if (item.content === '') item.warnings.push(PARSE_WARNINGS.emptyContent);
    for (const unit of item.lead) {
      if (item.coordinators.includes(unit)) item.warnings.push(PARSE_WARNINGS.leadAlsoCoordinator(unit));
    }
    items.push(item);
    if (subOrdinal === null) {
      parent = ordinal !== null ? item : null;
      subCount = 0;
    }
  }
  return { items, warnings, header };
}

/** A group row: its only text is a part or domain label, in one (merged) cell or split as "A" | "CÁC …". */
function readGroupRow(
  row: readonly string[],
  cells: RowCells,
  header: GridHeader,
  scan: Scan,
): GroupLabel | null {
  const unitOrTime = [cells.lead, cells.coord, cells.time].some((t) => t.trim() !== '');
  if (unitOrTime) return null;
  if (ORDINAL_CELL.test(cells.ordinal) || BULLET.test(cells.content)) return null;
  const used = row
    .map((c, k) => (header.columns[k] === 'note' ? '' : collapseSpaces(c)))
    .filter((c) => c !== '');
  const label = collapseSpaces(used.join(' '));
  if (used.length > 2 || label === '') return null;
  const group = groupLabel(label, scan);
  if (group !== null) return group;
  // An unnumbered domain heading in one merged cell: "LĨNH VỰC BƯU CHÍNH".
  if (
    used.length === 1 &&
    cells.ordinal === '' &&
    (isAllCaps(label) || /^linh vuc\b/.test(foldVietnamese(label)))
  ) {
    return { kind: 'domain', letter: '', title: label };
  }
  return null;
}
