import { matchTableHeader } from '../../../domain/plan-import/columns.js';
import { findGridHeader, parsePlanGrid } from '../../../domain/plan-import/grid.js';
import { parsePlanText, type PlanParseResult } from '../../../domain/plan-import/index.js';
import { toSourceLines } from '../../../domain/plan-import/lines.js';
import { foldVietnamese } from '../../../domain/plan-import/text.js';
import { AppError } from '../../common/errors.js';
import { PARSE_WARNINGS } from '../../../domain/plan-import/warnings.js';
import { columnBorders, findTable } from './pdf-columns.js';
import { cellTexts, verticalMerges } from './pdf-cells.js';
import { headerBlockTexts } from './pdf-header-block.js';
import { regimeTableTexts } from './pdf-regime-table.js';
import { buildRows, END_OF_TABLE } from './pdf-rows.js';
import { textLayerProblem } from './pdf-text-quality.js';
import { isPageNumber, lineText, loadPages, type Line, type Page } from './pdf-text.js';

/**
 * Reads a plan from a PDF with a text layer, as a pure function of the file's bytes. Text items keep their
 * positions and the operator list gives the drawn rules, so the appendix table is rebuilt as a grid: the
 * header band (titles wrapped over lines) gives the columns, whose borders come from the drawn vertical
 * rules or else from the gaps the body text leaves between the header titles; rows are cut at the drawn
 * horizontal rules, or else where the STT column has an ordinal, a group row ("A …", "I …") or a sub-item
 * starts; a rule that stops short of a column merges that cell with the one above. Each cell's lines are
 * joined into paragraphs by geometry (pdf-cells.ts) before the grid reader splits its units. Text above
 * the table (the two-column header block split by position, a table of regimes rewritten as bullets) goes
 * to the text reader for the document header, legal bases, sections and regimes. Scans and unreadable
 * fonts are refused with a message, never read as 0 rows.
 */

const NO_TEXT =
  'Tệp PDF không có chữ nào đọc được (trang trắng hoặc chữ đã bị chuyển thành hình vẽ). Hãy dùng tệp Word, Excel hoặc PDF xuất trực tiếp từ văn bản.';
const USE_TEXT_FILE =
  'Hãy dùng tệp Word, Excel hoặc PDF xuất trực tiếp từ văn bản, hoặc nhận dạng chữ (OCR) cho bản quét trước khi tải lên.';
const SCANNED = (pages: number): string =>
  `Tệp PDF là bản quét (ảnh chụp ${pages} trang), không có lớp chữ nên không đọc được nội dung kế hoạch. ${USE_TEXT_FILE}`;
const SCANNED_TABLE = (pages: string): string =>
  `Không đọc được bảng nhiệm vụ: trang ${pages} của tệp PDF là ảnh quét, không có lớp chữ. ${USE_TEXT_FILE}`;
const SCANNED_PAGES = (pages: string): string =>
  `Trang ${pages} của tệp PDF là ảnh quét, không có lớp chữ: nội dung các trang này không được đọc.`;

const LEGACY_FONT =
  'Tệp PDF dùng phông chữ tiếng Việt cũ (TCVN3/ABC hoặc VNI), nên chữ trích ra bị sai mã (ví dụ "KÕ ho¹ch"). Hãy chuyển văn bản sang phông Unicode (như Times New Roman) rồi xuất lại PDF, hoặc dùng tệp Word, Excel.';
const UNMAPPED_FONT =
  'Tệp PDF nhúng phông chữ không kèm bảng mã, nên không trích ra được chữ. Hãy dùng tệp Word, Excel hoặc xuất lại PDF với phông Unicode.';

/** A page that is an image with (almost) no text: a scan without OCR. */
function isScanned(page: Page): boolean {
  return page.imageCover > 0.4 && page.lines.length <= 2;
}

/** The running text of a PDF with a text layer, page numbers left out; scans are refused. */
export async function readPdfText(buffer: Buffer): Promise<string> {
  const pages = await loadPages(buffer);
  const lines = pages.flatMap((page) => page.lines.filter((line) => !isPageNumber(line, page)));
  if (pages.length > 0 && pages.every(isScanned)) throw AppError.validation(SCANNED(pages.length));
  if (lines.length === 0) throw AppError.validation(NO_TEXT);
  const text = lines.map(lineText).join('\n');
  const problem = textLayerProblem(text);
  if (problem !== null) throw AppError.validation(problem === 'legacyFont' ? LEGACY_FONT : UNMAPPED_FONT);
  return text;
}

