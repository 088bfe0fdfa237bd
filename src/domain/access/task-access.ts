import { type Actor, hasPermission } from './permissions.js';
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
 * How far the actor's reading of tasks reaches, for filtering lists in storage:
 * every task, tasks of their unit and the units below it, or tasks of their own unit only.
 */
export type TaskReadScope = 'all' | 'unitAndBelow' | 'ownUnit' | 'none';

const WHOLE_ORGANISATION: readonly Role[] = ['admin', 'leader', 'compiler'];
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
  if (hasAnyRole(actor, WHOLE_ORGANISATION)) return 'all';
  return actor.roles.includes('unitHead') ? 'unitAndBelow' : 'ownUnit';
}

/**
 * Whether the actor may read the work of a unit (its tasks, its statistics, its inbox).
 * `chain` is the unit followed by its ancestors up to the root.
 */
export function readsUnit(actor: Actor, unitId: string, chain: readonly string[]): boolean {
  const scope = taskReadScope(actor);
  if (scope === 'all') return true;
  if (scope === 'none') return false;
  return reaches(actor, unitId, chain);
}

export function canReadTask(actor: Actor, task: TaskUnits): boolean {
  return [...task.leadUnitIds, ...task.coordinatorUnitIds].some((id) =>
    readsUnit(actor, id, task.chains.get(id) ?? []),
  );
}

/** The task itself (status, progress of its occurrences): the lead unit's people, or whole-organisation roles. */
export function canUpdateTask(actor: Actor, task: TaskUnits): boolean {
  if (!hasPermission(actor, 'tasks.update')) return false;
  if (hasAnyRole(actor, WHOLE_ORGANISATION)) return true;
  return task.leadUnitIds.some((id) => worksOn(actor, id, task.chains));
}

/** A coordinating unit's own part: that unit's people, or the compiler who keeps the plan. */
export function canUpdatePart(actor: Actor, task: TaskUnits, unitId: string): boolean {
  if (!task.coordinatorUnitIds.includes(unitId)) return false;
  if (!hasPermission(actor, 'tasks.update')) return false;
  if (hasAnyRole(actor, PART_EDITORS)) return true;
  return worksOn(actor, unitId, task.chains);
}

/** Assigning people and recording the events that start triggered work. */
export function canManageTask(actor: Actor, task: TaskUnits): boolean {
  if (!hasPermission(actor, 'tasks.manage')) return false;
  if (hasAnyRole(actor, WHOLE_ORGANISATION)) return true;
  return (
    actor.roles.includes('unitHead') &&
    task.leadUnitIds.some((id) => reaches(actor, id, task.chains.get(id) ?? []))
  );
}

export function taskPermissions(actor: Actor, task: TaskUnits): TaskPermissions {
  return {
    canRead: canReadTask(actor, task),
    canUpdate: canUpdateTask(actor, task),
    canManage: canManageTask(actor, task),
    partUnitIds: task.coordinatorUnitIds.filter((id) => canUpdatePart(actor, task, id)),
  };
}
