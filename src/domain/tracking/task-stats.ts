import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type IsoDate,
  PERIOD_KINDS,
  type ReportPeriod,
  compareIsoDates,
  parseIsoDate,
  periodContaining,
  periodsInYear,
} from '../calendar/index.js';
import { displayedPercent, inPeriod } from './completion.js';
import type { TaskStatus } from './task-status.js';

/**
 * One stored occurrence as statistics see it. `deadline` is the due date already moved to the next
 * working day (what on time is measured against); `dueDate` is the date the plan wrote, which is
 * what places an occurrence in a report period.
 */
export interface StatsOccurrence {
  status: TaskStatus;
  dueDate: IsoDate | null;
  deadline: IsoDate | null;
  completedOn: IsoDate | null;
  periodCode: string | null;
  /** The timeframe kind that produced it: `continuous` occurrences are placed by their period. */
  source: string;
}

export interface TaskStatsCounts {
  /** Every non-cancelled occurrence in scope. */
  assigned: number;
  /** Deadline on or before the as-of date. */
  due: number;
  /** Among the due ones, those done by the as-of date: the numerator of the completion rate. */
  dueDone: number;
  doneOnTime: number;
  doneLate: number;
  /** Not done by the as-of date, deadline on or after it or none: "đang thực hiện trong hạn". */
  inProgress: number;
  /** Not done by the as-of date and its deadline before it. */
  overdue: number;
  /** Cancelled occurrences in scope; counted nowhere else. */
  cancelled: number;
}

export interface TaskStats extends TaskStatsCounts {
  asOf: IsoDate;
  /** dueDone / due in percent, one decimal; null when nothing is due. */
  completionRate: number | null;
}

/** Where one non-cancelled occurrence stands on the as-of date; every one lands in exactly one. */
export type StatsStanding = 'doneOnTime' | 'doneLate' | 'overdue' | 'inProgress';

export interface TaskStatsOptions {
  asOf: IsoDate;
  /** Only occurrences counting in this period (see `inPeriod`); all when absent. */
  period?: ReportPeriod;
}

/** Done as of a date: completed on or before it. A completion recorded later did not exist yet. */
export function doneAsOf(occurrence: Pick<StatsOccurrence, 'completedOn'>, asOf: IsoDate): boolean {
  return occurrence.completedOn !== null && compareIsoDates(occurrence.completedOn, asOf) <= 0;
}

/**
 * The same four outcomes `timeliness` gives on the as-of date (its `dueSoon`, `onTrack` and
 * `noDeadline` together are `inProgress`), read from the stored deadline and from the completion
 * known on that date rather than from the current status.
 */
export function standingAsOf(occurrence: StatsOccurrence, asOf: IsoDate): StatsStanding {
  const { deadline, completedOn } = occurrence;
  if (completedOn !== null && doneAsOf(occurrence, asOf)) {
    return deadline === null || compareIsoDates(completedOn, deadline) <= 0 ? 'doneOnTime' : 'doneLate';
  }
  return deadline !== null && compareIsoDates(deadline, asOf) < 0 ? 'overdue' : 'inProgress';
}

/** The completion rate from the counts: the share shown never reads 100 % with one still open. */
export function statsCompletionRate(dueDone: number, due: number): number | null {
  return due === 0 ? null : displayedPercent(dueDone, due, 1);
}

export function withCompletionRate(counts: TaskStatsCounts, asOf: IsoDate): TaskStats {
  return { ...counts, asOf, completionRate: statsCompletionRate(counts.dueDone, counts.due) };
}

export function emptyTaskStatsCounts(): TaskStatsCounts {
  return {
    assigned: 0,
    due: 0,
    dueDone: 0,
    doneOnTime: 0,
    doneLate: 0,
    inProgress: 0,
    overdue: 0,
    cancelled: 0,
  };
}

/**
 * Statistics of assigned tasks (the set the Government Office asks for) as of a date, counted per
 * occurrence: a monthly task is twelve assignments. This is the definition; the server computes the
 * same counts in SQL and its tests check them against this function.
 *
 * Against `completionRate` (which writes "đạt 22% (2/9 nhiệm vụ)" for a report): that one counts
 * tasks, and a task is due once it falls due in the period whether or not its deadline has come;
 * here a count is due only once its deadline is on or before the as-of date, so the rate never
 * counts work that could not yet be late. For one-occurrence tasks with dated deadlines, read
 * after the last deadline, both give the same due, done, on time, late and overdue.
 */
export function taskStats(occurrences: readonly StatsOccurrence[], options: TaskStatsOptions): TaskStats {
  const { asOf, period } = options;
  const counts = emptyTaskStatsCounts();
  for (const occurrence of occurrences) {
    if (period !== undefined && !inPeriod(occurrence, period)) continue;
    if (occurrence.status === 'cancelled') {
      counts.cancelled += 1;
      continue;
    }
    counts.assigned += 1;
    const standing = standingAsOf(occurrence, asOf);
    counts[standing] += 1;
    const due = occurrence.deadline !== null && compareIsoDates(occurrence.deadline, asOf) <= 0;
    if (!due) continue;
    counts.due += 1;
    if (standing === 'doneOnTime' || standing === 'doneLate') counts.dueDone += 1;
  }
  return withCompletionRate(counts, asOf);
}

function overlaps(a: ReportPeriod, b: ReportPeriod): boolean {
  return compareIsoDates(a.start, b.end) <= 0 && compareIsoDates(a.end, b.start) >= 0;
}

function yearsAround(period: ReportPeriod): number[] {
  // ISO weeks spill into the neighbouring years.
  const first = Math.max(CALENDAR_MIN_YEAR, parseIsoDate(period.start).year - 1);
  const last = Math.min(CALENDAR_MAX_YEAR, parseIsoDate(period.end).year + 1);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Every period code, of any kind, whose dates overlap `period`: lets storage place continuous
 * occurrences by an `in (…)` on their stored code instead of parsing codes in SQL.
 */
export function periodCodesOverlapping(period: ReportPeriod): string[] {
  const codes: string[] = [];
  for (const year of yearsAround(period)) {
    for (const kind of PERIOD_KINDS) {
      for (const candidate of periodsInYear(kind, year)) {
        if (overlaps(candidate, period)) codes.push(candidate.code);
      }
    }
  }
  return codes;
}

/** The codes of the periods, one per kind, that hold `date`: "the current period" of any kind. */
export function periodCodesContaining(date: IsoDate): string[] {
  return PERIOD_KINDS.flatMap((kind) => periodContaining(kind, date)?.code ?? []);
}
