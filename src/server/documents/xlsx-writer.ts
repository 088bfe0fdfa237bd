import type ExcelJS from 'exceljs';
import { excel } from './exceljs.js';
import { cellValue, sheetName } from '../../domain/documents/cells.js';
import { FONT } from '../../domain/documents/decree-30.js';
import { type Table, type TableRow, inlineText } from '../../domain/documents/official-document.js';

// Number formats are Excel's own codes: "#,##0" and "0,0%" are placeholders that Excel draws with the
// reader's regional separators, so a Vietnamese Excel shows 1.348 and 78,5% and sums them.
const decimalsPart = (decimals: number) => (decimals > 0 ? `.${'0'.repeat(Math.min(decimals, 4))}` : '');
export const numberFormat = (decimals: number) => `#,##0${decimalsPart(decimals)}`;
export const percentFormat = (decimals: number) => `0${decimalsPart(decimals)}%`;
export const DATE_FORMAT = 'dd/mm/yyyy';

/** A calendar day as Excel stores it: midnight UTC, so no time zone moves it to the day before. */
export function isoDateCell(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Writes one data cell as the value it states: a number, a percentage (as a fraction), a date, or text. */
function writeCell(cell: ExcelJS.Cell, text: string): void {
  const value = cellValue(text);
  switch (value.kind) {
    case 'number':
      cell.value = value.value;
      cell.numFmt = numberFormat(value.decimals);
      cell.alignment = { vertical: 'top', horizontal: 'right' };
      return;
    case 'percent':
      // Percent cells hold the fraction; 78,5% is 0.785 shown through "0.0%".
      cell.value = Math.round(value.value * 10_000) / 1_000_000;
      cell.numFmt = percentFormat(value.decimals);
      cell.alignment = { vertical: 'top', horizontal: 'right' };
      return;
    case 'date': {
      cell.value = isoDateCell(value.value);
      cell.numFmt = DATE_FORMAT;
      cell.alignment = { vertical: 'top', horizontal: 'center' };
      return;
    }
    case 'text':
      cell.value = text;
  }
}

/**
 * A total row as a formula over the numeric cells of the rows above it (back to the group
 * heading), with the value the document states as its cached result, so that a viewer that does
 * not recalculate still shows the right figure and an edited cell updates the total.
 */
function writeTotal(
  sheet: ExcelJS.Worksheet,
  row: ExcelJS.Row,
  data: Extract<TableRow, { kind: 'data' }>,
  from: number,
  to: number,
): void {
  data.cells.forEach((content, index) => {
    const cell = row.getCell(index + 1);
    const text = inlineText(content);
    const value = cellValue(text);
    if ((value.kind !== 'number' && value.kind !== 'percent') || from > to) {
      cell.value = text;
      return;
    }
    const column = sheet.getColumn(index + 1).letter;
    const range = `${column}${from}:${column}${to}`;
    const result = value.kind === 'percent' ? Math.round(value.value * 10_000) / 1_000_000 : value.value;
    cell.value = { formula: `${data.total === 'average' ? 'AVERAGE' : 'SUM'}(${range})`, result };
    cell.numFmt = value.kind === 'percent' ? percentFormat(value.decimals) : numberFormat(value.decimals);
    cell.alignment = { vertical: 'top', horizontal: 'right' };
  });
}

/** Every table of a document, one sheet each, with its header row frozen and repeated on print. */
export async function writeTablesXlsx(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'baocao';
  const taken = new Set<string>();
  for (const table of tables) {
    // exceljs declares PaperSize as a const enum, which isolated modules cannot name; 9 is A4.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    const paperSize = 9 as ExcelJS.PaperSize;
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: {
        paperSize,
        orientation: 'landscape',
        printTitlesRow: '1:1',
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    sheet.columns = table.columns.map((column) => ({
      header: column.title,
      width: Math.max(8, column.width * 1.2),
    }));
    const header = sheet.getRow(1);
    header.font = { name: FONT, bold: true, size: 12 };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    // The data rows of the current group: what a total row adds up. A "Bình quân" row right
    // after a "Tổng cộng" row covers the same rows.
    let groupStart = 2;
    let lastData = 1;
    let afterTotal = false;
    for (const row of table.rows) {
      if (row.kind === 'group') {
        const added = sheet.addRow([row.text]);
        sheet.mergeCells(added.number, 1, added.number, table.columns.length);
        added.font = { name: FONT, bold: true, size: 12 };
        groupStart = added.number + 1;
        afterTotal = false;
        continue;
      }
      const added = sheet.addRow([]);
      added.font = { name: FONT, size: 12, bold: row.bold ?? false };
      added.alignment = { vertical: 'top', wrapText: true };
      if (row.total) {
        writeTotal(sheet, added, row, groupStart, lastData);
        afterTotal = true;
        continue;
      }
      if (afterTotal) groupStart = added.number;
      afterTotal = false;
      lastData = added.number;
      row.cells.forEach((content, index) => writeCell(added.getCell(index + 1), inlineText(content)));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
