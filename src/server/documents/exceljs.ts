import type ExcelJS from 'exceljs';

/**
 * ExcelJS, loaded when a workbook is first read or written: it is the heaviest module the server
 * imports (about half a second), and most processes never touch a workbook. Types come from
 * `import type ExcelJS from 'exceljs'` where needed.
 */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
