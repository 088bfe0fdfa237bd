import { describe, expect, it } from 'vitest';
import { inlineText } from '../documents/official-document.js';
import { buildDepartmentReport } from './department-report.js';
import { contentText } from './draft.js';
import { aTask, departmentInput, egov, occurrence } from '../../../test/fixtures/consolidation-facts.js';
import { evidenceText, indicatorResult, indicatorVerdict } from './facts.js';

const draft = buildDepartmentReport(departmentInput());
const text = (id: string) => {
  const block = draft.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`no block ${id}`);
  return contentText(block.content);
};
const headings = draft.blocks.filter((b) => b.content.kind === 'heading').map((b) => contentText(b.content));

describe('buildDepartmentReport follows seed 001', () => {
  it("has the seed's sections in order, numbered, with a heading per domain", () => {
    expect(headings).toEqual([
      '1. Kết quả hoạt động nổi bật 6 tháng đầu năm 2024',
      '2. Kết quả thực hiện nhiệm vụ theo lĩnh vực',
      '2.1. Về Bưu chính',
      '2.1.1. Kết quả thực hiện',
      '2.2. Về Chuyển đổi số',
      '2.2.1. Số liệu lĩnh vực',
      '2.2.2. Kết quả thực hiện',
      '3. Đánh giá kết quả thực hiện chỉ tiêu, nhiệm vụ 6 tháng đầu năm 2024',
      '4. Khó khăn, tồn tại, hạn chế và giải pháp tháo gỡ',
      '4.1. Khó khăn, tồn tại, hạn chế',
      '4.1.1. Lĩnh vực Bưu chính',
      '4.2. Giải pháp tháo gỡ khó khăn',
      '5. Nhiệm vụ trọng tâm 6 tháng cuối năm 2024',
      '5.1. Lĩnh vực Bưu chính',
      '5.2. Lĩnh vực Chuyển đổi số',
    ]);
    expect(draft.summary).toBe(
      'Sơ kết công tác 6 tháng đầu năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm 2024',
    );
    expect(text('intro')).toBe(
      'Sở Thông tin và Truyền thông An Giang báo cáo sơ kết công tác 6 tháng đầu năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm 2024, như sau:',
    );
  });

  it.each([
    [
      'submission:unit-a:highlights:chung:1',
      'Phát hành bộ tem kỷ niệm 200 năm kênh Vĩnh Tế (Phòng Bưu chính)',
      'Mục 1',
    ],
    [
      'submission:unit-a:results:buu-chinh:1',
      'Các doanh nghiệp bưu chính kiểm soát chặt chẽ hoạt động',
      'Mục 2.1.1',
    ],
    [
      'submission:unit-a:results:buu-chinh:2',
      'Đảm bảo thời gian mở cửa\nChuyển phát kịp thời (Phòng Bưu chính)',
      'Mục 2.1.1',
    ],
    [
      'submission:unit-b:results:chuyen-doi-so:1',
      'Số hóa kết quả giải quyết TTHC đạt 100% Bộ phận Một cửa (Phòng Chuyển đổi số)',
      'Mục 2.2.2',
    ],
    ['submission:unit-a:difficulties:buu-chinh:1', 'Thiếu văn bản hướng dẫn (Phòng Bưu chính)', 'Mục 4.1.1'],
    [
      'submission:unit-a:solutions:chung:1',
      'Kiến nghị Bộ sớm ban hành hướng dẫn (Phòng Bưu chính)',
      'Mục 4.2',
    ],
    [
      'submission:unit-b:nextTasks:chuyen-doi-so:1',
      'Triển khai nền tảng VNForm (Phòng Chuyển đổi số)',
      'Mục 5.2',
    ],
  ])("merges the units' text by domain and attributes it: %s", (id, expected, location) => {
    expect(text(id)).toBe(expected);
    expect(draft.blocks.find((b) => b.id === id)?.location).toBe(location);
  });

  it('states each indicator under "Số liệu lĩnh vực" with its as-of date and target', () => {
    expect(text('indicator:ind-egov')).toBe(
      'Tỷ lệ cơ quan nhà nước các cấp hoàn thiện chính quyền điện tử: đến Quý I/2024 đạt tỷ lệ 65% (số liệu tính đến ngày 31/3/2024); chỉ tiêu năm 2024: ≥ 75%.',
    );
  });

  it('computes the completion sentence from the tasks, never from text', () => {
    // t1 done on time, t2 overdue; t3 falls due in the next half.
    expect(draft.completion).toMatchObject({
      due: 2,
      done: 1,
      doneOnTime: 1,
      overdue: 1,
      sentence: 'đạt 50% (1/2 nhiệm vụ)',
    });
    expect(text('completion')).toBe(
      'Trong 6 tháng đầu năm 2024, tỷ lệ hoàn thành nhiệm vụ đến hạn đạt 50% (1/2 nhiệm vụ) (số liệu tính đến ngày 10/7/2024); trong đó hoàn thành đúng hạn 1, hoàn thành trễ hạn 0, quá hạn chưa hoàn thành 1 nhiệm vụ.',
    );
  });

  it('puts the evaluation table in a landscape appendix, grouped by indicators and tasks under quarter headings', () => {
    const block = draft.blocks.find((b) => b.id === 'evaluation-table');
    expect(block?.appendix).toBe('appendix:evaluation');
    expect(draft.appendices).toEqual([expect.objectContaining({ label: 'Phụ lục I', landscape: true })]);
    if (block?.content.kind !== 'table') throw new Error('not a table');
    const { table } = block.content;
    expect(table.columns.map((c) => c.title)).toEqual([
      'STT',
      'Chỉ tiêu/Nhiệm vụ',
      'Đặt ra',
      'Kết quả thực hiện',
      'Đánh giá',
    ]);
    expect(table.rows.map((r) => (r.kind === 'group' ? r.text : r.cells.map(inlineText)))).toEqual([
      'I. CHỈ TIÊU',
      [
        '1',
        egov.content,
        '≥ 75%',
        'Đến Quý I/2024 đạt tỷ lệ 65% (số liệu tính đến ngày 31/3/2024)',
        'Chưa đạt. Dự báo đến cuối năm 2024 đạt 75% (giữ nguyên số liệu tính đến ngày 31/3/2024)',
      ],
      'II. NHIỆM VỤ',
      'Quý I/2024',
      ['1', 'Nhiệm vụ t2', 'Kế hoạch', 'Đang tổng hợp ý kiến', 'Chưa đạt'],
      'Quý II/2024',
      [
        '1',
        'Kế hoạch triển khai hoạt động thông tin đối ngoại năm 2024',
        'Kế hoạch',
        'UBND tỉnh đã ban hành Kế hoạch số 462/KH-UBND ngày 08/5/2024',
        'Đạt',
      ],
      `Đánh giá: ${text('completion')}`,
    ]);
  });

  it("proposes next period's tasks: open ones first, then those falling due", () => {
    expect(text('next-tasks:buu-chinh')).toBe('Tiếp tục thực hiện: Nhiệm vụ t2 (Phòng Bưu chính chủ trì).');
    expect(text('next-tasks:chuyen-doi-so')).toBe('Nhiệm vụ t3 (Phòng Bưu chính chủ trì), hạn 30/9/2024.');
  });

  it('says so when no unit reported a part, instead of leaving a heading empty', () => {
    const empty = buildDepartmentReport(departmentInput({ submissions: [], tasks: [], indicators: [] }));
    const ids = empty.blocks.map((b) => b.id);
    expect(ids).toEqual(
      expect.arrayContaining(['highlights:none', 'results:buu-chinh:none', 'difficulties:none', 'next:none']),
    );
    expect(empty.completion?.sentence).toBe('không có nhiệm vụ đến hạn');
  });

  it('keeps ids stable between two builds of the same data', () => {
    expect(buildDepartmentReport(departmentInput()).blocks.map((b) => b.id)).toEqual(
      draft.blocks.map((b) => b.id),
    );
    expect(new Set(draft.blocks.map((b) => b.id)).size).toBe(draft.blocks.length);
  });

  it('calls a year report "tổng kết"', () => {
    const year = buildDepartmentReport(
      departmentInput({
        periodCode: '2024',
        tasks: [aTask('x', { occurrences: [occurrence('2024-12-31', 'done', '2024-12-20')] })],
      }),
    );
    expect(year.summary).toBe('Tổng kết công tác năm 2024 và nhiệm vụ trọng tâm năm 2025');
  });
});

