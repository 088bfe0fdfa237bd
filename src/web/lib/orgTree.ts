import { foldVietnamese } from '../../domain/text/fold';
import type { OrgUnitNode } from '../api/types';

/** Lower-case, without Vietnamese diacritics, so "ke hoach" finds "Kế hoạch": the domain's one folding. */
export const foldText = foldVietnamese;

export function unitLabel(unit: Pick<OrgUnitNode, 'name' | 'shortName'>): string {
  return unit.shortName?.trim() ? unit.shortName : unit.name;
}

export interface IndexedUnit {
  node: OrgUnitNode;
  parent: OrgUnitNode | null;
  depth: number;
}

export function indexUnits(roots: readonly OrgUnitNode[]): Map<string, IndexedUnit> {
  const index = new Map<string, IndexedUnit>();
  const walk = (nodes: readonly OrgUnitNode[], parent: OrgUnitNode | null, depth: number) => {
    for (const node of nodes) {
      index.set(node.id, { node, parent, depth });
      walk(node.children, node, depth + 1);
    }
  };
  walk(roots, null, 0);
  return index;
}

export function allIds(roots: readonly OrgUnitNode[]): string[] {
  return [...indexUnits(roots).keys()];
}

/** The unit and everything below it. */
export function subtreeIds(node: OrgUnitNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: OrgUnitNode) => {
    ids.add(n.id);
    n.children.forEach(walk);
  };
  walk(node);
  return ids;
}

/** The unit's id followed by its ancestors' ids up to the root. */
export function ancestorIds(index: ReadonlyMap<string, IndexedUnit>, id: string): string[] {
  const chain: string[] = [];
  let current = index.get(id);
  while (current && !chain.includes(current.node.id)) {
    chain.push(current.node.id);
    current = current.parent ? index.get(current.parent.id) : undefined;
  }
  return chain;
}

function matches(node: OrgUnitNode, folded: string): boolean {
  return [node.name, node.shortName ?? '', node.code, ...node.aliases].some((text) =>
    foldText(text).includes(folded),
  );
}

/** Keeps the units matching the query plus the path to them; an empty query keeps everything. */
export function filterTree(roots: readonly OrgUnitNode[], query: string): OrgUnitNode[] {
  const folded = foldText(query);
  if (!folded) return [...roots];
  const keep = (nodes: readonly OrgUnitNode[]): OrgUnitNode[] =>
    nodes.flatMap((node) => {
      const children = keep(node.children);
      return matches(node, folded) || children.length > 0 ? [{ ...node, children }] : [];
    });
  return keep(roots);
}
