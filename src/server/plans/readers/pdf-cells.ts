import type { CellLine, RowDraft } from './pdf-rows.js';
import type { Page } from './pdf-text.js';

/**
 * A cell's text from its lines. A PDF keeps no paragraphs, only lines; a word processor starts a new line
 * either because the next word did not fit (a wrap: "Phòng BCVT-" / "CNTT", "Trung tâm Công nghệ" /
 * "thông tin và Truyền thông") or because the author pressed Enter (one unit per paragraph). The two are
 * told apart by geometry: after a wrap, the next line's first word would not have fitted at the end of the
 * line above. Wrapped lines are joined into one paragraph before the grid reader splits units, so a name
 * wrapped over lines stays one unit; paragraphs stay separated by "\n".
 */

/**
 * How wide text runs in each column: from the leftmost start to the rightmost end of its lines, never
 * past the column's border. Measured on widths, the test below holds for left-aligned, centred and
 * justified cells alike.
 */
function columnWidths(rows: readonly RowDraft[], borders: readonly number[]): number[] {
  const width = borders.length + 1;
  const widths: number[] = [];
  for (let c = 0; c < width; c++) {
    const border = borders[c] ?? Infinity;
    let left = Infinity;
    let right = 0;
    for (const row of rows) {
      for (const line of row.cells[c] ?? []) {
        // A group title merged over several columns runs past the border: it says nothing of the column.
        if (line.right > border + 1) continue;
        left = Math.min(left, line.x);
        right = Math.max(right, line.right);
      }
    }
    widths.push(Math.max(0, right - left));
  }
  return widths;
}

/** Whether `next` starts a paragraph: its first word would have fitted on the line above. */
function startsParagraph(line: CellLine, next: CellLine, width: number): boolean {
  const space = 0.28 * Math.max(line.h, next.h);
  return line.right - line.x + space + next.firstWord <= width - 0.5;
}

const DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const MONTH_YEAR = /^\d{1,2}\/\d{4}$/;

/**
 * Joins two wrapped lines. A word cut at the line end is joined without a space: after a hyphen or slash
 * glued to it ("BCVT-" + "CNTT", "31/" + "12/2025"), and a date cut between digits ("31/1" + "0/2025").
 */
export function joinWrappedLine(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  if (/[\p{L}\d][-/]$/u.test(left)) return left + right;
  const last = /\S+$/.exec(left)?.[0] ?? '';
  const first = /^\S+/.exec(right)?.[0] ?? '';
  const glued = (last + first).replace(/[.,;:)]$/, '');
  if (/^\d[\d/]*$/.test(last) && /^[\d/]/.test(first) && (DATE.test(glued) || MONTH_YEAR.test(glued))) {
    const alone = [last, first.replace(/[.,;:)]$/, '')];
    if (!alone.every((piece) => DATE.test(piece) || MONTH_YEAR.test(piece))) return left + right;
  }
  return `${left} ${right}`;
}

export function cellText(lines: readonly CellLine[], width: number): string {
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, k) => {
    const previous = lines[k - 1];
    if (previous === undefined || startsParagraph(previous, line, width)) {
      if (previous !== undefined) paragraphs.push(current);
      current = line.text;
    } else current = joinWrappedLine(current, line.text);
  });
  if (lines.length > 0) paragraphs.push(current);
  return paragraphs.join('\n');
}

/** The rows as a grid of cell texts for the grid reader. */
export function cellTexts(rows: readonly RowDraft[], borders: readonly number[]): string[][] {
  const widths = columnWidths(rows, borders);
  return rows.map((row) => row.cells.map((cell, c) => cellText(cell, widths[c] ?? Infinity)));
}

/**
 * Vertically merged cells of a ruled table: where the rule on top of a row stops short of a column (it
 * crosses the content cell but not the time cell), that cell is one with the cell above, as in Word's
 * merged cells. The merged cell's text, wherever its alignment put it, goes to its first row; the rows
 * below are flagged so the grid reader gives them the same value. Returns, per row, the merged columns.
 */
export function verticalMerges(
  rows: readonly RowDraft[],
  spans: readonly ([number, number] | null)[],
  pages: readonly Page[],
): boolean[][] {
  const merged = rows.map((row) => row.cells.map(() => false));
  spans.forEach((span, c) => {
    if (span === null) return;
    const [x0, x1] = span;
    let first: RowDraft | null = null;
    rows.forEach((row, r) => {
      const top = row.top;
      const above = rows[r - 1];
      if (top === null || above === undefined || above.top?.page !== top.page || first === null) {
        first = row;
        return;
      }
      const ruled = (pages[top.page - 1]?.horizontal ?? []).some(
        (rule) =>
          Math.abs(rule.pos - top.y) < 2 && Math.min(rule.to, x1) - Math.max(rule.from, x0) > 0.6 * (x1 - x0),
      );
      if (ruled || row.group || above.group) {
        first = row;
        return;
      }
      const flags = merged[r];
      if (flags !== undefined) flags[c] = true;
      const target: RowDraft = first;
      target.cells[c]?.push(...(row.cells[c] ?? []));
      if (row.cells[c] !== undefined) row.cells[c] = [];
    });
  });
  return merged;
}
