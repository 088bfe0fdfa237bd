import { type IsoDate, type WorkingCalendar, parsePeriodCode, periodLabel } from '../calendar/index.js';
import type { ReferencedDocument } from '../documents/decree-30.js';
import { type TargetUnit, VERDICT_LABELS, type Verdict } from '../targets/index.js';
import { formatValue } from '../tracking/format.js';
import { type CompletionOccurrence, TASK_STATUS_LABELS, type TaskStatus } from '../tracking/index.js';
import { documentDate } from './draft.js';
import type { UnitSubmission } from './submission-text.js';

export interface UnitRef {
  id: string;
  name: string;
}

/** An indicator as judged for the period by the indicators concept (targets, values, forecast). */
export interface IndicatorFacts {
  id: string;
  /** The plan's wording: "Tỷ lệ cơ quan nhà nước … đạt 75%". */
  content: string;
  /** The measured thing, without the target: "Tỷ lệ cơ quan nhà nước …"; falls back to `content`. */
  label?: string | null;
  domain: string | null;
  /** "≥ 75%"; null when the plan sets none. */
  targetText: string | null;
  unit: TargetUnit | null;
  /** The latest value reported for a period within the report's. */
  latest: { value: number; asOf: IsoDate; periodCode: string } | null;
  /** Values of breakdowns with their own figures ("xã miền núi"). */
  breakdowns?: { name: string; value: number; asOf: IsoDate }[];
  evaluation: 'met' | 'notMet' | null;
  /** Every target of the row combined (domain `combineVerdicts`); the label comes from VERDICT_LABELS. */
  verdict: Verdict;
  /** "Dự báo đến cuối năm 2024 đạt 75% (…)", when the data allows one. */
  forecast: string | null;
}

export interface Evidence {
  number?: string;
  date?: IsoDate;
  text?: string;
}

/** One occurrence of a task as the report reads it: what the completion rule needs, and its name. */
export interface TaskOccurrenceFacts extends CompletionOccurrence {
  key: string;
  label: string;
}

/** A task of the department's plans with its occurrences' progress. */
export interface TaskFacts {
  id: string;
  content: string;
  domain: string | null;
  /** Sản phẩm: "Kế hoạch", "Quyết định". */
  output: string | null;
  leadUnitName: string | null;
  occurrences: readonly TaskOccurrenceFacts[];
  /** The latest evidence recorded on the task ("Kế hoạch số 462/KH-UBND ngày 08/5/2024"). */
  evidence: Evidence | null;
  /** The latest progress note, used when there is no evidence. */
  latestNote: string | null;
}

export interface DepartmentReportInput {
  unit: UnitRef;
  periodCode: string;
  today: IsoDate;
  calendar: WorkingCalendar;
  /** Lĩnh vực in the plan's order; domains met only in the data are added after them. */
  domains: readonly string[];
  indicators: readonly IndicatorFacts[];
  tasks: readonly TaskFacts[];
  /** Accepted reports of the department's units for the period. */
  submissions: readonly UnitSubmission[];
  recipients?: readonly string[];
  /** The documents the report answers (the regime's plan, the plan reported on): "Căn cứ …". */
  basis?: readonly ReferencedDocument[];
  /** The fake-news centre's sentences for the period (domain/fake-news/figures.ts); absent when it had no case. */
  fakeNewsSentences?: readonly string[];
}

/** "Năm 2024" → "năm 2024" inside a sentence; "Quý II/2024" keeps its capital. */
export function inSentence(label: string): string {
  return /^(Năm|Tháng|Tuần) /.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export function labelOf(periodCode: string): string {
  return periodLabel(parsePeriodCode(periodCode));
}

function valueText(value: number, unit: TargetUnit | null): string {
  return unit === 'percent' ? `tỷ lệ ${formatValue(value, unit)}` : formatValue(value, unit ?? 'count');
}

/** "Đến Quý I/2024 đạt tỷ lệ 65% (số liệu tính đến ngày 31/3/2024)", the result cell of the seeds. */
export function indicatorResult(indicator: IndicatorFacts): string {
  const { latest } = indicator;
  const parts = (indicator.breakdowns ?? []).map(
    (b) => `${b.name}: ${valueText(b.value, indicator.unit)} (tính đến ngày ${documentDate(b.asOf)})`,
  );
  // A row whose figures are all by breakdown ("xã miền núi", "văn bản đi được ký số") still has them.
  if (latest === null) return parts.length === 0 ? VERDICT_LABELS.noData : parts.join('; ');
  const main = `Đến ${inSentence(labelOf(latest.periodCode))} đạt ${valueText(latest.value, indicator.unit)} (số liệu tính đến ngày ${documentDate(latest.asOf)})`;
  return parts.length === 0 ? main : `${main}; ${parts.join('; ')}`;
}

/** "Đạt", or "Chưa đạt. Dự báo đến cuối năm 2024 đạt 75% (…)" as the seeds' Đánh giá column. */
export function indicatorVerdict(indicator: IndicatorFacts): string {
  const label = VERDICT_LABELS[indicator.verdict];
  return indicator.verdict === 'notMet' && indicator.forecast ? `${label}. ${indicator.forecast}` : label;
}

/**
 * "UBND tỉnh đã ban hành Kế hoạch số 462/KH-UBND ngày 08/5/2024": the evidence's own words, then
 * the document it names, typed by the task's product (Kế hoạch, Quyết định …).
 */
export function evidenceText(evidence: Evidence, output: string | null): string {
  const reference = evidence.number
    ? `${output?.trim() || 'Văn bản'} số ${evidence.number}${evidence.date ? ` ngày ${documentDate(evidence.date)}` : ''}`
    : evidence.date
      ? `ngày ${documentDate(evidence.date)}`
      : '';
  return [evidence.text?.trim() ?? '', reference].filter((p) => p !== '').join(' ');
}

/** What the evaluation table says was done: evidence first, else the latest note, else the status. */
export function taskResult(task: TaskFacts, status: TaskStatus): string {
  if (task.evidence) {
    const text = evidenceText(task.evidence, task.output);
    if (text !== '') return text;
  }
  return task.latestNote?.trim() || TASK_STATUS_LABELS[status];
}
