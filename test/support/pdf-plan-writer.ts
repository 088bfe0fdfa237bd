import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/**
 * Lays out a plan (Kế hoạch) as a PDF the way Word or LibreOffice print one: the Nghị định 30/2020 header
 * block in two columns (agency left, national motto right), the document type and title, legal bases, and
 * the appendix table with its header repeated on every page. Cell text is wrapped here, greedily, at
 * spaces and after hyphens, and a word wider than its cell is cut between characters, as word processors
 * do; so a narrow unit or date cell wraps "Phòng BCVT-" / "CNTT" or "31/1" / "2/2025" for real. "\n" in a
 * cell is a paragraph break the author typed.
 *
 * Used by the corpus generator (committed fixtures), the PDF reader's tests and the benchmark.
 */

const REGULAR = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
];
const BOLD = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
];

export interface PlanPdfColumn {
  /** Header label; "\n" only where the author broke it, otherwise it wraps in the column. */
  title: string;
  width: number;
  /** Body cells centred (common for unit and time columns); left-aligned by default. */
  align?: 'left' | 'center';
}

export type PlanPdfRow =
  | { cells: string[] }
  /** A group row: the label in the first cell, the title merged over the other columns. */
  | { group: string; title: string }
  /** A row merged over the whole width. */
  | { merged: string };

export interface PlanPdfSpec {
  orientation: 'portrait' | 'landscape';
  /** Landscape pages printed as portrait pages turned a quarter (/Rotate 90), as some printers do. */
  turnedPages?: boolean;
  /** Drawn cell borders, or bare text. */
  ruled: boolean;
  fontSize?: number;
  header: {
    /** Left column, top to bottom: parent agency, agency (each may wrap in the column), number line. */
    left: string[];
    /** Right column: motto, "Độc lập - Tự do - Hạnh phúc", place and date. */
    right: string[];
    /** Width of each column; a narrow right column wraps the motto. */
    leftWidth?: number;
    rightWidth?: number;
  };
  /** Centred lines under the header block: the type ("KẾ HOẠCH") and the title. */
  titleLines: string[];
  /** Paragraphs of running text before the table ("Căn cứ …"). */
  paragraphs: string[];
  /** A borderless table of three columns after the paragraphs (a table of reporting regimes). */
  textTable?: string[][];
  /** A second header row under the first ("Chủ trì" | "Phối hợp" under "Đơn vị thực hiện"). */
  columns: PlanPdfColumn[];
  /** Spanning titles over the columns of a two-row header: [label, first column, last column]. */
  spans?: [string, number, number][];
  /** A row of column numbers (1) (2) … under the header. */
  numberRow?: boolean;
  /** Print the header again on each page (Word's "repeat as header row"); default true. */
  repeatHeader?: boolean;
  rows: PlanPdfRow[];
  /** Lines after the table (Nơi nhận, signature). */
  closing: string[];
}

const MARGIN = 40;
/** A cell text that merges the cell with the one above it (a vertical merge). */
export const MERGED_ABOVE = '^';
const PAD = 4;

function font(candidates: readonly string[]): string {
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined)
    throw new Error(`no Vietnamese TrueType font found (tried ${candidates.join(', ')})`);
  return found;
}

