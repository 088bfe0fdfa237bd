import { excel } from '../documents/exceljs.js';
import { TASK_STATUS_LABELS, TIMELINESS_LABELS } from '../../domain/tracking/index.js';
import { sourceCitation } from '../../domain/directives/citation.js';
import { viDate } from '../../domain/directives/extensions.js';
import { DATE_FORMAT, isoDateCell } from '../documents/xlsx-writer.js';
import type { TaskRow } from './tasks.schemas.js';

export const TASK_EXPORT_HEADERS = [
  'STT',
  'Nhiệm vụ',
  'Lĩnh vực',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời gian',
  'Hạn',
  'Trạng thái',
  'Tiến độ',
  'Đánh giá',
  'Văn bản nguồn',
  'Lãnh đạo phụ trách',
  'Đầu mối',
  'Mức độ',
  'Số lần gia hạn',
  'Hạn trước khi gia hạn',
  'Người duyệt gia hạn',
] as const;

const WIDTHS = [6, 70, 24, 24, 30, 24, 12, 16, 10, 22, 40, 22, 22, 12, 10, 22, 22];

const unitNames = (units: readonly { name: string; shortName: string | null }[]) =>
  units.map((u) => u.shortName ?? u.name).join(', ');

/** The task list as a sheet someone can print or forward: one row per task, as filtered. */
export async function tasksWorkbook(rows: readonly TaskRow[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TASK_EXPORT_HEADERS.map((header, i) => ({ header, width: WIDTHS[i] ?? 16 }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const [index, row] of rows.entries()) {
    const current = row.current;
    const added = sheet.addRow([
      index + 1,
      row.output ? `${row.content}\nSản phẩm: ${row.output}` : row.content,
      row.domain ?? '',
      unitNames(row.leadUnits),
      unitNames(row.coordinatorUnits),
      row.timeframe,
      // A real date, so the sheet sorts and filters by it.
      current?.deadline ? isoDateCell(current.deadline) : '',
      current ? TASK_STATUS_LABELS[current.status] : '',
      current ? current.progress / 100 : null,
      current ? TIMELINESS_LABELS[current.timeliness] : '',
      sourceCitation(row.sourcing.source),
      row.sourcing.leader?.name ?? '',
      row.sourcing.focalPerson?.name ?? '',
      row.sourcing.priorityLabel,
      row.sourcing.extensions.count,
      row.sourcing.extensions.previousDeadlines.map(viDate).join('; '),
      row.sourcing.extensions.approvedBy.join('; '),
    ]);
    added.alignment = { vertical: 'top', wrapText: true };
    added.getCell(7).numFmt = DATE_FORMAT;
    added.getCell(9).numFmt = '0%';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
