import { type CompletionSummary, completionRate } from '../tracking/index.js';
import type { DepartmentReportInput } from './facts.js';

/**
 * The completion rate a department report states, from the one completion rule in tracking: the
 * report's sentence and table and the checks that read edited text all call this, never their own.
 */
export function departmentCompletion(
  input: Pick<DepartmentReportInput, 'tasks' | 'periodCode' | 'today' | 'calendar'>,
): CompletionSummary {
  return completionRate(
    input.tasks.map((t) => ({ taskId: t.id, occurrences: t.occurrences })),
    input.periodCode,
    { today: input.today, calendar: input.calendar },
  );
}
