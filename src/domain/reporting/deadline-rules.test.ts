import { describe, expect, it } from 'vitest';
import { OFFICIAL_ADJUSTMENTS, WorkingCalendar, parsePeriodCode } from '../calendar/index.js';
import { type DeadlineRule, deadlineFor, deadlineRuleProblems } from './deadline-rules.js';
import { describeDeadline } from './describe.js';
import { ReportingError } from './errors.js';

const calendar = new WorkingCalendar({ adjustments: OFFICIAL_ADJUSTMENTS });

// Seed 003, "Tổ chức thực hiện", mục 2.a, as the plan parser maps them.
const WEEKLY: DeadlineRule = { kind: 'weekday', weekday: 4, time: '15:00' };
const MONTHLY: DeadlineRule = { kind: 'dayOfMonth', day: 15 };
const QUARTERLY: DeadlineRule = { kind: 'dayOfLastMonthOfQuarter', day: 15 };
const HALF: DeadlineRule = { kind: 'fixedDate', day: 15, month: 6 };
const NINE_MONTHS: DeadlineRule = { kind: 'fixedDate', day: 15, month: 9 };
const ANNUAL: DeadlineRule = { kind: 'fixedDate', day: 15, month: 11 };

describe('deadlineFor: seed 003 regimes in 2025', () => {
  it.each<[DeadlineRule, string, string, string]>([
    // ISO week 27 of 2025 runs Mon 30/6 – Sun 6/7, so its Thursday is 3/7.
    [WEEKLY, '2025-W27', '2025-07-03T15:00:00+07:00', 'Thursday of the week itself'],
    [WEEKLY, '2025-W01', '2025-01-02T15:00:00+07:00', 'W01 starts Mon 30/12/2024'],
    [MONTHLY, '2025-01', '2025-01-15T23:59:59+07:00', 'the 15th of the month reported on'],
    [MONTHLY, '2025-12', '2025-12-15T23:59:59+07:00', 'December too'],
    [QUARTERLY, '2025-Q2', '2025-06-15T23:59:59+07:00', '15/6, a Sunday, kept'],
    [QUARTERLY, '2025-Q4', '2025-12-15T23:59:59+07:00', 'last month of Q4'],
    [HALF, '2025-H1', '2025-06-15T23:59:59+07:00', 'inside the half-year, as the seed says'],
    [NINE_MONTHS, '2025-9M', '2025-09-15T23:59:59+07:00', 'a Monday'],
    [ANNUAL, '2025', '2025-11-15T23:59:59+07:00', 'a Saturday, kept'],
  ])('%o for %s → %s (%s)', (rule, code, dueAt) => {
    const deadline = deadlineFor(rule, parsePeriodCode(code), calendar);
    expect(deadline).toEqual({ dueAt, dueDate: dueAt.slice(0, 10) });
  });
});

describe('deadlineFor on rest days', () => {
  it.each([
    // W05 2025: Thursday 30/1 is mùng 2 Tết; the break runs 25/1–2/2.
    ['2025-W05', WEEKLY, undefined, '2025-01-30T15:00:00+07:00'],
    ['2025-W05', WEEKLY, 'keep', '2025-01-30T15:00:00+07:00'],
    ['2025-W05', WEEKLY, 'previousWorkingDay', '2025-01-24T15:00:00+07:00'],
    ['2025-W05', WEEKLY, 'nextWorkingDay', '2025-02-03T15:00:00+07:00'],
    // 15/6/2025 is a Sunday.
    ['2025-06', MONTHLY, 'previousWorkingDay', '2025-06-13T23:59:59+07:00'],
    ['2025-06', MONTHLY, 'nextWorkingDay', '2025-06-16T23:59:59+07:00'],
    // 2/9/2025 (Tue) and 1/9 (Mon) are Quốc khánh; before them a weekend.
    ['2025-9M', { kind: 'fixedDate', day: 2, month: 9 }, 'previousWorkingDay', '2025-08-29T23:59:59+07:00'],
    ['2025-9M', { kind: 'fixedDate', day: 2, month: 9 }, 'nextWorkingDay', '2025-09-03T23:59:59+07:00'],
  ] as const)('%s %o with onRestDay %s → %s', (code, rule, onRestDay, dueAt) => {
    const withPolicy = { ...rule, ...(onRestDay === undefined ? {} : { onRestDay }) } as DeadlineRule;
    const deadline = deadlineFor(withPolicy, parsePeriodCode(code), calendar);
    expect(deadline.dueAt).toBe(dueAt);
    const nominal = deadlineFor(rule, parsePeriodCode(code), calendar).dueDate;
    expect(deadline.movedFrom).toBe(nominal === deadline.dueDate ? undefined : nominal);
  });

  it('leaves a working-day deadline alone whatever the policy', () => {
    const rule: DeadlineRule = { ...MONTHLY, onRestDay: 'previousWorkingDay' };
    expect(deadlineFor(rule, parsePeriodCode('2025-01'), calendar)).toEqual({
      dueAt: '2025-01-15T23:59:59+07:00',
      dueDate: '2025-01-15',
    });
  });
});

