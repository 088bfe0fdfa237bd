import type { ColumnKey, CorpusDocument, HeaderBlock, ItemRow } from './model.js';

/** Layout pieces shared by the DOCX and XLSX renderers. */

/** The two columns of the Nghị định 30/2020 header block: agency and number | motto and place-date. */
export function headerLines(header: HeaderBlock): { left: string[]; right: string[] } {
  const left: string[] = [];
  if (header.parentAgency !== null) left.push(header.parentAgency);
  if (header.agency !== null) left.push(header.agency);
  if (header.number !== null) left.push(`Số: ${header.number}`);
  const right: string[] = [];
  if (header.agency !== null) right.push('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc');
  if (header.place !== null) right.push(`${header.place}, ${printedDate(header.date)}`);
  return { left, right };
}

/** "ngày 22 tháng 01 năm 2025", or the blanks of an unsigned draft. */
function printedDate(date: string | null): string {
  if (date === null) return 'ngày      tháng      năm 2025';
  const [year, month, day] = date.split('-');
  return `ngày ${day ?? ''} tháng ${month ?? ''} năm ${year ?? ''}`;
}

/** The printed lines of an item's lead or coordinating cell. */
export function unitLines(row: ItemRow, key: 'lead' | 'coord', join: CorpusDocument['unitJoin']): string[] {
  const printed = key === 'lead' ? row.leadLines : row.coordLines;
  return printed ?? unitCellLines(key === 'lead' ? row.lead : row.coord, join);
}

/** Units of one cell as its printed lines. */
export function unitCellLines(units: readonly string[], join: CorpusDocument['unitJoin']): string[] {
  if (units.length === 0) return [];
  if (join === 'paragraphs') return [...units];
  return [units.join(join === 'comma' ? ', ' : '; ')];
}

/** The text of each non-unit cell of an item row. */
export function itemCells(row: ItemRow): Record<Exclude<ColumnKey, 'lead' | 'coord'>, string> {
  return {
    stt: row.stt,
    content: `${row.prefix ?? ''}${row.content}`,
    time: row.time,
    output: row.output ?? '',
    budget: row.budget ?? '',
    note: row.note ?? '',
  };
}
