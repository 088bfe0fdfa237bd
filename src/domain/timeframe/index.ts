export { normalizeTimeframe } from './normalize';
export { describeTimeframe } from './describe';
export type {
  ContinuousTimeframe,
  Deadline,
  DeadlineTimeframe,
  Frequency,
  IsoDate,
  MonthTimeframe,
  Quarter,
  QuarterTimeframe,
  RecurringTimeframe,
  Timeframe,
  TimeframeContext,
  TimeframeKind,
  Trigger,
  TriggeredTimeframe,
  UnknownTimeframe,
  UnspecifiedTimeframe,
  WholeYearTimeframe,
} from './types';
export { FREQUENCIES } from './types';
