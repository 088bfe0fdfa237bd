import { type IsoDate, parseIsoDate } from '../calendar/index.js';

/** Page set-up of Nghị định 30/2020/NĐ-CP Appendix I (§3.1 of the regulations brief), in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const FONT = 'Times New Roman';
/**
 * The header's two columns (agency and number; quốc hiệu, tiêu ngữ, place and date), wider than the
 * 165 mm text area by reaching HEADER_OUTDENT_MM into the 30 mm left margin, as the decree's templates
 * do: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in bold 13 pt needs about 104 mm to stay on one line.
 */
export const HEADER_COLUMNS_MM = [62, 112] as const;
export const HEADER_OUTDENT_MM = 9;
/** Characters that fit on a line: the agency column at 13 pt bold capitals, the trích yếu at 14 pt bold. */
export const LINE_CHARS = { agency: 26, summary: 70 } as const;
/** The signer's name line of a draft whose signer is not yet chosen. */
export const UNNAMED_SIGNER = '……………………………';
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

/**
 * Text broken into the fewest lines of at most `max` characters, the lines as even as the words
 * allow: an agency name reads "SỞ THÔNG TIN / VÀ TRUYỀN THÔNG", not "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG",
 * and a trích yếu does not leave "năm 2026" alone on its last line. A word longer than `max` keeps
 * a line to itself.
 */
export function balancedLines(text: string, max: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [''];
  const whole = words.join(' ');
  if (whole.length <= max) return [whole];
  for (let count = Math.ceil(whole.length / max); count <= words.length; count += 1) {
    const lines = noDanglingWords(evenSplit(words, count));
    if (lines.every((line) => line.length <= max || !line.includes(' '))) return lines;
  }
  return words;
}

const LINKING_WORDS = /^(và|của|về|cho|với|tại|các|những|trong)$/iu;

/** A line does not end on "và", "của", "về" …: the word moves down to the phrase it introduces. */
function noDanglingWords(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length - 1; i += 1) {
    const words = (out[i] ?? '').split(' ');
    const last = words.at(-1) ?? '';
    if (words.length > 1 && LINKING_WORDS.test(last)) {
      out[i] = words.slice(0, -1).join(' ');
      out[i + 1] = `${last} ${out[i + 1] ?? ''}`;
    }
  }
  return out;
}

/** `count` lines, each break placed where the running length passes an even share of the whole. */
function evenSplit(words: readonly string[], count: number): string[] {
  const total = words.join(' ').length;
  const lines: string[] = [];
  let current: string[] = [];
  let used = 0;
  words.forEach((word, i) => {
    const target = (total * (lines.length + 1)) / count;
    const withWord = used + (used > 0 ? 1 : 0) + word.length;
    const left = words.length - i;
    const linesLeft = count - lines.length - 1;
    // Break before this word when it would pass the target by more than stopping short does.
    if (current.length > 0 && linesLeft > 0 && left >= linesLeft && withWord - target > target - used) {
      lines.push(current.join(' '));
      current = [];
    }
    current.push(word);
    used += (used > 0 ? 1 : 0) + word.length;
  });
  lines.push(current.join(' '));
  return lines;
}

/** A document another one rests on ("Căn cứ …"), as the plan or regime that asked for the report names it. */
export interface ReferencedDocument {
  /** "Kế hoạch", "KẾ HOẠCH", "Công văn". */
  typeName: string | null;
  /** "40/KH-STTTT". */
  number: string;
  date: IsoDate | null;
  /** The issuer in sentence case ("Sở Thông tin và Truyền thông"); null when not known. */
  issuer: string | null;
  /** Its trích yếu ("Triển khai nhiệm vụ năm 2026"). */
  title: string | null;
}

const sentenceCaseWord = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/**
 * "Kế hoạch số 40/KH-STTTT ngày 10/01/2025 của Sở Thông tin và Truyền thông về triển khai …", the
 * way a report cites the document it answers; dates as §3.1 writes them in running text.
 */
export function referenceText(doc: ReferencedDocument): string {
  const type = doc.typeName?.trim() ? sentenceCaseWord(doc.typeName.trim()) : 'Văn bản';
  const date = doc.date === null ? '' : ` ngày ${shortDate(doc.date)}`;
  const issuer = doc.issuer?.trim() ? ` của ${doc.issuer.trim()}` : '';
  const title = doc.title?.trim() ?? '';
  const about = title === '' ? '' : ` ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  return `${type} số ${doc.number.trim()}${date}${issuer}${about}`.replace(/[.;:\s]+$/, '');
}

/** "10/01/2025", "08/5/2024": days 1–9 and months 1–2 padded (§3.1). */
export function shortDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${pad(day)}/${month <= 2 ? pad(month) : String(month)}/${year}`;
}

/**
 * "(Kèm theo Báo cáo số 172/BC-STTTT ngày 12 tháng 7 năm 2024 của Sở Thông tin và Truyền thông)";
 * a draft keeps the blanks the records office fills in.
 */
export function appendixCaption(
  typeName: string,
  number: string | null,
  symbol: string,
  date: IsoDate | null,
  issuer: string,
): string {
  const n = number?.trim() ? number.trim() : '     ';
  const when = (() => {
    if (date === null) return 'ngày      tháng      năm     ';
    const { year, month, day } = parseIsoDate(date);
    return `ngày ${pad(day)} tháng ${month <= 2 ? pad(month) : String(month)} năm ${year}`;
  })();
  return `(Kèm theo ${sentenceCaseWord(typeName)} số ${n}/${symbol} ${when} của ${issuer})`;
}

/** "Lưu: VT, KHTC." – the records office and the drafting unit's abbreviation (§3.2, box 9b). */
export function fileCopyLine(draftingUnit: string | null): string {
  return draftingUnit ? `Lưu: VT, ${draftingUnit}` : 'Lưu: VT';
}

const UNIT_KIND_WORDS = /^(phòng|ban|trung tâm|chi cục|thanh tra|văn phòng)\s+/iu;

/**
 * The short form of a drafting unit for "Lưu:": its short name when it is short ("KHTC"), "VP" for
 * the Văn phòng, else the initials of its name without the kind word ("Phòng Chuyển đổi số" → "CĐS").
 */
export function draftingAbbreviation(name: string, shortName: string | null): string {
  const short = shortName?.trim() ?? '';
  if (short !== '' && short.length <= 10 && !/\s/.test(short)) return short;
  const clean = name.trim();
  if (/^văn phòng\b/iu.test(clean)) return 'VP';
  if (/^thanh tra\b/iu.test(clean)) return 'TTr';
  const words = clean
    .replace(UNIT_KIND_WORDS, '')
    .split(/[\s–-]+/)
    .filter((w) => w !== '' && !/^(và|của)$/iu.test(w));
  return words.map((w) => w.charAt(0).toUpperCase()).join('') || clean;
}
