import type { Role } from './roles.js';

/** The acting user, as the permission rules need it. */
export interface Actor {
  userId: string;
  username: string;
  roles: readonly Role[];
  orgUnitId: string;
}

export type Permission =
  | 'users.manage'
  | 'tokens.manage'
  | 'audit.read'
  | 'orgUnits.manageTree'
  | 'orgUnits.editOwn'
  | 'orgUnits.read'
  | 'users.readOwnUnit'
  | 'plans.read'
  | 'plans.import'
  | 'calendar.manage'
  | 'settings.manage'
  | 'tasks.read'
  | 'tasks.update'
  | 'tasks.manage'
  | 'taskSources.manage'
  | 'indicators.enterValues'
  | 'indicators.manage'
  | 'stats.read'
  | 'reports.read'
  | 'reports.draft'
  | 'reports.submit'
  | 'reports.review'
  | 'reports.manageRegimes'
  | 'reports.consolidate'
  | 'reports.readConsolidated'
  | 'emulation.read'
  | 'emulation.manage';

/** Which roles hold which permissions. Unit-scoped permissions are further narrowed by `canActOnUnit`. */
const grants: Record<Permission, readonly Role[]> = {
  'users.manage': ['admin'],
  'tokens.manage': ['admin'],
  'audit.read': ['admin'],
  'orgUnits.manageTree': ['admin'],
  'orgUnits.editOwn': ['admin', 'unitHead'],
  'orgUnits.read': ['admin', 'leader', 'unitHead', 'staff', 'compiler', 'viewer'],
  'users.readOwnUnit': ['admin', 'leader', 'unitHead', 'compiler'],
  'plans.read': ['admin', 'leader', 'unitHead', 'staff', 'compiler', 'viewer'],
  'plans.import': ['admin', 'compiler'],
  'calendar.manage': ['admin'],
  'settings.manage': ['admin'],
  // Reading is further narrowed to the actor's own units unless they see the whole organisation.
  'tasks.read': ['admin', 'leader', 'unitHead', 'staff', 'compiler', 'viewer'],
  // Updating is further narrowed to tasks the actor's unit leads or coordinates.
  'tasks.update': ['admin', 'leader', 'unitHead', 'staff', 'compiler'],
  // Assigning people, recording triggers and bulk changes across units.
  'tasks.manage': ['admin', 'leader', 'unitHead', 'compiler'],
  // Giving work from a conclusion notice, a directive or by hand: the leaders who give it, the office that records it.
  'taskSources.manage': ['admin', 'leader', 'compiler'],
  'indicators.enterValues': ['admin', 'unitHead', 'staff', 'compiler'],
  'indicators.manage': ['admin', 'compiler'],
  'stats.read': ['admin', 'leader', 'unitHead', 'staff', 'compiler', 'viewer'],
  // Reports are further narrowed by unit in domain/access/report-access.ts.
  'reports.read': ['admin', 'leader', 'unitHead', 'staff', 'compiler', 'viewer'],
  'reports.draft': ['admin', 'unitHead', 'staff', 'compiler'],
  'reports.submit': ['admin', 'unitHead'],
  'reports.review': ['admin', 'compiler'],
  'reports.manageRegimes': ['admin', 'compiler'],
  // Building, editing and issuing the consolidated report is the compiling office's work.
  'reports.consolidate': ['admin', 'compiler'],
  // Leaders read and download the consolidated report without changing it.
  'reports.readConsolidated': ['admin', 'leader', 'compiler'],
  // Everyone sees their own scores and entries; unit heads their unit's (emulation.service.ts).
  'emulation.read': ['admin', 'leader', 'unitHead', 'staff', 'compiler', 'viewer'],
  // The emulation office: movements, their council, the configuration of the year.
  'emulation.manage': ['admin', 'leader', 'compiler'],
};

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.roles.some((role) => grants[permission].includes(role));
}

/**
 * Unit-scoped rule: admins act anywhere; a unit head acts on their own unit and the units below it.
 * `ancestorIdsOfTarget` lists the target unit and every ancestor up to the root.
 */
export function canActOnUnit(actor: Actor, ancestorIdsOfTarget: readonly string[]): boolean {
  if (actor.roles.includes('admin')) return true;
  return ancestorIdsOfTarget.includes(actor.orgUnitId);
}

/** Leaders and compilers see the whole organisation; everyone else sees their own unit's people. */
export function seesWholeOrganisation(actor: Actor): boolean {
  return actor.roles.some((role) => role === 'admin' || role === 'leader' || role === 'compiler');
}
