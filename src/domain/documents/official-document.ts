import type { IsoDate } from '../calendar/index.js';

/**
 * An administrative document as Nghị định 30/2020/NĐ-CP lays it out, independent of the file
 * format: the writers (DOCX, XLSX) only decide how each part is drawn.
 */
export interface OfficialDocument {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH AN GIANG"; null when the agency has none. */
  parentAgency: string | null;
  /** Cơ quan ban hành, e.g. "SỞ THÔNG TIN VÀ TRUYỀN THÔNG". */
  agency: string;
  /** Running number; null while the draft has none yet (the records office gives it). */
  number: string | null;
  /** Ký hiệu, e.g. "BC-STTTT". */
  symbol: string;
  /** Địa danh, e.g. "An Giang". */
  place: string;
  /** Null for a draft: the line shows blanks for the day and month. */
  date: IsoDate | null;
  /** The year a draft without a date is being written in, printed after the blanks. */
  draftYear?: number;
  /** Tên loại, e.g. "BÁO CÁO". */
  typeName: string;
  /** Trích yếu. */
  summary: string;
  body: Block[];
  recipients: string[];
  signature: Signature;
  appendices: Appendix[];
}

export interface Signature {
  /** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; omitted when the head signs in their own name. */
  authority?: string;
  /** "PHÓ GIÁM ĐỐC". */
  title: string;
  name: string;
}

export interface Appendix {
  /** "Phụ lục I". */
  label: string;
  title: string;
  /** "(Kèm theo Báo cáo số …)". */
  caption: string;
  /** Wide tables are laid out on landscape pages. */
  landscape: boolean;
  body: Block[];
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Inline = string | TextRun[];

export type Block =
  /** Numbering is part of the text ("I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Lĩnh vực …", "a) …"), as in the seeds. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inline; italic?: boolean }
  /** Seeds write lists with "- " dashes; ordered lists as "1.", "2."… */
  | { kind: 'list'; ordered: boolean; items: Inline[] }
  | { kind: 'table'; table: Table };

export interface Table {
  /** Names the sheet in the XLSX export. */
  name: string;
  columns: TableColumn[];
  rows: TableRow[];
}

export interface TableColumn {
  title: string;
  /** Share of the table width, in percent; the columns add up to 100. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type TableRow =
  /** A group heading across the whole table ("I. CHỈ TIÊU", "Quý II"). */
  | { kind: 'group'; text: string }
  | {
      kind: 'data';
      cells: Inline[];
      bold?: boolean;
      /**
       * A "Tổng cộng" or "Bình quân" row over the data rows above it back to the last group
       * heading; a spreadsheet writes it as a SUM or AVERAGE formula over those cells.
       */
      total?: 'sum' | 'average';
    };

export function inlineText(content: Inline): string {
  return typeof content === 'string' ? content : content.map((run) => run.text).join('');
}
