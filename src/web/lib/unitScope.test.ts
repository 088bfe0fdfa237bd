import { describe, expect, it } from 'vitest';
import type { Me, OrgUnitNode, Role } from '../api/types';
import { pickableUnits } from './unitScope';

const unit = (id: string, children: OrgUnitNode[] = []): OrgUnitNode =>
  ({
    id,
    code: id,
    name: id,
    shortName: null,
    kind: 'division',
    aliases: [],
    sortOrder: 0,
    parentId: null,
    children,
  }) as unknown as OrgUnitNode;

const tree = [unit('so', [unit('phong-a', [unit('to-1')]), unit('phong-b')])];
const me = (roles: Role[], orgUnitId: string) =>
  ({ id: 'u', username: 'u', roles, orgUnitId }) as unknown as Me;

describe('units a user may pick', () => {
  it('gives leaders, compilers and admins the whole tree', () => {
    for (const role of ['leader', 'compiler', 'admin'] as const) {
      expect(pickableUnits(me([role], 'phong-b'), tree)).toEqual(tree);
    }
  });

  it('gives a unit head their unit with the units below it', () => {
    expect(pickableUnits(me(['unitHead'], 'phong-a'), tree)?.map((u) => u.id)).toEqual(['phong-a']);
  });

  it('offers nothing to pick when only one unit is in reach', () => {
    expect(pickableUnits(me(['unitHead'], 'phong-b'), tree)).toBeNull();
    expect(pickableUnits(me(['staff'], 'phong-a'), tree)).toBeNull();
    expect(pickableUnits(me(['viewer'], 'phong-a'), tree)).toBeNull();
  });
});
