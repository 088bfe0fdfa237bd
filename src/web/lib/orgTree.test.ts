import { describe, expect, it } from 'vitest';
import type { OrgUnitNode } from '../api/types';
import { ancestorIds, filterTree, foldText, indexUnits, subtreeIds, unitLabel } from './orgTree';

function unit(
  id: string,
  name: string,
  children: OrgUnitNode[] = [],
  extra: Partial<OrgUnitNode> = {},
): OrgUnitNode {
  return {
    id,
    parentId: null,
    code: id.toUpperCase(),
    name,
    shortName: null,
    kind: 'division',
    aliases: [],
    sortOrder: 0,
    children,
    ...extra,
  };
}

const tree = [
  unit('so', 'Sở Thông tin và Truyền thông', [
    unit('vp', 'Văn phòng'),
    unit('khtc', 'Phòng Kế hoạch – Tài chính', [], { shortName: 'KHTC', aliases: ['Phòng KH-TC'] }),
    unit('tt', 'Trung tâm CNTT', [unit('tt1', 'Tổ Đường dây nóng')]),
  ]),
];

describe('orgTree helpers', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(foldText('  Đường Kế Hoạch ')).toBe('duong ke hoach');
  });

  it('labels with the short name when there is one', () => {
    expect(unitLabel({ name: 'Phòng Kế hoạch – Tài chính', shortName: 'KHTC' })).toBe('KHTC');
    expect(unitLabel({ name: 'Văn phòng', shortName: '  ' })).toBe('Văn phòng');
  });

  it('filters to matches and the path to them, by name, code or alias', () => {
    expect(filterTree(tree, 'duong day').map((n) => n.children.map((c) => c.id))).toEqual([['tt']]);
    expect(filterTree(tree, 'kh-tc')[0]?.children.map((c) => c.id)).toEqual(['khtc']);
    expect(filterTree(tree, 'VP')[0]?.children.map((c) => c.id)).toEqual(['vp']);
    expect(filterTree(tree, 'không có')).toEqual([]);
    expect(filterTree(tree, '')).toHaveLength(1);
  });

  it('indexes parents, subtrees and ancestors', () => {
    const index = indexUnits(tree);
    expect(index.get('tt1')?.parent?.id).toBe('tt');
    expect(ancestorIds(index, 'tt1')).toEqual(['tt1', 'tt', 'so']);
    const tt = index.get('tt')?.node;
    expect(tt && [...subtreeIds(tt)]).toEqual(['tt', 'tt1']);
  });
});
