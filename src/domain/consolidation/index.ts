/** Consolidation (tổng hợp): building one report from the tracked data and the units' reports. Pure. */
export {
  type BlockOrigin,
  type CompletionFacts,
  type DraftAppendix,
  type DraftBlock,
  type DraftContent,
  type ReportDraft,
  type ReportHeader,
  contentText,
  documentDate,
} from './draft.js';
export {
  type DepartmentReportInput,
  type Evidence,
  type IndicatorFacts,
  type TaskFacts,
  type TaskOccurrenceFacts,
  type UnitRef,
  evidenceText,
  indicatorResult,
  indicatorVerdict,
} from './facts.js';
export { EVALUATION_COLUMNS, completionParagraph, evaluationTable } from './evaluation-table.js';
export { EVALUATION_APPENDIX, buildDepartmentReport, indicatorSentence } from './department-report.js';
export {
  FIGURES_APPENDIX,
  type FormIndicator,
  HIGHLIGHTS_APPENDIX,
  type UpwardReportInput,
  buildUpwardReport,
  figureValue,
  indicatorKind,
  indicatorSummary,
  upwardDataTables,
  upwardShares,
} from './upward-report.js';
export {
  type IndicatorFigures,
  type ReportingFigures,
  formFigures,
  indicatorFigures,
  reportingFigures,
} from './synthesis.js';
export {
  type ReportPart,
  type SubmittedFigure,
  type UnitSubmission,
  domainKey,
  sectionByDomain,
} from './submission-text.js';
export {
  type DraftChange,
  type DraftEdit,
  DraftEditError,
  type RefreshResult,
  applyEdits,
  refreshDraft,
} from './editing.js';
export {
  type ConsistencyData,
  type ConsistencyIssue,
  checkConsistency,
  openContradictions,
} from './consistency.js';
export {
  type CompletionCounts,
  type FigureMismatch,
  type IndicatorFigure,
  type StatedFacts,
  figureMismatches,
} from './figures-in-text.js';
export { departmentCompletion } from './completion.js';
export { draftTables, toOfficialDocument } from './to-document.js';