/** Greedy wrapping: breaks at spaces and after hyphens; a word wider than the line is cut by characters. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const pieces = paragraph
      .split(/\s+/)
      .filter((w) => w !== '')
      .flatMap((word) =>
        word.split(/(?<=[\p{L}\d]-)(?=[\p{L}\d])/u).map((p, k, all) => ({ p, glued: k < all.length - 1 })),
      );
    let line = '';
    let gluedBefore = false;
    for (const { p, glued } of pieces) {
      const candidate = line === '' ? p : line + (gluedBefore ? '' : ' ') + p;
      if (measure(candidate) <= width) line = candidate;
      else if (measure(p) <= width) {
        if (line !== '') out.push(line);
        line = p;
      } else {
        // Cut an over-long word: fill the line, then go on with the rest.
        let rest = p;
        let current = line === '' ? '' : line + (gluedBefore ? '' : ' ');
        while (rest !== '') {
          let n = 0;
          while (n < rest.length && measure(current + rest.slice(0, n + 1)) <= width) n += 1;
          if (n === 0 && current.trim() === '') n = 1;
          if (n === 0) {
            out.push(current.trimEnd());
            current = '';
            continue;
          }
          current += rest.slice(0, n);
          rest = rest.slice(n);
          if (rest !== '') {
            out.push(current);
            current = '';
          }
        }
        line = current;
      }
      gluedBefore = glued;
    }
    out.push(line);
  }
  return out;
}

/** Draws the plan; resolves to the PDF's bytes. */
export async function writePlanPdf(spec: PlanPdfSpec): Promise<Buffer> {
  const [pageWidth, pageHeight] = spec.orientation === 'portrait' ? [595, 842] : [842, 595];
  const size = spec.fontSize ?? 10;
  const regular = font(REGULAR);
  const bold = font(BOLD);
  // Fixed metadata so a regenerated fixture is byte-identical.
  // A landscape page may also be a portrait page shown turned (/Rotate 90), its content drawn sideways.
  const turned = spec.orientation === 'landscape' && spec.turnedPages === true;
  const doc = new PDFDocument({
    size: turned ? [pageHeight, pageWidth] : [pageWidth, pageHeight],
    margin: 0,
    autoFirstPage: false,
    info: { CreationDate: new Date(Date.UTC(2025, 0, 1)), Producer: 'baocao fixtures', Creator: 'baocao' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  const newPage = (): void => {
    doc.addPage();
    if (!turned) return;
    (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Rotate = 90;
    doc.transform(0, -1, 1, 0, 0, pageWidth);
  };
  newPage();
  doc.font(regular).fontSize(size);
  const lineHeight = size * 1.25;
  const measure = (s: string): number => doc.widthOfString(s);
  const put = (text: string, x: number, y: number): void => {
    doc.text(text, x, y, { lineBreak: false });
  };
  const centred = (text: string, x0: number, x1: number, y: number): void => {
    put(text, (x0 + x1) / 2 - measure(text) / 2, y);
  };

  // Header block: two columns, each centred in its own width.
  const leftWidth = spec.header.leftWidth ?? (pageWidth - 2 * MARGIN) * 0.42;
  const rightWidth = spec.header.rightWidth ?? (pageWidth - 2 * MARGIN) * 0.55;
  const rightX = pageWidth - MARGIN - rightWidth;
  const block = (texts: readonly string[], x0: number, width: number): number => {
    let y = MARGIN;
    texts.forEach((text, k) => {
      doc.font(k === 0 || /^[\p{Lu}\d\s–-]+$/u.test(text) ? bold : regular);
      for (const line of wrapText(text, width, measure)) {
        centred(line, x0, x0 + width, y);
        y += lineHeight;
      }
    });
    doc.font(regular);
    return y;
  };
  let y = Math.max(block(spec.header.left, MARGIN, leftWidth), block(spec.header.right, rightX, rightWidth));
  y += lineHeight;
  spec.titleLines.forEach((line, k) => {
    doc.font(k === 0 ? bold : regular);
    centred(line, 0, pageWidth, y);
    y += lineHeight;
  });
  doc.font(regular);
  y += lineHeight / 2;
  for (const paragraph of spec.paragraphs) {
    for (const line of wrapText(paragraph, pageWidth - 2 * MARGIN, measure)) {
      put(line, MARGIN, y);
      y += lineHeight;
    }
  }
  // A small table in the running text, without borders: each cell wraps in its own third of the width.
  const third = (pageWidth - 2 * MARGIN) / 3;
  for (const row of spec.textTable ?? []) {
    const cells = row.map((text) => wrapText(text, third - 12, measure));
    cells.forEach((cellLines, c) =>
      cellLines.forEach((line, k) => put(line, MARGIN + c * third, y + k * lineHeight)),
    );
    y += Math.max(...cells.map((c) => c.length)) * lineHeight;
  }
  y += lineHeight / 2;

  // The table.
  const widths = spec.columns.map((c) => c.width);
  const edges = widths.reduce<number[]>((acc, w) => [...acc, (acc[acc.length - 1] ?? 0) + w], [MARGIN]);
  const tableRight = edges[edges.length - 1] ?? MARGIN;
  if (tableRight > pageWidth - MARGIN + 1) throw new Error(`table wider than the page (${tableRight})`);
  const bottom = pageHeight - MARGIN - 2 * lineHeight;
  const stroke = (x0: number, y0: number, x1: number, y1: number): void => {
    if (spec.ruled) doc.moveTo(x0, y0).lineTo(x1, y1).lineWidth(0.6).stroke();
  };
  const inner = (from: number, to: number): number => (edges[to + 1] ?? 0) - (edges[from] ?? 0) - 2 * PAD;
  const cellLines = (text: string, from: number, to: number): string[] =>
    text === '' || text === MERGED_ABOVE ? [] : wrapText(text, inner(from, to), measure);

  /** One row of cells, each [text, first column, last column]; top-aligned; returns its height. */
  const rowHeight = (cells: readonly [string, number, number][]): number =>
    Math.max(1, ...cells.map(([t, a, b]) => cellLines(t, a, b).length)) * lineHeight + 2 * PAD;
  const drawRow = (cells: readonly [string, number, number][], top: number, centre: boolean): number => {
    const height = rowHeight(cells);
    for (const [text, from, to] of cells) {
      const x0 = (edges[from] ?? 0) + PAD;
      const x1 = (edges[to + 1] ?? 0) - PAD;
      // A cell merged with the one above: no text and no border between them.
      const merged = text === MERGED_ABOVE;
      if (!merged) {
        cellLines(text, from, to).forEach((line, k) => {
          const ly = top + PAD + k * lineHeight;
          if (centre || from === 0 || spec.columns[from]?.align === 'center') centred(line, x0, x1, ly);
          else put(line, x0, ly);
        });
        stroke(edges[from] ?? 0, top, edges[to + 1] ?? 0, top);
      }
      stroke(edges[from] ?? 0, top, edges[from] ?? 0, top + height);
      stroke(edges[to + 1] ?? 0, top, edges[to + 1] ?? 0, top + height);
    }
    return top + height;
  };
  const single = (texts: readonly string[]): [string, number, number][] => texts.map((t, c) => [t, c, c]);

  const drawHeader = (top: number): number => {
    doc.font(bold);
    let at = top;
    if (spec.spans === undefined) at = drawRow(single(spec.columns.map((c) => c.title)), at, true);
    else {
      // Two rows: columns under a span get their title in the second row; the others span both rows.
      const spans = spec.spans;
      const under = (c: number): boolean => spans.some(([, a, b]) => c >= a && c <= b);
      const first: [string, number, number][] = [];
      spec.columns.forEach((column, c) => {
        if (!under(c)) first.push([column.title, c, c]);
      });
      for (const [label, a, b] of spans) first.push([label, a, b]);
      const second: [string, number, number][] = spec.columns
        .map((column, c): [string, number, number] => [column.title, c, c])
        .filter(([, c]) => under(c));
      const h1 = rowHeight(first.filter(([, a]) => spans.some(([, s]) => s === a)));
      const h2 = rowHeight(second);
      const total = Math.max(rowHeight(first.filter(([, a]) => !under(a))), h1 + h2);
      for (const [text, a, b] of first) {
        const spanning = spans.some(([, s]) => s === a);
        const height = spanning ? h1 : total;
        cellLines(text, a, b).forEach((line, k) =>
          centred(line, (edges[a] ?? 0) + PAD, (edges[b + 1] ?? 0) - PAD, at + PAD + k * lineHeight),
        );
        stroke(edges[a] ?? 0, at, edges[b + 1] ?? 0, at);
        stroke(edges[a] ?? 0, at + height, edges[b + 1] ?? 0, at + height);
        stroke(edges[a] ?? 0, at, edges[a] ?? 0, at + height);
        stroke(edges[b + 1] ?? 0, at, edges[b + 1] ?? 0, at + height);
      }
      for (const [text, a] of second) {
        cellLines(text, a, a).forEach((line, k) =>
          centred(line, (edges[a] ?? 0) + PAD, (edges[a + 1] ?? 0) - PAD, at + h1 + PAD + k * lineHeight),
        );
        stroke(edges[a] ?? 0, at + total, edges[a + 1] ?? 0, at + total);
        stroke(edges[a] ?? 0, at + h1, edges[a] ?? 0, at + total);
        stroke(edges[a + 1] ?? 0, at + h1, edges[a + 1] ?? 0, at + total);
      }
      at += total;
    }
    if (spec.numberRow === true) at = drawRow(single(spec.columns.map((_, c) => `(${c + 1})`)), at, true);
    doc.font(regular);
    return at;
  };

  let page = 1;
  const pageNumber = (): void => centred(String(page), 0, pageWidth, pageHeight - MARGIN + 10);
  y = drawHeader(y);
  const last = spec.columns.length - 1;
  for (const row of spec.rows) {
    let cells: [string, number, number][];
    if ('cells' in row) cells = single(row.cells);
    else if ('group' in row)
      cells = [
        [row.group, 0, 0],
        [row.title, 1, last],
      ];
    else cells = [[row.merged, 0, last]];
    if (y + rowHeight(cells) > bottom) {
      stroke(MARGIN, y, tableRight, y);
      pageNumber();
      newPage();
      page += 1;
      y = spec.repeatHeader === false ? MARGIN : drawHeader(MARGIN);
    }
    const isGroup = !('cells' in row);
    if (isGroup) doc.font(bold);
    y = drawRow(cells, y, false);
    doc.font(regular);
  }
  stroke(MARGIN, y, tableRight, y);
  y += lineHeight;
  if (y + spec.closing.length * lineHeight > bottom) {
    pageNumber();
    newPage();
    page += 1;
    y = MARGIN;
  }
  spec.closing.forEach((line, k) => {
    doc.font(k === 0 ? bold : regular);
    put(line, k === 0 ? MARGIN : pageWidth - MARGIN - 200, y);
    y += lineHeight;
  });
  pageNumber();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