describe('the wording of results and evidence', () => {
  it.each([
    [
      { number: '462/KH-UBND', date: '2024-05-08', text: 'UBND tỉnh đã ban hành' },
      'Kế hoạch',
      'UBND tỉnh đã ban hành Kế hoạch số 462/KH-UBND ngày 08/5/2024',
    ],
    [
      { number: '139/QĐ-UBND', date: '2024-01-17' },
      'Quyết định',
      'Quyết định số 139/QĐ-UBND ngày 17/01/2024',
    ],
    [{ number: '12/BC' }, null, 'Văn bản số 12/BC'],
    [{ text: 'Đã trình UBND tỉnh' }, 'Kế hoạch', 'Đã trình UBND tỉnh'],
  ])('evidence %j of a %s reads "%s"', (evidence, output, expected) => {
    expect(evidenceText(evidence, output)).toBe(expected);
  });

  it.each([
    [{ verdict: 'met' as const }, 'Đạt'],
    [{ verdict: 'notMet' as const, forecast: null }, 'Chưa đạt'],
    [{ verdict: 'notMet' as const }, `Chưa đạt. ${egov.forecast ?? ''}`],
    [{ verdict: 'noData' as const, latest: null }, 'Chưa có số liệu'],
    [{ verdict: 'incomplete' as const }, 'Chưa đủ số liệu'],
    [{ verdict: 'notAssessable' as const }, 'Chưa đánh giá được'],
  ])('an indicator %j is judged "%s"', (overrides, expected) => {
    expect(indicatorVerdict({ ...egov, ...overrides })).toBe(expected);
  });

  it.each([
    [
      { unit: 'count', latest: { value: 1348, asOf: '2024-05-20', periodCode: '2024-H1' } },
      'Đến 6 tháng đầu năm 2024 đạt 1.348 (số liệu tính đến ngày 20/5/2024)',
    ],
    [
      { latest: null, breakdowns: [{ name: 'xã miền núi', value: 40, asOf: '2024-03-31' }] },
      'xã miền núi: tỷ lệ 40% (tính đến ngày 31/3/2024)',
    ],
    [{ latest: null }, 'Chưa có số liệu'],
    [
      { breakdowns: [{ name: 'xã miền núi', value: 40, asOf: '2024-03-31' }] },
      'Đến Quý I/2024 đạt tỷ lệ 65% (số liệu tính đến ngày 31/3/2024); xã miền núi: tỷ lệ 40% (tính đến ngày 31/3/2024)',
    ],
  ])('a result %j reads "%s"', (overrides, expected) => {
    expect(indicatorResult({ ...egov, ...overrides })).toBe(expected);
  });
});
