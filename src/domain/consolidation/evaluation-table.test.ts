import { describe, expect, it } from 'vitest';
import { parsePeriodCode } from '../calendar/index.js';
import { inlineText } from '../documents/official-document.js';
import { type CompletionCounts, taskCompletion } from '../tracking/index.js';
import { aTask, occurrence } from '../../../test/fixtures/consolidation-facts.js';
import { completionParagraph, evaluationTable } from './evaluation-table.js';

const counts = (
  doneOnTime: number,
  doneLate: number,
  overdue: number,
  inProgress = 0,
  noDeadline = 0,
): CompletionCounts => {
  const dueDone = doneOnTime + doneLate;
  const due = dueDone + overdue;
  return {
    countBasis: 'tasks',
    assigned: due + inProgress + noDeadline,
    due,
    dueDone,
    doneOnTime,
    doneLate,
    overdue,
    inProgress,
    noDeadline,
    cancelled: 0,
    extended: 0,
    doneOnTimeExtended: 0,
    completionRate: due === 0 ? null : Math.round((dueDone / due) * 1000) / 10,
  };
};

describe('the completion paragraph names parts that add up to the tasks due', () => {
  it.each([
    [
      counts(2, 0, 7),
      'Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 22% (2/9 nhiệm vụ) (số liệu tính đến ngày 02/7/2024); trong đó hoàn thành đúng hạn 2, hoàn thành trễ hạn 0, quá hạn chưa hoàn thành 7 nhiệm vụ.',
    ],
    [
      counts(8, 2, 5, 3, 1),
      'Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 67% (10/15 nhiệm vụ) (số liệu tính đến ngày 02/7/2024); trong đó hoàn thành đúng hạn 8, hoàn thành trễ hạn 2, quá hạn chưa hoàn thành 5 nhiệm vụ. Ngoài ra, 3 nhiệm vụ chưa đến hạn và 1 nhiệm vụ thường xuyên không có thời hạn đang thực hiện.',
    ],
    [
      counts(0, 0, 0, 2),
      'Trong 6 tháng đầu năm 2024, không có nhiệm vụ đến hạn (số liệu tính đến ngày 02/7/2024). Ngoài ra, 2 nhiệm vụ chưa đến hạn đang thực hiện.',
    ],
  ])('%#', (completion, text) => {
    expect(completionParagraph(completion, '2024-H1', '2024-07-02')).toBe(text);
  });
});

describe('the task table reports recurring tasks per quarter, judged by the completion rule', () => {
  const inspection = aTask('inspection', {
    content: 'Thanh tra, kiểm tra hoạt động báo chí',
    // Quarterly: Q1 done on time (25/3), Q2 still open on 10/7 (deadline Monday 1/7).
    occurrences: [
      { ...occurrence('2024-03-31', 'done', '2024-03-25'), key: '2024-Q1' },
      { ...occurrence('2024-06-30', 'inProgress'), key: '2024-Q2' },
    ],
    evidence: { number: '12/KL-TTr', date: '2024-03-25', text: 'Đã ban hành kết luận' },
    output: 'Kết luận',
  });
  const monthly = aTask('monthly', {
    content: 'Báo cáo tháng',
    occurrences: ['01-31', '02-29', '03-31', '04-30', '05-31', '06-30'].map((d, i) => ({
      ...occurrence(`2024-${d}`, 'done', i === 4 ? '2024-06-10' : `2024-${d}`),
      key: `2024-0${i + 1}`,
    })),
  });
  const continuous = aTask('continuous', {
    content: 'Việc thường xuyên',
    occurrences: [occurrence(null, 'inProgress')],
  });
  const tasks = [inspection, monthly, continuous];
  const completion = taskCompletion(
    tasks.map((t) => ({ taskId: t.id, occurrences: t.occurrences })),
    { asOf: '2024-07-10', period: parsePeriodCode('2024-H1') },
  );
  const table = evaluationTable('2024-H1', [], tasks, completion);
  const rows = table.rows.map((r) => (r.kind === 'group' ? r.text : r.cells.map(inlineText)));

  it('gives a row per quarter with that quarter’s verdict, and continuous work apart', () => {
    expect(rows.slice(0, -1)).toEqual([
      'I. NHIỆM VỤ',
      'Quý I/2024',
      ['1', 'Báo cáo tháng', 'Kế hoạch', 'Hoàn thành 3/3 lượt trong Quý I/2024.', 'Đạt'],
      [
        '2',
        'Thanh tra, kiểm tra hoạt động báo chí',
        'Kết luận',
        'Đã ban hành kết luận Kết luận số 12/KL-TTr ngày 25/3/2024',
        'Đạt',
      ],
      'Quý II/2024',
      [
        '1',
        'Báo cáo tháng',
        'Kế hoạch',
        'Hoàn thành 3/3 lượt trong Quý II/2024.',
        'Đạt (hoàn thành trễ hạn)',
      ],
      [
        '2',
        'Thanh tra, kiểm tra hoạt động báo chí',
        'Kết luận',
        'Đã ban hành kết luận Kết luận số 12/KL-TTr ngày 25/3/2024',
        'Chưa đạt',
      ],
      'Nhiệm vụ thường xuyên',
      ['1', 'Việc thường xuyên', 'Kế hoạch', 'Đang thực hiện', 'Thực hiện thường xuyên'],
    ]);
  });

  it('closes with the figures of the whole period, per task', () => {
    // The inspection is overdue for the half-year (Q2 open), the monthly report done late (May).
    expect(completion.tasks).toMatchObject({ due: 2, doneLate: 1, overdue: 1, noDeadline: 1 });
    expect(rows.at(-1)).toBe(`Đánh giá: ${completionParagraph(completion.tasks, '2024-H1', '2024-07-10')}`);
  });
});
