import { foldVietnamese } from '../text/fold.js';

export interface ItemIdentity {
  kind: string;
  part: string | null;
  domainIndex: string | null;
  ordinal: string | null;
  subOrdinal: number | null;
  content: string;
}

/**
 * The identity of a plan row across re-imports of the same plan: its place in the appendix when it has
 * an ordinal, its wording when it has none (part A indicators are unnumbered in seed 003).
 */
export function itemKey(item: ItemIdentity): string {
  const place = `${item.kind}|${item.part ?? ''}|${item.domainIndex ?? ''}`;
  return item.ordinal
    ? `${place}|#${item.ordinal}|${item.subOrdinal ?? ''}`
    : `${place}|${foldVietnamese(item.content)}`;
}

/** Pairs incoming rows with stored ones by identity; each stored row is used at most once. */
export function matchItems<I extends ItemIdentity>(
  stored: readonly (ItemIdentity & { id: string })[],
  incoming: readonly I[],
): { pairs: { incoming: I; storedId: string | null }[]; removedIds: string[] } {
  const pool = new Map<string, string[]>();
  for (const s of stored) pool.set(itemKey(s), [...(pool.get(itemKey(s)) ?? []), s.id]);
  const pairs = incoming.map((item) => ({
    incoming: item,
    storedId: pool.get(itemKey(item))?.shift() ?? null,
  }));
  const used = new Set(pairs.map((p) => p.storedId).filter((id): id is string => id !== null));
  return { pairs, removedIds: stored.filter((s) => !used.has(s.id)).map((s) => s.id) };
}
