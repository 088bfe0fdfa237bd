import { describe, expect, it } from 'vitest';
import type { DraftBlock, ReportDraft } from './draft.js';
import { type StatedFacts, figureMismatches, sentencesOf } from './figures-in-text.js';

// 15 tasks due (due = done + overdue, tracking/completion.ts): 4 done (3 on time, 1 late) and 11
// overdue; 2 more not yet due: 26,7 % → "27% (4/15)".
const FACTS: StatedFacts = {
  completion: { due: 15, dueDone: 4, doneOnTime: 3, doneLate: 1, overdue: 11, inProgress: 2 },
  indicators: [{ id: 'egov', label: 'Tỷ lệ cơ quan có chính quyền điện tử', value: 65, unit: 'percent' }],
};

function draftWith(text: string, block: Partial<DraftBlock> = {}): ReportDraft {
  return {
    kind: 'department',
    periodCode: '2026-H1',
    summary: '',
    blocks: [
      {
        id: 'b1',
        origin: 'text',
        source: null,
        edited: false,
        location: 'Mục 3',
        appendix: null,
        content: { kind: 'paragraph', text },
        ...block,
      },
    ],
    appendices: [],
    recipients: [],
    removed: [],
    completion: null,
    builtOn: '2026-07-10',
  };
}

const stated = (text: string, block?: Partial<DraftBlock>) =>
  figureMismatches(draftWith(text, block), FACTS).map((m) => `${m.stated} ≠ ${m.actual}`);

describe('figures in edited text against the data', () => {
  it.each<[string, string[]]>([
    // The seed's error: a rate and an x/y that the data does not give.
    ['Tỷ lệ hoàn thành nhiệm vụ đạt 33% (2/9 nhiệm vụ).', ['33% ≠ 26,7% (4/15 nhiệm vụ)', '2/9 ≠ 4/15']],
    ['Tình hình thực hiện nhiệm vụ được giao ước đạt khoảng 33 %.', ['33 % ≠ 26,7% (4/15 nhiệm vụ)']],
    ['Đã hoàn thành 5/15 nhiệm vụ.', ['5/15 ≠ 4/15']],
    ['Tỷ lệ hoàn thành nhiệm vụ đạt 27,5%.', ['27,5% ≠ 26,7% (4/15 nhiệm vụ)']],
    ['Trong đó hoàn thành đúng hạn 2, quá hạn 11 nhiệm vụ.', ['2 ≠ 3']],
    ['Còn 10 nhiệm vụ quá hạn chưa hoàn thành.', ['10 ≠ 11']],
    // What the data says, rounded as a person would write it.
    ['Tỷ lệ hoàn thành nhiệm vụ đạt 27% (4/15 nhiệm vụ).', []],
    ['Tỷ lệ hoàn thành nhiệm vụ đạt 26,7%.', []],
    ['Trong đó hoàn thành đúng hạn 3, hoàn thành trễ hạn 1, quá hạn chưa hoàn thành 11 nhiệm vụ.', []],
    ['Có 3 nhiệm vụ hoàn thành đúng hạn.', []],
    // Other measures and things that are not counts.
    ['Tỷ lệ giải ngân vốn đầu tư công đạt 80%.', []],
    ['Trong 6 tháng đầu năm 2026, Sở đã triển khai nhiều nhiệm vụ quan trọng.', []],
    ['Tỷ lệ hoàn thành nhiệm vụ đạt 27%, tăng 5% so với cùng kỳ.', []],
    ['Thực hiện nhiệm vụ theo Kế hoạch số 40/KH-STTTT ngày 17/01/2026.', []],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });

  it('reads any rate in the reworded completion paragraph as the completion rate', () => {
    expect(
      stated('Trong 6 tháng đầu năm 2026, kết quả ước đạt khoảng 33%.', {
        origin: 'computed',
        source: 'completion',
        edited: true,
      }),
    ).toEqual(['33% ≠ 26,7% (4/15 nhiệm vụ)']);
  });

  it("leaves the system's own wording alone: only the compiler's words are read", () => {
    expect(stated('Đạt 33% (2/9 nhiệm vụ).', { origin: 'computed', source: 'completion' })).toEqual([]);
  });

  it("reads an indicator's value after “đạt” in its reworded paragraph, not its target", () => {
    const block = { origin: 'computed' as const, source: 'indicator:egov', edited: true };
    expect(
      stated(
        'Tỷ lệ cơ quan có chính quyền điện tử: đến Quý II/2026 đạt tỷ lệ 70%; chỉ tiêu năm 2026: ≥ 75%.',
        block,
      ),
    ).toEqual(['70% ≠ 65%']);
    expect(
      stated(
        'Tỷ lệ cơ quan có chính quyền điện tử: đến Quý II/2026 đạt tỷ lệ 65%; chỉ tiêu năm 2026: ≥ 75%.',
        block,
      ),
    ).toEqual([]);
  });

  it('names the section, the sentence and the measure', () => {
    const [m] = figureMismatches(
      draftWith('Sở đã nỗ lực. Tỷ lệ hoàn thành nhiệm vụ đạt 33% (2/9 nhiệm vụ). Cảm ơn.'),
      FACTS,
    );
    expect(m).toMatchObject({
      blockId: 'b1',
      location: 'Mục 3',
      sentence: 'Tỷ lệ hoàn thành nhiệm vụ đạt 33% (2/9 nhiệm vụ).',
      stated: '33%',
      key: 'completion',
      measure: 'tỷ lệ hoàn thành nhiệm vụ',
    });
  });
});

describe('sentences', () => {
  it('does not split on thousands dots or decimal commas', () => {
    expect(sentencesOf('Tổng cộng 1.348 hồ sơ, đạt 27,5%. Còn lại 12.')).toEqual([
      'Tổng cộng 1.348 hồ sơ, đạt 27,5%.',
      'Còn lại 12.',
    ]);
  });
});
