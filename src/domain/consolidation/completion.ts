import { parsePeriodCode } from '../calendar/index.js';
import { type TaskCompletion, taskCompletion } from '../tracking/index.js';
import type { DepartmentReportInput } from './facts.js';

/**
 * The completion a department report states, from the one completion rule
 * (domain/tracking/completion.ts) as of the day the data is read: the same figures GET /api/stats/tasks
 * gives for the unit's tasks (lead, with its subunits) and period. The report's sentence and table and
 * the checks that read edited text all call this, never their own.
 */
export function departmentCompletion(
  input: Pick<DepartmentReportInput, 'tasks' | 'periodCode' | 'today'>,
): TaskCompletion {
  return taskCompletion(
    input.tasks.map((t) => ({ taskId: t.id, occurrences: t.occurrences })),
    { asOf: input.today, period: parsePeriodCode(input.periodCode) },
  );
}
