import { describe, expect, it } from 'vitest';
import { hasChanges, tokenize, wordDiff, type DiffSegment } from './wordDiff';

const side = (segments: DiffSegment[], keep: 'insert' | 'delete') =>
  segments
    .filter((s) => s.op === 'equal' || s.op === keep)
    .map((s) => s.text)
    .join('');

describe('wordDiff', () => {
  it('splits Vietnamese words, spaces and punctuation', () => {
    expect(tokenize('Đạt 95%, tăng.')).toEqual(['Đạt', ' ', '95', '%', ',', ' ', 'tăng', '.']);
  });

  it.each([
    {
      name: 'a replaced word',
      before: 'Tỷ lệ đạt 80% kế hoạch',
      after: 'Tỷ lệ đạt 95% kế hoạch',
      expected: [
        { op: 'equal', text: 'Tỷ lệ đạt ' },
        { op: 'delete', text: '80' },
        { op: 'insert', text: '95' },
        { op: 'equal', text: '% kế hoạch' },
      ],
    },
    {
      name: 'an inserted phrase',
      before: 'Hoàn thành nhiệm vụ',
      after: 'Hoàn thành đúng hạn nhiệm vụ',
      expected: [
        { op: 'equal', text: 'Hoàn thành ' },
        { op: 'insert', text: 'đúng hạn ' },
        { op: 'equal', text: 'nhiệm vụ' },
      ],
    },
    {
      name: 'a deleted line',
      before: 'Dòng một\nDòng hai\nDòng ba',
      after: 'Dòng một\nDòng ba',
      expected: [
        { op: 'equal', text: 'Dòng một\nDòng ' },
        { op: 'delete', text: 'hai\nDòng ' },
        { op: 'equal', text: 'ba' },
      ],
    },
    { name: 'from nothing', before: '', after: 'Mới', expected: [{ op: 'insert', text: 'Mới' }] },
    { name: 'to nothing', before: 'Cũ', after: '', expected: [{ op: 'delete', text: 'Cũ' }] },
    {
      name: 'no change',
      before: 'Giữ nguyên',
      after: 'Giữ nguyên',
      expected: [{ op: 'equal', text: 'Giữ nguyên' }],
    },
    { name: 'both empty', before: '', after: '', expected: [] },
  ])('marks $name', ({ before, after, expected }) => {
    const segments = wordDiff(before, after);
    expect(segments).toEqual(expected);
    expect(side(segments, 'delete')).toBe(before);
    expect(side(segments, 'insert')).toBe(after);
  });

  it('reports whether anything changed', () => {
    expect(hasChanges(wordDiff('a b', 'a b'))).toBe(false);
    expect(hasChanges(wordDiff('a b', 'a c'))).toBe(true);
  });

  it('still rebuilds both texts when they are too long for a word diff', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `dòng ${i} giữ nguyên`).join('\n');
    const after = before.replace('dòng 1500 giữ', 'dòng 1500 đã sửa');
    const segments = wordDiff(before, after);
    expect(side(segments, 'delete')).toBe(before);
    expect(side(segments, 'insert')).toBe(after);
    expect(
      segments
        .filter((s) => s.op !== 'equal')
        .map((s) => s.text)
        .join(''),
    ).toContain('sửa');
  });
});
