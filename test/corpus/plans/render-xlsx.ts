import ExcelJS from 'exceljs';
import type { CorpusDocument } from './model.js';
import { headerLines, itemCells, unitLines } from './render-common.js';

/** Lays a corpus document out as a spreadsheet: header block in the sheet, title rows, the table. */

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));
const BARE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A time cell that is a plain date is typed as a date, the way spreadsheets keep it. */
function timeValue(text: string): ExcelJS.CellValue {
  const match = BARE_DATE.exec(text);
  if (match === null) return text;
  return new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1])));
}

export async function renderXlsx(doc: CorpusDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  if (doc.coverSheet === true) {
    const cover = workbook.addWorksheet('Hướng dẫn');
    cover.getCell('A1').value = 'Các đơn vị cập nhật tiến độ ở trang "Kế hoạch".';
  }
  const sheet = workbook.addWorksheet('Kế hoạch');
  const width = doc.columns.length;
  const middle = Math.max(3, Math.ceil(width / 2) + 1);
  let r = 1;

  const { left, right } = headerLines(doc.header);
  for (let k = 0; k < Math.max(left.length, right.length); k++, r++) {
    if (left[k] !== undefined) sheet.getCell(r, 1).value = left[k];
    if (right[k] !== undefined) sheet.getCell(r, middle).value = right[k];
  }
  const fullWidth = (text: string): void => {
    sheet.mergeCells(r, 1, r, width);
    sheet.getCell(r, 1).value = text;
    r += 1;
  };
  if (doc.header.type !== null) fullWidth(doc.header.type);
  if (doc.header.title !== null) fullWidth(doc.header.title);
  for (const line of [...doc.body, ...doc.aboveTable]) fullWidth(line);

  // Header: one row, or "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp" with the other titles merged down.
  const headerRow = r;
  doc.columns.forEach((column, k) => {
    const c = k + 1;
    const unit = column.key === 'lead' || column.key === 'coord';
    if (doc.headerRows === 1) sheet.getCell(r, c).value = column.label;
    else if (unit) sheet.getCell(r + 1, c).value = column.label;
    else {
      sheet.getCell(r, c).value = column.label;
      sheet.mergeCells(r, c, r + 1, c);
    }
  });
  if (doc.headerRows === 2) {
    const firstUnit = doc.columns.findIndex((c) => c.key === 'lead' || c.key === 'coord') + 1;
    sheet.getCell(headerRow, firstUnit).value = 'Đơn vị thực hiện';
    sheet.mergeCells(headerRow, firstUnit, headerRow, firstUnit + 1);
  }
  r += doc.headerRows;
  if (doc.numberRow) {
    doc.columns.forEach((_, k) => {
      sheet.getCell(r, k + 1).value = `(${String(k + 1)})`;
    });
    r += 1;
  }

  for (const row of doc.rows) {
    if (row.type === 'group') {
      if (row.split === true) {
        const space = row.label.indexOf(' ');
        sheet.getCell(r, 1).value = row.label.slice(0, space).replace(/\.$/, '');
        sheet.mergeCells(r, 2, r, width);
        sheet.getCell(r, 2).value = row.label.slice(space + 1);
        r += 1;
      } else fullWidth(row.label);
      continue;
    }
    const texts = itemCells(row);
    doc.columns.forEach((column, k) => {
      const target = sheet.getCell(r, k + 1);
      if (column.key === 'lead' && row.leadMerged === true) {
        // Merged with the lead cell above, which holds the shared units.
        sheet.mergeCells(r - 1, k + 1, r, k + 1);
      } else if (column.key === 'content' && row.contentLines !== undefined) {
        target.value = row.contentLines.join('\n');
      } else if (column.key === 'lead' || column.key === 'coord') {
        const lines = unitLines(row, column.key, doc.unitJoin);
        if (lines.length > 0) target.value = lines.join('\n');
      } else if (column.key === 'time') {
        if (row.time !== '') target.value = timeValue(row.time);
      } else if (texts[column.key] !== '') target.value = texts[column.key];
    });
    r += 1;
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