describe('deadlineFor: other rules', () => {
  it.each<[DeadlineRule, string, string]>([
    [{ kind: 'dayOfMonth', day: 31 }, '2025-02', '2025-02-28T23:59:59+07:00'],
    [{ kind: 'dayOfMonth', day: 31 }, '2024-02', '2024-02-29T23:59:59+07:00'],
    [{ kind: 'dayOfMonth', day: 15, monthOffset: 1 }, '2025-12', '2026-01-15T23:59:59+07:00'],
    [{ kind: 'dayOfMonth', day: 20, monthOffset: -1 }, '2025-Q1', '2025-02-20T23:59:59+07:00'],
    [{ kind: 'dayOfMonth', day: 10, time: '17:00' }, '2025-Q3', '2025-09-10T17:00:00+07:00'],
    [{ kind: 'fixedDate', day: 29, month: 2 }, '2025', '2025-02-28T23:59:59+07:00'],
    [{ kind: 'fixedDate', day: 15, month: 1, yearOffset: 1 }, '2025', '2026-01-15T23:59:59+07:00'],
    [{ kind: 'fixedDate', day: 20, month: 12 }, '2025-H2', '2025-12-20T23:59:59+07:00'],
    // 31/1/2025 is in the Tết break; the five working days are 3/2–7/2.
    [{ kind: 'workingDaysAfterPeriodEnd', days: 5 }, '2025-01', '2025-02-07T23:59:59+07:00'],
    [{ kind: 'workingDaysAfterPeriodEnd', days: 2, time: '10:00' }, '2025-03', '2025-04-02T10:00:00+07:00'],
    [{ kind: 'workingDaysAfterPeriodEnd', days: 1 }, '2025-W27', '2025-07-07T23:59:59+07:00'],
    // Standard window of 2025-01 ends Tue 14/1.
    [{ kind: 'workingDaysAfterCutOff', days: 2 }, '2025-01', '2025-01-16T23:59:59+07:00'],
    [{ kind: 'explicit', at: '2025-03-20T17:00' }, '2025-W01', '2025-03-20T17:00:00+07:00'],
    [{ kind: 'explicit', at: '2025-03-20' }, '2025', '2025-03-20T23:59:59+07:00'],
  ])('%o for %s → %s', (rule, code, dueAt) => {
    expect(deadlineFor(rule, parsePeriodCode(code), calendar).dueAt).toBe(dueAt);
  });

  it('counts working days after the cut-off it is given', () => {
    const rule: DeadlineRule = { kind: 'workingDaysAfterCutOff', days: 2 };
    const cutOff = { from: '2025-01-01', to: '2025-01-24' };
    expect(deadlineFor(rule, parsePeriodCode('2025-01'), calendar, cutOff).dueDate).toBe('2025-02-04');
  });

  it.each<[DeadlineRule, string]>([
    [WEEKLY, '2025-01'],
    [QUARTERLY, '2025-01'],
    [QUARTERLY, '2025-H1'],
    [MONTHLY, '2025-W27'],
    [HALF, '2025-W27'],
    [{ kind: 'weekday', weekday: 4, time: '25:00' }, '2025-W27'],
    [{ kind: 'dayOfMonth', day: 0 }, '2025-01'],
    [{ kind: 'explicit', at: '20/3/2025' }, '2025'],
  ])('refuses %o for %s', (rule, code) => {
    expect(() => deadlineFor(rule, parsePeriodCode(code), calendar)).toThrow(ReportingError);
  });
});

