import { headerTokens, matchTableHeader } from '../../../domain/plan-import/columns.js';
import { findGridHeader } from '../../../domain/plan-import/grid.js';
import { toSourceLines } from '../../../domain/plan-import/lines.js';
import { foldVietnamese } from '../../../domain/plan-import/text.js';
import { joinItems, lineText, type Item, type Line, type Page, type Rule } from './pdf-text.js';

// ---------------------------------------------------------------------------------------------------------
// Header and columns

export interface HeaderColumn {
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

export interface Table {
  /** Global line index of the header band's first and last line. */
  start: number;
  end: number;
  headerTexts: string[];
  columns: HeaderColumn[];
}

export function findTable(
  lines: readonly Line[],
  starts: readonly number[],
  pages: readonly Page[],
): Table | null {
  const source = toSourceLines(
    lines.map((line, i) => (starts.includes(i) && i > 0 ? '\f' : '') + lineText(line)).join('\n'),
  );
  for (let i = 0; i < lines.length; i++) {
    const band = matchTableHeader(source, i);
    // Header cells wrapped over several lines ("Đơn vị chủ" / "trì", "Thời" / "gian" / "thực" / "hiện") the
    // text matcher cannot name: the band is every following line of header words, up to a drawn rule.
    const end = Math.max(band?.end ?? i, headerBandEnd(lines, i, pages));
    const bandLines = lines.slice(i, end + 1).filter((line) => line.page === lines[i]?.page);
    const columns = headerColumns(bandLines);
    const headerTexts = columns.map((c) => c.texts.join(' '));
    if (findGridHeader([headerTexts], { headerSearchRows: 1 }) !== null)
      return { start: i, end, headerTexts, columns };
  }
  return null;
}

/** Last line of a header band starting at `start`: close lines of header words, no rule across between. */
function headerBandEnd(lines: readonly Line[], start: number, pages: readonly Page[]): number {
  const first = lines[start];
  if (first === undefined || headerTokens({ folded: foldVietnamese(lineText(first)) }) === null) return start;
  const rules = (pages[first.page - 1]?.horizontal ?? []).filter((r) => r.to - r.from > 40);
  let end = start;
  for (let j = start + 1; j < lines.length && j - start < 8; j++) {
    const previous = lines[j - 1];
    const line = lines[j];
    if (line === undefined || previous === undefined || line.page !== first.page) break;
    if (line.y - previous.y > 1.8 * Math.max(line.h, previous.h)) break;
    if (headerTokens({ folded: foldVietnamese(lineText(line)) }) === null) break;
    const top = previous.y;
    const bottom = line.y - line.h * 0.8;
    if (rules.some((r) => r.pos > top && r.pos < bottom && spans(r, first))) break;
    end = j;
  }
  return end;
}

/** Whether a horizontal rule runs under the whole of the first header line: a row border, not a span's. */
function spans(rule: Rule, line: Line): boolean {
  const x0 = line.items[0]?.x ?? 0;
  const x1 = Math.max(...line.items.map((i) => i.right));
  return rule.from <= x0 + 1 && rule.to >= Math.min(x1, rule.from + 1);
}

/**
 * Borders between columns: a drawn vertical rule between two titles when there is one, otherwise the x
 * the fewest body items cross between the two titles (text never crosses a cell border; only spanning
 * group rows do).
 */
export function columnBorders(
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
