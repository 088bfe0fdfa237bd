import { foldVietnamese, isAllCaps } from '../../../domain/plan-import/text.js';
import type { HeaderColumn } from './pdf-columns.js';
import { joinItems, lineText, type Item, type Line, type Page } from './pdf-text.js';

// ---------------------------------------------------------------------------------------------------------
// Rows

/** One line of text inside a cell, with where it ends and how wide its first word is. */
export interface CellLine {
  text: string;
  x: number;
  right: number;
  /** Width of the first word, to tell a wrapped line from a paragraph break. */
  firstWord: number;
  h: number;
}

export interface RowDraft {
  /** Lines of each column's text. */
  cells: CellLine[][];
  group: boolean;
  ordinal: boolean;
  bullet: boolean;
  /** The drawn rule the row starts under, in a ruled table. */
  top: { page: number; y: number } | null;
}

// "7", "7.1", "7.1.2" and "a)" each start a row: sub-items numbered under a parent row are rows of their own.
const ORDINAL = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[a-zđ][.)])$/u;
const GROUP_HEAD = /^(?:[A-Z]|[IVXLC]+)[.)]?$/;
const GROUP_LINE = /^(?:[A-Z]|[IVXLC]+)[.)]?\s+\S/;
const BULLET = /^[-–•+]\s*[\p{Lu}“"(]/u;
// A lettered sub-item printed in the content cell when the STT cell is empty: "a) Diễn tập …".
const LETTERED = /^[a-zđ]\)\s+\S/u;
export const END_OF_TABLE = /^(?:noi nhan\b|kt\. |tm\. |giam doc$|chu tich$|pho giam doc$)/;

function columnOf(x: number, borders: readonly number[]): number {
  let k = 0;
  while (k < borders.length && x + 0.5 >= (borders[k] ?? Infinity)) k += 1;
  return k;
}

export function buildRows(
  body: readonly Line[],
  columns: readonly HeaderColumn[],
  borders: readonly number[],
  kinds: readonly (string | null)[],
  pages: readonly Page[],
): RowDraft[] {
  const width = borders.length + 1;
  const at = (kind: string): number => kinds.indexOf(kind);
  const ordinalColumn = at('ordinal');
  const contentColumn = at('content');
  const unitColumns = ['lead', 'coord', 'time'].map(at).filter((c) => c >= 0);
  const leadAndTime = ['lead', 'time'].map(at).filter((c) => c >= 0);
  const contentSpan = spanOf(contentColumn, borders, columns);
  const pitch = linePitch(body);

  const rows: RowDraft[] = [];
  let current: RowDraft | null = null;
  let previous: Line | null = null;
  let band = -1;
  for (const line of body) {
    const cells: CellLine[][] = Array.from({ length: width }, () => []);
    const byColumn: Item[][] = Array.from({ length: width }, () => []);
    for (const item of line.items) byColumn[columnOf(item.x, borders)]?.push(item);
    byColumn.forEach((items, c) => {
      if (items.length > 0) cells[c]?.push(cellLine(items));
    });
    const text = (c: number): string => (c < 0 ? '' : (cells[c]?.[0]?.text ?? ''));
    const whole = lineText(line);
    const stt = text(ordinalColumn);
    const hasUnits = unitColumns.some((c) => text(c) !== '');
    const newPage = previous === null || previous.page !== line.page;

    const isOrdinal = ORDINAL.test(stt);
    const isGroup =
      !hasUnits && !isOrdinal && isGroupLine(stt, ordinalColumn < 0 || stt === '' ? whole : stt);
    const isBullet = stt === '' && BULLET.test(text(contentColumn));
    const isLettered = stt === '' && LETTERED.test(text(contentColumn));

    // Drawn horizontal rules across the content column cut the rows when the table has them.
    const ruled = contentSpan === null ? [] : rulesAcross(pages[line.page - 1], contentSpan);
    const lineBand = ruled.filter((y) => y < line.y - line.h * 0.8).length;
    const bandChanged = ruled.length >= 2 && (newPage || lineBand !== band);
    band = lineBand;

    let starts: boolean;
    if (current === null || isOrdinal || isGroup) starts = true;
    else if (ruled.length >= 2) {
      // A row broken over a page carries on in the first band of the next page.
      starts =
        bandChanged &&
        !(newPage && continuesRow(current, isBullet || isLettered, text(contentColumn), hasUnits));
    } else if (isLettered || (isBullet && (current.ordinal || current.bullet))) starts = true;
    else if (current.group) {
      // A wrapped group title ("III LĨNH VỰC … VÀ" / "CHUYỂN ĐỔI SỐ") goes on in capitals.
      starts = !(isAllCaps(whole) && !hasUnits);
    } else if (!current.ordinal && !current.bullet) {
      const gap = previous !== null && !newPage ? line.y - previous.y : 0;
      // Cells are top-aligned: a line with content, lead and time after a row that has them all starts a row.
      const full = text(contentColumn) !== '' && leadAndTime.every((c) => text(c) !== '');
      const currentFull = leadAndTime.every((c) => (current?.cells[c]?.length ?? 0) > 0);
      starts = text(contentColumn) !== '' && (gap > pitch * 1.45 || (full && currentFull));
    } else starts = false;

    if (starts || current === null) {
      const rule = ruled.length >= 2 ? ruled[lineBand - 1] : undefined;
      const top = rule === undefined ? null : { page: line.page, y: rule };
      current = { cells, group: isGroup, ordinal: isOrdinal, bullet: isBullet, top };
      rows.push(current);
    } else {
      const target = current;
      cells.forEach((cell, c) => target.cells[c]?.push(...cell));
    }
    previous = line;
  }
  return mergeBulletsWithoutCells(rows, unitColumns, contentColumn);
}

