export { parseTarget } from './parse';
export { evaluateTarget } from './evaluate';
export type { Comparator, Evaluation, EvaluationContext, ParsedTarget, Target, TargetUnit } from './types';
export {
  VERDICTS,
  VERDICT_LABELS,
  combineVerdicts,
  evaluationOfVerdict,
  planTargets,
  verdictOf,
  type NamedTarget,
  type Verdict,
} from './verdict';
