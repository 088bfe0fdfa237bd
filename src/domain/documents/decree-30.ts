import { type IsoDate, parseIsoDate } from '../calendar/index.js';

/** Page set-up of Nghị định 30/2020/NĐ-CP Appendix I (§3.1 of the regulations brief), in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const FONT = 'Times New Roman';
/** Point sizes per element (§3.3). */
export const SIZES = {
  body: 14,
  nationalTitle: 13,
  motto: 14,
  agency: 13,
  number: 13,
  placeDate: 14,
  typeName: 14,
  summary: 14,
  recipientsLabel: 12,
  recipients: 11,
  signature: 14,
  table: 12,
  pageNumber: 13,
} as const;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "An Giang, ngày 05 tháng 02 năm 2026": days 1–9 and months 1–2 take a leading zero (§3.1), the
 * other months do not ("tháng 7"). A draft without a date keeps blanks to fill by hand.
 */
export function placeDateLine(place: string, date: IsoDate | null, draftYear?: number): string {
  if (date === null) {
    const year = draftYear === undefined ? '      ' : String(draftYear);
    return `${place}, ngày      tháng      năm ${year}`;
  }
  const { year, month, day } = parseIsoDate(date);
  const monthText = month <= 2 ? pad(month) : String(month);
  return `${place}, ngày ${pad(day)} tháng ${monthText} năm ${year}`;
}

/** "Số: 05/BC-STTTT"; a draft leaves room for the records office to write the number. */
export function numberLine(number: string | null, symbol: string): string {
  if (number === null || number.trim() === '') return `Số:        /${symbol}`;
  const n = number.trim();
  return `Số: ${/^\d$/.test(n) ? `0${n}` : n}/${symbol}`;
}

export function millimetresToTwips(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}
