import type { ColumnKind } from './columns.js';
import { joinWrapped, startsUpper } from './text.js';
import { isTimePhrase, isTimeStart, splitTimeAndOutput } from './time-cell.js';
import { readUnits, startsUnit, toWords, UnitCells, type UnitToken } from './units.js';
import { PARSE_WARNINGS } from './warnings.js';

/**
 * Splits one table row's lines into its cells. The extractor prints a row's cells one after the other:
 * content lines, then the unit cells, then the time cell. A row broken across a page may carry on after
 * its time cell (content and still-open unit cells continue after the page break), and a row whose cells
 * were all one line high comes out as a single line.
 */

export type RowEntry =
  { kind: 'text'; no: number; text: string; leadingSpace: boolean; first: boolean } | { kind: 'break' };

export interface RowCells {
  content: string;
  lead: string[];
  coordinators: string[];
  time: string;
  output: string | null;
  warnings: string[];
}

export interface TableLayout {
  /** Number of unit columns (lead, coordinators). */
  unitColumns: number;
  /** The coordinating column is printed before the lead column. */
  coordFirst: boolean;
  /** Where the output column sits relative to the unit and time cells, if there is one. */
  output: 'none' | 'beforeUnits' | 'beforeTime' | 'afterTime';
}

export function layoutOf(columns: readonly ColumnKind[]): TableLayout {
  const unitColumns = Math.max(1, columns.filter((c) => c === 'lead' || c === 'coord').length);
  const coordFirst = columns.includes('coord') && columns.indexOf('coord') < columns.indexOf('lead');
  const out = columns.indexOf('output');
  const firstUnit = columns.findIndex((c) => c === 'lead' || c === 'coord');
  const time = columns.indexOf('time');
  const output =
    out < 0
      ? 'none'
      : firstUnit >= 0 && out < firstUnit
        ? 'beforeUnits'
        : time >= 0 && out < time
          ? 'beforeTime'
          : 'afterTime';
  return { unitColumns, coordFirst, output };
}

interface TailStart {
  /** Index into the text entries where the unit cells begin. */
  index: number;
  /** Content printed before the units on that same line. */
  prefix: string;
  units: UnitToken[];
  /** Time (and output) printed after the units on that same line. */
  rest: string;
  /** Two spaces before that time: the coordinator cell between them is printed empty. */
  emptyBeforeTime: boolean;
}

type TextEntry = Extract<RowEntry, { kind: 'text' }>;

const joinWords = (words: readonly { w: string; sep: string | null }[]): string =>
  words.map((w) => w.w + (w.sep ?? '')).join(' ');

/** Text after the units on a line is a time cell, possibly followed by the output cell. */
function isTimeRest(rest: string): boolean {
  if (rest === '') return true;
  // Only a complete short phrase: "ngày 26/02/2018 của …" after a document number is content.
  return isTimePhrase(rest) || isTimePhrase(splitTimeAndOutput(rest).time);
}

/** Candidate starts of the unit cells on a row's first line: after some content, up to the line end. */
function inlineStarts(entry: TextEntry, index: number): TailStart[] {
  const starts: TailStart[] = [];
  const words = toWords(entry.text);
  for (let k = 1; k < words.length; k++) {
    if (!startsUnit(words, k)) continue;
    const { units, end } = readUnits(words, k);
    const rest = joinWords(words.slice(end));
    if (units.length > 0 && isTimeRest(rest)) {
      starts.push({
        index,
        prefix: joinWords(words.slice(0, k)),
        units,
        rest,
        emptyBeforeTime: gapBefore(entry.text, rest),
      });
    }
  }
  return starts;
}

/** Whether `rest`, which ends `text`, follows two or more spaces. */
function gapBefore(text: string, rest: string): boolean {
  if (rest === '') return false;
  const pattern = rest
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(` {2,}${pattern}\\s*$`, 'u').test(text);
}

