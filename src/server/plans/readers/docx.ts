import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { parsePlanGrid, findGridHeader, type PlanGridResult } from '../../../domain/plan-import/grid.js';
import { parsePlanText, type PlanItem, type PlanParseResult } from '../../../domain/plan-import/index.js';
import { AppError } from '../../common/errors.js';
import { PARSE_WARNINGS } from '../../../domain/plan-import/warnings.js';
import { intToRoman } from '../../../domain/plan-import/text.js';
import { parseRegimeTable } from '../../../domain/plan-import/regime-forms.js';
import type { ParsedReportRegime } from '../../../domain/plan-import/types.js';

/**
 * Reads a plan from a Word document (.docx). Paragraphs and the tables that are not the appendix (the
 * two-column header block, signature tables) become text lines for the text reader, which finds the
 * document header, legal bases, sections and reporting regimes; the appendix table is read as a grid.
 */

const CORRUPT = 'Tệp DOCX bị hỏng hoặc không đọc được.';

// ---------------------------------------------------------------------------------------------------------
// WordprocessingML read into a small tree (elements, attributes, text) with saxes, a maintained
// well-formedness-checking parser: a malformed part is a corrupt file, and custom entities are not expanded.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const top = (): XmlElement => stack[stack.length - 1] ?? root;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: { ...tag.attributes }, children: [] };
    top().children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    if (stack.length > 1) stack.pop();
  });
  parser.on('text', (text) => {
    if (top() !== root) top().children.push(text);
  });
  parser.on('cdata', (cdata) => top().children.push(cdata));
  parser.write(xml).close();
  return root;
}

function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node === undefined ? undefined : elements(node, name)[0];
}

function val(node: XmlElement | undefined): string | undefined {
  return node?.attrs['w:val'];
}

// ---------------------------------------------------------------------------------------------------------
// List numbering: ordinals in an STT column and "-" bullets are often Word's automatic numbering.

interface NumberingLevel {
  start: number;
  format: string;
  text: string;
}

class Numbering {
  private readonly levels = new Map<string, Map<number, NumberingLevel>>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: XmlElement | null) {
    const root = xml === null ? undefined : child(xml, 'w:numbering');
    if (root === undefined) return;
    const abstract = new Map<string, Map<number, NumberingLevel>>();
    for (const node of elements(root, 'w:abstractNum')) {
      abstract.set(node.attrs['w:abstractNumId'] ?? '', readLevels(node));
    }
    for (const num of elements(root, 'w:num')) {
      const base =
        abstract.get(val(child(num, 'w:abstractNumId')) ?? '') ?? new Map<number, NumberingLevel>();
      const levels = new Map(base);
      for (const override of elements(num, 'w:lvlOverride')) {
        const ilvl = Number(override.attrs['w:ilvl'] ?? '0');
        const own = child(override, 'w:lvl');
        const level = own === undefined ? levels.get(ilvl) : readLevel(own);
        const start = val(child(override, 'w:startOverride'));
        if (level !== undefined)
          levels.set(ilvl, start === undefined ? level : { ...level, start: Number(start) });
      }
      this.levels.set(num.attrs['w:numId'] ?? '', levels);
    }
  }

  /** The label Word prints before a numbered paragraph ("1.", "a)", "-"), advancing the list. */
  next(numId: string, ilvl: number): string {
    const levels = this.levels.get(numId);
    const level = levels?.get(ilvl);
    if (levels === undefined || level === undefined) return '';
    const counters = this.counters.get(numId) ?? [];
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    counters.length = ilvl + 1;
    this.counters.set(numId, counters);
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return '';
    return level.text.replace(/%(\d)/g, (_, n: string) => {
      const k = Number(n) - 1;
      const lvl = levels.get(k);
      return formatNumber(counters[k] ?? lvl?.start ?? 1, lvl?.format ?? 'decimal');
    });
  }
}

function readLevels(node: XmlElement): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>();
  for (const lvl of elements(node, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? '0'), readLevel(lvl));
  return levels;
}

