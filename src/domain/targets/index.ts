export { parseTarget } from './parse';
export { evaluateTarget } from './evaluate';
export type { Comparator, Evaluation, EvaluationContext, ParsedTarget, Target, TargetUnit } from './types';
