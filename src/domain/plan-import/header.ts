import type { SourceLine } from './lines.js';
import { collapseSpaces, foldChars, foldVietnamese, isAllCaps, joinWrapped } from './text.js';
import type { PlanDocumentHeader } from './types.js';

/**
 * The document's header block (Nghị định 30/2020/NĐ-CP layout): issuing agency and its parent on the
 * left, national motto on the right, then số/ký hiệu, địa danh and date, the document type and trích
 * yếu. Extractors often merge the left and right columns into one line, so the motto is cut out of
 * lines rather than expected on its own line.
 */

const MOTTO_PHRASES = [
  'cong hoa xa hoi chu nghia viet nam',
  'doc lap - tu do - hanh phuc',
  'doc lap – tu do – hanh phuc',
];
const DOCUMENT_TYPES = [
  'KẾ HOẠCH',
  'QUYẾT ĐỊNH',
  'BÁO CÁO',
  'CHƯƠNG TRÌNH',
  'THÔNG BÁO',
  'TỜ TRÌNH',
  'HƯỚNG DẪN',
  'CHỈ THỊ',
  'NGHỊ QUYẾT',
  'ĐỀ ÁN',
  'CÔNG VĂN',
];
// "Số: 40/KH-STTTT"; without the colon only at a line start, so a cited "Số 367/KH-UBND" is not taken.
const NUMBER = /(?:^Số\s*:?|(?:^|\s)Số\s*:)\s*(\d+[^\s,]*)/u;
const PLACE_DATE = /([\p{Lu}][\p{L} .'-]*?)\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const LEGAL_BASIS = /^Căn cứ(?=\s|$)/u;
const MAX_HEADER_LINES = 40;

function withoutMotto(text: string): string {
  let out = text;
  for (const phrase of MOTTO_PHRASES) {
    const folded = foldChars(out).replace(/\s+/g, ' ');
    // Compare on a spacing-tolerant copy: rebuild the index map over collapsed whitespace.
    const at = folded.indexOf(phrase);
    if (at < 0) continue;
    const map = collapsedIndexMap(out);
    const from = map[at] ?? 0;
    const to = map[at + phrase.length - 1] ?? out.length - 1;
    out = out.slice(0, from) + ' ' + out.slice(to + 1);
  }
  return collapseSpaces(out.replace(/^[-_\s]+$/, ''));
}

/** For each character of the whitespace-collapsed string, its index in the original. */
function collapsedIndexMap(s: string): number[] {
  const map: number[] = [];
  let previousSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = /\s/.test(s.charAt(i));
    if (space && previousSpace) continue;
    map.push(i);
    previousSpace = space;
  }
  return map;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Upper-case lines above the table that are headings, not the agency: "PHÂN CÔNG NHIỆM VỤ NĂM 2025".
const NOT_AGENCY = /\b\d{4}\b|^(?:phu luc|danh muc|phan cong|bang |chi tieu|nhiem vu|\(?kem theo)/;

function isAgencyLine(text: string): boolean {
  return isAllCaps(text) && !NOT_AGENCY.test(foldVietnamese(text));
}

export interface HeaderResult {
  document: PlanDocumentHeader;
  legalBases: string[];
  /** Index of the first line after the header and the legal bases. */
  end: number;
}

export function parseHeader(lines: readonly SourceLine[], bodyEnd: number): HeaderResult {
  const document: PlanDocumentHeader = {
    number: null,
    date: null,
    place: null,
    agency: null,
    parentAgency: null,
    type: null,
    title: null,
    year: null,
  };
  const agencyLines: string[] = [];
  let i = 0;
  let typeIndex = -1;
  for (; i < Math.min(bodyEnd, lines.length) && i < MAX_HEADER_LINES * 3; i++) {
    const line = lines[i];
    if (line === undefined || line.kind !== 'text') continue;
    if (LEGAL_BASIS.test(line.text) || /^[IVX]+\.\s/.test(line.text)) break;
    let text = withoutMotto(line.text);
    const number = NUMBER.exec(text);
    if (number?.[1] !== undefined && document.number === null) {
      document.number = number[1];
      const slash = number[1].indexOf('/');
      if (slash >= 0 && slash < number[1].length - 1) document.symbol = number[1].slice(slash + 1);
      text = collapseSpaces(text.replace(number[0], ' '));
    }
    const placeDate = PLACE_DATE.exec(text);
    if (placeDate !== null && document.date === null) {
      document.place = collapseSpaces(placeDate[1] ?? '');
      document.date = isoDate(Number(placeDate[4]), Number(placeDate[3]), Number(placeDate[2]));
      text = collapseSpaces(text.replace(placeDate[0], ' '));
    }
    if (text === '') continue;
    const type = DOCUMENT_TYPES.find((t) => foldVietnamese(text) === foldVietnamese(t));
    if (type !== undefined && document.type === null) {
      document.type = text;
      typeIndex = i;
      break;
    }
    if (document.number === null && document.date === null && isAgencyLine(text)) agencyLines.push(text);
  }
  if (agencyLines.length >= 2) {
    document.parentAgency = agencyLines[0] ?? null;
    document.agency = agencyLines.slice(1).join(' ');
  } else document.agency = agencyLines[0] ?? null;

  let cursor = typeIndex >= 0 ? typeIndex + 1 : 0;
  if (typeIndex >= 0) {
    const title: string[] = [];
    for (; cursor < bodyEnd && title.length < 4; cursor++) {
      const line = lines[cursor];
      if (line === undefined || line.kind === 'empty') continue;
      if (line.kind === 'spaces' || /^[-_*]{3,}$/.test(line.text)) {
        if (title.length > 0) break;
        continue;
      }
      if (LEGAL_BASIS.test(line.text) || /^[IVX]+\.\s/.test(line.text)) break;
      title.push(line.text);
    }
    document.title = title.length > 0 ? joinWrapped(title) : null;
  }
  const bases = parseLegalBases(lines, cursor, bodyEnd);
  return { document, legalBases: bases.items, end: bases.end };
}

/** "Căn cứ …" paragraphs before the first section; each ends with ";" or "." at a line end. */
function parseLegalBases(
  lines: readonly SourceLine[],
  from: number,
  to: number,
): { items: string[]; end: number } {
  const items: string[] = [];
  let current: string[] | null = null;
  let end = from;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line === undefined || line.kind !== 'text') continue;
    if (/^[IVX]+\.\s/.test(line.text)) break;
    if (LEGAL_BASIS.test(line.text)) {
      if (current !== null) items.push(finishBasis(current));
      current = [line.text];
    } else if (current !== null) current.push(line.text);
    else if (items.length > 0) break;
    else continue;
    end = i + 1;
    if (/[;.]$/.test(line.text)) {
      items.push(finishBasis(current));
      current = null;
    }
  }
  if (current !== null) items.push(finishBasis(current));
  return { items, end };
}

function finishBasis(parts: readonly string[]): string {
  return joinWrapped(parts).replace(/[;.,]\s*$/, '');
}
