/**
 * Data cut-off windows (thời gian chốt số liệu): the dates a report's figures cover, both inclusive.
 *
 * The standard windows are regulations.md §1.4 ("Standard cut-off windows for periodic reports"):
 * monthly 15/M−1 → 14/M; quarterly 15th of the month before the quarter → 14th of its last month;
 * 6-month 15/12 of the previous year → 14/6; 9-month 15/12 → 14/9; annual 15/12 → 14/12. All five
 * rows are one rule: from the 15th of the month before the period's first month to the 14th of its
 * last month. Two cases the table does not list follow the same rule and are inferences [U]: the
 * second half-year (15/6 → 14/12) and weeks, for which §1.4 has no row, so the ISO week itself.
 */
import {
  type IsoDate,
  type IsoWeekday,
  type PeriodRef,
  addDays,
  compareIsoDates,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
  reportPeriod,
} from '../calendar/index.js';
import { ReportingError } from './errors.js';

export interface CutOffWindow {
  from: IsoDate;
  to: IsoDate;
}

export type CutOffRule =
  /** regulations.md §1.4. */
  | { kind: 'standard' }
  /** The period's own span: 1/M → last day of M, Monday → Sunday. */
  | { kind: 'calendar' }
  /**
   * Weekly reports only: the seven days ending on `weekday` of the period's week, so that a
   * Thursday-afternoon report can cover data up to Wednesday.
   */
  | { kind: 'weekEndingOn'; weekday: IsoWeekday }
  /** Ad hoc (đột xuất) reports, whose requester sets the window (Điều 8 khoản 5 điểm c). */
  | { kind: 'explicit'; from: IsoDate; to: IsoDate };

export type CutOffRuleKind = CutOffRule['kind'];

/** The first day of the standard window, the "15th" of §1.4. */
const STANDARD_START_DAY = 15;

export function standardCutOff(ref: PeriodRef): CutOffWindow {
  const period = reportPeriod(ref);
  if (period.kind === 'week') return { from: period.start, to: period.end };
  const first = parseIsoDate(period.start);
  const last = parseIsoDate(period.end);
  const before =
    first.month === 1 ? { year: first.year - 1, month: 12 } : { year: first.year, month: first.month - 1 };
  return {
    from: formatIsoDate({ ...before, day: STANDARD_START_DAY }),
    to: formatIsoDate({ year: last.year, month: last.month, day: STANDARD_START_DAY - 1 }),
  };
}

export function calendarCutOff(ref: PeriodRef): CutOffWindow {
  const { start, end } = reportPeriod(ref);
  return { from: start, to: end };
}

/** Vietnamese problems with a rule's own fields; empty when it can be applied. */
export function cutOffRuleProblems(rule: CutOffRule): string[] {
  switch (rule.kind) {
    case 'standard':
    case 'calendar':
      return [];
    case 'weekEndingOn':
      return Number.isInteger(rule.weekday) && rule.weekday >= 1 && rule.weekday <= 7
        ? []
        : ['Ngày cuối của tuần chốt số liệu phải từ 1 (thứ Hai) đến 7 (Chủ nhật).'];
    case 'explicit':
      if (!isIsoDate(rule.from) || !isIsoDate(rule.to))
        return ['Thời gian chốt số liệu phải là ngày dạng YYYY-MM-DD.'];
      return compareIsoDates(rule.from, rule.to) > 0 ? ['Ngày bắt đầu chốt số liệu sau ngày kết thúc.'] : [];
    default:
      return [`Loại chốt số liệu "${String((rule as { kind: unknown }).kind)}" không được hỗ trợ.`];
  }
}

export function cutOffFor(rule: CutOffRule, ref: PeriodRef): CutOffWindow {
  const problems = cutOffRuleProblems(rule);
  if (problems.length > 0) throw new ReportingError('invalidRule', problems.join(' '));
  switch (rule.kind) {
    case 'standard':
      return standardCutOff(ref);
    case 'calendar':
      return calendarCutOff(ref);
    case 'weekEndingOn': {
      if (ref.kind !== 'week')
        throw new ReportingError('invalidRule', 'A "weekEndingOn" cut-off only applies to weeks');
      const to = addDays(reportPeriod(ref).start, rule.weekday - 1);
      return { from: addDays(to, -6), to };
    }
    case 'explicit':
      return { from: rule.from, to: rule.to };
  }
}
