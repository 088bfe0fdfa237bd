import { foldVietnamese } from '../../../domain/plan-import/text.js';
import { joinItems, type Item, type Line, type Page } from './pdf-text.js';

/**
 * The header block of a Nghị định 30/2020 document sits in two columns: the issuing body on the left
 * ("UBND TỈNH ĐỒNG THÁP" / "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" / "Số: 15/KH-STTTT") and the national motto, place
 * and date on the right. Read line by line across the page, the two interleave ("SỞ THÔNG TIN VÀ TRUYỀN
 * THÔNG NAM" when the motto wraps). Split by x position: the left column's lines first, then the right's.
 */

const MAX_BLOCK_LINES = 14;
// The document type, a legal basis or a section heading follows the block, wherever it is aligned.
const BLOCK_END =
  /^(?:ke hoach|quyet dinh|bao cao|chuong trinh|thong bao|to trinh|huong dan|chi thi|nghi quyet|de an|cong van|phu luc)$|^(?:can cu|[ivx]+\.\s)/;
const MOTTO = ['cong hoa xa hoi chu nghia viet nam', 'doc lap - tu do - hanh phuc'];

export interface Cell {
  items: Item[];
  x: number;
  right: number;
}

/** Items of a line grouped into cells: a gap wider than two ems separates the columns. */
export function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  for (const item of line.items) {
    const cell = cells[cells.length - 1];
    if (cell !== undefined && item.x - cell.right < 2 * Math.max(item.h, line.h)) {
      cell.items.push(item);
      cell.right = Math.max(cell.right, item.right);
    } else cells.push({ items: [item], x: item.x, right: item.right });
  }
  return cells;
}

/** The x between the columns, from the lines that have text on both sides; null without two columns. */
function splitOf(lines: readonly Line[], page: Page): number | null {
  const splits: number[] = [];
  for (const line of lines) {
    const cells = cellsOf(line);
    if (cells.length !== 2) continue;
    const [left, right] = cells as [Cell, Cell];
    if (left.right < page.width * 0.6 && right.x > page.width * 0.3) splits.push((left.right + right.x) / 2);
  }
  if (splits.length === 0) return null;
  splits.sort((a, b) => a - b);
  return splits[Math.floor(splits.length / 2)] ?? null;
}

function isMottoPrefix(text: string): boolean {
  const folded = foldVietnamese(text).replace(/[–—]/g, '-');
  return folded.length > 0 && MOTTO.some((m) => m.startsWith(folded));
}

/**
 * The texts of the two-column block at the top of the first page, left column first, and how many lines
 * it took; null when the page does not start with one.
 */
export function headerBlockTexts(
  lines: readonly Line[],
  page: Page,
): { texts: string[]; end: number } | null {
  const top = lines.slice(0, MAX_BLOCK_LINES);
  const split = splitOf(top, page);
  if (split === null) return null;
  const left: string[] = [];
  const right: string[] = [];
  let end = 0;
  for (const line of top) {
    const cells = cellsOf(line);
    // A line across the split or centred on the page (the type "KẾ HOẠCH", the title) ends the block.
    const across = cells.some((c) => c.x < split - 2 && c.right > split + 2);
    const centred =
      cells.length === 1 &&
      cells.some((c) => Math.abs((c.x + c.right) / 2 - page.width / 2) < page.width * 0.04);
    if (across || centred || BLOCK_END.test(foldVietnamese(joinItems(line.items)))) break;
    for (const cell of cells) (cell.right <= split ? left : right).push(joinItems(cell.items));
    end += 1;
  }
  // The motto wrapped in a narrow column ("… VIỆT" / "NAM") is one line again.
  const joined: string[] = [];
  for (const text of right) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && isMottoPrefix(previous) && isMottoPrefix(`${previous} ${text}`))
      joined[joined.length - 1] = `${previous} ${text}`;
    else joined.push(text);
  }
  return { texts: [...left, ...joined], end };
}
