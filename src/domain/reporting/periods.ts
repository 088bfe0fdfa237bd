/**
 * The periods (kỳ báo cáo) a regime produces, each with its data window and deadline, so the
 * receiving unit sees "Tháng 01/2025: số liệu 15/12/2024–14/01/2025, hạn 15/01/2025" in one place.
 */
import {
  type IsoDate,
  type ReportPeriod,
  type WorkingCalendar,
  parseIsoDate,
  parsePeriodCode,
  periodLabel,
  periodsInYear,
} from '../calendar/index.js';
import { type CutOffWindow, cutOffFor, cutOffRuleProblems } from './cut-off.js';
import { type Deadline, deadlineFor, explicitDeadline } from './deadline-rules.js';
import { dayMonthYear } from './describe.js';
import { ReportingError } from './errors.js';
import { type ReportRegime, periodKindOf } from './regime.js';

export interface RegimePeriod extends Deadline {
  /** `2025-01`, `2025-W27` …; `adhoc` for the single period of an ad hoc regime. */
  code: string;
  label: string;
  /** The period itself; for an ad hoc regime, its data window. */
  start: IsoDate;
  end: IsoDate;
  cutOff: CutOffWindow;
  /** Working days from the end of the data window to the deadline; Điều 8 khoản 5 wants ≥ 1. */
  workingDaysAfterCutOff: number;
}

/** Ad hoc regimes have exactly one period, so a constant code keeps (regime, period) unique. */
export const AD_HOC_PERIOD_CODE = 'adhoc';

function adHocPeriod(regime: ReportRegime, calendar: WorkingCalendar): RegimePeriod {
  const { cutOffRule, deadlineRule } = regime;
  if (deadlineRule.kind !== 'explicit' || cutOffRule.kind !== 'explicit')
    throw new ReportingError(
      'invalidRule',
      `Ad hoc regime ${regime.id} needs an explicit deadline and cut-off`,
    );
  const problems = cutOffRuleProblems(cutOffRule);
  if (problems.length > 0) throw new ReportingError('invalidRule', problems.join(' '));
  const cutOff = { from: cutOffRule.from, to: cutOffRule.to };
  const deadline = explicitDeadline(deadlineRule.at);
  return {
    code: AD_HOC_PERIOD_CODE,
    label: `Đột xuất, hạn ${dayMonthYear(deadline.dueDate)}`,
    start: cutOff.from,
    end: cutOff.to,
    cutOff,
    ...deadline,
    workingDaysAfterCutOff: calendar.workingDaysBetween(cutOff.to, deadline.dueDate),
  };
}

/** One calendar period of a periodic regime, with its window and deadline. */
export function regimePeriod(
  regime: ReportRegime,
  period: ReportPeriod,
  calendar: WorkingCalendar,
): RegimePeriod {
  if (periodKindOf(regime.frequency) !== period.kind)
    throw new ReportingError('invalidArgument', `Period ${period.code} is not a ${regime.frequency} period`);
  const cutOff = cutOffFor(regime.cutOffRule, period);
  const deadline = deadlineFor(regime.deadlineRule, period, calendar, cutOff);
  return {
    code: period.code,
    label: periodLabel(period),
    start: period.start,
    end: period.end,
    cutOff,
    ...deadline,
    workingDaysAfterCutOff: calendar.workingDaysBetween(cutOff.to, deadline.dueDate),
  };
}

/**
 * Every period of the regime in `year`, in order. Weeks follow the ISO week-numbering year, as the
 * period codes do. An ad hoc regime yields its one period when its deadline falls in `year`.
 */
export function generatePeriods(
  regime: ReportRegime,
  year: number,
  calendar: WorkingCalendar,
): RegimePeriod[] {
  const kind = periodKindOf(regime.frequency);
  if (kind === null) {
    const period = adHocPeriod(regime, calendar);
    return parseIsoDate(period.dueDate).year === year ? [period] : [];
  }
  const only = regime.periodIndexes === undefined ? null : new Set(regime.periodIndexes);
  return periodsInYear(kind, year)
    .filter((period) => only === null || only.has(period.index))
    .map((period) => regimePeriod(regime, period, calendar));
}

/** The period of a regime named by a stored code; throws on a code of another kind. */
export function regimePeriodByCode(
  regime: ReportRegime,
  code: string,
  calendar: WorkingCalendar,
): RegimePeriod {
  if (periodKindOf(regime.frequency) === null) {
    if (code !== AD_HOC_PERIOD_CODE)
      throw new ReportingError('invalidArgument', `Ad hoc regime ${regime.id} has no period ${code}`);
    return adHocPeriod(regime, calendar);
  }
  const period = parsePeriodCode(code);
  if (regime.periodIndexes !== undefined && !regime.periodIndexes.includes(period.index))
    throw new ReportingError('invalidArgument', `Regime ${regime.id} has no period ${code}`);
  return regimePeriod(regime, period, calendar);
}
