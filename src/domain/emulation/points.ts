import type { SubmissionStatus } from '../reporting/timeliness.js';
import type { Verdict } from '../targets/verdict.js';
import type { CompletionCounts, TaskCompletionEntry, TaskOutcome } from '../tracking/completion.js';
import {
  type DisciplineLevel,
  type QualityRating,
  type RatingThresholds,
  ratingFromPoints,
} from './ratings.js';

/*
 * Points in the shape of Nghị định 335/2025/NĐ-CP (regulations.md §5.2): task results are scored as
 * completed against assigned converted products (sản phẩm quy đổi), and each quality or timeliness
 * failure costs a share (25 %) of that product's points. The task outcomes are THE completion rule's
 * (domain/tracking/completion.ts): a task is a product when it is due (done or overdue); work not yet
 * due, continuous work without a deadline and cancelled work are not scored. A unit's score adds the
 * attainment of its indicators (the one verdict of domain/targets) and the timeliness of its reports
 * (domain/reporting/timeliness.ts), each weighted by the year's configuration.
 */

export type ScoreComponent = 'tasks' | 'indicators' | 'reports';

export interface PointsConfig {
  /** Share of a product's points one failure costs, in percent (25 in Nghị định 335/2025). */
  failurePercent: number;
  /** Whether a task completed only by an extended deadline counts as a timeliness failure. */
  extensionIsFailure: boolean;
  /** Weight of each component in the 100 points; components without material give theirs to the others. */
  weights: Record<ScoreComponent, number>;
  thresholds: RatingThresholds;
}

export interface ScoredTask {
  taskId: string;
  label: string;
  outcome: TaskOutcome;
  /** The deadline in force was moved by an approved extension. */
  extended: boolean;
  /** Converted products (sản phẩm quy đổi) this task stands for; 1 unless configured. */
  products: number;
}

export interface ScoredIndicator {
  itemId: string;
  label: string;
  verdict: Verdict;
}

export interface ScoredReport {
  /** `periodId|unitId`: the expected report. */
  id: string;
  label: string;
  status: SubmissionStatus;
}

/** One scored source: what it could earn, what it earned, and why it lost points. */
export interface ScoreLine {
  component: ScoreComponent;
  sourceId: string;
  label: string;
  max: number;
  earned: number;
  failures: string[];
}

export interface ComponentScore {
  earned: number;
  max: number;
  /** Weight actually applied after redistribution; 0 when the component had no material. */
  weight: number;
  points: number;
}

export interface WorkScore {
  lines: ScoreLine[];
  components: Record<ScoreComponent, ComponentScore>;
  /** 0–100, one decimal; null when nothing at all could be scored. */
  points: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function taskLine(task: ScoredTask, config: PointsConfig): ScoreLine | null {
  const share = config.failurePercent / 100;
  const max = task.products;
  const failures: string[] = [];
  let earned: number;
  switch (task.outcome) {
    case 'doneOnTime':
      earned = max;
      break;
    case 'doneLate':
      failures.push('Hoàn thành trễ hạn');
      earned = max * (1 - share);
      break;
    case 'overdue':
      failures.push('Chưa hoàn thành, quá hạn');
      earned = 0;
      break;
    default:
      return null;
  }
  if (task.extended && config.extensionIsFailure && earned > 0) {
    failures.push('Phải gia hạn');
    earned = Math.max(0, earned - max * share);
  }
  return { component: 'tasks', sourceId: task.taskId, label: task.label, max, earned, failures };
}

function indicatorLine(indicator: ScoredIndicator): ScoreLine | null {
  const base = {
    component: 'indicators' as const,
    sourceId: indicator.itemId,
    label: indicator.label,
    max: 1,
  };
  if (indicator.verdict === 'met') return { ...base, earned: 1, failures: [] };
  if (indicator.verdict === 'notMet') return { ...base, earned: 0, failures: ['Chỉ tiêu chưa đạt'] };
  if (indicator.verdict === 'noData') return { ...base, earned: 0, failures: ['Chưa có số liệu'] };
  return null;
}

function reportLine(report: ScoredReport, config: PointsConfig): ScoreLine | null {
  const base = { component: 'reports' as const, sourceId: report.id, label: report.label, max: 1 };
  if (report.status === 'onTime') return { ...base, earned: 1, failures: [] };
  if (report.status === 'late')
    return { ...base, earned: 1 - config.failurePercent / 100, failures: ['Gửi báo cáo trễ hạn'] };
  if (report.status === 'missing') return { ...base, earned: 0, failures: ['Không gửi báo cáo'] };
  return null;
}

/** The score of a person (tasks only) or a unit (tasks, indicators, reports), every point traceable. */
export function scoreWork(
  input: {
    tasks: readonly ScoredTask[];
    indicators?: readonly ScoredIndicator[];
    reports?: readonly ScoredReport[];
  },
  config: PointsConfig,
): WorkScore {
  const lines = [
    ...input.tasks.map((t) => taskLine(t, config)),
    ...(input.indicators ?? []).map(indicatorLine),
    ...(input.reports ?? []).map((r) => reportLine(r, config)),
  ].filter((l): l is ScoreLine => l !== null);
  const components = (['tasks', 'indicators', 'reports'] as const).map((component) => {
    const own = lines.filter((l) => l.component === component);
    return {
      component,
      earned: own.reduce((s, l) => s + l.earned, 0),
      max: own.reduce((s, l) => s + l.max, 0),
    };
  });
  const weighted = components.filter((c) => c.max > 0);
  const totalWeight = weighted.reduce((s, c) => s + config.weights[c.component], 0);
  const result = {} as Record<ScoreComponent, ComponentScore>;
  let points = 0;
  for (const c of components) {
    const weight = c.max > 0 && totalWeight > 0 ? (config.weights[c.component] * 100) / totalWeight : 0;
    const own = c.max > 0 ? (weight * c.earned) / c.max : 0;
    points += own;
    result[c.component] = {
      earned: c.earned,
      max: c.max,
      weight: round1(weight),
      points: round1(own),
    };
  }
  return {
    lines,
    components: result,
    points: weighted.length === 0 || totalWeight === 0 ? null : round1(points),
  };
}

/** The rating the points give (before the unit's cap), or null when nothing was scored. */
export function ratingOfScore(
  score: WorkScore,
  config: PointsConfig,
  discipline: DisciplineLevel = 'none',
): QualityRating | null {
  if (score.points === null) return discipline === 'none' ? null : 'KHTNV';
  return ratingFromPoints(score.points, config.thresholds, discipline);
}

/** Tasks assigned, done, on time, late, overdue and extended: the completion rule's counts plus extensions. */
export interface WorkTally {
  assigned: number;
  due: number;
  done: number;
  onTime: number;
  late: number;
  overdue: number;
  extended: number;
  completionRate: number | null;
}

export function workTally(
  counts: CompletionCounts,
  entries: readonly TaskCompletionEntry[],
  extendedTaskIds: ReadonlySet<string>,
): WorkTally {
  return {
    assigned: counts.assigned,
    due: counts.due,
    done: counts.dueDone,
    onTime: counts.doneOnTime,
    late: counts.doneLate,
    overdue: counts.overdue,
    extended: entries.filter((e) => e.outcome !== 'cancelled' && extendedTaskIds.has(e.taskId)).length,
    completionRate: counts.completionRate,
  };
}
