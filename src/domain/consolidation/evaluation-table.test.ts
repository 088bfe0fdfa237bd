import { describe, expect, it } from 'vitest';
import type { CompletionSummary } from '../tracking/index.js';
import { completionParagraph } from './evaluation-table.js';

const summary = (due: number, doneOnTime: number, doneLate: number, overdue: number): CompletionSummary => {
  const done = doneOnTime + doneLate;
  const rate = due === 0 ? null : Math.round((done / due) * 1000) / 10;
  return {
    periodCode: '2024-H1',
    due,
    done,
    doneOnTime,
    doneLate,
    overdue,
    cancelled: 0,
    rate,
    sentence: `đạt ${Math.round(rate ?? 0)}% (${done}/${due} nhiệm vụ)`,
    tasks: [],
  };
};

describe('the completion paragraph names parts that add up to the tasks due', () => {
  it.each([
    [
      summary(9, 2, 0, 7),
      'Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 22% (2/9 nhiệm vụ); trong đó hoàn thành đúng hạn 2, hoàn thành trễ hạn 0, quá hạn chưa hoàn thành 7 nhiệm vụ.',
    ],
    [
      summary(15, 4, 0, 8),
      'Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 27% (4/15 nhiệm vụ); trong đó hoàn thành đúng hạn 4, hoàn thành trễ hạn 0, quá hạn chưa hoàn thành 8, đang thực hiện 3 nhiệm vụ.',
    ],
  ])('%#', (completion, text) => {
    expect(completionParagraph(completion)).toBe(text);
  });
});