function readLevel(lvl: XmlElement): NumberingLevel {
  return {
    start: Number(val(child(lvl, 'w:start')) ?? '1'),
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
  };
}

function toLetters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return intToRoman(n);
    case 'lowerRoman':
      return intToRoman(n).toLowerCase();
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerLetter':
      return toLetters(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Document body: paragraphs and tables in reading order.

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; table: DocxTable };

export interface DocxTable {
  rows: string[][];
  /** `row:column` keys of cells covered by a vertical merge (w:vMerge continue). */
  mergedAbove: Set<string>;
}

// Wrappers whose content is read as if it stood in their place.
const TRANSPARENT = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:ins',
  'w:hyperlink',
  'w:fldSimple',
]);
// Content that is not printed text of the paragraph: deletions, drawings and their text boxes, field codes.
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:drawing',
  'w:pict',
  'mc:AlternateContent',
  'w:object',
  'w:instrText',
]);

class BodyReader {
  constructor(private readonly numbering: Numbering) {}

  blocks(container: XmlElement): Block[] {
    const out: Block[] = [];
    for (const node of elements(container)) {
      if (node.name === 'w:p') out.push({ kind: 'paragraph', text: this.paragraph(node) });
      else if (node.name === 'w:tbl') out.push({ kind: 'table', table: this.table(node) });
      else if (TRANSPARENT.has(node.name)) out.push(...this.blocks(node));
    }
    return out;
  }

  paragraph(p: XmlElement): string {
    const numPr = child(child(p, 'w:pPr'), 'w:numPr');
    const numId = val(child(numPr, 'w:numId'));
    const label =
      numId === undefined || numId === '0'
        ? ''
        : this.numbering.next(numId, Number(val(child(numPr, 'w:ilvl')) ?? '0'));
    const text = this.runs(p).replace(/[ \t\u00a0]+/g, ' ');
    return label === '' ? text.trim() : `${label} ${text.trim()}`.trim();
  }

  private runs(node: XmlElement): string {
    let out = '';
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (SKIPPED.has(c.name) || c.name === 'w:pPr' || c.name === 'w:rPr') continue;
      switch (c.name) {
        case 'w:t':
          out += c.children.filter((t): t is string => typeof t === 'string').join('');
          break;
        case 'w:tab':
        case 'w:ptab':
          out += ' ';
          break;
        case 'w:br':
          out += c.attrs['w:type'] === 'page' || c.attrs['w:type'] === 'column' ? ' ' : '\n';
          break;
        case 'w:cr':
          out += '\n';
          break;
        case 'w:noBreakHyphen':
          out += '-';
          break;
        default:
          out += this.runs(c);
      }
    }
    return out;
  }

  table(tbl: XmlElement): DocxTable {
    const rows: string[][] = [];
    const mergedAbove = new Set<string>();
    for (const tr of rowsOf(tbl)) {
      const r = rows.length;
      const row: string[] = [];
      const trPr = child(tr, 'w:trPr');
      const before = Number(val(child(trPr, 'w:gridBefore')) ?? '0');
      for (let k = 0; k < before; k++) row.push('');
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(val(child(tcPr, 'w:gridSpan')) ?? '1'));
        const vMerge = child(tcPr, 'w:vMerge');
        const continues = vMerge !== undefined && val(vMerge) !== 'restart';
        const text = continues ? '' : this.cellText(tc);
        for (let k = 0; k < span; k++) {
          if (continues) mergedAbove.add(`${r}:${row.length}`);
          row.push(k === 0 ? text : '');
        }
      }
      rows.push(row);
    }
    const width = Math.max(0, ...rows.map((row) => row.length));
    for (const row of rows) while (row.length < width) row.push('');
    return { rows, mergedAbove };
  }

  /** A cell's paragraphs (and nested tables, flattened) joined with "\n"; empty paragraphs dropped. */
  private cellText(tc: XmlElement): string {
    return this.blocks(tc)
      .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : tableLines(block.table)))
      .flatMap((text) => text.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
  }
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  return elements(tbl).flatMap((node) =>
    node.name === 'w:tr' ? [node] : TRANSPARENT.has(node.name) ? rowsOf(node) : [],
  );
}