function cellLine(items: readonly Item[]): CellLine {
  const first = items[0];
  const text = joinItems(items);
  let firstWord = 0;
  if (first !== undefined) {
    const raw = first.text.trimStart();
    const word = raw.split(/\s/)[0] ?? raw;
    firstWord = ((first.right - first.x) * word.length) / Math.max(1, raw.length);
  }
  return {
    text,
    x: first?.x ?? 0,
    right: Math.max(...items.map((i) => i.right)),
    firstWord,
    h: Math.max(...items.map((i) => i.h)),
  };
}

function continuesRow(current: RowDraft, bullet: boolean, content: string, hasUnits: boolean): boolean {
  if (bullet) return false;
  if (current.ordinal || /^\p{Ll}/u.test(content)) return true;
  return !hasUnits;
}

/** The content column's x-range: between its borders, or its title's extent at the table's edges. */
function spanOf(
  column: number,
  borders: readonly number[],
  columns: readonly HeaderColumn[],
): [number, number] | null {
  const title = columns[column];
  if (column < 0 || title === undefined) return null;
  return [borders[column - 1] ?? title.x0, borders[column] ?? title.x1];
}

/**
 * Group rows: "A" or "III" alone in the STT column, or a label line "A CÁC CHỈ TIÊU…" / "I. Lĩnh vực …"
 * whose title is in capitals or names a domain, indicators or tasks.
 */
function isGroupLine(stt: string, label: string): boolean {
  if (GROUP_HEAD.test(stt)) return true;
  const match = GROUP_LINE.exec(label);
  if (match === null) return false;
  const title = label.slice(match[0].length - 1);
  return (
    isAllCaps(title) ||
    /^(?:linh vuc|cac chi tieu|chi tieu|cac nhiem vu|nhiem vu)\b/.test(foldVietnamese(title))
  );
}

/** Horizontal rules that run across (most of) the content column: row borders, not underlines. */
function rulesAcross(page: Page | undefined, span: [number, number]): number[] {
  const [x0, x1] = span;
  const need = (x1 - x0) * 0.8;
  const ys = (page?.horizontal ?? [])
    .filter((r) => Math.min(r.to, x1) - Math.max(r.from, x0) >= need)
    .map((r) => r.pos)
    .sort((a, b) => a - b);
  return ys.filter((y, k) => k === 0 || y - (ys[k - 1] ?? -Infinity) > 1.5);
}

/** The usual distance between wrapped lines of one cell: the lower quartile of line gaps. */
function linePitch(body: readonly Line[]): number {
  const gaps: number[] = [];
  for (let k = 1; k < body.length; k++) {
    const a = body[k - 1];
    const b = body[k];
    if (a !== undefined && b !== undefined && a.page === b.page && b.y > a.y) gaps.push(b.y - a.y);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)] ?? 12;
}

/** "- " lines with no unit or time cell of their own are bullets inside the content cell above. */
function mergeBulletsWithoutCells(
  rows: RowDraft[],
  unitColumns: readonly number[],
  content: number,
): RowDraft[] {
  const out: RowDraft[] = [];
  for (const row of rows) {
    const previous = out[out.length - 1];
    const own = unitColumns.some((c) => (row.cells[c]?.length ?? 0) > 0);
    // In a ruled table a "- " row between rules is a row (its unit cells may be merged with the row above).
    if (row.bullet && !own && row.top === null && previous !== undefined && !previous.group && content >= 0) {
      row.cells.forEach((cell, c) => previous.cells[c]?.push(...cell));
      continue;
    }
    out.push(row);
  }
  return out;
}
