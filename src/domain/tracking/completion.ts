import { type IsoDate, type ReportPeriod, compareIsoDates, parsePeriodCode } from '../calendar/index.js';
import { roundedPercent } from './format.js';
import type { TaskStatus } from './task-status.js';

/*
 * THE completion rule (tỷ lệ hoàn thành). Every figure of completion in baocao — GET /api/stats/tasks
 * and its breakdowns, Tổng quan, the counters of Việc của tôi, the department's and the upward
 * reports and their task table — is computed here (the SQL of stats.repository.ts only groups the
 * per-occurrence standings below; the classification of tasks and the arithmetic are these
 * functions). Read as of a date A, for a period P:
 *
 * 1. An occurrence (lượt thực hiện: one month of a monthly task, one quarter of a quarterly one, one
 *    event of triggered work) counts in P when its due date lies in P; continuous work ("Thường
 *    xuyên"), which has no due date, counts in every P its own reporting period overlaps.
 * 2. On A an occurrence that was not cancelled stands in exactly one of:
 *    - doneOnTime: completed on or before A and on or before its deadline;
 *    - doneLate: completed on or before A, after its deadline;
 *    - overdue (quá hạn): not completed by A and its deadline before A;
 *    - inProgress (trong hạn): not completed by A, its deadline on or after A;
 *    - noDeadline (không thời hạn): it has no deadline (continuous work), done or not.
 *    The deadline is the one in force: the plan's due date moved to the next working day, and moved
 *    again by an approved extension (gia hạn), which replaces the stored deadline.
 *    An occurrence is due (đến hạn) when it is done or overdue — the Government Office's
 *    "đến hạn = đã hoàn thành + chưa hoàn thành quá hạn" (shared domain brief, task-tracking §1.3) —
 *    so work done early counts, and work still in time on A does not.
 * 3. A task (nhiệm vụ) is judged on its occurrences counting in P:
 *    - overdue when any of them is overdue;
 *    - else done late when at least one is done and any done one was late;
 *    - else done on time when at least one is done (every due one was done by its deadline);
 *    - else inProgress when one has a deadline still ahead (not yet due);
 *    - else noDeadline (only continuous work): counted apart, never in the rate;
 *    - cancelled when every one was cancelled: counted nowhere else.
 *    So a monthly task is due in a half-year as soon as one month is due, done on time only when
 *    every month due by A was done by its deadline, and overdue while one month is open past it.
 * 5. Extensions (gia hạn): a task done by the date an approved extension granted is done on time, since
 *    that date is the deadline in force. Whether the Government Office counts it so could not be
 *    confirmed (shared domain brief, task-tracking §1.2: [U]), so every count also says, apart, how
 *    many were extended ("đã gia hạn": an approved extension on an occurrence counting in P) and how
 *    many of the ones done on time were done only by the extended date (after the original deadline).
 * 4. Completion rate = (done on time + done late) / due, in percent (one decimal, half up; never 100
 *    while one is open, never 0 once one is done); null when nothing is due. It is given per task
 *    (countBasis "tasks", what reports say: "đạt 67% (10/15 nhiệm vụ)") and, as a second labelled
 *    count, per occurrence (countBasis "occurrences", "lượt thực hiện") by the same rule.
 */

/** One stored occurrence as the rule reads it. */
export interface CompletionOccurrence {
  status: TaskStatus;
  /** The date the plan wrote: places the occurrence in a period. */
  dueDate: IsoDate | null;
  /** The deadline in force: the due date on a working day, or an approved extension's date. */
  deadline: IsoDate | null;
  completedOn: IsoDate | null;
  periodCode: string | null;
  /** The timeframe kind that produced it: `continuous` occurrences are placed by their period. */
  source: string;
  /** The deadline before the first approved extension; null or absent when never extended. */
  originalDeadline?: IsoDate | null;
}

export const OCCURRENCE_STANDINGS = [
  'doneOnTime',
  'doneLate',
  'overdue',
  'inProgress',
  'noDeadline',
] as const;
export type OccurrenceStanding = (typeof OCCURRENCE_STANDINGS)[number];

/**
 * How many of a task's occurrences in the period stand where; the input of `taskOutcome`. Beside the
 * standings (which add up to the occurrences), `extended` counts the non-cancelled ones with an
 * approved extension and `doneByExtension` the ones done on time only by their extended deadline.
 */
