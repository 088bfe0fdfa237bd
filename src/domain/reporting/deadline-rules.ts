/**
 * Deadline rules (thời hạn gửi báo cáo) and the instant they give for one report period.
 *
 * Reading of "trước ngày X": the whole of day X is allowed, so the deadline is the end of day X
 * (23:59:59, +07:00). regulations.md §1.4 makes the standard data window end on the 14th and requires
 * "at least 01 working day between the end of the cut-off window and the deadline"; a deadline at
 * the end of the 14th would leave no time at all, whereas the 15th is that one day. MIC Circular
 * 02/2023 states the same rule as "no later than the 15th". "Trước 15 giờ" names an instant, so
 * the deadline is that instant.
 *
 * Rest days: a date-based deadline stays where the regime puts it, even on a Sunday or a holiday,
 * unless the rule itself says otherwise (`onRestDay`). Seed 003's regimes give calendar dates and
 * reports go by e-mail or LRIS, which work on rest days; moving a deadline earlier without the
 * regime saying so would mark units late against a date they were never given. BLDS 2015 Art. 148
 * (move to the next working day, regulations.md §4.4) is available as `nextWorkingDay`.
 */
import {
  type IsoDate,
  type IsoWeekday,
  type ReportPeriod,
  type WorkingCalendar,
  addDays,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
} from '../calendar/index.js';
import { type CutOffWindow, standardCutOff } from './cut-off.js';
import { ReportingError } from './errors.js';

export type RestDayPolicy = 'keep' | 'previousWorkingDay' | 'nextWorkingDay';

/** `time` is `HH:MM` in Vietnam time ("trước 15 giờ" → `15:00`); without it the whole day counts. */
interface DateRuleOptions {
  time?: string;
  onRestDay?: RestDayPolicy;
}

export type DeadlineRule =
  /** Weekday of the period's own ISO week: "trước 15 giờ thứ Năm hằng tuần". */
  | ({ kind: 'weekday'; weekday: IsoWeekday } & DateRuleOptions)
  /** Day of the period's last month, shifted by `monthOffset` months (0: "trước ngày 15 của tháng"). */
  | ({ kind: 'dayOfMonth'; day: number; monthOffset?: number } & DateRuleOptions)
  | ({ kind: 'dayOfLastMonthOfQuarter'; day: number } & DateRuleOptions)
  /** Day and month of the period's year (+ `yearOffset`): "trước ngày 15 của tháng 6". */
  | ({ kind: 'fixedDate'; day: number; month: number; yearOffset?: number } & DateRuleOptions)
  | { kind: 'workingDaysAfterPeriodEnd'; days: number; time?: string }
  /** Khánh Hòa style, regulations.md §1.4: "02 working days after cut-off". */
  | { kind: 'workingDaysAfterCutOff'; days: number; time?: string }
  /** Ad hoc (đột xuất) reports: the requester's date, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  | { kind: 'explicit'; at: string };

export type DeadlineRuleKind = DeadlineRule['kind'];

export interface Deadline {
  /** ISO 8601 with the Vietnam offset, e.g. `2025-01-15T23:59:59+07:00`. */
  dueAt: string;
  dueDate: IsoDate;
  /** The date the rule gave before `onRestDay` moved it off a rest day. */
  movedFrom?: IsoDate;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, Vietnam local time. */
export const EXPLICIT_AT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/;
const END_OF_DAY = '23:59:59';
const REST_DAY_POLICIES: readonly RestDayPolicy[] = ['keep', 'previousWorkingDay', 'nextWorkingDay'];

const isWholeIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Vietnamese problems with a rule's own fields; empty when it can be applied. */
export function deadlineRuleProblems(rule: DeadlineRule): string[] {
  const problems: string[] = [];
  if ('time' in rule && rule.time !== undefined && !TIME.test(rule.time))
    problems.push(`Giờ "${rule.time}" không đúng dạng HH:MM.`);
  if ('onRestDay' in rule && rule.onRestDay !== undefined && !REST_DAY_POLICIES.includes(rule.onRestDay))
    problems.push(`Cách xử lý ngày nghỉ "${rule.onRestDay}" không hợp lệ.`);
  switch (rule.kind) {
    case 'weekday':
      if (!isWholeIn(rule.weekday, 1, 7))
        problems.push('Thứ trong tuần phải từ 1 (thứ Hai) đến 7 (Chủ nhật).');
      break;
    case 'dayOfMonth':
      if (!isWholeIn(rule.monthOffset ?? 0, -11, 12)) problems.push('Số tháng lệch phải từ -11 đến 12.');
      if (!isWholeIn(rule.day, 1, 31)) problems.push('Ngày trong tháng phải từ 1 đến 31.');
      break;
    case 'dayOfLastMonthOfQuarter':
      if (!isWholeIn(rule.day, 1, 31)) problems.push('Ngày trong tháng phải từ 1 đến 31.');
      break;
    case 'fixedDate':
      if (!isWholeIn(rule.yearOffset ?? 0, 0, 1)) problems.push('Số năm lệch chỉ được là 0 hoặc 1.');
      // 2024 is a leap year, so 29/2 is accepted here and clamped to 28/2 in other years.
      if (!isWholeIn(rule.month, 1, 12) || !isWholeIn(rule.day, 1, daysInMonth(2024, rule.month)))
        problems.push(`Ngày ${String(rule.day)}/${String(rule.month)} không tồn tại.`);
      break;
    case 'workingDaysAfterPeriodEnd':
    case 'workingDaysAfterCutOff':
      // Điều 8 khoản 5: at least one working day after the data cut-off.
      if (!isWholeIn(rule.days, 1, 366)) problems.push('Số ngày làm việc phải là số nguyên từ 1 trở lên.');
      break;
    case 'explicit': {
      const match = EXPLICIT_AT.exec(rule.at);
      if (!match || !isIsoDate(match[1] ?? '') || (match[2] !== undefined && !TIME.test(match[2])))
        problems.push(`Thời hạn "${rule.at}" không đúng dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM.`);
      break;
    }
    default:
      problems.push(`Loại thời hạn "${String((rule as { kind: unknown }).kind)}" không được hỗ trợ.`);
  }
  return problems;
}