describe('deadlineRuleProblems', () => {
  it.each<[DeadlineRule, string[]]>([
    [WEEKLY, []],
    [{ kind: 'weekday', weekday: 8 as 1 }, ['Thứ trong tuần phải từ 1 (thứ Hai) đến 7 (Chủ nhật).']],
    [{ kind: 'weekday', weekday: 4, time: '3pm' }, ['Giờ "3pm" không đúng dạng HH:MM.']],
    [{ kind: 'dayOfMonth', day: 32 }, ['Ngày trong tháng phải từ 1 đến 31.']],
    [{ kind: 'dayOfMonth', day: 15, monthOffset: 13 }, ['Số tháng lệch phải từ -11 đến 12.']],
    [{ kind: 'fixedDate', day: 31, month: 6 }, ['Ngày 31/6 không tồn tại.']],
    [{ kind: 'fixedDate', day: 29, month: 2 }, []],
    [{ kind: 'fixedDate', day: 1, month: 1, yearOffset: 2 }, ['Số năm lệch chỉ được là 0 hoặc 1.']],
    [{ kind: 'workingDaysAfterPeriodEnd', days: 0 }, ['Số ngày làm việc phải là số nguyên từ 1 trở lên.']],
    [{ kind: 'workingDaysAfterCutOff', days: 1.5 }, ['Số ngày làm việc phải là số nguyên từ 1 trở lên.']],
    [
      { kind: 'explicit', at: '2025-02-30' },
      ['Thời hạn "2025-02-30" không đúng dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM.'],
    ],
    [{ kind: 'monthly' } as unknown as DeadlineRule, ['Loại thời hạn "monthly" không được hỗ trợ.']],
    [
      { ...MONTHLY, onRestDay: 'later' } as unknown as DeadlineRule,
      ['Cách xử lý ngày nghỉ "later" không hợp lệ.'],
    ],
  ])('%o → %o', (rule, problems) => {
    expect(deadlineRuleProblems(rule)).toEqual(problems);
  });
});

describe('describeDeadline', () => {
  it.each<[DeadlineRule, string]>([
    [WEEKLY, 'Trước 15 giờ thứ Năm hằng tuần'],
    [{ kind: 'weekday', weekday: 1, time: '08:30' }, 'Trước 8 giờ 30 thứ Hai hằng tuần'],
    [{ kind: 'weekday', weekday: 5 }, 'Trong ngày thứ Sáu hằng tuần'],
    [MONTHLY, 'Trước ngày 15 của tháng báo cáo'],
    [{ kind: 'dayOfMonth', day: 5, monthOffset: 1 }, 'Trước ngày 5 của tháng sau kỳ báo cáo'],
    [{ kind: 'dayOfMonth', day: 5, monthOffset: 2 }, 'Trước ngày 5 của tháng thứ 2 sau kỳ báo cáo'],
    [QUARTERLY, 'Trước ngày 15 của tháng cuối quý'],
    [HALF, 'Trước ngày 15/6 hằng năm'],
    [{ kind: 'fixedDate', day: 15, month: 1, yearOffset: 1 }, 'Trước ngày 15/1 năm sau'],
    [{ kind: 'workingDaysAfterPeriodEnd', days: 5 }, 'Trong 05 ngày làm việc sau khi kết thúc kỳ báo cáo'],
    [{ kind: 'workingDaysAfterCutOff', days: 2 }, 'Trong 02 ngày làm việc sau ngày chốt số liệu'],
    [{ kind: 'explicit', at: '2025-03-20T17:00' }, 'Trước 17 giờ ngày 20/3/2025'],
    [{ kind: 'explicit', at: '2025-03-20' }, 'Trước ngày 20/3/2025'],
    [
      { ...MONTHLY, onRestDay: 'previousWorkingDay' },
      'Trước ngày 15 của tháng báo cáo (trùng ngày nghỉ thì gửi vào ngày làm việc liền trước)',
    ],
  ])('%o → %s', (rule, text) => {
    expect(describeDeadline(rule)).toBe(text);
  });
});
