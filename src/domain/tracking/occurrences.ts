import {
  type IsoDate,
  type PeriodKind,
  type ReportPeriod,
  type WorkingCalendar,
  compareIsoDates,
  isIsoDate,
  parseIsoDate,
  periodContaining,
  periodLabel,
  periodsInYear,
} from '../calendar/index.js';
import {
  type Deadline,
  type Frequency,
  type Timeframe,
  type TimeframeKind,
  describeTimeframe,
} from '../timeframe/index.js';
import { formatDate } from './format.js';

/**
 * One time a task comes up: the unit of progress (status, completion date) and of counting.
 * `key` is unique within the task and stable across regeneration, so progress stored against it
 * survives re-reading the plan.
 */
export interface Occurrence {
  key: string;
  /** The report period it belongs to (`2025-Q2`); null for one-off dates and triggered work. */
  periodCode: string | null;
  /** Null for continuous work, which is reported on in every period but never falls due. */
  dueDate: IsoDate | null;
  /** Vietnamese, for display. */
  label: string;
  source: TimeframeKind;
}

export interface OccurrenceOptions {
  planYear: number;
  /**
   * How often the plan reports: sets the periods of continuous work ("Thường xuyên") and of a
   * bare "Định kỳ", which names no frequency of its own.
   */
  reportingFrequency: Frequency;
}

export const FREQUENCY_PERIOD_KINDS: Readonly<Record<Frequency, Exclude<PeriodKind, 'nineMonths'>>> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  semiannual: 'half',
  annual: 'year',
};

/** A one-off task has one occurrence under this key, so editing its timeframe keeps its progress. */
export const SINGLE_OCCURRENCE_KEY = 'once';

function periodOccurrence(period: ReportPeriod, dueDate: IsoDate | null, source: TimeframeKind): Occurrence {
  return { key: period.code, periodCode: period.code, dueDate, label: periodLabel(period), source };
}

/** The period a dated report covers: the one holding its due date, kept inside the plan year. */
function coveredPeriod(kind: PeriodKind, dueDate: IsoDate, planYear: number): ReportPeriod | null {
  // An annual report due on 15/01 of the next year covers the plan year, not the next one.
  const inYear = parseIsoDate(dueDate).year > planYear ? `${planYear}-12-31` : dueDate;
  return periodContaining(kind, inYear) ?? null;
}

function deadlineKind(deadline: Deadline): PeriodKind | null {
  if (deadline.frequency !== undefined) return FREQUENCY_PERIOD_KINDS[deadline.frequency];
  return deadline.label === '9 tháng' ? 'nineMonths' : null;
}

function deadlineOccurrences(deadlines: readonly Deadline[], planYear: number): Occurrence[] {
  const out = deadlines.map((deadline): Occurrence => {
    const kind = deadlineKind(deadline);
    const period = kind === null ? null : coveredPeriod(kind, deadline.date, planYear);
    const label = `${deadline.label === undefined ? 'Hạn' : `Báo cáo ${deadline.label}, hạn`} ${formatDate(deadline.date)}`;
    return {
      key: period?.code ?? `due:${deadline.date}`,
      periodCode: period?.code ?? null,
      dueDate: deadline.date,
      label,
      source: 'deadline',
    };
  });
  // A lone date with no report period is a plain one-off: keyed like the other one-offs.
  const [only] = out;
  if (out.length === 1 && only !== undefined && only.periodCode === null) {
    return [{ ...only, key: SINGLE_OCCURRENCE_KEY }];
  }
  // Two deadlines in one period (rare, but the text allows it) must still get distinct keys.
  const seen = new Set<string>();
  return out.map((o) => {
    const key = seen.has(o.key) ? `${o.key}@${o.dueDate ?? ''}` : o.key;
    seen.add(key);
    return { ...o, key };
  });
}

/** The smallest period of the timeframe's own granularity holding its final due date. */
function singleOccurrence(timeframe: Timeframe, kind: PeriodKind): Occurrence[] {
  const dueDate = timeframe.dueDates.at(-1);
  if (dueDate === undefined) return [];
  const period = periodContaining(kind, dueDate) ?? null;
  return [
    {
      key: SINGLE_OCCURRENCE_KEY,
      periodCode: period?.code ?? null,
      dueDate,
      label: describeTimeframe(timeframe),
      source: timeframe.kind,
    },
  ];
}

