import {
  type IsoDate,
  compareIsoDates,
  parsePeriodCode,
  periodContaining,
  periodLabel,
} from '../calendar/index.js';
import type { Table, TableRow } from '../documents/official-document.js';
import { inPeriod } from '../tracking/completion.js';
import type { CompletionSummary, TaskOutcome, TaskStatus } from '../tracking/index.js';
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

const VERDICTS: Record<TaskOutcome, string> = {
  doneOnTime: 'Đạt',
  doneLate: 'Đạt (hoàn thành trễ hạn)',
  overdue: 'Chưa đạt',
  pending: 'Đang thực hiện',
};

const CONTINUOUS = 'Thường xuyên';

interface Placed {
  task: TaskFacts;
  outcome: TaskOutcome;
  heading: string;
  firstDue: IsoDate | null;
  status: TaskStatus;
}

/** The quarter a task falls due in within the period ("Quý II/2024"), the seeds' sub-headings. */
function place(task: TaskFacts, outcome: TaskOutcome, periodCode: string): Placed {
  const period = parsePeriodCode(periodCode);
  const relevant = task.occurrences.filter((o) => o.status !== 'cancelled' && inPeriod(o, period));
  const dues = relevant
    .map((o) => o.dueDate)
    .filter((d): d is IsoDate => d !== null)
    .sort(compareIsoDates);
  const firstDue = dues[0] ?? null;
  const latest = relevant.at(-1);
  const open = relevant.find((o) => o.status !== 'done');
  return {
    task,
    outcome,
    heading: firstDue === null ? CONTINUOUS : periodLabel(periodContaining('quarter', firstDue)),
    firstDue,
    status: (open ?? latest)?.status ?? 'notStarted',
  };
}

function headingOrder(a: Placed, b: Placed): number {
  if (a.firstDue === null || b.firstDue === null)
    return a.firstDue === null ? (b.firstDue === null ? 0 : 1) : -1;
  return compareIsoDates(a.firstDue, b.firstDue);
}

/** "Đánh giá: Trong 6 tháng đầu năm 2024, tình hình thực hiện nhiệm vụ được giao đạt 22% (2/9 nhiệm vụ)." */
export function completionParagraph(completion: CompletionSummary): string {
  const label = inSentence(labelOf(completion.periodCode));
  if (completion.due === 0) return `Trong ${label}, ${completion.sentence}.`;
  const details = [
    `hoàn thành đúng hạn ${completion.doneOnTime}`,
    `hoàn thành trễ hạn ${completion.doneLate}`,
    `quá hạn chưa hoàn thành ${completion.overdue}`,
  ];
  // Continuous work and work not yet past its deadline: named so that the parts add up to the whole.
  const pending = completion.due - completion.done - completion.overdue;
  if (pending > 0) details.push(`đang thực hiện ${pending}`);
  return `Trong ${label}, tỷ lệ hoàn thành nhiệm vụ đến hạn ${completion.sentence}; trong đó ${details.join(', ')} nhiệm vụ.`;
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
  completion: CompletionSummary,
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
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const placed = completion.tasks
    .map((entry) => {
      const task = byId.get(entry.taskId);
      return task ? place(task, entry.outcome, periodCode) : null;
    })
    .filter((p): p is Placed => p !== null)
    .sort(headingOrder);
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
        cells: [
          String(n),
          p.task.content,
          p.task.output ?? '',
          taskResult(p.task, p.status),
          VERDICTS[p.outcome],
        ],
      });
    }
  }
  rows.push({ kind: 'group', text: `Đánh giá: ${completionParagraph(completion)}` });
  return {
    // The XLSX writer fits it into a sheet name on a word boundary.
    name: `Đánh giá ${labelOf(periodCode)}`,
    columns: EVALUATION_COLUMNS,
    rows,
  };
}
