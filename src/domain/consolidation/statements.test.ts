import { describe, expect, it } from 'vitest';
import { Blocks } from './blocks.js';
import type { DraftContent } from './draft.js';
import { mergeUnitTexts, sameStatement, sentenceStart } from './statements.js';

const p = (text: string): DraftContent => ({ kind: 'paragraph', text });
const unit = (id: string) => ({ id, name: `Phòng ${id}` });
const texts = (merged: ReturnType<typeof mergeUnitTexts>) =>
  merged.map((m) =>
    m.content.kind === 'list' ? m.content.items : 'text' in m.content ? m.content.text : '',
  );

describe('sentences start with a capital', () => {
  it.each([
    ['doanh thu các lĩnh vực tăng', 'Doanh thu các lĩnh vực tăng'],
    ['a) tổ chức hội nghị', 'a) Tổ chức hội nghị'],
    ['- đẩy mạnh tuyên truyền', '- Đẩy mạnh tuyên truyền'],
    ['1.2. hoàn thiện thể chế', '1.2. Hoàn thiện thể chế'],
    ['đã ban hành kế hoạch', 'Đã ban hành kế hoạch'],
    ['Đã đúng', 'Đã đúng'],
    ['100% xã có điểm phục vụ', '100% xã có điểm phục vụ'],
  ])('%s → %s', (text, expected) => {
    expect(sentenceStart(text)).toBe(expected);
  });
});

describe('the same statement', () => {
  it.each([
    ['Thiếu nhân lực chuyển đổi số.', 'thiếu nhân lực chuyển đổi số', true],
    ['Thiếu nhân lực chuyển đổi số', 'Thiếu nhân lực về chuyển đổi số', true],
    [
      'Kinh phí thực hiện chuyển đổi số còn hạn chế, chưa đáp ứng yêu cầu thực tế của địa phương',
      'Kinh phí thực hiện chuyển đổi số còn hạn chế, chưa đáp ứng được yêu cầu thực tế của địa phương',
      true,
    ],
    ['Doanh thu dịch vụ bưu chính đạt 100 tỷ đồng', 'Doanh thu dịch vụ bưu chính đạt 120 tỷ đồng', false],
    ['Nguồn thu quảng cáo sụt giảm mạnh', 'Hạ tầng viễn thông còn thiếu', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameStatement(a, b)).toBe(same);
  });
});

describe("merging the units' text", () => {
  it('keeps one statement for six units that wrote it, with the units in parentheses', () => {
    const merged = mergeUnitTexts(
      ['A', 'B', 'C'].map((id) => ({ unit: unit(id), contents: [p('thiếu nhân lực chuyển đổi số.')] })),
    );
    expect(texts(merged)).toEqual(['Thiếu nhân lực chuyển đổi số. (3 đơn vị: Phòng A, Phòng B, Phòng C)']);
    expect(merged[0]).toMatchObject({ unitId: 'A', index: 1 });
  });

  it("ends each unit's own text with its name, and names a shared list item once", () => {
    const merged = mergeUnitTexts([
      {
        unit: unit('A'),
        contents: [
          p('Nguồn thu quảng cáo sụt giảm'),
          { kind: 'list', items: ['kinh phí hạn chế', 'thiếu máy'] },
        ],
      },
      { unit: unit('B'), contents: [{ kind: 'list', items: ['Kinh phí hạn chế.', 'Hạ tầng yếu'] }] },
    ]);
    expect(texts(merged)).toEqual([
      'Nguồn thu quảng cáo sụt giảm',
      ['Kinh phí hạn chế (Phòng A, Phòng B)', 'Thiếu máy (Phòng A)'],
      ['Hạ tầng yếu (Phòng B)'],
    ]);
  });

  it('does not name a unit twice when its text already ends with its name', () => {
    expect(texts(mergeUnitTexts([{ unit: unit('A'), contents: [p('Đã hoàn thành (Phòng A)')] }]))).toEqual([
      'Đã hoàn thành (Phòng A)',
    ]);
  });

  it('adds no names to an annex that is one unit’s own', () => {
    expect(texts(mergeUnitTexts([{ unit: unit('A'), contents: [p('đã hoàn thành')] }], false))).toEqual([
      'Đã hoàn thành',
    ]);
  });
});

describe('the sentences a draft writes', () => {
  it('start with a capital even when they start from a lower-case label', () => {
    const b = new Blocks([]);
    b.add('indicator:x', 'Mục 2.1.1', {
      kind: 'paragraph',
      text: 'doanh thu các lĩnh vực bưu chính, viễn thông: chưa có số liệu.',
    });
    b.add('next', 'Mục 5', { kind: 'list', items: ['tiếp tục thực hiện: kế hoạch chuyển đổi số.'] });
    expect(b.list.map((x) => x.content)).toEqual([
      { kind: 'paragraph', text: 'Doanh thu các lĩnh vực bưu chính, viễn thông: chưa có số liệu.' },
      { kind: 'list', items: ['Tiếp tục thực hiện: kế hoạch chuyển đổi số.'] },
    ]);
  });
});
