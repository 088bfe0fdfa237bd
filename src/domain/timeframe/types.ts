/** Finest first; `frequencies` arrays are kept in this order. */
export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export type Trigger =
  | 'event'
  | 'plan'
  | 'request'
  | 'need'
  | 'arising'
  | 'newDocument'
  | 'schedule'
  | 'application'
  | 'guidance'
  | 'assignment';

export type Quarter = 1 | 2 | 3 | 4;

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

interface TimeframeBase {
  /** The text exactly as the document gave it ('' when the cell was missing). */
  raw: string;
  /** Sorted, unique. Empty when the timeframe carries no date of its own. */
  dueDates: IsoDate[];
}

/** Cả năm, Trong năm, Trong năm 2025. */
export interface WholeYearTimeframe extends TimeframeBase {
  kind: 'wholeYear';
  year: number;
}

/** Thường xuyên: reported on in every period, never "due". */
export interface ContinuousTimeframe extends TimeframeBase {
  kind: 'continuous';
}

/** Quý II, Quý III/2025, Quý II - Quý III/2025. Due at the end of the last quarter. */
export interface QuarterTimeframe extends TimeframeBase {
  kind: 'quarter';
  year: number;
  /** Ascending, unique. */
  quarters: Quarter[];
}

/** Tháng 12/2023. Due at the end of the last month. */
export interface MonthTimeframe extends TimeframeBase {
  kind: 'month';
  year: number;
  /** 1–12, ascending, unique. */
  months: number[];
}

export interface Deadline {
  date: IsoDate;
  /** Vietnamese name of the report this deadline is for ("6 tháng", "năm"), when the text says. */
  label?: string;
  frequency?: Frequency;
}

/** Trước ngày 30/6/2025; trước ngày 30/6 và 15/12 hằng năm. */
export interface DeadlineTimeframe extends TimeframeBase {
  kind: 'deadline';
  deadlines: Deadline[];
  /** "hằng năm": the same days recur every year, the dates given are the plan year's. */
  everyYear: boolean;
}

/** Hằng tháng, Định kỳ quý, năm, 06 tháng, năm. `dueDates` lists every occurrence in the year. */
export interface RecurringTimeframe extends TimeframeBase {
  kind: 'recurring';
  year: number;
  /**
   * The finest frequency, which sets how often the task comes up for reporting. `null` for a bare
   * "Định kỳ": the frequency is whatever the plan's reporting regime says, so no dates are implied.
   */
  frequency: Frequency | null;
  /** Every frequency named, finest first; empty for a bare "Định kỳ". */
  frequencies: Frequency[];
  /** "trước ngày 15 hằng tháng": occurrences fall due on this day instead of the period's last day. */
  dueDay?: number;
  schedule: { frequency: Frequency; dueDates: IsoDate[] }[];
}

/** Theo sự kiện, Khi có yêu cầu … : nothing is due until an occurrence is recorded. */
export interface TriggeredTimeframe extends TimeframeBase {
  kind: 'triggered';
  trigger: Trigger;
  /** What follows the trigger phrase in the original wording, e.g. "của UBND tỉnh". */
  detail?: string;
}

/** The cell was blank. */
export interface UnspecifiedTimeframe extends TimeframeBase {
  kind: 'unspecified';
}

/** Text we could not read; the caller keeps `raw` and flags it for a person. */
export interface UnknownTimeframe extends TimeframeBase {
  kind: 'unknown';
}

export type Timeframe =
  | WholeYearTimeframe
  | ContinuousTimeframe
  | QuarterTimeframe
  | MonthTimeframe
  | DeadlineTimeframe
  | RecurringTimeframe
  | TriggeredTimeframe
  | UnspecifiedTimeframe
  | UnknownTimeframe;

export type TimeframeKind = Timeframe['kind'];

export interface TimeframeContext {
  planYear: number;
}
