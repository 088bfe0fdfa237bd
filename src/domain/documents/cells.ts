import { type IsoDate, isIsoDate } from '../calendar/index.js';
import { parseVietnameseNumber } from '../text/numbers.js';

// A table cell as the documents write it ("912", "1.348", "78,5%", "08/5/2024") read back as the
// value a spreadsheet should hold, so that people who sum columns get numbers, not text.

export type CellValue =
  | { kind: 'number'; value: number; decimals: number }
  /** `value` in percent as written (78.5 for "78,5%"). */
  | { kind: 'percent'; value: number; decimals: number }
  | { kind: 'date'; value: IsoDate }
  | { kind: 'text'; value: string };

/** The whole cell as one number, percentage or date; anything else, or anything more, stays text. */
export function cellValue(text: string): CellValue {
  const s = text.trim();
  const percent = /^(.+?)\s?%$/.exec(s);
  if (percent?.[1]) {
    const parsed = parseVietnameseNumber(percent[1]);
    if (parsed) return { kind: 'percent', ...parsed };
  }
  const number = parseVietnameseNumber(s);
  if (number) return { kind: 'number', ...number };
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (date) {
    const iso = `${date[3]}-${date[2]?.padStart(2, '0')}-${date[1]?.padStart(2, '0')}`;
    if (isIsoDate(iso)) return { kind: 'date', value: iso };
  }
  return { kind: 'text', value: text };
}

/** Excel's limit on a sheet name, and the characters it refuses in one. */
export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

/** The words of `text` that fit in `max` characters, never a word cut in half (a lone long word is). */
function wordsWithin(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).trim();
}

/**
 * A sheet name of at most 31 characters that ends on a whole word ("Đánh giá 6 tháng đầu năm 2026",
 * not "… năm 202"); a name already taken (case-insensitively, as Excel compares) gets " (2)", " (3)".
 * `taken` is updated.
 */
export function sheetName(name: string, taken: Set<string>): string {
  const clean = name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'|'$/g, '') || 'Bảng';
  let candidate = wordsWithin(clean, SHEET_NAME_MAX);
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = `${wordsWithin(clean, SHEET_NAME_MAX - suffix.length)}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
