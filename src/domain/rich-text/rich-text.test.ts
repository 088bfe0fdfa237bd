import { describe, expect, it } from 'vitest';
import { type RichDoc, RICH_TEXT_LIMITS, isEmptyDoc, plainText, textToDoc } from './document.js';
import { type StrippedKind, sanitize } from './sanitize.js';

const para = (text: string): RichDoc => ({ blocks: [{ type: 'paragraph', children: [{ text }] }] });

describe('sanitize: what is kept, cleaned and reported', () => {
  it.each<[string, unknown, RichDoc, StrippedKind[]]>([
    [
      'a clean document, unchanged',
      {
        blocks: [
          { type: 'heading', level: 2, children: [{ text: 'I. Kết quả' }] },
          { type: 'paragraph', children: [{ text: 'Đạt ' }, { text: '95%', bold: true }] },
          { type: 'bulletList', items: [[{ text: 'Một' }], [{ text: 'Hai', italic: true }]] },
          { type: 'orderedList', items: [[{ text: 'Bước 1' }]] },
        ],
      },
      {
        blocks: [
          { type: 'heading', level: 2, children: [{ text: 'I. Kết quả' }] },
          { type: 'paragraph', children: [{ text: 'Đạt ' }, { text: '95%', bold: true }] },
          { type: 'bulletList', items: [[{ text: 'Một' }], [{ text: 'Hai', italic: true }]] },
          { type: 'orderedList', items: [[{ text: 'Bước 1' }]] },
        ],
      },
      [],
    ],
    [
      'a script element, with its code',
      para('<script>alert("x")</script>Báo cáo'),
      para('Báo cáo'),
      ['html'],
    ],
    [
      'pasted tags, keeping their text',
      para('Tỷ lệ <b>đạt</b> <a href="javascript:x">95%</a>'),
      para('Tỷ lệ đạt 95%'),
      ['html'],
    ],
    ['an event handler in an img tag', para('Ảnh<img src=x onerror=alert(1)>'), para('Ảnh'), ['html']],
    ['an HTML comment', para('A<!-- <script> -->B'), para('AB'), ['html']],
    ['comparisons that are not tags', para('tỷ lệ <5% và a < b > c'), para('tỷ lệ <5% và a < b > c'), []],
    [
      'control and direction-override characters',
      para('Số\u0000 liệu\u202e\u200b đúng\u0007'),
      para('Số liệu đúng'),
      ['controlCharacters'],
    ],
    ['line breaks and tabs, kept', para('Dòng 1\r\nDòng 2\tcột'), para('Dòng 1\nDòng 2\tcột'), []],
    ['decomposed Vietnamese, composed', para('Tie\u0302\u0301n \u0111o\u0323\u0302'), para('Tiến độ'), []],
    [
      'unknown fields on runs and blocks',
      {
        blocks: [
          {
            type: 'paragraph',
            style: 'color:red',
            children: [{ text: 'A', bold: true, onclick: 'x', underline: true }],
          },
        ],
        html: '<p>A</p>',
      },
      { blocks: [{ type: 'paragraph', children: [{ text: 'A', bold: true }] }] },
      ['unknownFields'],
    ],
    [
      'marks that are not true',
      { blocks: [{ type: 'paragraph', children: [{ text: 'A', bold: 'yes', italic: false }] }] },
      para('A'),
      [],
    ],
    [
      'neighbouring runs with the same marks, merged',
      {
        blocks: [
          { type: 'paragraph', children: [{ text: 'Kết ' }, { text: 'quả' }, { text: '!', bold: true }] },
        ],
      },
      { blocks: [{ type: 'paragraph', children: [{ text: 'Kết quả' }, { text: '!', bold: true }] }] },
      [],
    ],
    [
      'empty runs, items and blocks',
      {
        blocks: [
          { type: 'paragraph', children: [{ text: '' }] },
          { type: 'bulletList', items: [[{ text: '<br>' }], [{ text: 'Còn lại' }]] },
          { type: 'orderedList', items: [[]] },
        ],
      },
      { blocks: [{ type: 'bulletList', items: [[{ text: 'Còn lại' }]] }] },
      ['emptyContent', 'html'],
    ],
  ])('%s', (_what, input, doc, stripped) => {
    const result = sanitize(input);
    expect(result).toEqual({ ok: true, doc, stripped: expect.arrayContaining(stripped) as unknown });
    if (result.ok) expect(result.stripped).toHaveLength(stripped.length);
  });
});

