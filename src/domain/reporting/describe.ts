/** Vietnamese wording of deadline rules, for regime screens and the reports themselves. */
import { type IsoDate, isIsoDate, parseIsoDate } from '../calendar/index.js';
import { type DeadlineRule, EXPLICIT_AT } from './deadline-rules.js';

const WEEKDAY_NAMES = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'] as const;

function clock(time: string): string {
  const [hours = '', minutes = ''] = time.split(':');
  return minutes === '00' ? `${Number(hours)} giờ` : `${Number(hours)} giờ ${minutes}`;
}

/** `15/1/2025`, the way Vietnamese documents print dates in running text. */
export function dayMonthYear(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day}/${month}/${year}`;
}

const two = (n: number): string => String(n).padStart(2, '0');

function restDayNote(rule: DeadlineRule): string {
  if (!('onRestDay' in rule)) return '';
  if (rule.onRestDay === 'previousWorkingDay')
    return ' (trùng ngày nghỉ thì gửi vào ngày làm việc liền trước)';
  if (rule.onRestDay === 'nextWorkingDay') return ' (trùng ngày nghỉ thì chuyển sang ngày làm việc liền sau)';
  return '';
}

function monthPhrase(offset: number): string {
  if (offset === 0) return 'của tháng báo cáo';
  if (offset === 1) return 'của tháng sau kỳ báo cáo';
  return offset > 0
    ? `của tháng thứ ${offset} sau kỳ báo cáo`
    : `của tháng thứ ${-offset} trước tháng cuối kỳ báo cáo`;
}

/** Vietnamese wording in the style of the regimes themselves: "Trước 15 giờ thứ Năm hằng tuần". */
export function describeDeadline(rule: DeadlineRule): string {
  const before = (time: string | undefined, day: string): string =>
    time === undefined ? `Trước ngày ${day}` : `Trước ${clock(time)} ngày ${day}`;
  let text: string;
  switch (rule.kind) {
    case 'weekday': {
      const day = WEEKDAY_NAMES[rule.weekday - 1] ?? `thứ ${rule.weekday}`;
      text =
        rule.time === undefined
          ? `Trong ngày ${day} hằng tuần`
          : `Trước ${clock(rule.time)} ${day} hằng tuần`;
      break;
    }
    case 'dayOfMonth':
      text = `${before(rule.time, String(rule.day))} ${monthPhrase(rule.monthOffset ?? 0)}`;
      break;
    case 'dayOfLastMonthOfQuarter':
      text = `${before(rule.time, String(rule.day))} của tháng cuối quý`;
      break;
    case 'fixedDate':
      text = `${before(rule.time, `${rule.day}/${rule.month}`)} ${rule.yearOffset === 1 ? 'năm sau' : 'hằng năm'}`;
      break;
    case 'workingDaysAfterPeriodEnd':
      text = `Trong ${two(rule.days)} ngày làm việc sau khi kết thúc kỳ báo cáo`;
      break;
    case 'workingDaysAfterCutOff':
      text = `Trong ${two(rule.days)} ngày làm việc sau ngày chốt số liệu`;
      break;
    case 'explicit': {
      const [, date = '', time] = EXPLICIT_AT.exec(rule.at) ?? [];
      text = isIsoDate(date) ? before(time, dayMonthYear(date)) : `Trước ${rule.at}`;
      break;
    }
  }
  return text + restDayNote(rule);
}