function cellsOf(tr: XmlElement): XmlElement[] {
  return elements(tr).flatMap((node) =>
    node.name === 'w:tc' ? [node] : TRANSPARENT.has(node.name) ? cellsOf(node) : [],
  );
}

/** A table that is not the appendix, as text lines: each cell's paragraphs, row by row. */
function tableLines(table: DocxTable): string[] {
  return table.rows.flatMap((row) => row.flatMap((cell) => (cell === '' ? [] : cell.split('\n'))));
}

// ---------------------------------------------------------------------------------------------------------

async function loadXml(zip: JSZip, path: string): Promise<XmlElement | null> {
  const file = zip.file(path);
  return file === null ? null : parseXml(await file.async('string'));
}

async function docxBlocks(buffer: Buffer): Promise<Block[]> {
  let zip: JSZip;
  let document: XmlElement | null;
  let numbering: XmlElement | null;
  try {
    zip = await JSZip.loadAsync(buffer);
    document = await loadXml(zip, 'word/document.xml');
    numbering = await loadXml(zip, 'word/numbering.xml');
  } catch {
    throw AppError.validation(CORRUPT);
  }
  const body = child(child(document ?? undefined, 'w:document'), 'w:body');
  if (body === undefined) throw AppError.validation(CORRUPT);
  return new BodyReader(new Numbering(numbering)).blocks(body);
}

/** The running text of a .docx (paragraphs with their list numbers, table cells row by row), for directives. */
export async function readDocxText(buffer: Buffer): Promise<string> {
  const blocks = await docxBlocks(buffer);
  return blocks
    .flatMap((block) => (block.kind === 'paragraph' ? block.text.split('\n') : tableLines(block.table)))
    .join('\n');
}

/** Reads the plan in a .docx file. Throws a 400 AppError when the file is not a readable Word document. */
export async function readDocx(buffer: Buffer): Promise<PlanParseResult> {
  return planFromBlocks(await docxBlocks(buffer));
}

interface TableGroup {
  rows: string[][];
  mergedAbove: Set<string>;
  columns: string;
}

function planFromBlocks(blocks: readonly Block[]): PlanParseResult {
  const lines: string[] = [];
  const groups: TableGroup[] = [];
  const tabledRegimes: ParsedReportRegime[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      lines.push(...block.text.split('\n'));
      continue;
    }
    const header = findGridHeader(block.table.rows);
    if (header === null) {
      // A table of reporting regimes ("Loại báo cáo | Thời hạn gửi | Nơi nhận") is read row by row.
      const regimes = parseRegimeTable(block.table.rows);
      if (regimes !== null) tabledRegimes.push(...regimes);
      else lines.push(...tableLines(block.table));
      continue;
    }
    // A table continued as a second table (after a page or section break) with the same columns is one table.
    const columns = header.columns.join('|');
    const last = groups[groups.length - 1];
    const target = last?.columns === columns ? last : { rows: [], mergedAbove: new Set<string>(), columns };
    if (target !== last) groups.push(target);
    const offset = target.rows.length;
    target.rows.push(...block.table.rows);
    for (const key of block.table.mergedAbove) {
      const [r = '0', c = '0'] = key.split(':');
      target.mergedAbove.add(`${Number(r) + offset}:${c}`);
    }
  }
  const text = parsePlanText(lines.join('\n'));
  const parsed = { ...text, regimes: [...text.regimes, ...tabledRegimes] };
  if (groups.length === 0) return parsed;
  const grids: PlanGridResult[] = groups.map((group) =>
    parsePlanGrid(group.rows, { isMergedWithAbove: (r, c) => group.mergedAbove.has(`${r}:${c}`) }),
  );
  const items: PlanItem[] = grids.flatMap((grid) => grid.items);
  return {
    ...parsed,
    items,
    warnings: [
      ...parsed.warnings.filter((w) => w !== PARSE_WARNINGS.noTable),
      ...grids.flatMap((grid) => grid.warnings),
    ],
  };
}
