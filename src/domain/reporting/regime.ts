/**
 * A reporting regime (chế độ báo cáo) with the components Nghị định 09/2019 requires of one
 * (regulations.md §1.3), and how a regime read from a plan's "Tổ chức thực hiện" becomes one.
 */
import type { IsoWeekday, PeriodKind } from '../calendar/index.js';
import type { ParsedReportRegime } from '../plan-import/types.js';
import type { CutOffRule } from './cut-off.js';
import type { DeadlineRule } from './deadline-rules.js';

export const REGIME_FREQUENCIES = [
  'weekly',
  'monthly',
  'quarterly',
  'semiannual',
  'nineMonths',
  'annual',
  'adHoc',
] as const;
export type RegimeFrequency = (typeof REGIME_FREQUENCIES)[number];

/** regulations.md §1.1: Decree 09 excludes internal and statistical reporting, so keep them apart. */
export type RegimeScope = 'internal' | 'administrative' | 'statistical';

/** Explicit unit ids, or every direct child of a unit (a ministry's departments). */
export type ReportingUnits = readonly string[] | { readonly childrenOf: string };

export interface OutlineSection {
  key: string;
  title: string;
  /** Written once per lĩnh vực, the way the plan's appendix groups tasks and indicators. */
  perDomain?: boolean;
}

export interface ReportRegime {
  id: string;
  /** Tên báo cáo. */
  name: string;
  /** Nội dung yêu cầu báo cáo. */
  content: string;
  scope?: RegimeScope;
  /** Đối tượng thực hiện báo cáo. */
  reportingUnits: ReportingUnits;
  /** Cơ quan nhận báo cáo. */
  receivingUnitId: string;
  /** Tần suất thực hiện. */
  frequency: RegimeFrequency;
  /** Only these periods of each year (1-based), e.g. `[1]` for "Báo cáo 6 tháng đầu năm". */
  periodIndexes?: readonly number[];
  /** Thời gian chốt số liệu. */
  cutOffRule: CutOffRule;
  /** Thời hạn gửi báo cáo. */
  deadlineRule: DeadlineRule;
  /** Mẫu đề cương báo cáo, in order. */
  outline: readonly OutlineSection[];
  /** Biểu mẫu số liệu: indicator ids. */
  dataForm: readonly string[];
  /** Hướng dẫn quy trình thực hiện. */
  instructions: string;
  /** Phương thức gửi, nhận ("Email", "LRIS" …). */
  sendingMethods?: readonly string[];
  /** Where a proposed regime came from, kept for the person who reviews it. */
  source?: { text: string; recipient: string | null };
}

/** As seed 001 is laid out: highlights first, then results by domain, difficulties, solutions, next tasks. */
export const DEFAULT_OUTLINE: readonly OutlineSection[] = [
  { key: 'highlights', title: 'Kết quả hoạt động nổi bật' },
  { key: 'results', title: 'Kết quả thực hiện', perDomain: true },
  { key: 'difficulties', title: 'Khó khăn, vướng mắc' },
  { key: 'proposals', title: 'Giải pháp, kiến nghị' },
  { key: 'nextTasks', title: 'Nhiệm vụ kỳ tới' },
];

const PERIOD_KINDS: Record<RegimeFrequency, PeriodKind | null> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  semiannual: 'half',
  nineMonths: 'nineMonths',
  annual: 'year',
  adHoc: null,
};

/** The calendar period kind of a frequency; null for ad hoc regimes, which have one explicit period. */
export function periodKindOf(frequency: RegimeFrequency): PeriodKind | null {
  return PERIOD_KINDS[frequency];
}

/** Unit ids expected to report, in the order given (explicit) or the order of `units` (children). */
export function resolveReportingUnits(
  spec: ReportingUnits,
  units: readonly { id: string; parentId: string | null }[],
): string[] {
  if (Array.isArray(spec)) return [...new Set(spec as readonly string[])];
  const { childrenOf } = spec as { childrenOf: string };
  return units.filter((unit) => unit.parentId === childrenOf).map((unit) => unit.id);
}

