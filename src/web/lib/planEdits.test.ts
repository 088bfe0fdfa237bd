import { describe, expect, it } from 'vitest';
import type { ImportItem } from '../api/types';
import { diffEdit, editList, editValuesOf, withEdit } from './planEdits';

const original: ImportItem = {
  kind: 'task',
  part: 'B',
  domain: 'X',
  domainName: 'X',
  domainIndex: 'X',
  ordinal: '5',
  subOrdinal: null,
  content: 'Hỗ trợ Tổ công nghệ số cộng đồng',
  lead: ['Thành viên Tổ CNSCĐ'],
  coordinators: ['VP'],
  leadUnitIds: [null],
  coordinatorUnitIds: ['u-vp'],
  timeframe: { kind: 'unspecified', raw: '', dueDates: [] },
  output: null,
  target: null,
  lines: [1, 1],
  warnings: [],
};

describe('plan row edits', () => {
  it('keeps only the fields that differ from the document', () => {
    const values = {
      ...editValuesOf(original),
      timeframe: ' Quý II ',
      lead: ['CNTT-BCVT', ' ', 'CNTT-BCVT'],
    };
    expect(diffEdit(3, original, values)).toEqual({ index: 3, timeframe: 'Quý II', lead: ['CNTT-BCVT'] });
  });

  it('drops the edit when the row is back to the original', () => {
    expect(diffEdit(3, original, { ...editValuesOf(original), content: ` ${original.content} ` })).toBeNull();
  });

  it('sends a cleared output as null and a new output as text', () => {
    const withOutput = { ...original, output: 'Báo cáo' };
    expect(diffEdit(0, withOutput, { ...editValuesOf(withOutput), output: '  ' })).toEqual({
      index: 0,
      output: null,
    });
    expect(diffEdit(0, original, { ...editValuesOf(original), output: 'Kế hoạch' })).toEqual({
      index: 0,
      output: 'Kế hoạch',
    });
  });

  it('adds, replaces and removes edits by row', () => {
    let edits = withEdit({}, 7, { index: 7, content: 'a' });
    edits = withEdit(edits, 2, { index: 2, timeframe: 'Quý I' });
    expect(editList(edits).map((e) => e.index)).toEqual([2, 7]);
    edits = withEdit(edits, 7, null);
    expect(editList(edits)).toEqual([{ index: 2, timeframe: 'Quý I' }]);
  });
});
