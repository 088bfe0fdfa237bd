import { type Actor, hasPermission } from './permissions.js';
import { reachesUnit } from './plan-access.js';
import type { Role } from './roles.js';

/**
 * The units a task names, as the access rules need them. `chains` holds, for each of those units,
 * the unit itself followed by its ancestors up to the root (see `ancestorChain` in domain/org).
 */
export interface TaskUnits {
  leadUnitIds: readonly string[];
  coordinatorUnitIds: readonly string[];
  chains: ReadonlyMap<string, readonly string[]>;
}

export interface TaskPermissions {
  canRead: boolean;
  canUpdate: boolean;
  canManage: boolean;
  /** The coordinating units whose own part the actor may update. */
  partUnitIds: string[];
}

/**
 * How far the actor's reading of tasks reaches, for filtering lists in storage: every task (admins),
 * tasks of their agency's subtree (leaders and compilers: the parent of their division, as in
 * plan-access.ts), tasks of their unit and the units below it (unit heads), or their own unit's only.
 */
export type TaskReadScope = 'all' | 'agency' | 'unitAndBelow' | 'ownUnit' | 'none';

/** Roles that act on every task they read (update, manage), not only on their own unit's. */
const WHOLE_AGENCY: readonly Role[] = ['admin', 'leader', 'compiler'];
const PART_EDITORS: readonly Role[] = ['admin', 'compiler'];

const hasAnyRole = (actor: Actor, roles: readonly Role[]) => actor.roles.some((r) => roles.includes(r));

/**
 * A unit head answers for the units below theirs too; a staff member or viewer only for their own.
 * A unit missing from `chains` is still reached when it is the actor's own unit.
 */
function reaches(actor: Actor, unitId: string, chain: readonly string[]): boolean {
  if (unitId === actor.orgUnitId) return true;
  if (!actor.roles.includes('unitHead')) return false;
  return chain.includes(actor.orgUnitId);
}

/** Like `reaches`, restricted to the roles that may do the work (viewers read, never write). */
function worksOn(actor: Actor, unitId: string, chains: TaskUnits['chains']): boolean {
  if (unitId === actor.orgUnitId && actor.roles.includes('staff')) return true;
  return actor.roles.includes('unitHead') && reaches(actor, unitId, chains.get(unitId) ?? []);
}

export function taskReadScope(actor: Actor): TaskReadScope {
  if (!hasPermission(actor, 'tasks.read')) return 'none';
  if (actor.roles.includes('admin')) return 'all';
  if (hasAnyRole(actor, ['leader', 'compiler'])) return 'agency';
  return actor.roles.includes('unitHead') ? 'unitAndBelow' : 'ownUnit';
}

/**
 * Whether the actor may read the work of a unit (its tasks, its statistics, its inbox): the reach of
 * plan-access.ts (`reachesUnit`), so that plans, regimes, tasks and statistics share one rule.
 * `actorChain` and `unitChain` are the actor's unit and that unit, each followed by its ancestors.
 * A leader or compiler at the top of the tree reaches everything, everything being below them.
 */
export function readsUnit(
  actor: Actor,
  actorChain: readonly string[],
  unitChain: readonly string[],
): boolean {
  if (!hasPermission(actor, 'tasks.read')) return false;
  return reachesUnit(actor, actorChain.length > 0 ? actorChain : [actor.orgUnitId], unitChain);
}

/** A task is read by whoever reads one of the units it names (lead or coordinating). */
export function canReadTask(actor: Actor, actorChain: readonly string[], task: TaskUnits): boolean {
  return [...task.leadUnitIds, ...task.coordinatorUnitIds].some((id) =>
    readsUnit(actor, actorChain, task.chains.get(id) ?? [id]),
  );
}

/** The task itself (status, progress of its occurrences): the lead unit's people, or whole-agency roles. */
function canUpdateTask(actor: Actor, task: TaskUnits): boolean {
  if (!hasPermission(actor, 'tasks.update')) return false;
  if (hasAnyRole(actor, WHOLE_AGENCY)) return true;
  return task.leadUnitIds.some((id) => worksOn(actor, id, task.chains));
}

/** A coordinating unit's own part: that unit's people, or the compiler who keeps the plan. */
function canUpdatePart(actor: Actor, task: TaskUnits, unitId: string): boolean {
  if (!task.coordinatorUnitIds.includes(unitId)) return false;
  if (!hasPermission(actor, 'tasks.update')) return false;
  if (hasAnyRole(actor, PART_EDITORS)) return true;
  return worksOn(actor, unitId, task.chains);
}

/** Assigning people and recording the events that start triggered work. */
function canManageTask(actor: Actor, task: TaskUnits): boolean {
  if (!hasPermission(actor, 'tasks.manage')) return false;
  if (hasAnyRole(actor, WHOLE_AGENCY)) return true;
  return (
    actor.roles.includes('unitHead') &&
    task.leadUnitIds.some((id) => reaches(actor, id, task.chains.get(id) ?? []))
  );
}

const NO_RIGHTS: TaskPermissions = { canRead: false, canUpdate: false, canManage: false, partUnitIds: [] };

/** Nothing is changed on a task the actor may not read (a leader of another agency included). */
export function taskPermissions(
  actor: Actor,
  actorChain: readonly string[],
  task: TaskUnits,
): TaskPermissions {
  if (!canReadTask(actor, actorChain, task)) return NO_RIGHTS;
  return {
    canRead: true,
    canUpdate: canUpdateTask(actor, task),
    canManage: canManageTask(actor, task),
    partUnitIds: task.coordinatorUnitIds.filter((id) => canUpdatePart(actor, task, id)),
  };
}
