import ExcelJS from 'exceljs';
import { FONT } from '../../domain/documents/decree-30.js';
import { type Table, inlineText } from '../../domain/documents/official-document.js';

/** Excel caps sheet names at 31 characters and forbids a few; two tables may share a name. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[\\/?*[\]:]/g, ' ')
      .trim()
      .slice(0, 28) || 'Bảng';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Every table of a document, one sheet each, with its header row frozen and repeated on print. */
export async function writeTablesXlsx(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
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
    for (const row of table.rows) {
      if (row.kind === 'group') {
        const added = sheet.addRow([row.text]);
        sheet.mergeCells(added.number, 1, added.number, table.columns.length);
        added.font = { name: FONT, bold: true, size: 12 };
        continue;
      }
      const added = sheet.addRow(row.cells.map((content) => inlineText(content)));
      added.font = { name: FONT, size: 12, bold: row.bold ?? false };
      added.alignment = { vertical: 'top', wrapText: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
