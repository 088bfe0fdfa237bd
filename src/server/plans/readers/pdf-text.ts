import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../common/errors.js';

/** Loading a PDF with pdf.js: positioned text items grouped into lines, and the drawn table rules. */

const CORRUPT = 'Tệp PDF bị hỏng hoặc không đọc được.';
const ENCRYPTED = 'Tệp PDF được bảo vệ bằng mật khẩu; hãy gửi tệp không có mật khẩu.';

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export interface Item {
  text: string;
  x: number;
  right: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Font size. */
  h: number;
}

export interface Line {
  page: number;
  y: number;
  h: number;
  items: Item[];
}

/** A drawn rule: horizontal ones at `pos` = y from `from` to `to` along x; vertical ones the other way. */
export interface Rule {
  pos: number;
  from: number;
  to: number;
}

export interface Page {
  width: number;
  height: number;
  lines: Line[];
  horizontal: Rule[];
  vertical: Rule[];
  /** Share of the page covered by its largest image: near 1 on a scanned page. */
  imageCover: number;
}

type Matrix = [number, number, number, number, number, number];

// ---------------------------------------------------------------------------------------------------------
// Loading

export async function loadPages(buffer: Buffer): Promise<Page[]> {
  const task = getDocument({
    data: new Uint8Array(buffer),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    cMapUrl: join(PDFJS_ROOT, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts') + '/',
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      const name = error instanceof Error ? error.name : '';
      throw AppError.validation(name === 'PasswordException' ? ENCRYPTED : CORRUPT);
    });
    const pages: Page[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const transform = viewport.transform as Matrix;
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const m = Util.transform(transform, raw.transform as Matrix) as Matrix;
        // Only horizontal text: rotated stamps and side notes are not table text.
        if (Math.abs(m[1]) > Math.abs(m[0]) * 0.1 || m[0] <= 0) continue;
        const h = Math.hypot(m[2], m[3]) || Math.abs(m[0]);
        items.push({ text: raw.str.normalize('NFC'), x: m[4], right: m[4] + raw.width, y: m[5], h });
      }
      const rules = readRules(await page.getOperatorList(), transform, viewport.width * viewport.height);
      pages.push({ width: viewport.width, height: viewport.height, lines: toLines(n, items), ...rules });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.validation(CORRUPT);
  } finally {
    await task.destroy();
  }
}

function toLines(page: number, items: readonly Item[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line !== undefined && Math.abs(item.y - line.y) <= 0.35 * Math.max(line.h, item.h)) {
      line.items.push(item);
      line.h = Math.max(line.h, item.h);
    } else lines.push({ page, y: item.y, h: item.h, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** Table borders: thin filled rectangles and stroked straight segments, in top-down page coordinates. */
const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
]);

/** Table borders, and how much of the page its largest image covers (images fill the unit square). */
function readRules(
  ops: { fnArray: number[]; argsArray: unknown[] },
  viewport: Matrix,
  pageArea: number,
): { horizontal: Rule[]; vertical: Rule[]; imageCover: number } {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  let imageCover = 0;
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const add = (x0: number, y0: number, x1: number, y1: number, thin: number): void => {
    const m = Util.transform(viewport, ctm) as Matrix;
    const [ax, ay] = apply(m, x0, y0);
    const [bx, by] = apply(m, x1, y1);
    const width = Math.abs(bx - ax);
    const height = Math.abs(by - ay);
    if (height <= thin && width > 4)
      horizontal.push({ pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (width <= thin && height > 4)
      vertical.push({ pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  };
  ops.fnArray.forEach((fn, k) => {
    const args = ops.argsArray[k];
    if (IMAGE_OPS.has(fn)) {
      const m = Util.transform(viewport, ctm) as Matrix;
      imageCover = Math.max(imageCover, Math.abs(m[0] * m[3] - m[1] * m[2]) / pageArea);
    } else if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && Array.isArray(args)) ctm = Util.transform(ctm, args as Matrix) as Matrix;
    else if (fn === OPS.paintFormXObjectBegin && Array.isArray(args) && Array.isArray(args[0])) {
      stack.push(ctm);
      ctm = Util.transform(ctm, args[0] as Matrix) as Matrix;
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const [paint, data] = args as [number, (ArrayLike<number> | null)[] | undefined];
      const path = data?.[0];
      if (path === null || path === undefined || paint === OPS.endPath) return;
      const stroked = paint !== OPS.fill && paint !== OPS.eoFill;
      for (const shape of subpaths(path)) {
        if (stroked) {
          for (let s = 1; s < shape.length; s++) {
            const a = shape[s - 1];
            const b = shape[s];
            if (a !== undefined && b !== undefined) add(a[0], a[1], b[0], b[1], 1);
          }
        } else if (shape.length >= 2) {
          const xs = shape.map((p) => p[0]);
          const ys = shape.map((p) => p[1]);
          add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys), 3);
        }
      }
    }
  });
  return { horizontal, vertical, imageCover };
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Points of each subpath of a pdf.js path buffer (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, close 4). */
function subpaths(path: ArrayLike<number>): [number, number][][] {
  const shapes: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let k = 0; k < path.length;) {
    const op = path[k++];
    const at = (n: number): number => path[k + n] ?? 0;
    if (op === 0) {
      if (current.length > 0) shapes.push(current);
      current = [[at(0), at(1)]];
      k += 2;
    } else if (op === 1) {
      current.push([at(0), at(1)]);
      k += 2;
    } else if (op === 2) {
      current.push([at(4), at(5)]);
      k += 6;
    } else if (op === 3) {
      current.push([at(2), at(3)]);
      k += 4;
    } else if (op === 4) {
      const first = current[0];
      if (first !== undefined) current.push(first);
    } else break;
  }
  if (current.length > 0) shapes.push(current);
  return shapes;
}

// ---------------------------------------------------------------------------------------------------------
// Text

export function joinItems(items: readonly Item[]): string {
  let out = '';
  let previous: Item | null = null;
  for (const item of items) {
    if (previous !== null && item.x - previous.right > 0.15 * Math.max(item.h, previous.h)) out += ' ';
    out += item.text;
    previous = item;
  }
  return out.replace(/\s+/g, ' ').trim();
}

export function lineText(line: Line): string {
  return joinItems(line.items);
}

/** A centred number alone on a line near the top or bottom edge: a page number, not table text. */
export function isPageNumber(line: Line, page: Page): boolean {
  if (line.items.length !== 1) return false;
  const text = lineText(line);
  if (!/^(?:trang\s*)?[-–]?\s*\d{1,4}\s*[-–]?$/i.test(text)) return false;
  const item = line.items[0];
  if (item === undefined) return false;
  const centre = (item.x + item.right) / 2;
  const nearEdge = line.y < page.height * 0.12 || line.y > page.height * 0.88;
  return nearEdge && (Math.abs(centre - page.width / 2) < page.width * 0.15 || item.x > page.width * 0.75);
}
