import type { OrgUnit, OrgUnitKind } from '../org/org-unit.js';
import { nameWords } from '../org/unit-names.js';
import { foldVietnamese } from '../text/fold.js';

/**
 * Who issued a plan, against who imports it. A department imports its own plans and those of its parent
 * (the provincial People's Committee, the ministry); a plan issued by another province's department, or by
 * another department of the same province, is most likely the wrong file and needs the compiler to say so.
 */

export type IssuerStatus = 'own' | 'parent' | 'other' | 'unknown';

export interface IssuerCheck {
  status: IssuerStatus;
  /** The issuer as printed: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG (UBND TỈNH ĐỒNG THÁP)". */
  issuer: string | null;
  /** The agency the plan is imported into, and its parent. */
  importingUnit: string | null;
  parentUnit: string | null;
  /** True when saving must be confirmed. */
  needsConfirmation: boolean;
}

/** Units that issue documents in their own name. */
const AGENCY_KINDS: readonly OrgUnitKind[] = ['provincialDepartment', 'ministry', 'peoplesCommittee'];

export interface ImportingAgency {
  agency: OrgUnit;
  parent: OrgUnit | null;
}

/** The agency a unit belongs to (itself, or the nearest agency above it) and that agency's parent. */
export function importingAgency(units: readonly OrgUnit[], unitId: string): ImportingAgency | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  let current = byId.get(unitId);
  for (let guard = 0; current !== undefined && guard < 50; guard++) {
    if (AGENCY_KINDS.includes(current.kind)) {
      return {
        agency: current,
        parent: current.parentId === null ? null : (byId.get(current.parentId) ?? null),
      };
    }
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return null;
}

/**
 * The agency whose plans this installation keeps when no user names one (the CLI): the agency with the
 * most units of its own below it, which is the department the org tree was built for.
 */
export function homeAgency(units: readonly OrgUnit[]): ImportingAgency | null {
  const counts = new Map<string, number>();
  for (const unit of units) {
    if (AGENCY_KINDS.includes(unit.kind)) continue;
    const owner = importingAgency(units, unit.id);
    if (owner !== null) counts.set(owner.agency.id, (counts.get(owner.agency.id) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best === undefined ? null : importingAgency(units, best[0]);
}

/** "UBND TỈNH ĐỒNG THÁP" → "dong thap": the province or city a name is placed in. */
function locality(text: string | null): string | null {
  if (text === null) return null;
  const match = /\b(?:tinh|thanh pho|tp\.?)\s+(.+)$/.exec(foldVietnamese(text));
  return match?.[1] === undefined ? null : match[1].trim();
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of nameWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Every word of the issuer's name is in one of the unit's names ("SỞ TTTT" in "Sở TTTT An Giang"). */
function names(issuer: string, unit: OrgUnit | null): boolean {
  if (unit === null) return false;
  const wanted = bag(issuer);
  return [unit.name, unit.shortName, ...unit.aliases].some((name) => {
    if (!name) return false;
    const have = bag(name);
    return [...wanted].every(([w, n]) => (have.get(w) ?? 0) >= n);
  });
}

export function checkIssuer(
  document: { agency: string | null; parentAgency: string | null },
  importing: ImportingAgency | null,
): IssuerCheck {
  const issuer =
    document.agency === null
      ? document.parentAgency
      : document.parentAgency === null
        ? document.agency
        : `${document.agency} (${document.parentAgency})`;
  const base = {
    issuer,
    importingUnit: importing?.agency.name ?? null,
    parentUnit: importing?.parent?.name ?? null,
  };
  const own = document.agency ?? document.parentAgency;
  if (own === null || importing === null) return { ...base, status: 'unknown', needsConfirmation: false };

  // The province the document names (its parent agency, or the place it was signed) must be the importer's.
  // The place of signing is not used: a ministry signs in Hà Nội whatever its tree says.
  const where = locality(document.parentAgency) ?? locality(document.agency);
  const chain = bag([importing.agency.name, importing.parent?.name ?? ''].join(' '));
  const sameProvince = where === null || nameWords(where).every((w) => chain.has(w));

  let status: IssuerStatus = 'other';
  if (sameProvince && names(own, importing.agency)) status = 'own';
  else if (sameProvince && names(own, importing.parent)) status = 'parent';
  return { ...base, status, needsConfirmation: status === 'other' };
}
