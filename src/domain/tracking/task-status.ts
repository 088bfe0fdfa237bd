import { type IsoDate, type WorkingCalendar, compareIsoDates, isIsoDate } from '../calendar/index.js';

export const TASK_STATUSES = ['notStarted', 'inProgress', 'done', 'paused', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  notStarted: 'Chưa thực hiện',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
  paused: 'Tạm dừng',
  cancelled: 'Hủy',
};

/**
 * Allowed moves. Everything not listed is refused, so a status can only change the way a person
 * would explain it in a progress note:
 * - `done` is reopened only to `inProgress` (the work was returned), never silently to `notStarted`;
 * - `paused` resumes to `inProgress` or is cancelled; it is finished only after resuming, so the
 *   history shows that work restarted;
 * - `cancelled` is reopened to `inProgress` or `notStarted` (the cancellation was revoked).
 * `inProgress` does not go back to `notStarted`: started work leaves a trace in the history.
 */
const TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  notStarted: ['inProgress', 'done', 'paused', 'cancelled'],
  inProgress: ['done', 'paused', 'cancelled'],
  paused: ['inProgress', 'cancelled'],
  done: ['inProgress'],
  cancelled: ['inProgress', 'notStarted'],
};

/** Reopening and stopping work must be explained in the record; starting and finishing need not. */
function needsReason(current: TaskStatus, next: TaskStatus): boolean {
  return next === 'cancelled' || next === 'paused' || current === 'cancelled' || current === 'done';
}

export type TransitionErrorCode =
  | 'sameStatus'
  | 'notAllowed'
  | 'reasonRequired'
  | 'completionDateRequired'
  | 'completionDateInvalid'
  | 'completionDateInFuture'
  | 'completionDateNotApplicable';

export interface TransitionError {
  code: TransitionErrorCode;
  /** Vietnamese, for the user. */
  message: string;
}

export interface TransitionOptions {
  reason?: string;
  completedOn?: IsoDate;
  /** When given, a completion date after it is refused (work cannot be finished tomorrow). */
  today?: IsoDate;
}

export type TransitionResult =
  | { ok: true; status: TaskStatus; completedOn: IsoDate | null; reason: string | null }
  | { ok: false; error: TransitionError };

function fail(code: TransitionErrorCode, message: string): TransitionResult {
  return { ok: false, error: { code, message } };
}

export function transitionTask(
  current: TaskStatus,
  next: TaskStatus,
  options: TransitionOptions = {},
): TransitionResult {
  const from = TASK_STATUS_LABELS[current];
  const to = TASK_STATUS_LABELS[next];
  if (current === next) return fail('sameStatus', `Nhiệm vụ đã ở trạng thái "${from}".`);
  if (!TRANSITIONS[current].includes(next)) {
    return fail('notAllowed', `Không thể chuyển nhiệm vụ từ "${from}" sang "${to}".`);
  }
  const reason = options.reason?.trim() ?? '';
  if (needsReason(current, next) && reason === '') {
    return fail('reasonRequired', `Cần nêu lý do khi chuyển nhiệm vụ từ "${from}" sang "${to}".`);
  }
  const { completedOn, today } = options;
  if (next !== 'done') {
    if (completedOn !== undefined) {
      return fail('completionDateNotApplicable', `Chỉ ghi ngày hoàn thành khi nhiệm vụ hoàn thành.`);
    }
    return { ok: true, status: next, completedOn: null, reason: reason === '' ? null : reason };
  }
  if (completedOn === undefined) return fail('completionDateRequired', 'Cần nhập ngày hoàn thành.');
  if (!isIsoDate(completedOn)) return fail('completionDateInvalid', 'Ngày hoàn thành không hợp lệ.');
  if (today !== undefined && compareIsoDates(completedOn, today) > 0) {
    return fail('completionDateInFuture', 'Ngày hoàn thành không được sau ngày hiện tại.');
  }
  return { ok: true, status: next, completedOn, reason: reason === '' ? null : reason };
}

export type Timeliness = 'doneOnTime' | 'doneLate' | 'overdue' | 'dueSoon' | 'onTrack' | 'noDeadline';

export const TIMELINESS_LABELS: Readonly<Record<Timeliness, string>> = {
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành trễ hạn',
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  onTrack: 'Trong hạn',
  noDeadline: 'Không có thời hạn',
};

export interface TimelinessInput {
  dueDate: IsoDate | null;
  completedOn?: IsoDate | null;
  status: TaskStatus;
  today: IsoDate;
}

export interface TimelinessOptions {
  calendar: WorkingCalendar;
  /** Not done and at most this many working days left: `dueSoon`. Default 5, one working week. */
  dueSoonWorkingDays?: number;
}

export const DEFAULT_DUE_SOON_WORKING_DAYS = 5;

/**
 * Always computed from the dates, never stored. A deadline that falls on a rest day moves to the
 * next working day (BLDS 2015 Art. 148), so work handed in on the Monday after a Sunday deadline
 * is on time. Decisions where the statuses leave it open:
 * - done with no deadline is `doneOnTime`: there is nothing to be late against, and a done task
 *   must land in exactly one of on time / late for the completion counts to add up;
 * - cancelled is `noDeadline`: cancelling lifts the deadline;
 * - paused keeps its deadline and can be overdue: only amending the plan moves a due date.
 */
export function timeliness(input: TimelinessInput, options: TimelinessOptions): Timeliness {
  const { dueDate, completedOn, status, today } = input;
  const { calendar, dueSoonWorkingDays = DEFAULT_DUE_SOON_WORKING_DAYS } = options;
  if (!Number.isInteger(dueSoonWorkingDays) || dueSoonWorkingDays < 0) {
    throw new RangeError(`dueSoonWorkingDays must be a non-negative integer, got ${dueSoonWorkingDays}`);
  }
  if (status === 'cancelled') return 'noDeadline';
  const deadline = dueDate === null ? null : calendar.nextWorkingDayOnOrAfter(dueDate);
  if (status === 'done') {
    if (completedOn === undefined || completedOn === null) {
      throw new RangeError('a done task must have a completion date');
    }
    return deadline === null || compareIsoDates(completedOn, deadline) <= 0 ? 'doneOnTime' : 'doneLate';
  }
  if (deadline === null) return 'noDeadline';
  if (compareIsoDates(today, deadline) > 0) return 'overdue';
  return calendar.workingDaysBetween(today, deadline) <= dueSoonWorkingDays ? 'dueSoon' : 'onTrack';
}
