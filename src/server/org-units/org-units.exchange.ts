import type ExcelJS from 'exceljs';
import { excel } from '../documents/exceljs.js';
import { ORG_UNIT_KIND_LABELS, ORG_UNIT_KINDS, type OrgUnitKind } from '../../domain/org/org-unit.js';
import type { ExchangeUnit } from '../../domain/org/import-plan.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import { AppError } from '../common/errors.js';
import { orgUnitExchangeRow } from './org-units.schemas.js';

/** A row as read from a file, before validation. */
export interface RawExchangeRow {
  line: number;
  values: Record<string, unknown>;
}

export const EXCHANGE_FORMAT = 'baocao.org-units';
const COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', width: 16 },
  { key: 'name', header: 'Tên đầy đủ', width: 60 },
  { key: 'shortName', header: 'Tên viết tắt', width: 20 },
  { key: 'kind', header: 'Loại', width: 18 },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', width: 20 },
  { key: 'aliases', header: 'Bí danh (cách nhau bởi ;)', width: 30 },
  { key: 'sortOrder', header: 'Thứ tự', width: 10 },
] as const;

export function toJsonExport(units: ExchangeUnit[]): string {
  return JSON.stringify({ format: EXCHANGE_FORMAT, version: 1, units }, null, 2);
}

export async function toXlsxExport(units: ExchangeUnit[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const unit of units) {
    sheet.addRow({
      ...unit,
      kind: ORG_UNIT_KIND_LABELS[unit.kind],
      aliases: unit.aliases.join('; '),
      parentCode: unit.parentCode ?? '',
      shortName: unit.shortName ?? '',
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const kindByLabel = new Map<string, OrgUnitKind>([
  ...ORG_UNIT_KINDS.map((k) => [k.toLowerCase(), k] as const),
  ...Object.entries(ORG_UNIT_KIND_LABELS).map(
    ([k, label]) => [label.toLowerCase(), k as OrgUnitKind] as const,
  ),
]);

function normaliseRow(values: Record<string, unknown>): Record<string, unknown> {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
  const aliases = values.aliases;
  return {
    code: text(values.code),
    name: text(values.name),
    shortName: text(values.shortName) || null,
    kind: kindByLabel.get(text(values.kind).toLowerCase()) ?? text(values.kind),
    parentCode: text(values.parentCode) || null,
    aliases: Array.isArray(aliases)
      ? aliases
      : text(aliases)
          .split(';')
          .map((a) => a.trim())
          .filter(Boolean),
    sortOrder: text(values.sortOrder) === '' ? 0 : Number(text(values.sortOrder)),
  };
}

export function readJsonExchange(buffer: Buffer): RawExchangeRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(buffer.toString('utf8'));
  } catch {
    throw AppError.validation('Tệp JSON không hợp lệ.');
  }
  const units = Array.isArray(parsed) ? parsed : (parsed as { units?: unknown } | null)?.units;
  if (!Array.isArray(units)) throw AppError.validation('Tệp JSON phải có danh sách "units".');
  return units.map((u, i) => ({ line: i + 1, values: normaliseRow((u ?? {}) as Record<string, unknown>) }));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return value.text;
    if (value instanceof Date) return value.toISOString();
    return '';
  }
  return String(value);
}

export async function readXlsxExchange(buffer: Buffer): Promise<RawExchangeRow[]> {
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw AppError.validation('Tệp XLSX không đọc được.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw AppError.validation('Tệp XLSX không có trang tính nào.');
  const headerRow = sheet.getRow(1);
  const keyByColumn = new Map<number, string>();
  headerRow.eachCell((cell, column) => {
    const header = cellText(cell.value).toLowerCase();
    // Longest header first: "Mã đơn vị cấp trên" also starts with "Mã đơn vị".
    const match = [...COLUMNS]
      .sort((a, b) => b.header.length - a.header.length)
      .find((c) => header.startsWith(c.header.toLowerCase().split(' (')[0] ?? ''));
    if (match) keyByColumn.set(column, match.key);
  });
  if (![...keyByColumn.values()].includes('code')) {
    throw AppError.validation('Không tìm thấy cột "Mã đơn vị" ở dòng tiêu đề.');
  }
  const rows: RawExchangeRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const values: Record<string, unknown> = {};
    row.eachCell((cell, column) => {
      const key = keyByColumn.get(column);
      if (key) values[key] = cellText(cell.value);
    });
    if (Object.values(values).some((v) => v !== '')) rows.push({ line, values: normaliseRow(values) });
  });
  return rows;
}

/** Reads an org export (.json or .xlsx) into raw rows; other file types are refused. */
export async function readExchangeFile(file: {
  buffer: Buffer;
  filename: string;
}): Promise<RawExchangeRow[]> {
  const isXlsx = /\.xlsx$/i.test(file.filename);
  if (!isXlsx && !/\.json$/i.test(file.filename)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Chỉ nhận tệp .json hoặc .xlsx.');
  }
  const raw = isXlsx ? await readXlsxExchange(file.buffer) : readJsonExchange(file.buffer);
  if (raw.length === 0) throw AppError.validation('Tệp không có đơn vị nào.');
  return raw;
}

/**
 * An org export read as a stand-alone tree, for resolving unit names without a store (CLI
 * `plan parse --org`). Units are identified by their codes, since the file carries no ids.
 */
export async function readOrgUnitsFile(file: { buffer: Buffer; filename: string }): Promise<OrgUnit[]> {
  const rows = await readExchangeFile(file);
  const problems: string[] = [];
  const units: OrgUnit[] = [];
  for (const { line, values } of rows) {
    const result = orgUnitExchangeRow.safeParse(values);
    if (!result.success) {
      problems.push(
        `dòng ${line}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      continue;
    }
    const row = result.data;
    units.push({
      id: row.code,
      parentId: row.parentCode ?? null,
      code: row.code,
      name: row.name,
      shortName: row.shortName ?? null,
      kind: row.kind,
      aliases: row.aliases,
      sortOrder: row.sortOrder,
    });
  }
  if (problems.length)
    throw AppError.validation(`Tệp đơn vị ${file.filename} có lỗi: ${problems.join(' | ')}`);
  return units;
}
