export {
  DEFAULT_DUE_SOON_WORKING_DAYS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  TIMELINESS_LABELS,
  type TaskStatus,
  type Timeliness,
  type TimelinessInput,
  type TimelinessOptions,
  type TransitionError,
  type TransitionErrorCode,
  type TransitionOptions,
  type TransitionResult,
  timeliness,
  transitionTask,
} from './task-status.js';
export {
  FREQUENCY_PERIOD_KINDS,
  SINGLE_OCCURRENCE_KEY,
  type Occurrence,
  type OccurrenceOptions,
  type TriggerEvent,
  occurrencesOf,
  recordTrigger,
  triggerOccurrence,
} from './occurrences.js';
export {
  type CompletionOptions,
  type CompletionSummary,
  type OccurrenceProgress,
  type TaskOutcome,
  type TaskProgress,
  completionRate,
} from './completion.js';
export {
  type Forecast,
  type ForecastMethod,
  type ForecastPoint,
  type IndicatorValue,
  describeForecast,
  forecastYearEnd,
} from './forecast.js';
export {
  DEFAULT_FRACTION_TOLERANCE,
  type IndicatorAssessment,
  type IndicatorYear,
  type ResolvedPoint,
  type ResolvedValue,
  type ValueIssue,
  type ValueIssueCode,
  type YearResult,
  assessIndicator,
  evaluateValue,
  resolveValue,
  yearOverYear,
} from './indicator-values.js';
export {
  type Aggregation,
  type TargetPlan,
  type TargetProblem,
  type TargetProblemCode,
  checkTargetPlan,
} from './targets-consistency.js';
export {
  type RuleValues,
  type RuleViolation,
  type ValidationRule,
  checkRules,
  partLeqTotal,
  rateLeq100,
  sumEquals,
} from './validation-rules.js';
