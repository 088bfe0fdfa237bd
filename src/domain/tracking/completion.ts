import {
  type IsoDate,
  type ReportPeriod,
  type WorkingCalendar,
  compareIsoDates,
  parsePeriodCode,
} from '../calendar/index.js';
import { roundedPercent } from './format.js';
import type { Occurrence } from './occurrences.js';
import { type TaskStatus, timeliness } from './task-status.js';

/** An occurrence with its own progress: a monthly report can be done for January and not February. */
export interface OccurrenceProgress extends Occurrence {
  status: TaskStatus;
  completedOn?: IsoDate | null;
}

export interface TaskProgress {
  taskId: string;
  occurrences: readonly OccurrenceProgress[];
}

/** `pending`: due in the period, not done, its deadline not yet passed. */
export type TaskOutcome = 'doneOnTime' | 'doneLate' | 'overdue' | 'pending';

export interface CompletionSummary {
  periodCode: string;
  due: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  /** Tasks whose every occurrence in the period was cancelled; not in `due`. */
  cancelled: number;
  /** done / due in percent, one decimal; null when nothing is due (a rate of nothing means nothing). */
  rate: number | null;
  /** "đạt 22% (2/9 nhiệm vụ)", ready for the report. */
  sentence: string;
  tasks: { taskId: string; outcome: TaskOutcome }[];
}

export interface CompletionOptions {
  today: IsoDate;
  calendar: WorkingCalendar;
}

function within(date: IsoDate, period: ReportPeriod): boolean {
  return compareIsoDates(date, period.start) >= 0 && compareIsoDates(date, period.end) <= 0;
}

/** Whether an occurrence counts in a report period; statistics use the same rule (task-stats.ts). */
export function inPeriod(
  occurrence: Pick<Occurrence, 'dueDate' | 'periodCode'> & { source: string },
  period: ReportPeriod,
): boolean {
  if (occurrence.dueDate !== null) return within(occurrence.dueDate, period);
  if (occurrence.source !== 'continuous' || occurrence.periodCode === null) return false;
  // Continuous work counts wherever its reporting period overlaps the one asked about.
  const own = parsePeriodCode(occurrence.periodCode);
  return compareIsoDates(own.start, period.end) <= 0 && compareIsoDates(own.end, period.start) >= 0;
}

function outcomeOf(
  occurrences: readonly OccurrenceProgress[],
  { today, calendar }: CompletionOptions,
): TaskOutcome {
  const states = occurrences.map((o) =>
    timeliness(
      { dueDate: o.dueDate, completedOn: o.completedOn ?? null, status: o.status, today },
      { calendar },
    ),
  );
  if (occurrences.every((o) => o.status === 'done')) {
    return states.includes('doneLate') ? 'doneLate' : 'doneOnTime';
  }
  return states.includes('overdue') ? 'overdue' : 'pending';
}

/**
 * A rounded share that never claims all or nothing when that is not so: 199/200 is 99.5 %, which
 * rounds half up to 100 %, but a report must not say "đạt 100%" with a task still open.
 */
export function displayedPercent(done: number, due: number, decimals: 0 | 1): number {
  const rounded = roundedPercent(done, due, decimals);
  const step = decimals === 0 ? 1 : 0.1;
  if (done < due && rounded >= 100) return 100 - step;
  if (done > 0 && rounded <= 0) return step;
  return rounded;
}

/**
 * The completion rate (tỷ lệ hoàn thành) of a set of tasks for one report period, always computed.
 * Tasks are counted, not occurrences, since reports say "2/9 nhiệm vụ": a task is due when one of
 * its occurrences falls due in the period (or, for continuous work, is reported in it), and done
 * when every such occurrence is done; late if any of them was late. Cancelled occurrences are left
 * out: a cancelled task is no longer expected.
 *
 * Rounding: `rate` is rounded half up to one decimal and the sentence half up to a whole percent
 * (2/9 = 22.22… → 22.2 and "22%"; 1/8 = 12.5 → "13%"), except that neither shows 100 while a task
 * is open nor 0 once one is done (they show 99.9/99 and 0.1/1 instead).
 */
export function completionRate(
  tasks: readonly TaskProgress[],
  periodCode: string,
  options: CompletionOptions,
): CompletionSummary {
  const period = parsePeriodCode(periodCode);
  const summary: CompletionSummary = {
    periodCode: period.code,
    due: 0,
    done: 0,
    doneOnTime: 0,
    doneLate: 0,
    overdue: 0,
    cancelled: 0,
    rate: null,
    sentence: '',
    tasks: [],
  };
  for (const task of tasks) {
    const relevant = task.occurrences.filter((o) => inPeriod(o, period));
    const active = relevant.filter((o) => o.status !== 'cancelled');
    if (active.length === 0) {
      if (relevant.length > 0) summary.cancelled += 1;
      continue;
    }
    const outcome = outcomeOf(active, options);
    summary.due += 1;
    if (outcome === 'doneOnTime' || outcome === 'doneLate') summary.done += 1;
    if (outcome !== 'pending') summary[outcome] += 1;
    summary.tasks.push({ taskId: task.taskId, outcome });
  }
  if (summary.due === 0) {
    summary.sentence = 'không có nhiệm vụ đến hạn trong kỳ';
    return summary;
  }
  summary.rate = displayedPercent(summary.done, summary.due, 1);
  const whole = displayedPercent(summary.done, summary.due, 0);
  summary.sentence = `đạt ${whole}% (${summary.done}/${summary.due} nhiệm vụ)`;
  return summary;
}
