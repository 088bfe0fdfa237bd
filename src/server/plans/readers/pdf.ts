import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { matchTableHeader } from '../../../domain/plan-import/columns.js';
import { findGridHeader, parsePlanGrid } from '../../../domain/plan-import/grid.js';
import { parsePlanText, type PlanParseResult } from '../../../domain/plan-import/index.js';
import { toSourceLines } from '../../../domain/plan-import/lines.js';
import { foldVietnamese, isAllCaps } from '../../../domain/plan-import/text.js';
import { AppError } from '../../common/errors.js';
import { PARSE_WARNINGS } from '../../../domain/plan-import/warnings.js';

/**
 * Reads a plan from a PDF with a text layer. Text items keep their positions, so the appendix table is
 * rebuilt as a grid: the header row gives the columns (their borders come from the table's drawn vertical
 * lines, or else from the gaps the body text leaves between the header titles), each text item goes to the
 * column it starts in, and rows are cut at the table's drawn horizontal lines, or else where the STT column
 * has an ordinal, a group row ("A …", "I …") or a "- " sub-row starts. Text above the table goes to the text
 * reader for the document header, legal bases, sections and regimes.
 */

const CORRUPT = 'Tệp PDF bị hỏng hoặc không đọc được.';
const ENCRYPTED = 'Tệp PDF được bảo vệ bằng mật khẩu; hãy gửi tệp không có mật khẩu.';
const NO_TEXT =
  'Tệp PDF không có lớp chữ (có thể là bản quét). Hãy dùng tệp Word, Excel hoặc PDF xuất từ văn bản.';

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface Item {
  text: string;
  x: number;
  right: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Font size. */
  h: number;
}

interface Line {
  page: number;
  y: number;
  h: number;
  items: Item[];
}

/** A drawn rule: horizontal ones at `pos` = y from `from` to `to` along x; vertical ones the other way. */
interface Rule {
  pos: number;
  from: number;
  to: number;
}

interface Page {
  width: number;
  height: number;
  lines: Line[];
  horizontal: Rule[];
  vertical: Rule[];
}

type Matrix = [number, number, number, number, number, number];

// ---------------------------------------------------------------------------------------------------------
// Loading

async function loadPages(buffer: Buffer): Promise<Page[]> {
  const task = getDocument({
    data: new Uint8Array(buffer),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    cMapUrl: join(PDFJS_ROOT, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts') + '/',
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      const name = error instanceof Error ? error.name : '';
      throw AppError.validation(name === 'PasswordException' ? ENCRYPTED : CORRUPT);
    });
    const pages: Page[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const transform = viewport.transform as Matrix;
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const m = Util.transform(transform, raw.transform as Matrix) as Matrix;
        // Only horizontal text: rotated stamps and side notes are not table text.
        if (Math.abs(m[1]) > Math.abs(m[0]) * 0.1 || m[0] <= 0) continue;
        const h = Math.hypot(m[2], m[3]) || Math.abs(m[0]);
        items.push({ text: raw.str.normalize('NFC'), x: m[4], right: m[4] + raw.width, y: m[5], h });
      }
      const rules = readRules(await page.getOperatorList(), transform);
      pages.push({ width: viewport.width, height: viewport.height, lines: toLines(n, items), ...rules });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.validation(CORRUPT);
  } finally {
    await task.destroy();
  }
}

