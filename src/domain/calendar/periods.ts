/**
 * Report periods (kỳ báo cáo) and their codes: `2024-W27`, `2024-01`, `2024-Q2`, `2024-H1`,
 * `2024-9M`, `2024`. Codes are the stable keys stored with submissions; labels are for display.
 * Bad input always throws `CalendarError` (use `isPeriodCode` to test without catching).
 */
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type IsoDate,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
} from './date.js';
import { CalendarError } from './errors.js';
import { isoWeekOf, isoWeekSpan, isoWeeksInYear } from './iso-week.js';

export type PeriodKind = 'week' | 'month' | 'quarter' | 'half' | 'nineMonths' | 'year';

export const PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'half', 'nineMonths', 'year'];

export interface PeriodRef {
  kind: PeriodKind;
  /** For weeks, the ISO week-numbering year (2024-12-30 is in 2025-W01). */
  year: number;
  /** Week 1–53, month 1–12, quarter 1–4, half 1–2; always 1 for `nineMonths` and `year`. */
  index: number;
}

export interface ReportPeriod extends PeriodRef {
  code: string;
  /** First day, inclusive. */
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
}

/** Month-based kinds: how many months one period spans, and how many periods a year has. */
const MONTH_SPANS: Record<Exclude<PeriodKind, 'week'>, { months: number; count: number }> = {
  month: { months: 1, count: 12 },
  quarter: { months: 3, count: 4 },
  half: { months: 6, count: 2 },
  nineMonths: { months: 9, count: 1 },
  year: { months: 12, count: 1 },
};

const CODE_PATTERNS: readonly { kind: PeriodKind; pattern: RegExp }[] = [
  { kind: 'year', pattern: /^(\d{4})$/ },
  { kind: 'month', pattern: /^(\d{4})-(\d{2})$/ },
  { kind: 'week', pattern: /^(\d{4})-W(\d{2})$/ },
  { kind: 'quarter', pattern: /^(\d{4})-Q(\d)$/ },
  { kind: 'half', pattern: /^(\d{4})-H(\d)$/ },
  { kind: 'nineMonths', pattern: /^(\d{4})-9M$/ },
];

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function periodCount(kind: PeriodKind, year: number): number {
  return kind === 'week' ? isoWeeksInYear(year) : MONTH_SPANS[kind].count;
}

// Kinds also arrive from query strings and stored rows, not only from typed code.
function assertKind(kind: PeriodKind): void {
  if (!PERIOD_KINDS.includes(kind)) {
    throw new CalendarError('invalidArgument', `Unknown period kind: ${kind}`);
  }
}

function assertPeriodRef(ref: PeriodRef): void {
  const { kind, year, index } = ref;
  assertKind(kind);
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new CalendarError(
      'outOfRange',
      `Period years must be ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, got ${year}`,
    );
  }
  if (!Number.isInteger(index) || index < 1 || index > periodCount(kind, year)) {
    throw new CalendarError('invalidArgument', `No ${kind} ${index} in ${year}`);
  }
}

export function formatPeriodCode(ref: PeriodRef): string {
  assertPeriodRef(ref);
  const { kind, year, index } = ref;
  switch (kind) {
    case 'week':
      return `${year}-W${pad2(index)}`;
    case 'month':
      return `${year}-${pad2(index)}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-H${index}`;
    case 'nineMonths':
      return `${year}-9M`;
    case 'year':
      return String(year);
  }
}

/** The full period (code and inclusive dates) of a kind, year and index. */
export function reportPeriod(ref: PeriodRef): ReportPeriod {
  const code = formatPeriodCode(ref);
  const { kind, year, index } = ref;
  if (kind === 'week') return { kind, year, index, code, ...isoWeekSpan({ weekYear: year, week: index }) };
  const { months } = MONTH_SPANS[kind];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    kind,
    year,
    index,
    code,
    start: formatIsoDate({ year, month: firstMonth, day: 1 }),
    end: formatIsoDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}

export function parsePeriodCode(code: string): ReportPeriod {
  for (const { kind, pattern } of CODE_PATTERNS) {
    const match = pattern.exec(code);
    if (!match) continue;
    const year = Number(match[1]);
    const index = match[2] === undefined ? 1 : Number(match[2]);
    try {
      return reportPeriod({ kind, year, index });
    } catch (error) {
      if (error instanceof CalendarError) {
        throw new CalendarError('invalidPeriodCode', `Invalid period code "${code}": ${error.message}`);
      }
      throw error;
    }
  }
  throw new CalendarError(
    'invalidPeriodCode',
    `Invalid period code "${code}": expected YYYY, YYYY-MM, YYYY-Www, YYYY-Qn, YYYY-Hn or YYYY-9M`,
  );
}

export function isPeriodCode(code: string): boolean {
  try {
    parsePeriodCode(code);
    return true;
  } catch {
    return false;
  }
}

/**
 * The period of a kind that contains a date. Only January–September lie in a 9-month period, so
 * for `nineMonths` a date in October–December has none.
 */
export function periodContaining(kind: Exclude<PeriodKind, 'nineMonths'>, date: IsoDate): ReportPeriod;
export function periodContaining(kind: PeriodKind, date: IsoDate): ReportPeriod | undefined;
export function periodContaining(kind: PeriodKind, date: IsoDate): ReportPeriod | undefined {
  assertKind(kind);
  if (kind === 'week') {
    const { weekYear, week } = isoWeekOf(date);
    return reportPeriod({ kind, year: weekYear, index: week });
  }
  const { year, month } = parseIsoDate(date);
  const { months } = MONTH_SPANS[kind];
  if (kind === 'nineMonths' && month > months) return undefined;
  return reportPeriod({ kind, year, index: Math.ceil(month / months) });
}

export function periodsInYear(kind: PeriodKind, year: number): ReportPeriod[] {
  assertPeriodRef({ kind, year, index: 1 });
  return Array.from({ length: periodCount(kind, year) }, (_, i) =>
    reportPeriod({ kind, year, index: i + 1 }),
  );
}

/** The period of the same kind that follows; a year's 9 months are followed by next year's. */
export function nextPeriod(ref: PeriodRef): ReportPeriod {
  const { kind, year, index } = ref;
  assertPeriodRef(ref);
  if (index < periodCount(kind, year)) return reportPeriod({ kind, year, index: index + 1 });
  return reportPeriod({ kind, year: year + 1, index: 1 });
}

export function previousPeriod(ref: PeriodRef): ReportPeriod {
  const { kind, year, index } = ref;
  assertPeriodRef(ref);
  if (index > 1) return reportPeriod({ kind, year, index: index - 1 });
  return reportPeriod({ kind, year: year - 1, index: periodCount(kind, year - 1) });
}

/** Vietnamese label as written in reports: `Tuần 27/2024`, `Quý II/2024`, `6 tháng đầu năm 2024` … */
export function periodLabel(ref: PeriodRef): string {
  assertPeriodRef(ref);
  const { kind, year, index } = ref;
  switch (kind) {
    case 'week':
      return `Tuần ${pad2(index)}/${year}`;
    case 'month':
      return `Tháng ${pad2(index)}/${year}`;
    case 'quarter':
      return `Quý ${ROMAN_QUARTERS[index - 1] ?? ''}/${year}`;
    case 'half':
      return index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    case 'nineMonths':
      return `9 tháng năm ${year}`;
    case 'year':
      return `Năm ${year}`;
  }
}
