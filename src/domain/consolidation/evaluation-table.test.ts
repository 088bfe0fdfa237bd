import { describe, expect, it } from 'vitest';
import type { CompletionCounts } from '../tracking/index.js';
import { completionParagraph } from './evaluation-table.js';

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