function instant(date: IsoDate, time: string | undefined): string {
  return `${date}T${time === undefined ? END_OF_DAY : `${time}:00`}+07:00`;
}

/** Day `day` of the month `offset` months after the period's last month; clamped to that month's end. */
function dayInMonthAfter(period: ReportPeriod, day: number, offset: number): IsoDate {
  const { year, month } = parseIsoDate(period.end);
  const index = year * 12 + month - 1 + offset;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

function requireKind(rule: DeadlineRule, period: ReportPeriod, allowed: (kind: string) => boolean): void {
  if (!allowed(period.kind))
    throw new ReportingError(
      'invalidRule',
      `A "${rule.kind}" deadline cannot apply to period ${period.code}`,
    );
}

function onDate(
  date: IsoDate,
  { time, onRestDay = 'keep' }: DateRuleOptions,
  calendar: WorkingCalendar,
): Deadline {
  if (onRestDay === 'keep' || calendar.isWorkingDay(date))
    return { dueAt: instant(date, time), dueDate: date };
  const moved =
    onRestDay === 'previousWorkingDay'
      ? calendar.previousWorkingDayOnOrBefore(date)
      : calendar.nextWorkingDayOnOrAfter(date);
  return { dueAt: instant(moved, time), dueDate: moved, movedFrom: date };
}

/**
 * When the report for `period` is due. `cutOff` is only read by `workingDaysAfterCutOff` and
 * defaults to the standard §1.4 window, so pass the regime's own window when it has one.
 */
export function deadlineFor(
  rule: DeadlineRule,
  period: ReportPeriod,
  calendar: WorkingCalendar,
  cutOff?: CutOffWindow,
): Deadline {
  const problems = deadlineRuleProblems(rule);
  if (problems.length > 0) throw new ReportingError('invalidRule', problems.join(' '));
  switch (rule.kind) {
    case 'weekday':
      requireKind(rule, period, (kind) => kind === 'week');
      return onDate(addDays(period.start, rule.weekday - 1), rule, calendar);
    case 'dayOfMonth':
      requireKind(rule, period, (kind) => kind !== 'week');
      return onDate(dayInMonthAfter(period, rule.day, rule.monthOffset ?? 0), rule, calendar);
    case 'dayOfLastMonthOfQuarter':
      requireKind(rule, period, (kind) => kind === 'quarter');
      return onDate(dayInMonthAfter(period, rule.day, 0), rule, calendar);
    case 'fixedDate': {
      requireKind(rule, period, (kind) => kind !== 'week');
      const year = parseIsoDate(period.end).year + (rule.yearOffset ?? 0);
      const day = Math.min(rule.day, daysInMonth(year, rule.month));
      return onDate(formatIsoDate({ year, month: rule.month, day }), rule, calendar);
    }
    case 'workingDaysAfterPeriodEnd': {
      const date = calendar.addWorkingDays(period.end, rule.days);
      return { dueAt: instant(date, rule.time), dueDate: date };
    }
    case 'workingDaysAfterCutOff': {
      const date = calendar.addWorkingDays((cutOff ?? standardCutOff(period)).to, rule.days);
      return { dueAt: instant(date, rule.time), dueDate: date };
    }
    case 'explicit':
      return explicitDeadline(rule.at);
  }
}

export function explicitDeadline(at: string): Deadline {
  const problems = deadlineRuleProblems({ kind: 'explicit', at });
  const [, date = '', time] = EXPLICIT_AT.exec(at) ?? [];
  if (problems.length > 0) throw new ReportingError('invalidRule', problems.join(' '));
  return { dueAt: instant(date, time), dueDate: date };
}
