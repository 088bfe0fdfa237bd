import { endOfMonth } from './dates';
import type { MonthTimeframe, Quarter, QuarterTimeframe, WholeYearTimeframe } from './types';
import type { Reading } from './reading';

// Readers for a named stretch of the calendar: the whole year, quarters, months.

const LEAD_VERB = String.raw`(?:(?:thuc hien|hoan thanh|trien khai)\s+)?`;
const YEAR_SUFFIX = String.raw`(?:\s*(?:\/|nam)\s*(\d{4}))?`;

export function readWholeYear({ raw, folded, planYear }: Reading): WholeYearTimeframe | null {
  const m = new RegExp(String.raw`^${LEAD_VERB}(?:trong\s+)?(?:ca\s+)?nam(?:\s+(\d{4}))?$`).exec(folded);
  if (!m) return null;
  const year = m[1] === undefined ? planYear : Number(m[1]);
  return { kind: 'wholeYear', raw, year, dueDates: [endOfMonth(year, 12)] };
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Reads "<numeral> (, | và | - | đến) <numeral> …" into the listed numbers, a dash or "đến"
 * meaning every number in between. `word` ("quy", "thang") may repeat before each numeral.
 */
function readNumeralList(
  body: string,
  word: string,
  parse: (token: string) => number | null,
): number[] | null {
  const token = new RegExp(
    String.raw`\s*(?:(${word})|(iv|iii|ii|i|\d{1,2})\b|(-|den|toi)|(,|;|&|va|hoac))\s*`,
    'y',
  );
  const values: number[] = [];
  let pendingRange = false;
  let pos = 0;
  while (pos < body.length) {
    token.lastIndex = pos;
    const m = token.exec(body);
    if (!m || m[0].length === 0) return null;
    pos = token.lastIndex;
    if (m[2] !== undefined) {
      const n = parse(m[2]);
      if (n === null) return null;
      const from = values.at(-1);
      if (pendingRange && from !== undefined) {
        if (n <= from) return null;
        for (let k = from + 1; k <= n; k++) values.push(k);
      } else {
        values.push(n);
      }
      pendingRange = false;
    } else if (m[3] !== undefined) {
      if (values.length === 0) return null;
      pendingRange = true;
    }
  }
  if (values.length === 0 || pendingRange) return null;
  return [...new Set(values)].sort((a, b) => a - b);
}

function quarterNumeral(token: string): number | null {
  const n = ROMAN[token] ?? Number(token);
  return n >= 1 && n <= 4 ? n : null;
}

function monthNumeral(token: string): number | null {
  const n = Number(token);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

export function readQuarter({ raw, folded, planYear }: Reading): QuarterTimeframe | null {
  // "6 tháng đầu/cuối năm" names a half year; it is carried as its two quarters so that it
  // falls due, and shows up in reports, exactly like "Quý I - Quý II".
  const half = new RegExp(String.raw`^${LEAD_VERB}(?:trong\s+)?0?6 thang (dau|cuoi) nam${YEAR_SUFFIX}$`).exec(
    folded,
  );
  if (half) {
    const year = half[2] === undefined ? planYear : Number(half[2]);
    const first = half[1] === 'dau';
    const quarters: Quarter[] = first ? [1, 2] : [3, 4];
    return { kind: 'quarter', raw, year, quarters, dueDates: [endOfMonth(year, first ? 6 : 12)] };
  }
  const m = new RegExp(String.raw`^${LEAD_VERB}(?:trong\s+|vao\s+)?(quy\b.*?)${YEAR_SUFFIX}$`).exec(folded);
  if (!m?.[1]) return null;
  const list = readNumeralList(m[1], 'quy', quarterNumeral);
  if (!list) return null;
  const year = m[2] === undefined ? planYear : Number(m[2]);
  const quarters = list as Quarter[];
  const last = quarters.at(-1) ?? 4;
  return { kind: 'quarter', raw, year, quarters, dueDates: [endOfMonth(year, last * 3)] };
}

export function readMonth({ raw, folded, planYear }: Reading): MonthTimeframe | null {
  const m = new RegExp(String.raw`^${LEAD_VERB}(?:trong\s+|vao\s+)?(thang\s+\d.*?)${YEAR_SUFFIX}$`).exec(
    folded,
  );
  if (!m?.[1]) return null;
  const months = readNumeralList(m[1], 'thang', monthNumeral);
  if (!months) return null;
  const year = m[2] === undefined ? planYear : Number(m[2]);
  const last = months.at(-1) ?? 12;
  return { kind: 'month', raw, year, months, dueDates: [endOfMonth(year, last)] };
}
