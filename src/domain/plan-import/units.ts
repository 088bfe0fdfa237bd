import { isTimeStart } from './time-cell.js';

/**
 * Reading the unit cells (Đơn vị chủ trì / phối hợp) as raw text. Units are either abbreviations
 * ("CNTT-BCVT", "TTCNTT-TT", "VP") or names that start with a unit word ("Văn phòng", "Thanh tra Sở",
 * "Sở Tài chính", "Thành viên Tổ CNSCĐ"). Which org unit a text means is decided elsewhere.
 *
 * Cell boundaries follow what the extractor does: units in one cell are joined by ";" or ",", and two
 * cells side by side come out on one line separated by a space only.
 */

export type Separator = ';' | ',';

export interface UnitToken {
  text: string;
  /** Separator printed right after the unit, which keeps the next unit in the same cell. */
  sep: Separator | null;
  /** The name stops at a word that needs more ("Văn", "Thành viên Tổ"), so the next line finishes it. */
  incomplete: boolean;
}

interface Word {
  w: string;
  sep: Separator | null;
}

interface Head {
  words: string[];
  needsName: boolean;
  /** Collective heads ("Các đơn vị …") are followed by ordinary lower-case words. */
  lowerName?: boolean;
}

const HEADS: Head[] = [
  ...[
    'Ban Giám đốc',
    'Ban giám đốc',
    'Lãnh đạo',
    'Phó Giám đốc',
    'Giám đốc',
    'Văn phòng',
    'Thanh tra',
    'Ủy ban nhân dân',
    'Uỷ ban nhân dân',
    'Hội đồng nhân dân',
    'UBND',
    'HĐND',
    'Công an',
    'Bưu điện',
  ].map((h) => ({ words: h.split(' '), needsName: false })),
  ...[
    'Trung tâm',
    'Chi cục',
    'Thành viên',
    'Kho bạc',
    'Hiệp hội',
    'Liên đoàn',
    'Công ty',
    'Tập đoàn',
    'Phòng',
    'Ban',
    'Tổ',
    'Đội',
    'Cục',
    'Sở',
    'Bộ',
    'Hội',
    'Đoàn',
    'Đài',
    'Báo',
    'Viện',
    'Trường',
    'Văn',
  ].map((h) => ({ words: h.split(' '), needsName: true })),
  ...['Các đơn vị', 'Các phòng', 'Các cơ quan', 'Các sở'].map((h) => ({
    words: h.split(' '),
    needsName: false,
    lowerName: true,
  })),
].sort((a, b) => b.words.length - a.words.length);

// Words that qualify a complete unit without naming a new one: "Thanh tra Sở", "UBND tỉnh".
const QUALIFIERS = new Set([
  'Sở',
  'Bộ',
  'tỉnh',
  'huyện',
  'xã',
  'thị',
  'trấn',
  'thành',
  'phố',
  'phường',
  'quận',
  'cấp',
  'các',
]);
const MAX_UNIT_WORDS = 9;

function isAbbreviation(w: string): boolean {
  // Document numbers ("01/ĐA/TW", "45/2016/QĐ-TTg") are not units.
  if (!/^\p{Lu}[\p{Lu}\d&.-]*$/u.test(w)) return false;
  if (/^[IVXL]+$/.test(w)) return false; // roman numerals: quarters, domain numbers
  return (w.match(/\p{Lu}/gu) ?? []).length >= 2;
}

function isCapitalised(w: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(w);
}

function isLower(w: string): boolean {
  return /^[\p{Ll}–-]/u.test(w);
}

const HEADS_BY_FIRST = new Map<string, Head[]>();
for (const head of HEADS) {
  const key = (head.words[0] ?? '').toLowerCase();
  HEADS_BY_FIRST.set(key, [...(HEADS_BY_FIRST.get(key) ?? []), head]);
}

function headAt(words: readonly Word[], i: number): Head | null {
  const first = words[i]?.w;
  if (first === undefined || !/^\p{Lu}/u.test(first)) return null;
  for (const head of HEADS_BY_FIRST.get(first.toLowerCase()) ?? []) {
    const matches = head.words.every((hw, k) => {
      const word = words[i + k];
      // A separator inside the phrase means the phrase ended earlier.
      if (word === undefined || (k < head.words.length - 1 && word.sep !== null)) return false;
      return word.w.toLowerCase() === hw.toLowerCase();
    });
    if (matches) return head;
  }
  return null;
}

export function toWords(text: string): Word[] {
  const words: Word[] = [];
  for (const chunk of text.trim().split(/\s+/)) {
    if (chunk === '') continue;
    const match = /^(.*?)([;,]+)$/.exec(chunk);
    const w = match?.[1] ?? chunk;
    const sep = match?.[2] === undefined ? null : match[2].includes(';') ? ';' : ',';
    if (w === '') {
      const last = words[words.length - 1];
      if (last !== undefined) last.sep = sep;
      continue;
    }
    words.push({ w, sep });
  }
  return words;
}

export function startsUnit(words: readonly Word[], i: number): boolean {
  const word = words[i];
  return word !== undefined && (headAt(words, i) !== null || isAbbreviation(word.w));
}