/** A line made of units, optionally followed by the time cell ("CNTT-BCVT  Cả năm"). */
function unitsLine(text: string): { units: UnitToken[]; rest: string } | null {
  const words = toWords(text);
  const { units, end } = readUnits(words, 0);
  if (units.length === 0) return null;
  const rest = joinWords(words.slice(end));
  return rest === '' || isTimeStart(rest) ? { units, rest } : null;
}

interface TailCheck {
  ok: boolean;
  overflow: boolean;
}

/** Does the row read sensibly if its unit cells begin at `start`? */
function checkTail(
  texts: readonly TextEntry[],
  breaks: ReadonlySet<number>,
  start: TailStart,
  layout: TableLayout,
): TailCheck {
  const cells = new UnitCells();
  cells.addUnits(start.units);
  if (start.emptyBeforeTime && cells.cells.length > 1) return { ok: false, overflow: false };
  let timeSeen = start.rest !== '';
  for (let i = start.index + 1; i < texts.length && !timeSeen; i++) {
    const entry = texts[i];
    if (entry === undefined) break;
    if (isTimeStart(entry.text)) timeSeen = true;
    else if (cells.addLine(entry.text)) continue;
    else if (addUnitsThenTime(cells, entry.text)) timeSeen = true;
    // Content after a page break, before any time cell: the time cell is blank.
    else if (breaks.has(i)) break;
    else if (layout.output === 'beforeTime' || cells.cells.length >= layout.unitColumns) timeSeen = true;
    else return { ok: false, overflow: false };
  }
  // With a single unit column, units on separate lines are simply more units of that cell.
  const overflow = layout.unitColumns > 1 && cells.cells.length > layout.unitColumns;
  return { ok: !overflow, overflow };
}

function addUnitsThenTime(cells: UnitCells, text: string): boolean {
  const split = unitsLine(text);
  if (split === null || split.rest === '') return false;
  cells.addUnits(split.units);
  return true;
}

/**
 * The earliest line where the unit cells can begin and the rest of the row still reads as unit cells and
 * then a time cell. The cell count decides between readings: in "… ngành công nghiệp" / "CNTT" /
 * "CNTT-BCVT TTCNTT-TT Khi có yêu cầu", taking "CNTT" as a unit would give three unit cells for two
 * columns, so it stays in the content. Only a row's first line may hold content and units together,
 * because only there do the content and unit cells share a baseline.
 */
function findTail(
  texts: readonly TextEntry[],
  breaks: ReadonlySet<number>,
  layout: TableLayout,
): { start: TailStart; overflow: boolean } | null {
  let fallback: TailStart | null = null;
  for (let i = 0; i < texts.length; i++) {
    const entry = texts[i];
    if (entry === undefined) continue;
    const candidates: TailStart[] = [];
    if (entry.first) candidates.push(...inlineStarts(entry, i));
    else {
      const line = unitsLine(entry.text);
      if (line !== null)
        candidates.push({ index: i, prefix: '', units: line.units, rest: line.rest, emptyBeforeTime: false });
    }
    for (const candidate of candidates) {
      const check = checkTail(texts, breaks, candidate, layout);
      if (check.ok) return { start: candidate, overflow: false };
      if (check.overflow) fallback ??= candidate;
    }
  }
  return fallback === null ? null : { start: fallback, overflow: true };
}

