import { canReadRegime, reachesUnit, seesWholeBoard } from '../../domain/access/plan-access.js';
import { requireActor, type RequestContext } from '../common/context.js';
import { owingUnitIds } from '../../domain/reporting/index.js';
import { toRegime } from './regime-model.js';
import type { RegimeRow } from './report-regimes.repository.js';
import type { UnitDirectory } from './unit-directory.js';

/** The read rule of domain/access/plan-access.ts applied to regimes and their boards. */
export function regimeReadable(ctx: RequestContext, row: RegimeRow, units: UnitDirectory): boolean {
  if (ctx.system) return true;
  const actor = requireActor(ctx);
  const named = [row.receiving_unit_id, ...owingUnitIds(toRegime(row), null, units.units)];
  return canReadRegime(actor, units.chain(actor.orgUnitId), {
    unitChains: named.map((id) => units.chain(id)),
  });
}

/** Which reporting units' rows the caller sees on the regime's board and statistics. */
export function boardUnitFilter(
  ctx: RequestContext,
  row: RegimeRow,
  units: UnitDirectory,
): (unitId: string) => boolean {
  if (ctx.system) return () => true;
  const actor = requireActor(ctx);
  const actorChain = units.chain(actor.orgUnitId);
  if (seesWholeBoard(actor, actorChain, units.chain(row.receiving_unit_id))) return () => true;
  return (unitId) => reachesUnit(actor, actorChain, units.chain(unitId));
}
