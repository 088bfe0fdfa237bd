import { describe, expect, it } from 'vitest';
import { addDays, parsePeriodCode, periodsInYear } from '../calendar/index.js';
import { type CutOffRule, calendarCutOff, cutOffFor, cutOffRuleProblems, standardCutOff } from './cut-off.js';
import { ReportingError } from './errors.js';

describe('standardCutOff: regulations.md §1.4', () => {
  it.each([
    ['2025-01', '2024-12-15', '2025-01-14', 'monthly: 15/M−1 → 14/M, across the year'],
    ['2025-03', '2025-02-15', '2025-03-14', 'monthly'],
    ['2026-Q1', '2025-12-15', '2026-03-14', 'the §1.4 example for Q1 2026'],
    ['2025-Q2', '2025-03-15', '2025-06-14', 'quarterly: 15th of the month before → 14th of the last month'],
    ['2025-Q4', '2025-09-15', '2025-12-14', 'quarterly'],
    ['2025-H1', '2024-12-15', '2025-06-14', '6-month: 15/12 previous year → 14/6'],
    ['2025-H2', '2025-06-15', '2025-12-14', 'second half: same rule, not in §1.4'],
    ['2025-9M', '2024-12-15', '2025-09-14', '9-month: 15/12 previous year → 14/9'],
    ['2026', '2025-12-15', '2026-12-14', 'the §1.4 example for the year 2026'],
    ['2025-W27', '2025-06-30', '2025-07-06', 'weeks: no §1.4 row, the ISO week'],
  ])('%s → %s … %s (%s)', (code, from, to) => {
    expect(standardCutOff(parsePeriodCode(code))).toEqual({ from, to });
  });

  it.each(['month', 'quarter'] as const)('%s windows of a year follow one another with no gap', (kind) => {
    const windows = periodsInYear(kind, 2025).map(standardCutOff);
    windows.slice(1).forEach((window, i) => expect(window.from).toBe(addDays(windows[i]?.to ?? '', 1)));
    expect([windows[0]?.from, windows.at(-1)?.to]).toEqual(
      Object.values(standardCutOff(parsePeriodCode('2025'))),
    );
  });
});

describe('calendarCutOff', () => {
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025-9M', '2025-01-01', '2025-09-30'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
  ])('%s → %s … %s', (code, from, to) => {
    expect(calendarCutOff(parsePeriodCode(code))).toEqual({ from, to });
  });
});

describe('cutOffFor', () => {
  it.each<[CutOffRule, string, string, string]>([
    [{ kind: 'standard' }, '2025-07', '2025-06-15', '2025-07-14'],
    [{ kind: 'calendar' }, '2025-07', '2025-07-01', '2025-07-31'],
    // For a report due Thursday afternoon: Thursday of the week before to Wednesday.
    [{ kind: 'weekEndingOn', weekday: 3 }, '2025-W27', '2025-06-26', '2025-07-02'],
    [{ kind: 'weekEndingOn', weekday: 7 }, '2025-W27', '2025-06-30', '2025-07-06'],
    [{ kind: 'explicit', from: '2025-03-01', to: '2025-03-15' }, '2025', '2025-03-01', '2025-03-15'],
  ])('%o for %s → %s … %s', (rule, code, from, to) => {
    expect(cutOffFor(rule, parsePeriodCode(code))).toEqual({ from, to });
  });

  it.each<[CutOffRule, string]>([
    [{ kind: 'weekEndingOn', weekday: 3 }, '2025-07'],
    [{ kind: 'explicit', from: '2025-03-15', to: '2025-03-01' }, '2025'],
  ])('refuses %o for %s', (rule, code) => {
    expect(() => cutOffFor(rule, parsePeriodCode(code))).toThrow(ReportingError);
  });
});

describe('cutOffRuleProblems', () => {
  it.each<[CutOffRule, string[]]>([
    [{ kind: 'standard' }, []],
    [
      { kind: 'weekEndingOn', weekday: 0 as 1 },
      ['Ngày cuối của tuần chốt số liệu phải từ 1 (thứ Hai) đến 7 (Chủ nhật).'],
    ],
    [
      { kind: 'explicit', from: '2025-3-1', to: '2025-03-15' },
      ['Thời gian chốt số liệu phải là ngày dạng YYYY-MM-DD.'],
    ],
    [
      { kind: 'explicit', from: '2025-03-16', to: '2025-03-15' },
      ['Ngày bắt đầu chốt số liệu sau ngày kết thúc.'],
    ],
    [{ kind: 'explicit', from: '2025-03-15', to: '2025-03-15' }, []],
    [{ kind: 'rolling' } as unknown as CutOffRule, ['Loại chốt số liệu "rolling" không được hỗ trợ.']],
  ])('%o → %o', (rule, problems) => {
    expect(cutOffRuleProblems(rule)).toEqual(problems);
  });
});
