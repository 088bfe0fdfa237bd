/**
 * The public result of reading a plan document (Kế hoạch) from extracted text. This shape is a stable JSON
 * contract: the import UI, the CLI and stored import previews all read it, so names only ever get added.
 */
export interface PlanParseResult {
  document: PlanDocumentHeader;
  /** Each "Căn cứ …" paragraph, joined across wrapped lines. */
  legalBases: string[];
  sections: PlanSection[];
  regimes: ParsedReportRegime[];
  items: PlanItem[];
  warnings: string[];
}

export interface PlanDocumentHeader {
  /** Số, ký hiệu as printed, e.g. `40/KH-STTTT`. */
  number: string | null;
  /** The ký hiệu part of the number, e.g. `KH-STTTT`. */
  symbol?: string;
  /** Ngày ban hành as `YYYY-MM-DD`. */
  date: string | null;
  place: string | null;
  agency: string | null;
  parentAgency: string | null;
  /** Document type line, e.g. `KẾ HOẠCH`. */
  type: string | null;
  /** Trích yếu. */
  title: string | null;
  /** The plan's year as the document gives it (see plan-year.ts); null when it gives none. */
  year: number | null;
  /** Where `year` was read. */
  yearSource?: PlanYearSource;
}

export type PlanYearSource = 'title' | 'date' | 'heading' | 'attachment';

export interface PlanSection {
  heading: string;
  /** 1 for `I.`, 2 for `1.`, 3 for `a)`. */
  level: 1 | 2 | 3;
  /** Body text; paragraphs separated by `\n`. */
  text: string;
}

export type RegimeFrequency = 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'nineMonths' | 'annual';

export interface RegimeDeadline {
  raw: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday?: number;
  /** `HH:MM`, 24-hour. */
  time?: string;
  /** Day of the month within the period (monthly and quarterly reports). */
  dayOfMonth?: number;
  monthOfQuarter?: 'last';
  /** Fixed calendar day and month (6-month, 9-month and annual reports). */
  day?: number;
  month?: number;
}

export interface ParsedReportRegime {
  name: string;
  frequency: RegimeFrequency;
  deadline: RegimeDeadline;
  /** Raw unit text the report goes to; matching to the org tree happens elsewhere. */
  recipient: string | null;
  sourceText: string;
}

export type PlanItemKind = 'indicator' | 'task';

export interface PlanItem {
  kind: PlanItemKind;
  /** Part letter of the appendix (A: chỉ tiêu, B: nhiệm vụ), or null when the table has no parts. */
  part: string | null;
  /** Domain (lĩnh vực) name as printed. */
  domain: string | null;
  /** Roman numeral of the domain, e.g. `III`. */
  domainIndex: string | null;
  /** STT as printed ("12"); null for rows without one, such as part A indicators. */
  ordinal: string | null;
  /** Position of a sub-row under its numbered row, from 1. */
  subOrdinal: number | null;
  /**
   * The sub-row's own label as the document prints it: "1" for "2.1", "a" for "a)", the position for
   * "- " bullets; null for a row that is not a sub-row.
   */
  subLabel: string | null;
  content: string;
  /** Raw unit texts of the lead cell (Đơn vị chủ trì). */
  lead: string[];
  /** Raw unit texts of the coordinating cell (Đơn vị phối hợp). */
  coordinators: string[];
  timeframeRaw: string;
  output: string | null;
  /** First and last 1-based source line of the row. */
  lines: [number, number];
  warnings: string[];
}