export type StandingCounts = Record<
  OccurrenceStanding | 'cancelled' | 'extended' | 'doneByExtension',
  number
>;

export type TaskOutcome = OccurrenceStanding | 'cancelled';

export type CountBasis = 'tasks' | 'occurrences';

export const COUNT_BASIS_LABELS: Readonly<Record<CountBasis, string>> = {
  tasks: 'Tính theo nhiệm vụ',
  occurrences: 'Tính theo lượt thực hiện',
};

/** The unit word of each basis, for sentences: "10/15 nhiệm vụ", "34/51 lượt thực hiện". */
export const COUNT_BASIS_NOUNS: Readonly<Record<CountBasis, string>> = {
  tasks: 'nhiệm vụ',
  occurrences: 'lượt thực hiện',
};

export interface CompletionCounts {
  countBasis: CountBasis;
  /** Not cancelled, in scope: due + inProgress + noDeadline. */
  assigned: number;
  /** Đến hạn: done + overdue. */
  due: number;
  /** Done by the as-of date among the due ones: doneOnTime + doneLate, the rate's numerator. */
  dueDone: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  /** Not yet due: its deadline is on or after the as-of date (trong hạn). */
  inProgress: number;
  /** No deadline (continuous work): counted apart, never in the rate. */
  noDeadline: number;
  cancelled: number;
  /** Đã gia hạn: with an approved extension (tasks: any of its occurrences counting in the scope). */
  extended: number;
  /** Of doneOnTime, done after the original deadline, by the extended one. */
  doneOnTimeExtended: number;
  /** dueDone / due in percent, one decimal; null when nothing is due. */
  completionRate: number | null;
}

export interface CompletionOptions {
  asOf: IsoDate;
  /** Only occurrences counting in this period (see `inPeriod`); all when absent. */
  period?: ReportPeriod | null;
}

function within(date: IsoDate, period: ReportPeriod): boolean {
  return compareIsoDates(date, period.start) >= 0 && compareIsoDates(date, period.end) <= 0;
}

/** Rule 1: whether an occurrence counts in a period. */
export function inPeriod(
  occurrence: Pick<CompletionOccurrence, 'dueDate' | 'periodCode' | 'source'>,
  period: ReportPeriod,
): boolean {
  if (occurrence.dueDate !== null) return within(occurrence.dueDate, period);
  if (occurrence.source !== 'continuous' || occurrence.periodCode === null) return false;
  const own = parsePeriodCode(occurrence.periodCode);
  return compareIsoDates(own.start, period.end) <= 0 && compareIsoDates(own.end, period.start) >= 0;
}

/** Done as of a date: completed on or before it. A completion recorded later did not exist yet. */
export function doneAsOf(occurrence: Pick<CompletionOccurrence, 'completedOn'>, asOf: IsoDate): boolean {
  return occurrence.completedOn !== null && compareIsoDates(occurrence.completedOn, asOf) <= 0;
}

/** Rule 2: where a non-cancelled occurrence stands on the as-of date. */
export function standingAsOf(
  occurrence: Pick<CompletionOccurrence, 'deadline' | 'completedOn'>,
  asOf: IsoDate,
): OccurrenceStanding {
  const { deadline, completedOn } = occurrence;
  if (deadline === null) return 'noDeadline';
  if (completedOn !== null && compareIsoDates(completedOn, asOf) <= 0) {
    return compareIsoDates(completedOn, deadline) <= 0 ? 'doneOnTime' : 'doneLate';
  }
  return compareIsoDates(deadline, asOf) < 0 ? 'overdue' : 'inProgress';
}

export function emptyStandingCounts(): StandingCounts {
  return {
    doneOnTime: 0,
    doneLate: 0,
    overdue: 0,
    inProgress: 0,
    noDeadline: 0,
    cancelled: 0,
    extended: 0,
    doneByExtension: 0,
  };
}

