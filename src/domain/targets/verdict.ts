import { foldVietnamese as fold } from '../text/fold.js';
import type { Evaluation, ParsedTarget, Target } from './types';

/**
 * What an indicator row says in its "Đánh giá" column. One set, used by the API, the screens, the
 * exports and the reports, so an indicator never reads "Chưa có số liệu" in one place and "Chưa đánh
 * giá được" in another.
 *  - met / notMet: every target was judged / at least one target is not met;
 *  - noData: no target has a value yet;
 *  - incomplete: the targets judged so far are met, but some target has no value yet;
 *  - notAssessable: there is a value but nothing to judge it by (no target read from the plan, or a
 *    growth target without last year's figure).
 */
export type Verdict = 'met' | 'notMet' | 'noData' | 'incomplete' | 'notAssessable';

export const VERDICTS = [
  'met',
  'notMet',
  'noData',
  'incomplete',
  'notAssessable',
] as const satisfies readonly Verdict[];

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  met: 'Đạt',
  notMet: 'Chưa đạt',
  noData: 'Chưa có số liệu',
  incomplete: 'Chưa đủ số liệu',
  notAssessable: 'Chưa đánh giá được',
};

/** The verdict of one target (or one value) from its evaluation. */
export function verdictOf(evaluation: Evaluation | null, hasValue: boolean): Verdict {
  if (evaluation !== null) return evaluation;
  return hasValue ? 'notAssessable' : 'noData';
}

/**
 * The row's verdict from its targets' verdicts: Đạt only when every target is met, Chưa đạt as soon
 * as one is not. An empty list (no target at all) has nothing to judge.
 */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0) return 'noData';
  if (verdicts.includes('notMet')) return 'notMet';
  if (verdicts.every((v) => v === 'met')) return 'met';
  if (verdicts.every((v) => v === 'noData')) return 'noData';
  if (verdicts.includes('notAssessable')) return 'notAssessable';
  return 'incomplete';
}

/** Đạt / Chưa đạt as an evaluation, null for the verdicts that judge nothing. */
export function evaluationOfVerdict(verdict: Verdict): Evaluation | null {
  return verdict === 'met' || verdict === 'notMet' ? verdict : null;
}

export interface NamedTarget {
  /** '' for the indicator as a whole; otherwise the breakdown the values of this target are filed under. */
  breakdown: string;
  target: Target;
}

/** Breakdown names are typed back by people and capped at 200 characters by the API. */
const MAX_BREAKDOWN = 120;

function shorten(name: string): string {
  if (name.length <= MAX_BREAKDOWN) return name;
  const cut = name.slice(0, MAX_BREAKDOWN - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_BREAKDOWN / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Every target of the plan's wording, each under its own breakdown, so that none is lost: a scoped
 * target ("35% đối với xã miền núi") under its scope, the first unscoped target under the whole
 * indicator, and a further unscoped target ("…; 92% điểm phục vụ có kết nối Internet", "…; 100% văn
 * bản đi được ký số") under what it measures.
 */
export function planTargets(parsed: ParsedTarget | null): NamedTarget[] {
  const out: NamedTarget[] = [];
  const taken = (name: string) => out.some((o) => fold(o.breakdown) === fold(name));
  for (const target of parsed?.targets ?? []) {
    const candidates = [target.scope ?? '', target.subject ?? '', target.raw]
      .map(shorten)
      .filter((c, i) => i === 0 || c.trim() !== '');
    let breakdown = candidates.find((c) => !taken(c));
    for (let n = 2; breakdown === undefined; n += 1) {
      const numbered = `${candidates.at(-1) ?? ''} (${n})`;
      if (!taken(numbered)) breakdown = numbered;
    }
    out.push({ breakdown, target });
  }
  return out;
}