export interface RegimeProposal {
  regime: ReportRegime;
  /** Vietnamese notes on what was assumed because the source text did not say. */
  warnings: string[];
}

export interface ProposalOptions {
  id?: string;
  receivingUnitId?: string;
  reportingUnits?: ReportingUnits;
  /**
   * Defaults to `internal`: a plan's "Tổ chức thực hiện" tells the agency's own divisions to report
   * to one of them, which Decree 09 leaves to the agency (regulations.md §1.1).
   */
  scope?: RegimeScope;
}

function proposeDeadline(parsed: ParsedReportRegime): { rule: DeadlineRule; assumed: boolean } {
  const { weekday, time, dayOfMonth, monthOfQuarter, day, month } = parsed.deadline;
  const timed = time === undefined ? {} : { time };
  switch (parsed.frequency) {
    case 'weekly':
      if (weekday !== undefined && weekday >= 1 && weekday <= 7)
        return { rule: { kind: 'weekday', weekday: weekday as IsoWeekday, ...timed }, assumed: false };
      return { rule: { kind: 'weekday', weekday: 5, ...timed }, assumed: true };
    case 'quarterly':
      if (dayOfMonth !== undefined) {
        const rule: DeadlineRule =
          monthOfQuarter === 'last'
            ? { kind: 'dayOfLastMonthOfQuarter', day: dayOfMonth, ...timed }
            : { kind: 'dayOfMonth', day: dayOfMonth, ...timed };
        return { rule, assumed: false };
      }
      break;
    case 'monthly':
      if (dayOfMonth !== undefined)
        return { rule: { kind: 'dayOfMonth', day: dayOfMonth, ...timed }, assumed: false };
      break;
    default:
      if (day !== undefined && month !== undefined)
        return { rule: { kind: 'fixedDate', day, month, ...timed }, assumed: false };
      if (dayOfMonth !== undefined)
        return { rule: { kind: 'dayOfMonth', day: dayOfMonth, ...timed }, assumed: false };
  }
  // The 15th of the period's last month is the day right after the §1.4 standard window closes.
  return { rule: { kind: 'dayOfMonth', day: 15, ...timed }, assumed: true };
}

/**
 * A regime proposed from what the plan parser read, for a person to complete and confirm: the
 * content, the reporting units and the receiving unit are not in the source sentence, so they stay
 * empty unless given, and `validateRegime` lists them.
 */
export function regimeFromParsed(parsed: ParsedReportRegime, options: ProposalOptions = {}): RegimeProposal {
  const warnings: string[] = [];
  const { rule, assumed } = proposeDeadline(parsed);
  if (assumed)
    warnings.push(
      `Không đọc được thời hạn "${parsed.deadline.raw}"; tạm đề xuất thời hạn mặc định, cần kiểm tra.`,
    );

  let cutOffRule: CutOffRule = { kind: 'standard' };
  if (rule.kind === 'weekday' && rule.weekday > 1) {
    // §1.4 has no weekly window; ending the day before the deadline mirrors its "14th, then due the 15th".
    cutOffRule = { kind: 'weekEndingOn', weekday: (rule.weekday - 1) as IsoWeekday };
    warnings.push(
      'Văn bản không quy định thời gian chốt số liệu báo cáo tuần; đề xuất chốt đến ngày liền trước hạn gửi.',
    );
  }

  let periodIndexes: number[] | undefined;
  if (parsed.frequency === 'semiannual' && rule.kind === 'fixedDate')
    periodIndexes = [rule.month <= 6 ? 1 : 2];

  return {
    regime: {
      id: options.id ?? parsed.frequency,
      name: parsed.name,
      content: '',
      scope: options.scope ?? 'internal',
      reportingUnits: options.reportingUnits ?? [],
      receivingUnitId: options.receivingUnitId ?? '',
      frequency: parsed.frequency,
      ...(periodIndexes === undefined ? {} : { periodIndexes }),
      cutOffRule,
      deadlineRule: rule,
      outline: DEFAULT_OUTLINE,
      dataForm: [],
      instructions: '',
      source: { text: parsed.sourceText, recipient: parsed.recipient },
    },
    warnings,
  };
}
