import type { IsoDate, WorkingCalendar } from '../calendar/index.js';
import type { CaseStatus } from './workflow.js';

/**
 * How many working days each step may take, counted from the day the case entered it. The
 * centre's rules (seed 000) ask for quick handling because fake news spreads within hours;
 * verification is the long step. A step with no limit (a closed case) has no deadline.
 */
export const STEP_WORKING_DAYS: Readonly<Record<CaseStatus, number | null>> = {
  received: 1, // classify
  classified: 1, // assign the team
  assigned: 5, // verify and conclude
  concluded: 1, // the leader approves
  approved: 2, // publish, refer or close
  closed: null,
};

/** The step's deadline: `STEP_WORKING_DAYS` working days after the day the case entered it. */
export function stepDeadline(
  calendar: WorkingCalendar,
  status: CaseStatus,
  enteredOn: IsoDate,
): IsoDate | null {
  const days = STEP_WORKING_DAYS[status];
  return days === null ? null : calendar.addWorkingDays(enteredOn, days);
}

export type StepStanding = 'onTime' | 'dueToday' | 'overdue';

/** Where an open step stands on `today`, for the list's tags and for reminders. */
export function stepStanding(deadline: IsoDate, today: IsoDate): StepStanding {
  if (today < deadline) return 'onTime';
  return today === deadline ? 'dueToday' : 'overdue';
}

/** Working days a case took from receipt to closing (the report's handling time). */
export function handlingWorkingDays(
  calendar: WorkingCalendar,
  receivedOn: IsoDate,
  closedOn: IsoDate,
): number {
  return Math.max(0, calendar.workingDaysBetween(receivedOn, closedOn));
}
