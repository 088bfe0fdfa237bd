import { TASK_STATUSES, transitionTask, type TaskStatus, type Timeliness } from '../../domain/tracking';
import type { TaskRow } from '../api/types';

/** antd tag colours; red is kept for what is late, so it stands out on a busy list. */
export const STATUS_COLORS: Readonly<Record<TaskStatus, string>> = {
  notStarted: 'default',
  inProgress: 'processing',
  done: 'success',
  paused: 'warning',
  cancelled: 'default',
};

export const TIMELINESS_COLORS: Readonly<Record<Timeliness, string>> = {
  doneOnTime: 'green',
  doneLate: 'orange',
  overdue: 'red',
  dueSoon: 'gold',
  onTrack: 'blue',
  noDeadline: 'default',
};

export type BoardColumns = Record<TaskStatus, TaskRow[]>;

const byDeadline = (a: TaskRow, b: TaskRow) => {
  const da = a.current?.deadline ?? '9999-12-31';
  const db = b.current?.deadline ?? '9999-12-31';
  return da.localeCompare(db) || a.content.localeCompare(b.content, 'vi');
};

/**
 * Kanban columns by the status of each task's current occurrence, earliest deadline first.
 * A task without any occurrence yet (a triggered task no event has started) has nothing to move.
 */
export function groupByStatus(rows: readonly TaskRow[]): { columns: BoardColumns; unscheduled: TaskRow[] } {
  const columns = Object.fromEntries(TASK_STATUSES.map((s) => [s, [] as TaskRow[]])) as BoardColumns;
  const unscheduled: TaskRow[] = [];
  for (const row of rows) {
    if (row.current) columns[row.current.status].push(row);
    else unscheduled.push(row);
  }
  for (const status of TASK_STATUSES) columns[status].sort(byDeadline);
  return { columns, unscheduled };
}

// Only the move itself is asked about here; the real completion date is checked when saving.
const completion = (to: TaskStatus) => (to === 'done' ? { completedOn: '2000-01-01' } : {});

/** The statuses a task may move to from `from` (the domain's transition table). */
export function moveTargets(from: TaskStatus): TaskStatus[] {
  return TASK_STATUSES.filter((to) => transitionTask(from, to, { reason: 'x', ...completion(to) }).ok);
}

/** The move must be explained in the record (cancelling, pausing, reopening). */
export function moveNeedsReason(from: TaskStatus, to: TaskStatus): boolean {
  const result = transitionTask(from, to, completion(to));
  return !result.ok && result.error.code === 'reasonRequired';
}
