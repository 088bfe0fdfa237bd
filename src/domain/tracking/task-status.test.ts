import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/index.js';
import {
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type TaskStatus,
  type Timeliness,
  type TimelinessInput,
  type TransitionErrorCode,
  type TransitionOptions,
  timeliness,
  transitionTask,
} from './index.js';

// Statutory holidays only, with Quốc khánh's second day pinned to 1/9: the tests must not move when
// an admin records next year's official adjustments.
const calendar = new WorkingCalendar({ holidays: { nationalDaySecondDay: 'before' } });

describe('task statuses', () => {
  it.each([
    ['notStarted', 'Chưa thực hiện'],
    ['inProgress', 'Đang thực hiện'],
    ['done', 'Hoàn thành'],
    ['paused', 'Tạm dừng'],
    ['cancelled', 'Hủy'],
  ] as const)('%s is labelled "%s"', (status, label) => {
    expect(TASK_STATUSES).toContain(status);
    expect(TASK_STATUS_LABELS[status]).toBe(label);
  });
});

describe('transitionTask: allowed moves', () => {
  it.each<[TaskStatus, TaskStatus, TransitionOptions, string | null, string | null]>([
    ['notStarted', 'inProgress', {}, null, null],
    ['notStarted', 'done', { completedOn: '2025-05-08' }, '2025-05-08', null],
    ['inProgress', 'done', { completedOn: '2025-05-08', today: '2025-05-08' }, '2025-05-08', null],
    ['inProgress', 'paused', { reason: 'Chờ ý kiến UBND tỉnh' }, null, 'Chờ ý kiến UBND tỉnh'],
    ['inProgress', 'cancelled', { reason: '  Không còn phù hợp  ' }, null, 'Không còn phù hợp'],
    ['paused', 'inProgress', {}, null, null],
    ['paused', 'cancelled', { reason: 'Bãi bỏ' }, null, 'Bãi bỏ'],
    ['done', 'inProgress', { reason: 'Lãnh đạo trả lại' }, null, 'Lãnh đạo trả lại'],
    ['cancelled', 'inProgress', { reason: 'Khôi phục theo chỉ đạo' }, null, 'Khôi phục theo chỉ đạo'],
    ['cancelled', 'notStarted', { reason: 'Hủy nhầm' }, null, 'Hủy nhầm'],
    ['notStarted', 'inProgress', { reason: 'Bắt đầu sớm' }, null, 'Bắt đầu sớm'],
  ])('%s → %s', (current, next, options, completedOn, reason) => {
    expect(transitionTask(current, next, options)).toEqual({ ok: true, status: next, completedOn, reason });
  });
});

describe('transitionTask: refused moves', () => {
  it.each<[TaskStatus, TaskStatus, TransitionOptions, TransitionErrorCode]>([
    ['inProgress', 'inProgress', {}, 'sameStatus'],
    ['inProgress', 'notStarted', {}, 'notAllowed'],
    ['paused', 'done', { completedOn: '2025-05-08' }, 'notAllowed'],
    ['done', 'notStarted', { reason: 'x' }, 'notAllowed'],
    ['done', 'cancelled', { reason: 'x' }, 'notAllowed'],
    ['cancelled', 'done', { reason: 'x', completedOn: '2025-05-08' }, 'notAllowed'],
    ['cancelled', 'paused', { reason: 'x' }, 'notAllowed'],
    ['inProgress', 'cancelled', {}, 'reasonRequired'],
    ['inProgress', 'cancelled', { reason: '   ' }, 'reasonRequired'],
    ['inProgress', 'paused', {}, 'reasonRequired'],
    ['cancelled', 'inProgress', {}, 'reasonRequired'],
    ['done', 'inProgress', {}, 'reasonRequired'],
    ['inProgress', 'done', {}, 'completionDateRequired'],
    ['inProgress', 'done', { completedOn: '2025-02-30' }, 'completionDateInvalid'],
    ['inProgress', 'done', { completedOn: '2025-05-09', today: '2025-05-08' }, 'completionDateInFuture'],
    ['notStarted', 'inProgress', { completedOn: '2025-05-08' }, 'completionDateNotApplicable'],
  ])('%s → %s %j: %s', (current, next, options, code) => {
    const result = transitionTask(current, next, options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/\p{L}/u);
    }
  });

  it('names both statuses in Vietnamese', () => {
    expect(transitionTask('done', 'cancelled', { reason: 'x' })).toEqual({
      ok: false,
      error: { code: 'notAllowed', message: 'Không thể chuyển nhiệm vụ từ "Hoàn thành" sang "Hủy".' },
    });
  });
});

