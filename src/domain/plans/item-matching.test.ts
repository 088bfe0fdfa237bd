import { describe, expect, it } from 'vitest';
import { itemKey, matchItems } from './item-matching.js';

const row = (over: Partial<Parameters<typeof itemKey>[0]> = {}) => ({
  kind: 'task',
  part: 'B',
  domainIndex: 'I',
  ordinal: '1',
  subOrdinal: null,
  content: 'Nội dung',
  ...over,
});

describe('itemKey', () => {
  it.each([
    [
      'numbered rows are identified by place, not wording',
      row({ content: 'A' }),
      row({ content: 'B' }),
      true,
    ],
    ['a different ordinal is a different row', row({ ordinal: '1' }), row({ ordinal: '2' }), false],
    ['a sub-row differs from its parent', row(), row({ subOrdinal: 1 }), false],
    [
      'unnumbered rows are identified by wording, ignoring case and tone marks',
      row({ ordinal: null, content: 'Tỷ lệ hộ' }),
      row({ ordinal: null, content: 'TY LE  HO' }),
      true,
    ],
    [
      'the same wording in another domain is another row',
      row({ ordinal: null }),
      row({ ordinal: null, domainIndex: 'II' }),
      false,
    ],
  ])('%s', (_label, a, b, same) => {
    expect(itemKey(a) === itemKey(b)).toBe(same);
  });
});

describe('matchItems', () => {
  it('keeps stored ids for rows found again, adds new rows and lists the removed ones', () => {
    const stored = [
      { ...row({ ordinal: '1' }), id: 's1' },
      { ...row({ ordinal: '2' }), id: 's2' },
      { ...row({ ordinal: null, content: 'Chỉ tiêu X', kind: 'indicator', part: 'A' }), id: 's3' },
    ];
    const incoming = [
      row({ ordinal: '2', content: 'sửa' }),
      row({ ordinal: '3' }),
      row({ ordinal: null, content: 'chỉ tiêu x', kind: 'indicator', part: 'A' }),
    ];
    const { pairs, removedIds } = matchItems(stored, incoming);
    expect(pairs.map((p) => p.storedId)).toEqual(['s2', null, 's3']);
    expect(removedIds).toEqual(['s1']);
  });

  it('uses each stored row once when the same key appears twice', () => {
    const stored = [{ ...row(), id: 'a' }];
    const { pairs } = matchItems(stored, [row(), row()]);
    expect(pairs.map((p) => p.storedId)).toEqual(['a', null]);
  });
});