describe('sanitize: what is rejected', () => {
  const long = 'x'.repeat(RICH_TEXT_LIMITS.charsPerRun + 1);
  it.each<[string, unknown, string]>([
    [
      'raw HTML instead of a document',
      '<p>Báo cáo</p>',
      'Nội dung phải là văn bản có danh sách khối (blocks).',
    ],
    ['no blocks', { html: '<p>x</p>' }, 'Nội dung phải là văn bản có danh sách khối (blocks).'],
    [
      'an html block',
      { blocks: [{ type: 'html', html: '<script>x</script>' }] },
      'Khối 1: loại "html" không được hỗ trợ (chỉ nhận đoạn văn, tiêu đề, danh sách).',
    ],
    [
      'an image block',
      { blocks: [para('a').blocks[0], { type: 'image', src: 'x' }] },
      'Khối 2: loại "image" không được hỗ trợ (chỉ nhận đoạn văn, tiêu đề, danh sách).',
    ],
    [
      'heading level 4',
      { blocks: [{ type: 'heading', level: 4, children: [{ text: 'x' }] }] },
      'Khối 1: cấp tiêu đề phải là 1, 2 hoặc 3.',
    ],
    [
      'a run without text',
      { blocks: [{ type: 'paragraph', children: [{ bold: true }] }] },
      'Khối 1: mỗi đoạn chữ phải có trường "text" kiểu chuỗi.',
    ],
    [
      'children that are a string',
      { blocks: [{ type: 'paragraph', children: 'x' }] },
      'Khối 1: nội dung phải là danh sách đoạn chữ.',
    ],
    [
      'a list without items',
      { blocks: [{ type: 'bulletList' }] },
      'Khối 1: danh sách phải có trường "items".',
    ],
    ['an over-long run', para(long), `Khối 1: một đoạn chữ dài quá ${RICH_TEXT_LIMITS.charsPerRun} ký tự.`],
    [
      'too many blocks',
      { blocks: Array.from({ length: RICH_TEXT_LIMITS.blocks + 1 }, () => para('a').blocks[0]) },
      `Văn bản có quá ${RICH_TEXT_LIMITS.blocks} khối.`,
    ],
    [
      'too much text in all',
      { blocks: Array.from({ length: 4 }, () => para('y'.repeat(RICH_TEXT_LIMITS.charsPerRun)).blocks[0]) },
      `Văn bản dài quá ${RICH_TEXT_LIMITS.chars} ký tự.`,
    ],
  ])('%s', (_what, input, problem) => {
    const result = sanitize(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain(problem);
  });
});

describe('plainText', () => {
  it.each<[string, RichDoc, string]>([
    ['an empty document', { blocks: [] }, ''],
    [
      'a paragraph of runs',
      { blocks: [{ type: 'paragraph', children: [{ text: 'Đạt ' }, { text: '95%', bold: true }] }] },
      'Đạt 95%',
    ],
    [
      'a heading and both kinds of list',
      {
        blocks: [
          { type: 'heading', level: 1, children: [{ text: 'Kết quả' }] },
          { type: 'bulletList', items: [[{ text: 'A' }], [{ text: 'B' }]] },
          { type: 'orderedList', items: [[{ text: 'C' }], [{ text: 'D' }]] },
        ],
      },
      'Kết quả\n- A\n- B\n1. C\n2. D',
    ],
  ])('%s', (_what, doc, text) => {
    expect(plainText(doc)).toBe(text);
  });
});

describe('textToDoc and isEmptyDoc', () => {
  it.each<[string, number, boolean]>([
    ['', 0, true],
    ['   \n\n  ', 0, true],
    ['Một đoạn', 1, false],
    ['Đoạn 1\n\nĐoạn 2\ncòn dòng', 2, false],
  ])('%j → %i paragraphs, empty %s', (text, paragraphs, empty) => {
    const doc = textToDoc(text);
    expect(doc.blocks).toHaveLength(paragraphs);
    expect(isEmptyDoc(doc)).toBe(empty);
    expect(sanitize(doc)).toMatchObject({ ok: true, doc });
  });
});
