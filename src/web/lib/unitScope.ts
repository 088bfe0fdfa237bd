import { seesWholeOrganisation } from '../../domain/access/permissions';
import type { Me, OrgUnitNode } from '../api/types';
import { indexUnits } from './orgTree';

export function seesEverything(me: Me): boolean {
  return seesWholeOrganisation({
    userId: me.id,
    username: me.username,
    roles: me.roles,
    orgUnitId: me.orgUnitId,
  });
}

/**
 * The part of the org tree whose work the user may look at, mirroring the server's reading rules:
 * leaders, compilers and admins everything; a unit head their unit and the units below it;
 * anyone else only their own unit — then there is nothing to pick and this returns null.
 */
export function pickableUnits(me: Me, units: readonly OrgUnitNode[]): OrgUnitNode[] | null {
  if (seesEverything(me)) return [...units];
  if (!me.roles.includes('unitHead')) return null;
  const own = indexUnits(units).get(me.orgUnitId)?.node;
  return own && own.children.length > 0 ? [own] : null;
}
