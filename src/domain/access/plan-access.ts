import { type Actor, hasPermission } from './permissions.js';

/**
 * Who may read a plan (its summary, its items). A plan has no owner column; it belongs to the
 * agency that issued it, taken as the lowest unit above every unit it names (Sở TTTT An Giang for
 * a plan naming its divisions). A user reads a plan when:
 * - it comes from above (its agency is their unit or one of its ancestors: it assigns them work), or
 * - it names a unit within their reach: their own unit; a unit head's whole subtree; a leader's or
 *   compiler's agency subtree (the parent of their division, as in report-access.ts).
 * Admins read every plan. A plan naming no known unit is placed nowhere: only admins read it.
 * Reporting regimes follow the same rule (their receiving and reporting units named).
 */

/** Each chain is a unit followed by its ancestors up to the root (domain/org `ancestorChain`). */
export interface PlanUnits {
  unitChains: readonly (readonly string[])[];
}

/** The chain of the lowest unit above every named unit, or null (none named, or different roots). */
export function planAgencyChain(plan: PlanUnits): readonly string[] | null {
  const [first, ...rest] = plan.unitChains.map((chain) => [...chain].reverse());
  if (!first) return null;
  let common = first.length;
  for (const chain of rest) {
    let n = 0;
    while (n < common && n < chain.length && chain[n] === first[n]) n++;
    common = n;
  }
  return common === 0 ? null : first.slice(0, common).reverse();
}

/** The unit whose subtree the actor reads, or null for their own unit only. */
function readingRoot(actor: Actor, actorChain: readonly string[]): string | null {
  if (actor.roles.includes('leader') || actor.roles.includes('compiler')) {
    return actorChain[1] ?? actorChain[0] ?? actor.orgUnitId;
  }
  return actor.roles.includes('unitHead') ? actor.orgUnitId : null;
}

/** Whether `unitChain`'s unit is within the actor's reach (see the rule above). */
export function reachesUnit(
  actor: Actor,
  actorChain: readonly string[],
  unitChain: readonly string[],
): boolean {
  if (actor.roles.includes('admin')) return true;
  const root = readingRoot(actor, actorChain);
  return root === null ? unitChain[0] === actor.orgUnitId : unitChain.includes(root);
}

/** The rule for anything that assigns work to units: plans and their items, reporting regimes. */
function readsAssignment(actor: Actor, actorChain: readonly string[], work: PlanUnits): boolean {
  if (actor.roles.includes('admin')) return true;
  const agency = planAgencyChain(work)?.[0];
  if (agency !== undefined && actorChain.includes(agency)) return true;
  return work.unitChains.some((chain) => reachesUnit(actor, actorChain, chain));
}

export function canReadPlan(actor: Actor, actorChain: readonly string[], plan: PlanUnits): boolean {
  return hasPermission(actor, 'plans.read') && readsAssignment(actor, actorChain, plan);
}

/**
 * A reporting regime, with the receiving unit first in `unitChains` and the reporting units after.
 * Its board shows every reporting unit to those who reach the receiving unit (the agency receiving
 * the reports), and to the others only the units within their reach.
 */
export function canReadRegime(actor: Actor, actorChain: readonly string[], regime: PlanUnits): boolean {
  return hasPermission(actor, 'reports.read') && readsAssignment(actor, actorChain, regime);
}

export function seesWholeBoard(
  actor: Actor,
  actorChain: readonly string[],
  receivingChain: readonly string[],
): boolean {
  return reachesUnit(actor, actorChain, receivingChain);
}