/** Reads units from word `from` on; stops at the first word that cannot be part of a unit. */
export function readUnits(words: readonly Word[], from: number): { units: UnitToken[]; end: number } {
  const units: UnitToken[] = [];
  let i = from;
  while (i < words.length) {
    const head = headAt(words, i);
    const first = words[i];
    if (first === undefined || (head === null && !isAbbreviation(first.w))) break;
    const start = i;
    let needsName = head?.needsName ?? false;
    let inName = false;
    i += head?.words.length ?? 1;
    while (i < words.length && words[i - 1]?.sep === null && i - start < MAX_UNIT_WORDS) {
      const word = words[i];
      if (word === undefined) break;
      // A time cell printed on the same line ends the unit ("Thanh tra Sở Cả năm"); it starts with a capital or digit.
      if (
        /^[\p{Lu}\d]/u.test(word.w) &&
        isTimeStart(
          words
            .slice(i)
            .map((x) => x.w)
            .join(' '),
        )
      )
        break;
      const nextHead = headAt(words, i);
      if (needsName) {
        // "Thành viên Tổ CNSCĐ" nests a unit word; "Phòng Văn hóa" only starts its name with one.
        const nested = nextHead !== null && !isLower(words[i + nextHead.words.length]?.w ?? 'X');
        if (nextHead !== null && nested) {
          needsName = nextHead.needsName;
          i += nextHead.words.length;
        } else if (isAbbreviation(word.w) || isCapitalised(word.w)) {
          needsName = false;
          inName = true;
          i += 1;
        } else break;
      } else if (inName) {
        if (nextHead !== null || isAbbreviation(word.w)) break;
        if (!isLower(word.w) && !isCapitalised(word.w)) break;
        i += 1;
      } else if (head?.lowerName === true && isLower(word.w)) {
        i += 1;
      } else if (QUALIFIERS.has(word.w)) {
        i += 1;
      } else break;
    }
    const taken = words.slice(start, i);
    units.push({
      text: taken.map((x) => x.w).join(' '),
      sep: taken[taken.length - 1]?.sep ?? null,
      incomplete: needsName,
    });
  }
  return { units, end: i };
}

/** Units of a line made only of units, or null. */
export function unitLine(text: string): UnitToken[] | null {
  const words = toWords(text.replace(/\.$/, ''));
  if (words.length === 0) return null;
  const { units, end } = readUnits(words, 0);
  return end === words.length && units.length > 0 ? units : null;
}

/**
 * The lead and coordinating cells of one row, built line by line. A line that ends with a separator
 * leaves its cell open, so the next line's first unit joins it; otherwise each line starts a new cell.
 */
export class UnitCells {
  cells: string[][] = [];
  private open = false;
  private lastIncomplete = false;

  clone(): UnitCells {
    const copy = new UnitCells();
    copy.cells = this.cells.map((c) => [...c]);
    copy.open = this.open;
    copy.lastIncomplete = this.lastIncomplete;
    return copy;
  }

  get isOpen(): boolean {
    return this.open;
  }

  get unitCount(): number {
    return this.cells.reduce((n, c) => n + c.length, 0);
  }

  /** Would `text` continue a unit whose name was cut at the line end ("Văn" / "phòng")? */
  private continuation(words: readonly Word[]): number {
    if (this.unitCount === 0) return 0;
    let n = 0;
    while (n < words.length) {
      const w = words[n]?.w ?? '';
      if (!isLower(w) || (this.lastIncomplete ? n >= 3 : !QUALIFIERS.has(w))) break;
      n += 1;
      if (words[n - 1]?.sep !== null) break;
    }
    return n;
  }

  /** Adds a line of units; returns false and changes nothing when the line is not made of units. */
  addLine(text: string): boolean {
    const words = toWords(text.replace(/\.$/, ''));
    if (words.length === 0) return false;
    const joined = this.continuation(words);
    const { units, end } = readUnits(words, joined);
    if (end !== words.length || (joined === 0 && units.length === 0)) return false;
    if (joined > 0) {
      const tail = words.slice(0, joined);
      this.appendToLast(tail.map((x) => x.w).join(' '), tail[tail.length - 1]?.sep ?? null, false);
    }
    units.forEach((unit, k) => {
      if (k === 0 && joined === 0 && this.lastIncomplete)
        this.appendToLast(unit.text, unit.sep, unit.incomplete);
      else this.push(unit);
    });
    return true;
  }

  addUnits(units: readonly UnitToken[]): void {
    for (const unit of units) {
      if (this.lastIncomplete) this.appendToLast(unit.text, unit.sep, unit.incomplete);
      else this.push(unit);
    }
  }

  private push(unit: UnitToken): void {
    const current = this.cells[this.cells.length - 1];
    if (this.open && current !== undefined) current.push(unit.text);
    else this.cells.push([unit.text]);
    this.open = unit.sep !== null;
    this.lastIncomplete = unit.incomplete;
  }

  private appendToLast(text: string, sep: Separator | null, incomplete: boolean): void {
    const cell = this.cells[this.cells.length - 1];
    const last = cell?.[cell.length - 1];
    if (cell === undefined || last === undefined) return;
    cell[cell.length - 1] = `${last} ${text}`;
    this.open = sep !== null;
    this.lastIncomplete = incomplete;
  }
}
