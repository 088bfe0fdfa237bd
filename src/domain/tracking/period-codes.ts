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
