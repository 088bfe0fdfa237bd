import {
  type IsoDate,
  type ReportPeriod,
  compareIsoDates,
  parsePeriodCode,
  periodLabel,
  periodsInYear,
} from '../calendar/index.js';
import type { Table, TableRow } from '../documents/official-document.js';
import {
  type CompletionCounts,
  type TaskCompletion,
  type TaskOutcome,
  completionSentence,
  standingCountsOf,
  taskOutcome,
} from '../tracking/index.js';
import { documentDate } from './draft.js';
import {
  type IndicatorFacts,
  type TaskFacts,
  inSentence,
  indicatorResult,
  indicatorVerdict,
  labelOf,
  taskResult,
} from './facts.js';

export const EVALUATION_COLUMNS = [
  { title: 'STT', width: 6, align: 'center' as const },
  { title: 'Chỉ tiêu/Nhiệm vụ', width: 38 },
  { title: 'Đặt ra', width: 14 },
  { title: 'Kết quả thực hiện', width: 27 },
  { title: 'Đánh giá', width: 15 },
];

/** The "Đánh giá" of a task's row, from its outcome under the completion rule. */
export const TASK_VERDICTS: Readonly<Record<Exclude<TaskOutcome, 'cancelled'>, string>> = {
  doneOnTime: 'Đạt',
  doneLate: 'Đạt (hoàn thành trễ hạn)',
  overdue: 'Chưa đạt',
  inProgress: 'Đang thực hiện (chưa đến hạn)',
  noDeadline: 'Thực hiện thường xuyên',
};

const CONTINUOUS = 'Nhiệm vụ thường xuyên';

interface Row {
  task: TaskFacts;
  outcome: Exclude<TaskOutcome, 'cancelled'>;
  heading: string;
  /** Orders the headings: the sub-period's start; continuous work last. */
  order: IsoDate | null;
  firstDue: IsoDate | null;
  /** Occurrences of the sub-period, not cancelled, and how many of them were done by the as-of date. */
  count: number;
  done: number;
}

/**
 * The sub-periods a report period's table is cut into, as seed 001 does ("Quý I", "Quý II"): the
 * quarters of a half-year, nine months or year; a quarter or shorter period stays whole.
 */
function subPeriods(period: ReportPeriod): ReportPeriod[] {
  if (period.kind !== 'half' && period.kind !== 'nineMonths' && period.kind !== 'year') return [period];
  return periodsInYear('quarter', period.year).filter(
    (q) => compareIsoDates(q.start, period.start) >= 0 && compareIsoDates(q.end, period.end) <= 0,
  );
}

/**
 * Rule 3 of the completion rule applied per sub-period: a monthly task gets a row under each
 * quarter, judged on that quarter's months, so a Q1 done on time reads "Đạt" however Q2 went.
 * Continuous work (no deadline) gets one row under its own heading.
 */
function rowsOf(task: TaskFacts, period: ReportPeriod, asOf: IsoDate): Row[] {
  const rows: Row[] = [];
  for (const sub of subPeriods(period)) {
    const own = task.occurrences.filter((o) => o.dueDate !== null && o.status !== 'cancelled');
    const counts = standingCountsOf(own, { asOf, period: sub });
    if (counts === null) continue;
    const outcome = taskOutcome(counts);
    if (outcome === 'cancelled' || outcome === 'noDeadline') continue;
    const dues = own
      .filter(
        (o) =>
          o.dueDate !== null &&
          compareIsoDates(o.dueDate, sub.start) >= 0 &&
          compareIsoDates(o.dueDate, sub.end) <= 0,
      )
      .map((o) => o.dueDate as IsoDate)
      .sort(compareIsoDates);
    rows.push({
      task,
      outcome,
      heading: periodLabel(sub),
      order: sub.start,
      firstDue: dues[0] ?? null,
      count: dues.length,
      done: counts.doneOnTime + counts.doneLate,
    });
  }
  const continuous = standingCountsOf(
    task.occurrences.filter((o) => o.dueDate === null && o.status !== 'cancelled'),
    { asOf, period },
  );
  if (continuous !== null && continuous.noDeadline > 0)
    rows.push({
      task,
      outcome: 'noDeadline',
      heading: CONTINUOUS,
      order: null,
      firstDue: null,
      count: continuous.noDeadline,
      done: 0,
    });
  return rows;
}

function rowOrder(a: Row, b: Row): number {
  if (a.order === null || b.order === null) return a.order === null ? (b.order === null ? 0 : 1) : -1;
  return (
    compareIsoDates(a.order, b.order) ||
    (a.firstDue && b.firstDue ? compareIsoDates(a.firstDue, b.firstDue) : 0)
  );
}

