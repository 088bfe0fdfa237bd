import type { SourceLine } from './lines.js';

/**
 * Table header detection. Plans word their headers differently ("Nội dung thực hiện" / "Nhiệm vụ",
 * "Đơn vị chủ trì" / "Chủ trì", "Thời gian hoàn thành" / "Thời hạn") and the extractor may wrap a header
 * cell over several lines, so columns are found by their words and their order, never by position.
 */
export type ColumnKind = 'ordinal' | 'content' | 'lead' | 'coord' | 'time' | 'output' | 'note';

export interface TableHeader {
  columns: ColumnKind[];
  /** Index (into the line array) of the header's first and last line. */
  start: number;
  end: number;
}

// Every word a header row may be made of. A line with any other word is not part of a header.
const HEADER_WORDS = new Set(
  (
    'stt tt so noi dung thuc hien nhiem vu cong viec ten chi tieu giai phap hoat dong don vi co quan chu tri ' +
    'phoi hop thoi gian han hoan thanh tien do du kien san pham dau ra ket qua ghi lo trinh cac lien chinh ' +
    'cu the yeu cau muc'
  ).split(' '),
);

interface Anchor {
  words: string[];
  kind: ColumnKind | 'unitPlaceholder';
}

// Longest phrases first so "don vi chu tri" wins over "don vi".
const ANCHORS: Anchor[] = [
  ['don vi chu tri', 'lead'],
  ['co quan chu tri', 'lead'],
  ['don vi thuc hien', 'lead'],
  ['co quan thuc hien', 'lead'],
  ['don vi phoi hop', 'coord'],
  ['co quan phoi hop', 'coord'],
  ['ket qua dau ra', 'output'],
  ['noi dung', 'content'],
  ['nhiem vu', 'content'],
  ['cong viec', 'content'],
  ['chi tieu', 'content'],
  ['giai phap', 'content'],
  ['chu tri', 'lead'],
  ['phoi hop', 'coord'],
  ['thoi gian', 'time'],
  ['thoi han', 'time'],
  ['tien do', 'time'],
  ['lo trinh', 'time'],
  ['san pham', 'output'],
  ['ghi chu', 'note'],
  ['don vi', 'unitPlaceholder'],
  ['co quan', 'unitPlaceholder'],
  ['so tt', 'ordinal'],
  ['stt', 'ordinal'],
  ['tt', 'ordinal'],
].map(([phrase, kind]) => ({ words: (phrase ?? '').split(' '), kind: kind as Anchor['kind'] }));

/** The words of a line made only of header words ("Đơn vị chủ", "trì", "(1) (2)"), or null. */
export function headerTokens(line: Pick<SourceLine, 'folded'>): string[] | null {
  // Column numbering rows such as "(1) (2) (3)" belong to the header too.
  const folded = line.folded.replace(/\(\d{1,2}\)/g, ' ').replace(/[.,:;/()–-]/g, ' ');
  const tokens = folded.split(' ').filter((t) => t !== '');
  return tokens.every((t) => HEADER_WORDS.has(t)) ? tokens : null;
}

function anchorAt(tokens: readonly string[], j: number): Anchor | null {
  for (const anchor of ANCHORS) {
    if (anchor.words.every((w, k) => tokens[j + k] === w)) return anchor;
  }
  return null;
}

/** Column order from the header lines; lines are scanned in order, cells wrapped onto later lines fill gaps. */
function columnsOf(lineTokens: readonly string[][]): ColumnKind[] {
  const slots: (ColumnKind | 'unitPlaceholder')[] = [];
  for (const tokens of lineTokens) {
    for (let j = 0; j < tokens.length;) {
      const anchor = anchorAt(tokens, j);
      if (anchor === null) {
        j += 1;
        continue;
      }
      j += anchor.words.length;
      const kind = anchor.kind;
      if (kind === 'unitPlaceholder') {
        slots.push(kind);
        continue;
      }
      if (slots.includes(kind)) continue;
      // "Đơn vị" on one line and "chủ trì" on the next: the later word names the earlier cell.
      const placeholder = (kind === 'lead' || kind === 'coord') && slots.indexOf('unitPlaceholder');
      if (typeof placeholder === 'number' && placeholder >= 0) slots[placeholder] = kind;
      else slots.push(kind);
    }
  }
  return slots.filter((s): s is ColumnKind => s !== 'unitPlaceholder');
}

const MAX_HEADER_LINES = 12;
// Cheap first check: a header's first word is one of the anchors' first words.
const HEADER_START = /^(?:stt|tt|so|noi|nhiem|cong|chi|giai|don|co|chu|phoi|thoi|tien|lo|san|ket|ghi)\b/;

/** The table header starting at line index `i`, if there is one. */
export function matchTableHeader(lines: readonly SourceLine[], i: number): TableHeader | null {
  const first = lines[i];
  if (first?.kind !== 'text' || !HEADER_START.test(first.folded)) return null;
  const firstTokens = headerTokens(first);
  // A header starts with its first column's title, not with a stray header word from a wrapped cell.
  if (firstTokens === null || firstTokens.length === 0) return null;
  const firstAnchor = anchorAt(firstTokens, 0);
  if (firstAnchor === null) return null;

  const collected: string[][] = [firstTokens];
  let end = i;
  for (let j = i + 1; j < lines.length && collected.length < MAX_HEADER_LINES; j++) {
    const line = lines[j];
    if (line === undefined || line.kind !== 'text') continue;
    const tokens = headerTokens(line);
    if (tokens === null) break;
    // Short anchor-less lines are the tails of wrapped header cells ("Thời gian" / "thực hiện").
    const hasAnchor = tokens.some((_, k) => anchorAt(tokens, k) !== null);
    if (!hasAnchor && tokens.length > 3) break;
    collected.push(tokens);
    end = j;
  }
  const columns = columnsOf(collected);
  const units = columns.filter((c) => c === 'lead' || c === 'coord').length;
  if (!columns.includes('content') || units === 0) return null;
  if (units + (columns.includes('time') ? 1 : 0) + (columns.includes('ordinal') ? 1 : 0) < 2) return null;
  return { columns, start: i, end };
}