/** Rule 3: a task's outcome from the standings of its occurrences in the period. */
export function taskOutcome(counts: StandingCounts): TaskOutcome {
  if (counts.overdue > 0) return 'overdue';
  if (counts.doneLate > 0) return 'doneLate';
  if (counts.doneOnTime > 0) return 'doneOnTime';
  if (counts.inProgress > 0) return 'inProgress';
  if (counts.noDeadline > 0) return 'noDeadline';
  return 'cancelled';
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

/** Rule 4: the completion rate from the counts. */
export function completionPercent(dueDone: number, due: number): number | null {
  return due === 0 ? null : displayedPercent(dueDone, due, 1);
}

function finish(basis: CountBasis, c: StandingCounts): CompletionCounts {
  const dueDone = c.doneOnTime + c.doneLate;
  const due = dueDone + c.overdue;
  return {
    countBasis: basis,
    assigned: due + c.inProgress + c.noDeadline,
    due,
    dueDone,
    doneOnTime: c.doneOnTime,
    doneLate: c.doneLate,
    overdue: c.overdue,
    inProgress: c.inProgress,
    noDeadline: c.noDeadline,
    cancelled: c.cancelled,
    extended: c.extended,
    doneOnTimeExtended: c.doneByExtension,
    completionRate: completionPercent(dueDone, due),
  };
}

export interface Completion {
  tasks: CompletionCounts;
  occurrences: CompletionCounts;
}

/**
 * Adds up tasks given by their standing counts. A group may stand for several tasks (`tasks`) whose
 * counts are summed: the outcome depends only on which standings are present (`taskOutcome` tests
 * `> 0`), so storage hands over one group per pattern of present standings instead of one row per task.
 */
export function tallyCompletion(groups: Iterable<{ counts: StandingCounts; tasks: number }>): Completion {
  const byTask = emptyStandingCounts();
  const byOccurrence = emptyStandingCounts();
  for (const { counts, tasks } of groups) {
    const outcome = taskOutcome(counts);
    byTask[outcome] += tasks;
    if (counts.extended > 0) byTask.extended += tasks;
    if (outcome === 'doneOnTime' && counts.doneByExtension > 0) byTask.doneByExtension += tasks;
    for (const key of Object.keys(byOccurrence) as (keyof StandingCounts)[]) byOccurrence[key] += counts[key];
  }
  return { tasks: finish('tasks', byTask), occurrences: finish('occurrences', byOccurrence) };
}

/** The standings of one task's occurrences counting in the period; null when none does. */
export function standingCountsOf(
  occurrences: readonly CompletionOccurrence[],
  { asOf, period }: CompletionOptions,
): StandingCounts | null {
  const counts = emptyStandingCounts();
  let any = false;
  for (const o of occurrences) {
    if (period && !inPeriod(o, period)) continue;
    any = true;
    if (o.status === 'cancelled') {
      counts.cancelled += 1;
      continue;
    }
    const standing = standingAsOf(o, asOf);
    counts[standing] += 1;
    const original = o.originalDeadline ?? null;
    if (original !== null) counts.extended += 1;
    if (
      standing === 'doneOnTime' &&
      original !== null &&
      o.completedOn !== null &&
      compareIsoDates(o.completedOn, original) > 0
    )
      counts.doneByExtension += 1;
  }
  return any ? counts : null;
}

export interface TaskCompletionEntry {
  taskId: string;
  outcome: TaskOutcome;
  counts: StandingCounts;
}

export interface TaskCompletion extends Completion {
  asOf: IsoDate;
  periodCode: string | null;
  /** Every task with an occurrence in the period, with its outcome. */
  entries: TaskCompletionEntry[];
}

/** The rule over tasks held in memory (reports, tests); storage groups the same standings in SQL. */
export function taskCompletion(
  tasks: readonly { taskId: string; occurrences: readonly CompletionOccurrence[] }[],
  options: CompletionOptions,
): TaskCompletion {
  const entries: TaskCompletionEntry[] = [];
  for (const task of tasks) {
    const counts = standingCountsOf(task.occurrences, options);
    if (counts !== null) entries.push({ taskId: task.taskId, outcome: taskOutcome(counts), counts });
  }
  return {
    ...tallyCompletion(entries.map((e) => ({ counts: e.counts, tasks: 1 }))),
    asOf: options.asOf,
    periodCode: options.period?.code ?? null,
    entries,
  };
}

/**
 * "đạt 67% (10/15 nhiệm vụ)", the whole-percent sentence of a report (half up, with the same
 * guards as the rate: "99%" while one is open, "1%" once one is done).
 */
export function completionSentence(counts: CompletionCounts): string {
  if (counts.due === 0) return `không có ${COUNT_BASIS_NOUNS[counts.countBasis]} đến hạn`;
  const whole = displayedPercent(counts.dueDone, counts.due, 0);
  return `đạt ${whole}% (${counts.dueDone}/${counts.due} ${COUNT_BASIS_NOUNS[counts.countBasis]})`;
}