/** Reads the plan in a .pdf file. Throws a 400 AppError when the file is not a readable PDF. */
export async function readPdf(buffer: Buffer): Promise<PlanParseResult> {
  const pages = await loadPages(buffer);
  const lines: Line[] = [];
  const starts: number[] = [];
  for (const page of pages) {
    starts.push(lines.length);
    lines.push(...page.lines.filter((line) => !isPageNumber(line, page)));
  }
  const scanned = pages.flatMap((page, k) => (isScanned(page) ? [k + 1] : []));
  if (scanned.length === pages.length) throw AppError.validation(SCANNED(pages.length));
  if (lines.length === 0) throw AppError.validation(NO_TEXT);
  const problem = textLayerProblem(lines.map(lineText).join('\n'));
  if (problem !== null) throw AppError.validation(problem === 'legacyFont' ? LEGACY_FONT : UNMAPPED_FONT);
  const scanWarnings = scanned.length > 0 ? [SCANNED_PAGES(scanned.join(', '))] : [];

  const table = findTable(lines, starts, pages);
  const aboveEnd = table?.start ?? lines.length;
  const firstPage = pages[0];
  const block = firstPage === undefined ? null : headerBlockTexts(lines.slice(0, aboveEnd), firstPage);
  const blockEnd = block !== null && lines[block.end - 1]?.page === 1 ? block.end : 0;
  const textAbove = [
    ...(blockEnd > 0 ? (block?.texts ?? []) : []),
    ...regimeTableTexts(lines.slice(blockEnd, aboveEnd), lineText).flatMap((text, k) =>
      text === null ? [] : [(starts.includes(blockEnd + k) && blockEnd + k > 0 ? '\f' : '') + text],
    ),
  ].join('\n');
  const parsed = parsePlanText(textAbove);
  const otherWarnings = parsed.warnings.filter((w) => w !== PARSE_WARNINGS.noTable);
  if (table === null) {
    // A table on scanned pages cannot be read: say so rather than import nothing.
    if (scanned.length > 0) throw AppError.validation(SCANNED_TABLE(scanned.join(', ')));
    return { ...parsed, items: [], warnings: [...otherWarnings, PARSE_WARNINGS.noTable] };
  }

  const source = toSourceLines(lines.map(lineText).join('\n'));
  const body: Line[] = [];
  const headerLines = lines.slice(table.start, table.end + 1).map((line) => foldVietnamese(lineText(line)));
  for (let i = table.end + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const repeated = matchTableHeader(source, i);
    if (repeated !== null && lines[repeated.end]?.page === line.page) {
      // A header repeated on a new page has the lines of the first one; the words of a row carried over
      // under it ("số", "thực hiện") are header words too, so they must not be taken with it.
      const same = headerLines.every((text, k) => {
        const other = lines[i + k];
        return other !== undefined && other.page === line.page && foldVietnamese(lineText(other)) === text;
      });
      i = same ? i + headerLines.length - 1 : repeated.end;
      continue;
    }
    if (END_OF_TABLE.test(foldVietnamese(lineText(line)))) break;
    body.push(line);
  }
  const headerPage = lines[table.start]?.page ?? 1;
  const borders = columnBorders(table.columns, body, pages, headerPage);
  const header = findGridHeader([table.headerTexts], { headerSearchRows: 1 });
  const kinds = header?.columns ?? [];
  const rows = buildRows(body, table.columns, borders, kinds, pages);
  // Cells shared by several rows (unit, time and output columns) of a ruled table.
  const sharedKinds = new Set(['lead', 'coord', 'time', 'output']);
  const left = table.columns[0]?.x0 ?? 0;
  const right = Math.max(...table.columns.map((c) => c.x1));
  const spans = kinds.map((kind, c): [number, number] | null =>
    kind !== null && sharedKinds.has(kind) ? [borders[c - 1] ?? left, borders[c] ?? right] : null,
  );
  const merged = verticalMerges(rows, spans, pages);
  const grid = parsePlanGrid([table.headerTexts, ...cellTexts(rows, borders)], {
    headerSearchRows: 1,
    isMergedWithAbove: (row, column) => merged[row - 1]?.[column] === true,
  });
  return { ...parsed, items: grid.items, warnings: [...scanWarnings, ...otherWarnings, ...grid.warnings] };
}
