import type ExcelJS from 'exceljs';
import { excel } from '../../documents/exceljs.js';
import { findGridHeader, parsePlanGrid } from '../../../domain/plan-import/grid.js';
import { parsePlanText, type PlanParseResult } from '../../../domain/plan-import/index.js';
import { AppError } from '../../common/errors.js';
import { PARSE_WARNINGS } from '../../../domain/plan-import/warnings.js';

/**
 * Reads a plan from a spreadsheet (.xlsx): the first sheet (or the first one holding a plan table), with the table header among its first rows and
 * the title block (agency, number, date, title) above it. Merged cells keep their text in the top-left
 * cell; cells under a vertical merge share the unit and time cells of the row above.
 */

const CORRUPT = 'Tệp XLSX bị hỏng hoặc không đọc được.';
const HEADER_SEARCH_ROWS = 15;
// Guards against sheets whose formatting reaches far past the data.
const MAX_ROWS = 5000;
const MAX_COLUMNS = 40;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Text of a cell value as shown: rich text joined, formulas by their result, dates as dd/mm/yyyy. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return '';
    if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
    if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
    return '';
  }
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return String(value);
}

interface SheetGrid {
  rows: string[][];
  /** `row:column` keys (0-based) of cells under the first row of a merge. */
  mergedAbove: Set<string>;
}

function readSheet(sheet: ExcelJS.Worksheet): SheetGrid {
  const rowCount = Math.min(sheet.rowCount, MAX_ROWS);
  const columnCount = Math.min(sheet.columnCount, MAX_COLUMNS);
  const rows: string[][] = [];
  const mergedAbove = new Set<string>();
  for (let r = 1; r <= rowCount; r++) {
    const row: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = sheet.getCell(r, c);
      const master = cell.isMerged ? cell.master : cell;
      if (master.address !== cell.address) {
        // Covered by a merge: horizontally it is empty, under the merge's first row it shares the cell above.
        if (Number(master.row) < r) mergedAbove.add(`${r - 1}:${c - 1}`);
        row.push('');
        continue;
      }
      row.push(
        cellText(cell.value)
          .replace(/\r\n?/g, '\n')
          .replace(/[ \t\u00a0]+/g, ' ')
          .trim(),
      );
    }
    rows.push(row);
  }
  return { rows, mergedAbove };
}

export async function readXlsx(buffer: Buffer): Promise<PlanParseResult> {
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw AppError.validation(CORRUPT);
  }
  // The first sheet, unless it has no plan table and a later one has (a cover or notes sheet in front).
  const sheets = workbook.worksheets.map(readSheet);
  const hasTable = (grid: SheetGrid): boolean =>
    findGridHeader(grid.rows, { headerSearchRows: HEADER_SEARCH_ROWS }) !== null;
  const chosen = sheets.find(hasTable) ?? sheets[0];
  if (chosen === undefined) throw AppError.validation('Tệp XLSX không có trang tính nào.');
  const { rows, mergedAbove } = chosen;

  const header = findGridHeader(rows, { headerSearchRows: HEADER_SEARCH_ROWS });
  const above = header === null ? rows : rows.slice(0, header.row);
  const lines = above.flatMap((row) => row.filter((cell) => cell !== '').flatMap((cell) => cell.split('\n')));
  const parsed = parsePlanText(lines.join('\n'));
  if (header === null) {
    return {
      ...parsed,
      items: [],
      warnings: [...parsed.warnings.filter((w) => w !== PARSE_WARNINGS.noTable), PARSE_WARNINGS.noTable],
    };
  }
  const grid = parsePlanGrid(rows, {
    headerSearchRows: HEADER_SEARCH_ROWS,
    isMergedWithAbove: (r, c) => mergedAbove.has(`${r}:${c}`),
  });
  return {
    ...parsed,
    items: grid.items,
    warnings: [...parsed.warnings.filter((w) => w !== PARSE_WARNINGS.noTable), ...grid.warnings],
  };
}
