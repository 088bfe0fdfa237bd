import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../common/errors.js';

/**
 * Limits checked BEFORE a reader runs, so that a small hostile file cannot make it allocate without
 * bound: a DOCX/XLSX whose parts inflate to gigabytes (a zip bomb), a sheet of a million rows, a PDF
 * of a hundred thousand pages. Zip parts are inflated as a stream and counted, never held; the
 * readers (docx.ts, xlsx.ts, pdf.ts) then run unchanged on a file known to be within bounds.
 */
export const READ_LIMITS = {
  /** Inflated size of any one part of a DOCX/XLSX (word/document.xml, a worksheet, sharedStrings). */
  partBytes: 50 * 1024 * 1024,
  /** Inflated size of all parts together. */
  totalBytes: 150 * 1024 * 1024,
  entries: 5_000,
  /** Rows of one worksheet, and table rows of a Word document. */
  rows: 20_000,
  /** Columns of one worksheet (a plan appendix has about ten). */
  columns: 200,
  pdfPages: 500,
} as const;

export type ReadLimits = typeof READ_LIMITS;

const MB = 1024 * 1024;
/** Compressed bytes handed to the inflater at a time: bounds each inflated chunk (deflate ≤ 1032:1). */
const FEED_BYTES = 16 * 1024;

const tooLarge = (message: string) => new AppError('PAYLOAD_TOO_LARGE', message);
const corrupt = (kind: 'DOCX' | 'XLSX') => AppError.validation(`Tệp ${kind} bị hỏng hoặc không đọc được.`);

/** Counts rows and columns in WordprocessingML / SpreadsheetML text as it streams past. */
class TableCounter {
  rows = 0;
  maxColumns = 0;
  private cellsInRow = 0;
  private carry = '';
  private readonly decoder = new TextDecoder();

  constructor(private readonly kind: 'sheet' | 'document') {}

  push(chunk: Uint8Array, final: boolean): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: !final });
    // Tags never split: the text from the last '<' on waits for the next chunk.
    const cut = final ? text.length : text.lastIndexOf('<');
    this.carry = cut < 0 ? '' : text.slice(Math.max(cut, 0));
    const whole = cut < 0 ? text : text.slice(0, cut);
    if (this.kind === 'document') {
      this.rows += whole.match(/<w:tr[\s>/]/g)?.length ?? 0;
      return;
    }
    for (const [, tag, attributes = ''] of whole.matchAll(/<(row|c)(?=[\s>/])([^>]*)/g)) {
      if (tag === 'row') {
        this.rows++;
        this.cellsInRow = 0;
        continue;
      }
      this.cellsInRow++;
      const ref = /\br="([A-Z]{1,3})\d/.exec(attributes)?.[1];
      this.maxColumns = Math.max(this.maxColumns, ref ? columnNumber(ref) : this.cellsInRow);
    }
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/**
 * Streams every part of an Office file through the inflater, counting bytes (and the rows and
 * columns of worksheets / Word tables), and throws a 413 at the first limit crossed.
 */
export function checkOfficeFile(
  buffer: Buffer,
  kind: 'DOCX' | 'XLSX',
  limits: ReadLimits = READ_LIMITS,
): void {
  let total = 0;
  let entries = 0;
  // Set from the inflater's callbacks; an object so the checks below are not narrowed away.
  const state: { failure: AppError | null } = { failure: null };
  const unzip = new Unzip((file) => {
    if (state.failure) return;
    if (++entries > limits.entries) {
      state.failure = tooLarge(`Tệp ${kind} có quá nhiều thành phần (hơn ${limits.entries}).`);
      return;
    }
    const counter = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name)
      ? new TableCounter('sheet')
      : file.name === 'word/document.xml'
        ? new TableCounter('document')
        : null;
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (state.failure) return;
      if (error) {
        state.failure = corrupt(kind);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.partBytes) {
        state.failure = tooLarge(
          `Tệp ${kind} quá lớn khi giải nén: thành phần ${file.name} vượt ${limits.partBytes / MB} MB.`,
        );
      } else if (total > limits.totalBytes) {
        state.failure = tooLarge(`Tệp ${kind} quá lớn khi giải nén: vượt ${limits.totalBytes / MB} MB.`);
      } else if (counter) {
        counter.push(chunk, final);
        if (counter.rows > limits.rows) {
          state.failure = tooLarge(
            `Tệp ${kind} có quá nhiều dòng (hơn ${limits.rows.toLocaleString('vi-VN')}).`,
          );
        } else if (counter.maxColumns > limits.columns) {
          state.failure = tooLarge(`Tệp ${kind} có quá nhiều cột (hơn ${limits.columns}).`);
        }
      }
      if (state.failure) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < buffer.length && !state.failure; at += FEED_BYTES) {
      const end = Math.min(at + FEED_BYTES, buffer.length);
      unzip.push(buffer.subarray(at, end), end === buffer.length);
    }
  } catch {
    state.failure ??= corrupt(kind);
  }
  if (state.failure) throw state.failure;
  if (entries === 0) throw corrupt(kind);
}

/** Reads only the PDF's cross-reference table and page tree: the page count, before any page is parsed. */
export async function checkPdfFile(buffer: Buffer, limits: ReadLimits = READ_LIMITS): Promise<void> {
  const task = getDocument({
    data: new Uint8Array(buffer),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
  });
  try {
    const pdf = await task.promise.catch(() => null);
    // Unreadable or encrypted: the reader gives the precise message.
    if (pdf && pdf.numPages > limits.pdfPages) {
      throw tooLarge(
        `Tệp PDF có ${pdf.numPages.toLocaleString('vi-VN')} trang, vượt giới hạn ${limits.pdfPages} trang.`,
      );
    }
  } finally {
    await task.destroy();
  }
}
