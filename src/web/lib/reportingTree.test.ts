import { describe, expect, it } from 'vitest';
import { defaultPeriod, nestTree, type TreeNode } from './reportingTree';

const rates = {
  expected: 0,
  submitted: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  pending: 0,
  reportingRate: null,
  onTimeRate: null,
};
const node = (unitId: string, parentId: string | null, depth: number): TreeNode => ({
  unitId,
  name: unitId,
  parentId,
  depth,
  own: rates,
  total: rates,
  childrenExpected: 0,
  childrenReported: 0,
  missingChildren: [],
});

describe('reporting tree', () => {
  it('nests the depth-first list under each parent, leaves without a children key', () => {
    const rows = nestTree([
      node('bo', null, 0),
      node('so-a', 'bo', 1),
      node('phong-a1', 'so-a', 2),
      node('so-b', 'bo', 1),
    ]);
    expect(rows.map((r) => r.unitId)).toEqual(['bo']);
    expect(rows[0]?.children?.map((r) => r.unitId)).toEqual(['so-a', 'so-b']);
    expect(rows[0]?.children?.[0]?.children?.map((r) => r.unitId)).toEqual(['phong-a1']);
    expect(rows[0]?.children?.[1]).not.toHaveProperty('children');
  });

  it('keeps a node whose parent is not in the list as a root', () => {
    expect(nestTree([node('a', 'gone', 1), node('b', null, 0)]).map((r) => r.unitId)).toEqual(['a', 'b']);
  });

  const now = new Date('2026-07-10T03:00:00Z');
  it.each([
    [
      'the last period already due',
      [
        { code: '2026-Q1', dueAt: '2026-04-20T17:00:00+07:00' },
        { code: '2026-Q2', dueAt: '2026-07-06T17:00:00+07:00' },
        { code: '2026-Q3', dueAt: '2026-10-20T17:00:00+07:00' },
      ],
      '2026-Q2',
    ],
    [
      'the first period when none is due yet',
      [{ code: '2026-H2', dueAt: '2026-12-20T17:00:00+07:00' }],
      '2026-H2',
    ],
    ['nothing when there are no periods', [], undefined],
  ])('opens on %s', (_, periods, code) => {
    expect(defaultPeriod(periods, now)?.code).toBe(code);
  });
});
