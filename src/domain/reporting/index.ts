/**
 * Reporting regimes (chế độ báo cáo, Nghị định 09/2019/NĐ-CP): their periods, data windows and
 * deadlines, and how punctually units report. Pure: callers pass the calendar and "now".
 */
export {
  type CutOffRule,
  type CutOffRuleKind,
  type CutOffWindow,
  calendarCutOff,
  cutOffFor,
  cutOffRuleProblems,
  standardCutOff,
} from './cut-off.js';
export {
  type Deadline,
  type DeadlineRule,
  type DeadlineRuleKind,
  type RestDayPolicy,
  deadlineFor,
  deadlineRuleProblems,
  explicitDeadline,
} from './deadline-rules.js';
export { describeDeadline } from './describe.js';
export {
  type OwedPeriod,
  type OwedReport,
  type RegimeReporters,
  type SubmissionFact,
  owedReports,
  owingUnitIds,
  timelinessOf,
} from './expected-reports.js';
export { ReportingError, type ReportingErrorCode } from './errors.js';
export {
  AD_HOC_PERIOD_CODE,
  type RegimePeriod,
  generatePeriods,
  regimePeriod,
  regimePeriodByCode,
} from './periods.js';
export {
  DEFAULT_OUTLINE,
  type OutlineSection,
  type ProposalOptions,
  REGIME_FREQUENCIES,
  type RegimeFrequency,
  type RegimeProposal,
  type RegimeScope,
  type ReportRegime,
  type ReportingUnits,
  periodKindOf,
  regimeFromParsed,
  resolveReportingUnits,
} from './regime.js';
export {
  type Instant,
  type ReportingRates,
  type RollupNode,
  type RollupUnit,
  type SubmissionFacts,
  type SubmissionStatus,
  type UnitRef,
  addRates,
  reportingRates,
  rollup,
  submissionStatus,
} from './timeliness.js';
export {
  type BoardCell,
  type SubmissionAction,
  type SubmissionState,
  type WorkflowState,
  boardCell,
  countsAsSent,
  stateAfter,
  workflowRefusal,
} from './submission-workflow.js';
export { type ValidationContext, validateRegime } from './validate.js';
