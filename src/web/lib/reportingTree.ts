import type { ReportingTree } from '../api/reports';

export type TreeNode = ReportingTree['nodes'][number];
export type TreeRow = TreeNode & { children?: TreeRow[] };

/**
 * The server sends the tree flat (depth-first, parent links); the table wants it nested. Leaves get
 * no `children` key so the table draws no expand button for them.
 */
export function nestTree(nodes: readonly TreeNode[]): TreeRow[] {
  const rows = new Map<string, TreeRow>(nodes.map((n) => [n.unitId, { ...n }]));
  const roots: TreeRow[] = [];
  for (const node of nodes) {
    const row = rows.get(node.unitId);
    if (!row) continue;
    const parent = node.parentId === null ? undefined : rows.get(node.parentId);
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

/** The period to open the tree on: the last one already due, else the first one (nothing due yet). */
export function defaultPeriod<P extends { code: string; dueAt: string }>(
  periods: readonly P[],
  now: Date,
): P | undefined {
  const due = periods.filter((p) => Date.parse(p.dueAt) <= now.getTime());
  const latest = due.reduce<P | undefined>(
    (best, p) => (!best || Date.parse(p.dueAt) > Date.parse(best.dueAt) ? p : best),
    undefined,
  );
  return latest ?? periods[0];
}