/**
 * The occurrences a task's timeframe produces in the plan year. Timeframes that carry their own
 * year (quarters, months, recurring, deadlines) keep their own dates; to project a timeframe onto
 * another year, re-normalise its raw text with that plan year. Unspecified and unknown timeframes
 * produce nothing: they are flagged for a person, and counting them would invent a due date.
 */
export function occurrencesOf(timeframe: Timeframe, options: OccurrenceOptions): Occurrence[] {
  const { planYear, reportingFrequency } = options;
  switch (timeframe.kind) {
    case 'wholeYear':
      return singleOccurrence(timeframe, 'year');
    case 'quarter':
      return singleOccurrence(timeframe, 'quarter');
    case 'month':
      return singleOccurrence(timeframe, 'month');
    case 'deadline':
      return deadlineOccurrences(timeframe.deadlines, planYear);
    case 'recurring': {
      if (timeframe.frequency === null) {
        const kind = FREQUENCY_PERIOD_KINDS[reportingFrequency];
        return periodsInYear(kind, timeframe.year).map((p) => periodOccurrence(p, p.end, 'recurring'));
      }
      return timeframe.schedule.flatMap(({ frequency, dueDates }) =>
        dueDates.map((dueDate) =>
          periodOccurrence(
            periodContaining(FREQUENCY_PERIOD_KINDS[frequency], dueDate),
            dueDate,
            'recurring',
          ),
        ),
      );
    }
    case 'continuous':
      return periodsInYear(FREQUENCY_PERIOD_KINDS[reportingFrequency], planYear).map((p) =>
        periodOccurrence(p, null, 'continuous'),
      );
    case 'triggered':
    case 'unspecified':
    case 'unknown':
      return [];
  }
}

/** The event that starts triggered work ("Theo sự kiện", "Khi có yêu cầu"). */
export type TriggerEvent = {
  date: IsoDate;
  /** Tells apart two events on one day; the key is built from it, so keep it stable. */
  id?: string;
  /** What happened, in Vietnamese: "Công văn 123/UBND-KT". */
  description?: string;
} & ({ dueInWorkingDays: number } | { dueDate: IsoDate });

export function triggerOccurrence(event: TriggerEvent, calendar: WorkingCalendar): Occurrence {
  if (!isIsoDate(event.date)) throw new RangeError(`invalid event date: ${event.date}`);
  let dueDate: IsoDate;
  if ('dueDate' in event) {
    if (!isIsoDate(event.dueDate) || compareIsoDates(event.dueDate, event.date) < 0) {
      throw new RangeError(`due date ${event.dueDate} must be a date on or after the event ${event.date}`);
    }
    dueDate = event.dueDate;
  } else {
    if (!Number.isInteger(event.dueInWorkingDays) || event.dueInWorkingDays < 0) {
      throw new RangeError(`dueInWorkingDays must be a non-negative integer, got ${event.dueInWorkingDays}`);
    }
    // The event day itself is not counted (BLDS 2015 Art. 147), which addWorkingDays already does.
    dueDate = calendar.addWorkingDays(event.date, event.dueInWorkingDays);
  }
  const what = event.description === undefined ? '' : ` (${event.description})`;
  return {
    key: `event:${event.id ?? event.date}`,
    periodCode: null,
    dueDate,
    label: `Phát sinh ngày ${formatDate(event.date)}${what}, hạn ${formatDate(dueDate)}`,
    source: 'triggered',
  };
}

/** Adds the event's occurrence; recording the same event again changes nothing. */
export function recordTrigger(
  occurrences: readonly Occurrence[],
  event: TriggerEvent,
  calendar: WorkingCalendar,
): Occurrence[] {
  const added = triggerOccurrence(event, calendar);
  return occurrences.some((o) => o.key === added.key) ? [...occurrences] : [...occurrences, added];
}
