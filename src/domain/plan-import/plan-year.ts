import { foldChars, foldVietnamese } from './text.js';
import type { PlanDocumentHeader, PlanYearSource } from './types.js';

/**
 * The plan's own year, which dates every "Quý II" and "trước 30/6" of its table. A plan names its year
 * in the title ("… năm 2025") even when it is signed in December of the year before, so the title wins;
 * then the issue date; then a heading over the table ("PHÂN CÔNG NHIỆM VỤ NĂM 2025"); then the date of
 * the plan an appendix is attached to ("(Kèm theo Kế hoạch số 15/KH-STTTT ngày 22/01/2025 …)"). Only when
 * the file says nothing is the current year used, and the preview says so.
 */

export interface YearClues {
  title: string | null;
  /** The document's own issue date (`YYYY-MM-DD`). */
  date: string | null;
  /** Headings printed above the table, e.g. "PHÂN CÔNG NHIỆM VỤ NĂM 2025". */
  headings: readonly string[];
  /** The date of the "(Kèm theo …)" line. */
  attachmentDate: string | null;
}

const YEAR_IN_TEXT = /\bnam\s+(\d{4})\b/;

function yearIn(text: string | null): number | null {
  if (text === null) return null;
  const match = YEAR_IN_TEXT.exec(foldVietnamese(text));
  const year = match === null ? NaN : Number(match[1]);
  return year >= 1990 && year <= 2100 ? year : null;
}

function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

/** The year the document itself gives, and where it came from; null when it gives none. */
export function yearFromClues(clues: YearClues): { year: number; source: PlanYearSource } | null {
  const candidates: [number | null, PlanYearSource][] = [
    [yearIn(clues.title), 'title'],
    [yearOf(clues.date), 'date'],
    [clues.headings.map(yearIn).find((y) => y !== null) ?? null, 'heading'],
    [yearOf(clues.attachmentDate), 'attachment'],
  ];
  for (const [year, source] of candidates) if (year !== null) return { year, source };
  return null;
}

export interface ResolvedPlanYear {
  year: number;
  source: PlanYearSource | 'current';
}

/** The year a parsed plan is dated in: the document's, or the current year when it has none. */
export function resolvePlanYear(
  document: Pick<PlanDocumentHeader, 'year' | 'yearSource' | 'date'>,
  options: { currentYear: number },
): ResolvedPlanYear {
  if (document.year !== null) return { year: document.year, source: document.yearSource ?? 'date' };
  const dated = yearOf(document.date);
  if (dated !== null) return { year: dated, source: 'date' };
  return { year: options.currentYear, source: 'current' };
}

/** "(Kèm theo Kế hoạch số 15/KH-STTTT ngày 22/01/2025 của …)": the plan an appendix belongs to. */
const ATTACHED_TO =
  /^\s*\(?\s*kem\s+theo\s+(?:ke\s+hoach|quyet\s+dinh|van\s+ban|chuong\s+trinh|cong\s+van)\s+so\s*:?\s*(\S+?)\s*,?\s+ngay\s+(\d{1,2})\s*(?:\/|-|\.|\s+thang\s+)\s*(\d{1,2})\s*(?:\/|-|\.|\s+nam\s+)\s*(\d{4})/d;

export function readAttachmentLine(text: string): { number: string; date: string } | null {
  const original = text.normalize('NFC');
  // foldChars keeps indices, so the number is cut from the original text ("QĐ" stays "QĐ").
  const match = ATTACHED_TO.exec(foldChars(original));
  const span = match?.indices?.[1];
  if (match === null || span === undefined) return null;
  const [day, month, year] = [Number(match[2]), Number(match[3]), Number(match[4])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { number: original.slice(span[0], span[1]), date: `${String(year)}-${pad(month)}-${pad(day)}` };
}
