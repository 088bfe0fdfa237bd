import { excel } from '../documents/exceljs.js';
import { formatDate, formatValue } from '../../domain/tracking/format.js';
import type { IndicatorReader } from './indicator-reader.js';

type Row = Awaited<ReturnType<IndicatorReader['rows']>>[number];

const COLUMNS = [
  { key: 'ordinal', header: 'STT', width: 6 },
  { key: 'content', header: 'Chỉ tiêu', width: 60 },
  { key: 'lead', header: 'Đơn vị chủ trì', width: 24 },
  { key: 'target', header: 'Chỉ tiêu đặt ra', width: 22 },
  { key: 'latest', header: 'Giá trị mới nhất', width: 16 },
  { key: 'asOf', header: 'Tính đến ngày', width: 14 },
  { key: 'evaluation', header: 'Đánh giá', width: 18 },
  { key: 'forecast', header: 'Dự báo cuối năm', width: 60 },
] as const;

/** The indicator table as compilers paste it into reports: one row per indicator. */
export async function toIndicatorsXlsx(rows: readonly Row[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  const sheet = workbook.addWorksheet('Chỉ tiêu');
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, index) => {
    const breakdowns = row.breakdowns.filter((b) => b.latest !== null);
    const latest =
      row.latest !== null
        ? formatValue(row.latest.value, row.unit ?? 'count')
        : breakdowns
            .map((b) => `${b.breakdown}: ${formatValue(b.latest?.value ?? 0, row.unit ?? 'count')}`)
            .join('; ');
    sheet.addRow({
      ordinal: row.ordinal ?? String(index + 1),
      content: row.content,
      lead: row.leadUnits.map((u) => u.name).join(', '),
      target: row.target ?? '',
      latest,
      asOf: row.latest ? formatDate(row.latest.asOf) : '',
      evaluation: row.evaluationLabel,
      forecast: row.forecast?.text ?? '',
    });
  });
  sheet.getColumn('content').alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn('forecast').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
