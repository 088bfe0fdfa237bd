import type { OrgUnit, OrgUnitNode } from './org-unit.js';

function compareUnits(a: OrgUnit, b: OrgUnit): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi');
}

/** Builds the forest; a unit whose parent is missing becomes a root rather than disappearing. */
export function buildTree(units: readonly OrgUnit[]): OrgUnitNode[] {
  const nodes = new Map<string, OrgUnitNode>(units.map((u) => [u.id, { ...u, children: [] }]));
  const roots: OrgUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sortDeep = (list: OrgUnitNode[]): void => {
    list.sort(compareUnits);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}

/** The unit itself followed by its ancestors up to the root. Stops on a cycle instead of looping. */
export function ancestorChain(
  units: ReadonlyMap<string, Pick<OrgUnit, 'id' | 'parentId'>>,
  id: string,
): string[] {
  const chain: string[] = [];
  let current = units.get(id);
  while (current && !chain.includes(current.id)) {
    chain.push(current.id);
    current = current.parentId ? units.get(current.parentId) : undefined;
  }
  return chain;
}

/** A move is valid unless the new parent is the unit itself or lies inside its subtree. */
export function isValidMove(
  units: ReadonlyMap<string, Pick<OrgUnit, 'id' | 'parentId'>>,
  unitId: string,
  newParentId: string | null,
): boolean {
  if (newParentId === null) return true;
  return !ancestorChain(units, newParentId).includes(unitId);
}

/** Orders units so that every parent comes before its children (for import and export). */
export function parentsFirst<T extends { code: string; parentCode: string | null }>(rows: readonly T[]): T[] {
  const byCode = new Map(rows.map((r) => [r.code.toLowerCase(), r]));
  const depth = (row: T): number => {
    let d = 0;
    const seen = new Set<string>();
    let parent = row.parentCode ? byCode.get(row.parentCode.toLowerCase()) : undefined;
    while (parent && !seen.has(parent.code)) {
      seen.add(parent.code);
      d++;
      parent = parent.parentCode ? byCode.get(parent.parentCode.toLowerCase()) : undefined;
    }
    return d;
  };
  return [...rows]
    .map((r) => ({ r, d: depth(r) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.r);
}
