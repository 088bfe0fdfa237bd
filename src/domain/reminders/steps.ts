import { type IsoDate, type WorkingCalendar, compareIsoDates } from '../calendar/index.js';

export const DEFAULT_REMINDER_DAYS_BEFORE = 3;
export const MAX_REMINDER_DAYS_BEFORE = 30;

/**
 * Overdue reminders repeat every working week (5 working days) after the deadline rather than
 * every 7 calendar days: they then always fall on a working day, and a long break such as Tết does
 * not fire a reminder in the middle of it.
 */
export const OVERDUE_INTERVAL_WORKING_DAYS = 5;

/** `before` (N working days ahead), `due` (on the deadline), `overdue-<k>` (k-th working week late). */
export type ReminderStep = 'before' | 'due' | `overdue-${number}`;

export interface ReminderTiming {
  step: ReminderStep;
  /** Working days from today to the deadline: positive ahead of it, 0 on it, negative when late. */
  workingDaysLeft: number;
}

export interface ReminderPolicy {
  /** Working days before the deadline when the first reminder goes; 0 sends none ahead. */
  daysBefore: number;
}

function assertDaysBefore(daysBefore: number): void {
  if (!Number.isInteger(daysBefore) || daysBefore < 0 || daysBefore > MAX_REMINDER_DAYS_BEFORE) {
    throw new RangeError(`daysBefore must be an integer in 0–${MAX_REMINDER_DAYS_BEFORE}, got ${daysBefore}`);
  }
}

/**
 * The one step that applies on `today`, or null before the reminder window opens. Only the latest
 * applicable step is returned: after a missed run (the server was down) the caller sends that one,
 * never a backlog of the earlier ones. A step stays applicable until the next one takes over, so a
 * run on any day of its span still sends it once (the caller keeps a record per step).
 */
export function reminderStepOn(
  deadline: IsoDate,
  today: IsoDate,
  policy: ReminderPolicy,
  calendar: WorkingCalendar,
): ReminderTiming | null {
  assertDaysBefore(policy.daysBefore);
  const order = compareIsoDates(today, deadline);
  // Counted from the earlier date so that the later one is included and the earlier one is not:
  // the Saturday after a Friday deadline is 0 working days late, not 1. (`0 -` keeps that 0 from
  // becoming -0.)
  const workingDaysLeft =
    order <= 0
      ? calendar.workingDaysBetween(today, deadline)
      : 0 - calendar.workingDaysBetween(deadline, today);
  if (order < 0) {
    if (policy.daysBefore === 0) return null;
    const opensOn = calendar.addWorkingDays(deadline, -policy.daysBefore);
    return compareIsoDates(today, opensOn) >= 0 ? { step: 'before', workingDaysLeft } : null;
  }
  const weeksLate = Math.floor(-workingDaysLeft / OVERDUE_INTERVAL_WORKING_DAYS);
  if (weeksLate >= 1) return { step: `overdue-${weeksLate}`, workingDaysLeft };
  return { step: 'due', workingDaysLeft };
}

/**
 * The latest deadline that can have a step on `today`: sources list subjects up to it. One working
 * day more than `daysBefore`, so that a deadline left on a rest day (calendar edited afterwards) is
 * not missed.
 */
export function reminderWindowEnd(
  today: IsoDate,
  policy: ReminderPolicy,
  calendar: WorkingCalendar,
): IsoDate {
  assertDaysBefore(policy.daysBefore);
  return calendar.addWorkingDays(today, policy.daysBefore + 1);
}
