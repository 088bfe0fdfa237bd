import { foldText } from './text.js';

/**
 * Source lines as extracted from the PDF. Line numbers are kept 1-based because reviewers compare rows
 * against the text file, and the raw spacing is kept because it carries layout: a line made only of
 * spaces, or a leading space, is an empty table cell printed as a blank text item.
 */
export interface SourceLine {
  /** 1-based line number in the input. */
  no: number;
  /** Line as extracted, without the line break and any form feed. */
  raw: string;
  /** `raw` trimmed at both ends. */
  text: string;
  /** `text` folded (see foldVietnamese), computed once because many matchers need it. */
  folded: string;
  /** `empty`: nothing at all (the extractor's double spacing); `spaces`: only blanks (an empty cell). */
  kind: 'empty' | 'spaces' | 'text';
  leadingSpace: boolean;
  /** A form feed preceded this line, i.e. it is the first line of a new page. */
  pageStart: boolean;
}

export function toSourceLines(input: string): SourceLine[] {
  const rows = input.normalize('NFC').split(/\r\n|\r|\n/);
  return rows.map((row, index) => {
    const pageStart = row.includes('\f');
    const raw = row.replace(/\f/g, '').replace(/[\t\u00a0]/g, ' ');
    const text = raw.trim();
    const kind = raw.length === 0 ? 'empty' : text.length === 0 ? 'spaces' : 'text';
    const folded = foldText(text);
    return {
      no: index + 1,
      raw,
      text,
      folded,
      kind,
      leadingSpace: /^ /.test(raw) && text.length > 0,
      pageStart,
    };
  });
}

/** A line holding only a number: a table ordinal or a page number. */
export function bareNumber(line: SourceLine): number | null {
  const match = /^(\d{1,3})\.?$/.exec(line.text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Index of the next line with text at or after `from`, skipping empty and blank lines. */
export function nextTextIndex(lines: readonly SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (lines[i]?.kind === 'text') return i;
  }
  return -1;
}
