import { type WorkingCalendar, compareIsoDates } from '../calendar/index.js';
import { cutOffRuleProblems } from './cut-off.js';
import { dayMonthYear } from './describe.js';
import { deadlineRuleProblems } from './deadline-rules.js';
import { generatePeriods } from './periods.js';
import { REGIME_FREQUENCIES, type RegimeFrequency, type ReportRegime } from './regime.js';

/** Largest period index per frequency; weeks allow 53 because some ISO years have it. */
const MAX_INDEX: Record<RegimeFrequency, number> = {
  weekly: 53,
  monthly: 12,
  quarterly: 4,
  semiannual: 2,
  nineMonths: 1,
  annual: 1,
  adHoc: 0,
};

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function unitProblems(regime: ReportRegime): string[] {
  const problems: string[] = [];
  const units = regime.reportingUnits;
  if (Array.isArray(units)) {
    const ids = units as readonly string[];
    if (ids.length === 0) problems.push('Chưa xác định đối tượng thực hiện báo cáo.');
    if (ids.some(blank)) problems.push('Mã đơn vị thực hiện báo cáo không được để trống.');
    for (const id of duplicates(ids)) problems.push(`Đơn vị ${id} được liệt kê nhiều lần.`);
    if (!blank(regime.receivingUnitId) && ids.includes(regime.receivingUnitId))
      problems.push('Cơ quan nhận báo cáo không thể đồng thời là đơn vị thực hiện báo cáo.');
  } else if (blank((units as { childrenOf?: unknown }).childrenOf)) {
    problems.push('Chưa xác định đối tượng thực hiện báo cáo.');
  }
  if (blank(regime.receivingUnitId)) problems.push('Chưa xác định cơ quan nhận báo cáo.');
  return problems;
}

/** Whether the deadline and cut-off kinds make sense for the frequency. */
function fitProblems(regime: ReportRegime): string[] {
  const { frequency, deadlineRule: deadline, cutOffRule: cutOff, periodIndexes } = regime;
  const problems: string[] = [];
  if (frequency === 'adHoc') {
    if (deadline.kind !== 'explicit') problems.push('Báo cáo đột xuất phải có thời hạn gửi cụ thể.');
    if (cutOff.kind !== 'explicit') problems.push('Báo cáo đột xuất phải có thời gian chốt số liệu cụ thể.');
    if (periodIndexes !== undefined) problems.push('Báo cáo đột xuất không chia kỳ.');
    return problems;
  }
  if (deadline.kind === 'explicit') problems.push('Thời hạn gửi ngày cụ thể chỉ dùng cho báo cáo đột xuất.');
  if (cutOff.kind === 'explicit')
    problems.push('Thời gian chốt số liệu ngày cụ thể chỉ dùng cho báo cáo đột xuất.');
  if (deadline.kind === 'weekday' && frequency !== 'weekly')
    problems.push('Thời hạn theo thứ trong tuần chỉ dùng cho báo cáo tuần.');
  if (cutOff.kind === 'weekEndingOn' && frequency !== 'weekly')
    problems.push('Chốt số liệu theo thứ trong tuần chỉ dùng cho báo cáo tuần.');
  if ((deadline.kind === 'dayOfMonth' || deadline.kind === 'fixedDate') && frequency === 'weekly')
    problems.push('Báo cáo tuần không dùng thời hạn theo ngày trong tháng.');
  if (deadline.kind === 'dayOfLastMonthOfQuarter' && frequency !== 'quarterly')
    problems.push('Thời hạn "tháng cuối quý" chỉ dùng cho báo cáo quý.');
  const perYear = periodIndexes?.length ?? MAX_INDEX[frequency];
  if (deadline.kind === 'fixedDate' && frequency !== 'weekly' && perYear !== 1)
    problems.push('Thời hạn ngày cố định trong năm chỉ dùng khi mỗi năm có một kỳ báo cáo.');
  if (periodIndexes !== undefined) {
    if (periodIndexes.length === 0) problems.push('Danh sách kỳ báo cáo trong năm đang trống.');
    const bad = periodIndexes.filter((i) => !Number.isInteger(i) || i < 1 || i > MAX_INDEX[frequency]);
    if (bad.length > 0) problems.push(`Kỳ báo cáo không hợp lệ: ${bad.join(', ')}.`);
    if (new Set(periodIndexes).size !== periodIndexes.length) problems.push('Kỳ báo cáo bị lặp.');
  }
  return problems;
}

function contentProblems(regime: ReportRegime): string[] {
  const problems: string[] = [];
  if (regime.outline.length === 0) problems.push('Chưa có đề cương báo cáo.');
  if (regime.outline.some((s) => blank(s.key) || blank(s.title)))
    problems.push('Mục đề cương phải có mã và tiêu đề.');
  for (const key of duplicates(regime.outline.map((s) => s.key)))
    problems.push(`Mục đề cương "${key}" bị lặp.`);
  if (regime.dataForm.some(blank)) problems.push('Mã chỉ tiêu trong biểu mẫu số liệu không được để trống.');
  for (const id of duplicates(regime.dataForm))
    problems.push(`Chỉ tiêu ${id} bị lặp trong biểu mẫu số liệu.`);
  return problems;
}

/** A report due before its data window closes cannot contain the data it asks for. */
function timingProblems(regime: ReportRegime, year: number, calendar: WorkingCalendar): string[] {
  const early = generatePeriods(regime, year, calendar).filter(
    (p) => compareIsoDates(p.dueDate, p.cutOff.to) <= 0,
  );
  const first = early[0];
  if (first === undefined) return [];
  return [
    `Thời hạn gửi không sau ngày kết thúc chốt số liệu ở ${early.length} kỳ năm ${year} ` +
      `(ví dụ ${first.label}: hạn ${dayMonthYear(first.dueDate)}, chốt số liệu đến ${dayMonthYear(first.cutOff.to)}); ` +
      'Điều 8 khoản 5 Nghị định 09/2019/NĐ-CP yêu cầu ít nhất 01 ngày làm việc sau khi chốt số liệu.',
  ];
}

export interface ValidationContext {
  /** A year to lay the regime's periods out on, to check deadlines against data windows. */
  year: number;
  calendar: WorkingCalendar;
}

/**
 * Vietnamese problems that keep a regime from being issued; empty when it is complete. Regimes
 * arrive from forms and stored JSON, so fields are checked beyond what the static type promises.
 * With a `context`, the deadlines of that year's periods are checked against their data windows.
 */
export function validateRegime(regime: ReportRegime, context?: ValidationContext): string[] {
  const problems: string[] = [];
  if (blank(regime.name)) problems.push('Chưa có tên báo cáo.');
  if (blank(regime.content)) problems.push('Chưa có nội dung yêu cầu báo cáo.');
  problems.push(...unitProblems(regime));
  if (!REGIME_FREQUENCIES.includes(regime.frequency)) {
    problems.push(`Tần suất "${regime.frequency}" không hợp lệ.`);
    return [...problems, ...contentProblems(regime)];
  }
  const ruleProblems = [
    ...deadlineRuleProblems(regime.deadlineRule),
    ...cutOffRuleProblems(regime.cutOffRule),
    ...fitProblems(regime),
  ];
  problems.push(...ruleProblems, ...contentProblems(regime));
  // Laying out periods needs rules that apply; otherwise their problems are already listed.
  if (context !== undefined && ruleProblems.length === 0)
    problems.push(...timingProblems(regime, context.year, context.calendar));
  return problems;
}