describe('timeliness', () => {
  // 2025-06-30 is a Monday; 2025-11-30 a Sunday; 1–2/9/2025 are the National Day holidays
  // (Monday, Tuesday), so a 2/9 deadline moves to Wednesday 3/9.
  it.each<
    [string, Omit<TimelinessInput, 'status'> & { status?: TaskStatus }, number | undefined, Timeliness]
  >([
    [
      'done on the due date',
      { dueDate: '2025-06-30', completedOn: '2025-06-30', today: '2025-07-10' },
      undefined,
      'doneOnTime',
    ],
    [
      'done a day late',
      { dueDate: '2025-06-30', completedOn: '2025-07-01', today: '2025-07-10' },
      undefined,
      'doneLate',
    ],
    [
      'done early',
      { dueDate: '2025-06-30', completedOn: '2025-05-08', today: '2025-07-10' },
      undefined,
      'doneOnTime',
    ],
    [
      'Sunday deadline met on Monday',
      { dueDate: '2025-11-30', completedOn: '2025-12-01', today: '2025-12-05' },
      undefined,
      'doneOnTime',
    ],
    [
      'Sunday deadline missed on Tuesday',
      { dueDate: '2025-11-30', completedOn: '2025-12-02', today: '2025-12-05' },
      undefined,
      'doneLate',
    ],
    [
      'holiday deadline met the next working day',
      { dueDate: '2025-09-02', completedOn: '2025-09-03', today: '2025-09-05' },
      undefined,
      'doneOnTime',
    ],
    [
      'done with no deadline',
      { dueDate: null, completedOn: '2025-05-08', today: '2025-07-10' },
      undefined,
      'doneOnTime',
    ],
  ])('%s', (_name, input, window, expected) => {
    expect(timeliness({ status: 'done', ...input }, { calendar, dueSoonWorkingDays: window })).toBe(expected);
  });

  it.each<[string, TaskStatus, string | null, string, number | undefined, Timeliness]>([
    ['past the due date', 'inProgress', '2025-06-30', '2025-07-01', undefined, 'overdue'],
    ['not started, past due', 'notStarted', '2025-06-30', '2025-12-31', undefined, 'overdue'],
    ['paused keeps its deadline', 'paused', '2025-06-30', '2025-07-01', undefined, 'overdue'],
    ['on the due date (0 days left)', 'inProgress', '2025-06-30', '2025-06-30', undefined, 'dueSoon'],
    // 24, 25, 26, 27 and 30 June: 5 working days left, inside the default window of 5.
    ['5 working days left', 'inProgress', '2025-06-30', '2025-06-23', undefined, 'dueSoon'],
    // From Friday 20 June: 23–27 and 30 June, 6 working days.
    ['6 working days left', 'inProgress', '2025-06-30', '2025-06-20', undefined, 'onTrack'],
    ['6 working days left, window 10', 'inProgress', '2025-06-30', '2025-06-20', 10, 'dueSoon'],
    ['1 working day left, window 0', 'inProgress', '2025-06-30', '2025-06-27', 0, 'onTrack'],
    [
      'Sunday deadline, Monday is not overdue',
      'inProgress',
      '2025-11-30',
      '2025-12-01',
      undefined,
      'dueSoon',
    ],
    ['holiday deadline, 3/9 is not overdue', 'inProgress', '2025-09-02', '2025-09-03', undefined, 'dueSoon'],
    ['holiday deadline, 4/9 is overdue', 'inProgress', '2025-09-02', '2025-09-04', undefined, 'overdue'],
    ['no deadline', 'notStarted', null, '2025-07-01', undefined, 'noDeadline'],
    ['cancelled lifts the deadline', 'cancelled', '2025-06-30', '2025-07-01', undefined, 'noDeadline'],
  ])('%s', (_name, status, dueDate, today, window, expected) => {
    expect(timeliness({ status, dueDate, today }, { calendar, dueSoonWorkingDays: window })).toBe(expected);
  });

  it.each([
    [
      'a done task without a completion date',
      { status: 'done' as const, dueDate: '2025-06-30', today: '2025-07-01' },
      5,
    ],
    ['a negative window', { status: 'inProgress' as const, dueDate: '2025-06-30', today: '2025-07-01' }, -1],
  ])('refuses %s', (_name, input, window) => {
    expect(() => timeliness(input, { calendar, dueSoonWorkingDays: window })).toThrow(RangeError);
  });
});