/** The result cell: the evidence or note, led by "x/y lượt" when the task came up more than once. */
function resultOf(row: Row): string {
  const open = row.task.occurrences.find((o) => o.status !== 'done' && o.status !== 'cancelled');
  const text = taskResult(row.task, open?.status ?? 'done');
  if (row.count <= 1 || row.order === null) return text;
  const count = `Hoàn thành ${row.done}/${row.count} lượt trong ${inSentence(row.heading)}.`;
  // With neither evidence nor a note, the text is only a status, which the count already says.
  return row.task.evidence || row.task.latestNote?.trim() ? `${count} ${text}` : count;
}

/**
 * "Đánh giá: Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 22% (2/9 nhiệm vụ)
 * (số liệu tính đến ngày 2/7/2024); trong đó …": the parts named add up to the tasks due, and the
 * tasks not yet due or without a deadline are named apart, as the completion rule counts them.
 */
export function completionParagraph(completion: CompletionCounts, periodCode: string, asOf: IsoDate): string {
  const label = inSentence(labelOf(periodCode));
  const sentence = completionSentence(completion);
  const asOfText = `số liệu tính đến ngày ${documentDate(asOf)}`;
  const apart = [
    completion.inProgress > 0 ? `${completion.inProgress} nhiệm vụ chưa đến hạn` : '',
    completion.noDeadline > 0 ? `${completion.noDeadline} nhiệm vụ thường xuyên không có thời hạn` : '',
  ].filter((p) => p !== '');
  const tail = apart.length === 0 ? '' : ` Ngoài ra, ${apart.join(' và ')} đang thực hiện.`;
  if (completion.due === 0) return `Trong ${label}, ${sentence} (${asOfText}).${tail}`;
  const details = [
    `hoàn thành đúng hạn ${completion.doneOnTime}`,
    `hoàn thành trễ hạn ${completion.doneLate}`,
    `quá hạn chưa hoàn thành ${completion.overdue}`,
  ];
  return `Trong ${label}, tỷ lệ hoàn thành nhiệm vụ đến hạn ${sentence} (${asOfText}); trong đó ${details.join(', ')} nhiệm vụ.${tail}`;
}

/**
 * The evaluation table of seed 001 ("Đánh giá kết quả thực hiện một số nhiệm vụ trọng tâm"): the
 * indicators with Đạt / Chưa đạt and forecasts, then the tasks due in the period under quarter
 * sub-headings, closed by the completion rate the system computed.
 */
export function evaluationTable(
  periodCode: string,
  indicators: readonly IndicatorFacts[],
  tasks: readonly TaskFacts[],
  completion: TaskCompletion,
): Table {
  const rows: TableRow[] = [];
  if (indicators.length > 0) {
    rows.push({ kind: 'group', text: 'I. CHỈ TIÊU' });
    indicators.forEach((indicator, i) =>
      rows.push({
        kind: 'data',
        cells: [
          String(i + 1),
          indicator.content,
          indicator.targetText ?? '',
          indicatorResult(indicator),
          indicatorVerdict(indicator),
        ],
      }),
    );
  }
  const period = parsePeriodCode(periodCode);
  const listed = new Set(completion.entries.filter((e) => e.outcome !== 'cancelled').map((e) => e.taskId));
  const placed = tasks
    .filter((t) => listed.has(t.id))
    .flatMap((t) => rowsOf(t, period, completion.asOf))
    .sort(rowOrder);
  if (placed.length > 0) {
    rows.push({ kind: 'group', text: `${indicators.length > 0 ? 'II' : 'I'}. NHIỆM VỤ` });
    let heading: string | null = null;
    let n = 0;
    for (const p of placed) {
      if (p.heading !== heading) {
        heading = p.heading;
        n = 0;
        rows.push({ kind: 'group', text: heading });
      }
      n += 1;
      rows.push({
        kind: 'data',
        cells: [String(n), p.task.content, p.task.output ?? '', resultOf(p), TASK_VERDICTS[p.outcome]],
      });
    }
  }
  rows.push({
    kind: 'group',
    text: `Đánh giá: ${completionParagraph(completion.tasks, periodCode, completion.asOf)}`,
  });
  return {
    // The XLSX writer fits it into a sheet name on a word boundary.
    name: `Đánh giá ${labelOf(periodCode)}`,
    columns: EVALUATION_COLUMNS,
    rows,
  };
}
