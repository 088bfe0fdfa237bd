import { type Actor, hasPermission, seesWholeOrganisation } from './permissions.js';

/**
 * Where a report sits in the tree, as the access rules need it. Each chain is the unit itself
 * followed by its ancestors up to the root (see `ancestorChain` in domain/org).
 */
export interface ReportUnits {
  /** The unit that owes the report. */
  unitChain: readonly string[];
  /** The unit the report is sent to. */
  receivingChain: readonly string[];
  /** The acting user's unit. */
  actorChain: readonly string[];
}

export interface ReportPermissions {
  canRead: boolean;
  /** Write and save the draft, attach files. */
  canDraft: boolean;
  /** Send it to the receiving unit, in the owing unit's name. */
  canSubmit: boolean;
  /** Return, accept and unlock. */
  canReview: boolean;
}

/** How far the actor's reading of reports reaches, for filtering lists in storage. */
export type ReportReadScope = 'all' | 'unitAndBelow' | 'ownUnit' | 'none';

const NONE: ReportPermissions = { canRead: false, canDraft: false, canSubmit: false, canReview: false };

const isAdmin = (actor: Actor) => actor.roles.includes('admin');

/** A unit head answers for the units below theirs too; everyone else only for their own unit. */
function reaches(actor: Actor, chain: readonly string[]): boolean {
  if (chain[0] === actor.orgUnitId) return true;
  return actor.roles.includes('unitHead') && chain.includes(actor.orgUnitId);
}

/**
 * A compiler works for the agency their division belongs to (Phòng KH-TC for the Sở, Vụ KH-TC for
 * the Bộ), so they handle reports received anywhere in that agency and nowhere else: the Sở's
 * compiler cannot accept a report sent to the Bộ. A compiler in a root unit works for that unit.
 */
function compilesFor(actor: Actor, units: Pick<ReportUnits, 'receivingChain' | 'actorChain'>): boolean {
  if (!actor.roles.includes('compiler')) return false;
  const agency = units.actorChain[1] ?? units.actorChain[0] ?? actor.orgUnitId;
  return units.receivingChain.includes(agency);
}

export function reportReadScope(actor: Actor): ReportReadScope {
  if (!hasPermission(actor, 'reports.read')) return 'none';
  if (seesWholeOrganisation(actor)) return 'all';
  return actor.roles.includes('unitHead') ? 'unitAndBelow' : 'ownUnit';
}

export function reportPermissions(actor: Actor, units: ReportUnits): ReportPermissions {
  if (!hasPermission(actor, 'reports.read')) return NONE;
  const canReview = hasPermission(actor, 'reports.review') && (isAdmin(actor) || compilesFor(actor, units));
  const canRead =
    seesWholeOrganisation(actor) ||
    canReview ||
    reaches(actor, units.unitChain) ||
    // The receiving unit's own people read what is sent to them.
    reaches(actor, units.receivingChain);
  return {
    canRead,
    canDraft: hasPermission(actor, 'reports.draft') && (isAdmin(actor) || reaches(actor, units.unitChain)),
    canSubmit:
      hasPermission(actor, 'reports.submit') &&
      (isAdmin(actor) || (actor.roles.includes('unitHead') && reaches(actor, units.unitChain))),
    canReview,
  };
}

/** Creating, editing and issuing a regime: admins anywhere, compilers for their own agency. */
export function canManageRegime(
  actor: Actor,
  units: Pick<ReportUnits, 'receivingChain' | 'actorChain'>,
): boolean {
  if (!hasPermission(actor, 'reports.manageRegimes')) return false;
  return isAdmin(actor) || compilesFor(actor, units);
}