function toLines(page: number, items: readonly Item[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line !== undefined && Math.abs(item.y - line.y) <= 0.35 * Math.max(line.h, item.h)) {
      line.items.push(item);
      line.h = Math.max(line.h, item.h);
    } else lines.push({ page, y: item.y, h: item.h, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** Table borders: thin filled rectangles and stroked straight segments, in top-down page coordinates. */
function readRules(
  ops: { fnArray: number[]; argsArray: unknown[] },
  viewport: Matrix,
): { horizontal: Rule[]; vertical: Rule[] } {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const add = (x0: number, y0: number, x1: number, y1: number, thin: number): void => {
    const m = Util.transform(viewport, ctm) as Matrix;
    const [ax, ay] = apply(m, x0, y0);
    const [bx, by] = apply(m, x1, y1);
    const width = Math.abs(bx - ax);
    const height = Math.abs(by - ay);
    if (height <= thin && width > 4)
      horizontal.push({ pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (width <= thin && height > 4)
      vertical.push({ pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  };
  ops.fnArray.forEach((fn, k) => {
    const args = ops.argsArray[k];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && Array.isArray(args)) ctm = Util.transform(ctm, args as Matrix) as Matrix;
    else if (fn === OPS.paintFormXObjectBegin && Array.isArray(args) && Array.isArray(args[0])) {
      stack.push(ctm);
      ctm = Util.transform(ctm, args[0] as Matrix) as Matrix;
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const [paint, data] = args as [number, (ArrayLike<number> | null)[] | undefined];
      const path = data?.[0];
      if (path === null || path === undefined || paint === OPS.endPath) return;
      const stroked = paint !== OPS.fill && paint !== OPS.eoFill;
      for (const shape of subpaths(path)) {
        if (stroked) {
          for (let s = 1; s < shape.length; s++) {
            const a = shape[s - 1];
            const b = shape[s];
            if (a !== undefined && b !== undefined) add(a[0], a[1], b[0], b[1], 1);
          }
        } else if (shape.length >= 2) {
          const xs = shape.map((p) => p[0]);
          const ys = shape.map((p) => p[1]);
          add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys), 3);
        }
      }
    }
  });
  return { horizontal, vertical };
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Points of each subpath of a pdf.js path buffer (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, close 4). */
function subpaths(path: ArrayLike<number>): [number, number][][] {
  const shapes: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let k = 0; k < path.length;) {
    const op = path[k++];
    const at = (n: number): number => path[k + n] ?? 0;
    if (op === 0) {
      if (current.length > 0) shapes.push(current);
      current = [[at(0), at(1)]];
      k += 2;
    } else if (op === 1) {
      current.push([at(0), at(1)]);
      k += 2;
    } else if (op === 2) {
      current.push([at(4), at(5)]);
      k += 6;
    } else if (op === 3) {
      current.push([at(2), at(3)]);
      k += 4;
    } else if (op === 4) {
      const first = current[0];
      if (first !== undefined) current.push(first);
    } else break;
  }
  if (current.length > 0) shapes.push(current);
  return shapes;
}

// ---------------------------------------------------------------------------------------------------------
// Text

function joinItems(items: readonly Item[]): string {
  let out = '';
  let previous: Item | null = null;
  for (const item of items) {
    if (previous !== null && item.x - previous.right > 0.15 * Math.max(item.h, previous.h)) out += ' ';
    out += item.text;
    previous = item;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function lineText(line: Line): string {
  return joinItems(line.items);
}

/** A centred number alone on a line near the top or bottom edge: a page number, not table text. */
function isPageNumber(line: Line, page: Page): boolean {
  if (line.items.length !== 1) return false;
  const text = lineText(line);
  if (!/^(?:trang\s*)?[-–]?\s*\d{1,4}\s*[-–]?$/i.test(text)) return false;
  const item = line.items[0];
  if (item === undefined) return false;
  const centre = (item.x + item.right) / 2;
  const nearEdge = line.y < page.height * 0.12 || line.y > page.height * 0.88;
  return nearEdge && (Math.abs(centre - page.width / 2) < page.width * 0.15 || item.x > page.width * 0.75);
}

// ---------------------------------------------------------------------------------------------------------
// Header and columns

interface HeaderColumn {
  x0: number;
  x1: number;
  texts: string[];
  /** Line index that last added text, to spot two titles of one line under one spanning title. */
  lastLine: number;
}

/**
 * Columns of a header band from its items' x-ranges. Titles wrapped over lines fall in one column; two
 * titles of one line under a spanning title ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp") split it.
 */
function headerColumns(lines: readonly Line[]): HeaderColumn[] {
  let columns: HeaderColumn[] = [];
  lines.forEach((line, index) => {
    const cells = groupItems(line.items);
    const byColumn = new Map<HeaderColumn, Item[][]>();
    const fresh: HeaderColumn[] = [];
    for (const cell of cells) {
      const x0 = cell[0]?.x ?? 0;
      const x1 = Math.max(...cell.map((i) => i.right));
      const hits = columns.filter((c) => x0 < c.x1 + 2 && x1 > c.x0 - 2);
      const hit = hits[0];
      if (hits.length === 1 && hit !== undefined) byColumn.set(hit, [...(byColumn.get(hit) ?? []), cell]);
      else if (hits.length === 0) fresh.push({ x0, x1, texts: [joinItems(cell)], lastLine: index });
      // A title spanning several known columns adds nothing to any of them.
    }
    const next: HeaderColumn[] = [];
    for (const column of columns) {
      const added = byColumn.get(column);
      if (added === undefined) next.push(column);
      else if (added.length === 1) {
        const cell = added[0] ?? [];
        next.push({
          x0: Math.min(column.x0, cell[0]?.x ?? column.x0),
          x1: Math.max(column.x1, ...cell.map((i) => i.right)),
          texts: [...column.texts, joinItems(cell)],
          lastLine: index,
        });
      } else {
        for (const cell of added) {
          next.push({
            x0: cell[0]?.x ?? column.x0,
            x1: Math.max(...cell.map((i) => i.right)),
            texts: [...column.texts, joinItems(cell)],
            lastLine: index,
          });
        }
      }
    }
    columns = [...next, ...fresh].sort((a, b) => a.x0 - b.x0);
  });
  return columns;
}

/** Items of a line grouped into cells: a gap wider than about one em starts a new cell. */
function groupItems(items: readonly Item[]): Item[][] {
  const cells: Item[][] = [];
  let previous: Item | null = null;
  for (const item of items) {
    const cell = cells[cells.length - 1];
    if (
      cell !== undefined &&
      previous !== null &&
      item.x - previous.right < 0.9 * Math.max(item.h, previous.h)
    )
      cell.push(item);
    else cells.push([item]);
    previous = item;
  }
  return cells;
}

interface Table {
  /** Global line index of the header band's first and last line. */
  start: number;
  end: number;
  headerTexts: string[];
  columns: HeaderColumn[];
}

function findTable(lines: readonly Line[], starts: readonly number[]): Table | null {
  const source = toSourceLines(
    lines.map((line, i) => (starts.includes(i) && i > 0 ? '\f' : '') + lineText(line)).join('\n'),
  );
  for (let i = 0; i < lines.length; i++) {
    const band = matchTableHeader(source, i);
    // A header the text matcher cannot read (an unknown extra column): try the line on its own.
    const end = band?.end ?? i;
    const bandLines = lines.slice(i, end + 1).filter((line) => line.page === lines[i]?.page);
    const columns = headerColumns(bandLines);
    const headerTexts = columns.map((c) => c.texts.join(' '));
    if (findGridHeader([headerTexts], { headerSearchRows: 1 }) !== null)
      return { start: i, end, headerTexts, columns };
  }
  return null;
}

/**
 * Borders between columns: a drawn vertical rule between two titles when there is one, otherwise the x
 * the fewest body items cross between the two titles (text never crosses a cell border; only spanning
 * group rows do).
 */
function columnBorders(
  columns: readonly HeaderColumn[],
  body: readonly Line[],
  pages: readonly Page[],
  headerPage: number,
): number[] {
  const rules = pages[headerPage - 1]?.vertical ?? [];
  const items = body.flatMap((line) => line.items);
  const borders: number[] = [];
  for (let k = 0; k + 1 < columns.length; k++) {
    const left = columns[k];
    const right = columns[k + 1];
    if (left === undefined || right === undefined) continue;
    const from = Math.min(left.x1, right.x0);
    const to = Math.max(left.x1, right.x0);
    const middle = (from + to) / 2;
    const ruled = rules
      .filter((r) => r.pos >= from - 1 && r.pos <= to + 1 && r.to - r.from > 8)
      .sort((a, b) => Math.abs(a.pos - middle) - Math.abs(b.pos - middle))[0];
    if (ruled !== undefined) {
      borders.push(ruled.pos);
      continue;
    }
    let best = middle;
    let bestCount = Infinity;
    let bestRun = 0;
    let run = 0;
    let runStart = from;
    for (let x = Math.floor(from); x <= Math.ceil(to); x++) {
      const count = items.filter((i) => i.x < x && i.right > x).length;
      if (count < bestCount) {
        bestCount = count;
        run = 0;
        bestRun = 0;
      }
      if (count === bestCount) {
        if (run === 0) runStart = x;
        run += 1;
        if (run > bestRun) {
          bestRun = run;
          best = (runStart + x) / 2;
        }
      } else run = 0;
    }
    borders.push(best);
  }
  return borders;
}

// ---------------------------------------------------------------------------------------------------------
// Rows

interface RowDraft {
  /** Lines of each column's text. */
  cells: string[][];
  group: boolean;
  ordinal: boolean;
  bullet: boolean;
}

const ORDINAL = /^\d{1,3}[.)]?$/;
const GROUP_HEAD = /^(?:[A-Z]|[IVXLC]+)[.)]?$/;
const GROUP_LINE = /^(?:[A-Z]|[IVXLC]+)[.)]?\s+\S/;
const BULLET = /^[-–•+]\s*[\p{Lu}“"(]/u;
const END_OF_TABLE = /^(?:noi nhan\b|kt\. |tm\. |giam doc$|chu tich$|pho giam doc$)/;

function columnOf(x: number, borders: readonly number[]): number {
  let k = 0;
  while (k < borders.length && x + 0.5 >= (borders[k] ?? Infinity)) k += 1;
  return k;
}

/** Reads the plan in a .pdf file. Throws a 400 AppError when the file is not a readable PDF. */
export async function readPdf(buffer: Buffer): Promise<PlanParseResult> {
  const pages = await loadPages(buffer);
  const lines: Line[] = [];
  const starts: number[] = [];
  for (const page of pages) {
    starts.push(lines.length);
    lines.push(...page.lines.filter((line) => !isPageNumber(line, page)));
  }
  if (lines.length === 0) throw AppError.validation(NO_TEXT);

  const table = findTable(lines, starts);
  const aboveEnd = table?.start ?? lines.length;
  const textAbove = lines
    .slice(0, aboveEnd)
    .map((line, i) => (starts.includes(i) && i > 0 ? '\f' : '') + lineText(line))
    .join('\n');
  const parsed = parsePlanText(textAbove);
  const otherWarnings = parsed.warnings.filter((w) => w !== PARSE_WARNINGS.noTable);
  if (table === null) return { ...parsed, items: [], warnings: [...otherWarnings, PARSE_WARNINGS.noTable] };

  const source = toSourceLines(lines.map(lineText).join('\n'));
  const body: Line[] = [];
  for (let i = table.end + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const repeated = matchTableHeader(source, i);
    if (repeated !== null && lines[repeated.end]?.page === line.page) {
      i = repeated.end;
      continue;
    }
    if (END_OF_TABLE.test(foldVietnamese(lineText(line)))) break;
    body.push(line);
  }
  const headerPage = lines[table.start]?.page ?? 1;
  const borders = columnBorders(table.columns, body, pages, headerPage);
  const header = findGridHeader([table.headerTexts], { headerSearchRows: 1 });
  const kinds = header?.columns ?? [];
  const rows = buildRows(body, table.columns, borders, kinds, pages);
  const grid = parsePlanGrid(
    [table.headerTexts, ...rows.map((row) => row.cells.map((cell) => cell.join('\n')))],
    {
      headerSearchRows: 1,
    },
  );
  return { ...parsed, items: grid.items, warnings: [...otherWarnings, ...grid.warnings] };
}

function buildRows(
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
    const cells: string[][] = Array.from({ length: width }, () => []);
    const byColumn: Item[][] = Array.from({ length: width }, () => []);
    for (const item of line.items) byColumn[columnOf(item.x, borders)]?.push(item);
    byColumn.forEach((items, c) => {
      if (items.length > 0) cells[c]?.push(joinItems(items));
    });
    const text = (c: number): string => (c < 0 ? '' : (cells[c]?.[0] ?? ''));
    const whole = lineText(line);
    const stt = text(ordinalColumn);
    const hasUnits = unitColumns.some((c) => text(c) !== '');
    const newPage = previous === null || previous.page !== line.page;

    const isOrdinal = ORDINAL.test(stt);
    const isGroup =
      !hasUnits && !isOrdinal && isGroupLine(stt, ordinalColumn < 0 || stt === '' ? whole : stt);
    const isBullet = stt === '' && BULLET.test(text(contentColumn));

    // Drawn horizontal rules across the content column cut the rows when the table has them.
    const ruled = contentSpan === null ? [] : rulesAcross(pages[line.page - 1], contentSpan);
    const lineBand = ruled.filter((y) => y < line.y - line.h * 0.8).length;
    const bandChanged = ruled.length >= 2 && (newPage || lineBand !== band);
    band = lineBand;

    let starts: boolean;
    if (current === null || isOrdinal || isGroup) starts = true;
    else if (ruled.length >= 2) {
      // A row broken over a page carries on in the first band of the next page.
      starts = bandChanged && !(newPage && continuesRow(current, isBullet, text(contentColumn), hasUnits));
    } else if (isBullet && (current.ordinal || current.bullet)) starts = true;
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
      current = { cells, group: isGroup, ordinal: isOrdinal, bullet: isBullet };
      rows.push(current);
    } else {
      const target = current;
      cells.forEach((cell, c) => target.cells[c]?.push(...cell));
    }
    previous = line;
  }
  return mergeBulletsWithoutCells(rows, unitColumns, contentColumn);
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
    if (row.bullet && !own && previous !== undefined && !previous.group && content >= 0) {
      row.cells.forEach((cell, c) => previous.cells[c]?.push(...cell));
      continue;
    }
    out.push(row);
  }
  return out;
}