export function parseRowCells(entries: readonly RowEntry[], layout: TableLayout): RowCells {
  const texts: TextEntry[] = [];
  const breaks = new Set<number>();
  for (const entry of entries) {
    if (entry.kind === 'break') breaks.add(texts.length);
    else texts.push(entry);
  }
  const warnings: string[] = [];
  const found = findTail(texts, breaks, layout);
  if (found === null) {
    return {
      content: joinWrapped(texts.map((t) => t.text)),
      lead: [],
      coordinators: [],
      time: '',
      output: null,
      warnings,
    };
  }
  const { start } = found;
  if (found.overflow) warnings.push(PARSE_WARNINGS.extraUnitCells);

  const content: string[] = texts.slice(0, start.index).map((t) => t.text);
  if (start.prefix !== '') content.push(start.prefix);
  const cells = new UnitCells();
  cells.addUnits(start.units);
  const time: string[] = [];
  const output: string[] = [];
  let state: 'units' | 'time' | 'output' | 'after' = 'units';
  // Set from the time-cell helper below, hence an object rather than a narrowed local.
  const marks = { emptyCoord: false };

  const takeTime = (text: string, leading: boolean): 'time' | 'output' => {
    if (layout.output === 'afterTime') {
      const split = splitTimeAndOutput(text);
      time.push(split.time);
      if (split.output !== '') {
        output.push(split.output);
        return 'output';
      }
    } else time.push(text);
    if (leading && time.length === 1) marks.emptyCoord = true;
    return 'time';
  };

  if (start.rest !== '') state = takeTime(start.rest, false);
  for (let i = start.index + 1; i < texts.length; i++) {
    const entry = texts[i];
    if (entry === undefined) continue;
    const pageBreak = breaks.has(i) || (state !== 'units' && entry.leadingSpace);
    if (pageBreak && state !== 'units') state = 'after';
    if (state === 'units') {
      if (isTimeStart(entry.text)) state = takeTime(entry.text, entry.leadingSpace && !breaks.has(i));
      else if (cells.addLine(entry.text)) continue;
      else if (addUnitsThenTime(cells, entry.text))
        state = takeTime(unitsLine(entry.text)?.rest ?? '', false);
      else if (breaks.has(i)) {
        state = 'after';
        content.push(entry.text);
      } else if (layout.output === 'beforeTime' && time.length === 0 && output.length === 0)
        output.push(entry.text);
      else state = takeTime(entry.text, entry.leadingSpace);
    } else if (state === 'time') {
      if (layout.output === 'afterTime' && startsUpper(entry.text) && !isTimeStart(entry.text)) {
        output.push(entry.text);
        state = 'output';
      } else time.push(entry.text);
    } else if (state === 'output') output.push(entry.text);
    else if (cells.isOpen && cells.addLine(entry.text)) continue;
    else content.push(entry.text);
  }

  const [first = [], ...rest] = cells.cells;
  let lead = first;
  let coordinators = rest.flat();
  if (layout.unitColumns === 1) {
    lead = cells.cells.flat();
    coordinators = [];
  } else if (layout.coordFirst && rest.length > 0) {
    coordinators = first;
    lead = rest.flat();
  } else if (marks.emptyCoord && rest.length > 0) {
    lead = [...lead, ...coordinators];
    coordinators = [];
    warnings.push(PARSE_WARNINGS.emptyCoordinatorCell);
  }
  let contentText = joinWrapped(content);
  let outputText = output.length > 0 ? joinWrapped(output) : null;
  if (layout.output === 'beforeUnits') {
    const split = splitOutputBeforeUnits(content);
    contentText = split.content;
    outputText = split.output;
  }
  return { content: contentText, lead, coordinators, time: joinWrapped(time), output: outputText, warnings };
}

const PRODUCT_WORDS =
  /^(?:Kế hoạch|Báo cáo|Quyết định|Văn bản|Tờ trình|Công văn|Hướng dẫn|Thông báo|Chương trình|Đề án|Dự thảo|Nghị quyết|Chỉ thị|Hệ thống|Phần mềm|Cơ sở dữ liệu|Hội nghị|Sản phẩm|Kết quả|Danh sách|Quy chế|Quy định)(?=[\s,.;:]|$)/u;

/** With the output column between content and units, the output is the last line starting with a product word. */
function splitOutputBeforeUnits(lines: readonly string[]): { content: string; output: string | null } {
  for (let k = lines.length - 1; k >= 1; k--) {
    if (PRODUCT_WORDS.test(lines[k] ?? '')) {
      return { content: joinWrapped(lines.slice(0, k)), output: joinWrapped(lines.slice(k)) };
    }
  }
  return { content: joinWrapped(lines), output: null };
}
