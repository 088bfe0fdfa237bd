import { seesWholeOrganisation } from '../../domain/access/permissions.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import { ancestorChain } from '../../domain/org/tree.js';
import { requireActor, type RequestContext } from '../common/context.js';

/**
 * Which units' work an actor may look at in aggregate (statistics, inboxes): whole-organisation
 * roles any unit; a unit head their unit and the units below it; anyone else their own unit. The
 * same reach the task lists give for reading tasks.
 */
export type UnitReach = 'all' | 'unitAndBelow' | 'ownUnit';

export function unitReach(ctx: RequestContext): UnitReach {
  if (ctx.system) return 'all';
  const actor = requireActor(ctx);
  if (seesWholeOrganisation(actor)) return 'all';
  return actor.roles.includes('unitHead') ? 'unitAndBelow' : 'ownUnit';
}

export function reachesUnit(
  ctx: RequestContext,
  units: ReadonlyMap<string, Pick<OrgUnit, 'id' | 'parentId'>>,
  unitId: string,
): boolean {
  const reach = unitReach(ctx);
  if (reach === 'all') return true;
  const own = requireActor(ctx).orgUnitId;
  if (unitId === own) return true;
  return reach === 'unitAndBelow' && ancestorChain(units, unitId).includes(own);
}
