import { foldVietnamese } from '../../../domain/plan-import/text.js';
import { cellsOf, type Cell } from './pdf-header-block.js';
import { joinItems, type Line } from './pdf-text.js';

/**
 * A table of reporting regimes in the running text ("Loại báo cáo | Thời hạn gửi | Nơi nhận"). In a PDF it
 * is only lines of text in columns; each of its rows is rewritten as the bullet the regime reader takes
 * ("- Báo cáo quý: Trước ngày 15 của tháng cuối quý (gửi về Văn phòng Sở)"), so a table, bullets and prose
 * end up in one reader.
 */

type Kind = 'name' | 'deadline' | 'recipient';

function kindOf(text: string): Kind | null {
  const folded = foldVietnamese(text);
  if (/\b(?:noi nhan|don vi nhan|gui ve|gui den|co quan nhan)\b/.test(folded)) return 'recipient';
  if (/\b(?:thoi han|han gui|thoi gian gui|thoi diem gui|han nop)\b/.test(folded)) return 'deadline';
  if (/\bbao cao\b/.test(folded)) return 'name';
  return null;
}

interface Column {
  kind: Kind | null;
  x: number;
}

function headerColumns(line: Line): Column[] | null {
  const cells = cellsOf(line);
  if (cells.length < 2) return null;
  const columns = cells.map((cell) => ({ kind: kindOf(joinItems(cell.items)), x: cell.x }));
  const kinds = columns.map((c) => c.kind);
  return kinds.includes('name') && kinds.includes('deadline') ? columns : null;
}

function columnOf(cell: Cell, columns: readonly Column[]): number {
  let k = 0;
  while (k + 1 < columns.length && cell.x >= (columns[k + 1]?.x ?? Infinity) - 4) k += 1;
  return k;
}

/**
 * The texts of `lines`, one per line, with the rows of a regime table rewritten as bullets: a row's first
 * line holds its bullet; its other lines, and the table's header, become null.
 */
export function regimeTableTexts(lines: readonly Line[], text: (line: Line) => string): (string | null)[] {
  const out: (string | null)[] = lines.map(text);
  for (let i = 0; i < lines.length; i++) {
    const headerLine = lines[i];
    const columns = headerLine === undefined ? null : headerColumns(headerLine);
    if (headerLine === undefined || columns === null) continue;
    const rows: { first: number; cells: Map<Kind, string[]> }[] = [];
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      const previous = lines[j - 1];
      if (line === undefined || previous === undefined || line.page !== headerLine.page) break;
      if (line.y - previous.y > 2.5 * Math.max(line.h, previous.h)) break;
      const cells = cellsOf(line).map((cell) => ({
        kind: columns[columnOf(cell, columns)]?.kind ?? null,
        cell,
      }));
      const name = cells.find((c) => c.kind === 'name');
      const startsRow = name !== undefined && /^báo cáo\b/iu.test(joinItems(name.cell.items));
      const current = rows[rows.length - 1];
      // Running text again: one cell wider than the name column, or a line that neither starts nor continues a row.
      const only = cells.length === 1 ? cells[0]?.cell : undefined;
      const second = columns[1]?.x ?? Infinity;
      if (only !== undefined && only.x < second - 4 && only.right > second + 4) break;
      if (!startsRow && current === undefined) break;
      const row =
        startsRow || current === undefined ? { first: j, cells: new Map<Kind, string[]>() } : current;
      if (row !== current) rows.push(row);
      for (const { kind, cell } of cells) {
        if (kind !== null) row.cells.set(kind, [...(row.cells.get(kind) ?? []), joinItems(cell.items)]);
      }
      end = j;
    }
    if (rows.length === 0) continue;
    for (let k = i; k <= end; k++) out[k] = null;
    for (const row of rows) {
      const part = (kind: Kind): string => (row.cells.get(kind) ?? []).join(' ').trim();
      const recipient = part('recipient');
      out[row.first] =
        `- ${part('name')}: ${part('deadline')}${recipient === '' ? '' : ` (gửi về ${recipient})`}`;
    }
    i = end;
  }
  return out;
}
