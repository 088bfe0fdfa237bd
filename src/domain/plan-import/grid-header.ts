import type { ColumnKind } from './columns.js';
import { collapseSpaces, foldVietnamese } from './text.js';

/** Finding the header row of a plan's appendix grid and what each of its columns holds. */

export interface PlanGridOptions {
  /** How many leading rows may come before the header row. Default 20. */
  headerSearchRows?: number;
  /** True when cell (row, column) is covered by a vertical merge with the cell above it. */
  isMergedWithAbove?: (row: number, column: number) => boolean;
}

export interface GridHeader {
  /** Index of the header's first row. */
  row: number;
  /** Index of its last row: a second header row ("Chủ trì" | "Phối hợp") or the "(1) (2) (3)" row. */
  end: number;
  /** What each column holds; null for columns the reader does not use. */
  columns: (ColumnKind | null)[];
}

const DEFAULT_HEADER_SEARCH_ROWS = 20;
const MAX_HEADER_CELL_WORDS = 10;
const MAX_HEADER_CELL_CHARS = 60;

// Checked in order: "Đơn vị chủ trì" also says "đơn vị", "Thời gian thực hiện" also says "thực hiện".
const HEADER_KINDS: [RegExp, ColumnKind][] = [
  [/^(?:stt|tt|so tt|so thu tu|thu tu)$/, 'ordinal'],
  [/\bchu tri\b/, 'lead'],
  [/\bphoi hop\b/, 'coord'],
  [/^(?:don vi|co quan)(?: thuc hien)?$/, 'lead'],
  [/\b(?:thoi gian|thoi han|tien do|lo trinh|thoi diem)\b/, 'time'],
  [/\b(?:san pham|ket qua|dau ra)\b/, 'output'],
  [/\bghi chu\b/, 'note'],
  [/\b(?:noi dung|nhiem vu|cong viec|chi tieu|giai phap|hoat dong)\b/, 'content'],
];

const NUMBERING_CELL = /^\(?\s*(?:\d{1,2}|[a-z])\s*\)?$/;

/** What a header cell names, from its words; null for text that is not a known header. */
export function headerCellKind(text: string): ColumnKind | null {
  // Column numbers printed under or beside the title ("Nội dung (2)") are not words of it.
  const folded = foldVietnamese(text.replace(/\(\s*\d{1,2}\s*\)/g, ' '))
    .replace(/[.,:;/()*–-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded === '' || text.length > MAX_HEADER_CELL_CHARS) return null;
  if (folded.split(' ').length > MAX_HEADER_CELL_WORDS) return null;
  for (const [pattern, kind] of HEADER_KINDS) if (pattern.test(folded)) return kind;
  return null;
}

export function isNumberingRow(row: readonly string[]): boolean {
  const filled = row.map((c) => collapseSpaces(c)).filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => NUMBERING_CELL.test(c));
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

/** Column kinds of a row read as a header row, or null when some filled cell is clearly not a header. */
function rowKinds(row: readonly string[]): (ColumnKind | null)[] | null {
  const kinds: (ColumnKind | null)[] = [];
  let known = 0;
  for (const cell of row) {
    const text = collapseSpaces(cell);
    const kind = text === '' ? null : headerCellKind(text);
    // Long text in an unknown column is data, not a header ("Ghi chú"-like extra columns are short).
    if (kind === null && text.length > MAX_HEADER_CELL_CHARS) return null;
    if (kind !== null) known += 1;
    kinds.push(kind);
  }
  return known > 0 ? kinds : null;
}

/** Keeps the first column of each kind: a merged header cell must not name two columns. */
function dedupe(kinds: readonly (ColumnKind | null)[]): (ColumnKind | null)[] {
  const seen = new Set<ColumnKind>();
  return kinds.map((kind) => {
    if (kind === null || seen.has(kind)) return null;
    seen.add(kind);
    return kind;
  });
}

function isTableHeader(kinds: readonly (ColumnKind | null)[]): boolean {
  const has = (k: ColumnKind): boolean => kinds.includes(k);
  const units = (has('lead') ? 1 : 0) + (has('coord') ? 1 : 0);
  return has('content') && units > 0 && units + (has('time') ? 1 : 0) + (has('ordinal') ? 1 : 0) >= 2;
}

/** Finds the header row by its words (never by position) among the first rows. */
export function findGridHeader(
  rows: readonly (readonly string[])[],
  options: PlanGridOptions = {},
): GridHeader | null {
  const limit = Math.min(rows.length, options.headerSearchRows ?? DEFAULT_HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    const kinds = rowKinds(row);
    // The first header row is a header on its own; a second row ("Chủ trì" | "Phối hợp") only refines it.
    if (kinds === null || !isTableHeader(dedupe(kinds))) continue;
    let columns = [...kinds];
    let end = r;
    // A two-level header: "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp".
    const next = rows[r + 1];
    const nextKinds = next === undefined || isNumberingRow(next) ? null : rowKinds(next);
    if (nextKinds !== null && next !== undefined && refinesHeader(next, nextKinds, kinds)) {
      columns = columns.map((kind, k) => nextKinds[k] ?? kind);
      for (let k = columns.length; k < nextKinds.length; k++) columns.push(nextKinds[k] ?? null);
      end = r + 1;
    }
    columns = dedupe(columns);
    if (!isTableHeader(columns)) continue;
    const numbering = rows[end + 1];
    if (numbering !== undefined && isNumberingRow(numbering)) end += 1;
    return { row: r, end, columns };
  }
  return null;
}

/**
 * Whether the row under a header row is its second level: two or more titles, each under an empty cell or
 * under a spanning unit, time or output title. A group row ("A. CÁC CHỈ TIÊU") is not.
 */
function refinesHeader(
  row: readonly string[],
  kinds: readonly (ColumnKind | null)[],
  above: readonly (ColumnKind | null)[],
): boolean {
  const refinable = new Set<ColumnKind | null>([null, 'lead', 'coord', 'time', 'output']);
  let titles = 0;
  for (let k = 0; k < row.length; k++) {
    if ((row[k] ?? '').trim() === '') continue;
    const kind = kinds[k] ?? null;
    if (kind === null || !(kind === above[k] || refinable.has(above[k] ?? null))) return false;
    titles += 1;
  }
  return titles >= 2;
}

/** Whether a row repeats the header (Word and spreadsheet tables may print it again on each page). */
export function isRepeatedHeader(row: readonly string[], header: GridHeader): boolean {
  const kinds = rowKinds(row);
  if (kinds === null) return false;
  const same = kinds.filter((kind, k) => kind !== null && kind === header.columns[k]).length;
  return (
    same >= 2 &&
    kinds.every((kind, k) => kind === null || kind === header.columns[k] || row[k]?.trim() === '')
  );
}
