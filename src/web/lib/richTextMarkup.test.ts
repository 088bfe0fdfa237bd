import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../domain/rich-text/document';
import {
  docToMarkup,
  markupToDoc,
  parseInline,
  serializeInline,
  setLineKind,
  wrapSelection,
} from './richTextMarkup';

describe('richTextMarkup', () => {
  it.each([
    { line: 'Chữ thường', runs: [{ text: 'Chữ thường' }] },
    {
      line: 'Đạt **95%** kế hoạch',
      runs: [{ text: 'Đạt ' }, { text: '95%', bold: true }, { text: ' kế hoạch' }],
    },
    { line: '*nghiêng* rồi', runs: [{ text: 'nghiêng', italic: true }, { text: ' rồi' }] },
    { line: '***cả hai***', runs: [{ text: 'cả hai', bold: true, italic: true }] },
    { line: '5 \\* 3 = 15', runs: [{ text: '5 * 3 = 15' }] },
    { line: 'sao lẻ * không đóng', runs: [{ text: 'sao lẻ * không đóng' }] },
    { line: 'hai sao ** không đóng', runs: [{ text: 'hai sao ** không đóng' }] },
    { line: 'gạch \\\\ ngược', runs: [{ text: 'gạch \\ ngược' }] },
  ])('reads inline marks: $line', ({ line, runs }) => {
    expect(parseInline(line)).toEqual(runs);
  });

  it('parses blocks: headings, paragraphs, bullet and numbered lists', () => {
    const doc = markupToDoc(
      '## 1. Kết quả\nĐã triển khai **12** hệ thống.\n\n- Bưu chính\n- Viễn thông\n1. Một\n2) Hai\n\\- không phải danh sách',
    );
    expect(doc).toEqual<RichDoc>({
      blocks: [
        { type: 'heading', level: 2, children: [{ text: '1. Kết quả' }] },
        {
          type: 'paragraph',
          children: [{ text: 'Đã triển khai ' }, { text: '12', bold: true }, { text: ' hệ thống.' }],
        },
        { type: 'bulletList', items: [[{ text: 'Bưu chính' }], [{ text: 'Viễn thông' }]] },
        { type: 'orderedList', items: [[{ text: 'Một' }], [{ text: 'Hai' }]] },
        { type: 'paragraph', children: [{ text: '- không phải danh sách' }] },
      ],
    });
  });

  it('drops blank lines and empty items, so an empty editor is an empty document', () => {
    expect(markupToDoc('\n   \n- \n#  ')).toEqual({ blocks: [] });
  });

  it('writes a document back to the same text (round trip)', () => {
    const doc: RichDoc = {
      blocks: [
        { type: 'heading', level: 1, children: [{ text: 'Phần *một*' }] },
        { type: 'paragraph', children: [{ text: '- gạch đầu dòng trong đoạn' }] },
        {
          type: 'paragraph',
          children: [{ text: 'a ' }, { text: 'b', bold: true, italic: true }, { text: ' \\ c' }],
        },
        { type: 'orderedList', items: [[{ text: 'x' }], [{ text: 'y', italic: true }]] },
        { type: 'bulletList', items: [[{ text: 'z' }]] },
      ],
    };
    const markup = docToMarkup(doc);
    expect(markup).toBe(
      '# Phần \\*một\\*\n\\- gạch đầu dòng trong đoạn\na ***b*** \\\\ c\n1. x\n2. *y*\n- z',
    );
    expect(markupToDoc(markup)).toEqual(doc);
  });

  it('merges runs with the same marks when writing', () => {
    expect(serializeInline([{ text: 'a', bold: true }, { text: 'b', bold: true }, { text: 'c' }])).toBe(
      '**ab**c',
    );
  });

  it('wraps the selection in a marker', () => {
    expect(wrapSelection('Đạt 95% kế hoạch', 4, 7, '**')).toEqual({
      text: 'Đạt **95%** kế hoạch',
      start: 6,
      end: 9,
    });
    expect(wrapSelection('ab', 1, 1, '*')).toEqual({ text: 'a**b', start: 2, end: 2 });
  });

  it('turns the selected lines into a list, a heading or back into paragraphs', () => {
    const text = 'đầu\nmột\nhai\ncuối';
    const numbered = setLineKind(text, 5, 10, 'ordered');
    expect(numbered.text).toBe('đầu\n1. một\n2. hai\ncuối');
    expect(setLineKind(numbered.text, 6, 6, 'bullet').text).toBe('đầu\n- một\n2. hai\ncuối');
    expect(setLineKind('- một', 0, 0, 'heading').text).toBe('## một');
    expect(setLineKind('- một', 0, 0, 'paragraph').text).toBe('một');
  });
});
