import type { ParsedTarget } from '../../domain/targets/index.js';
import { foldVietnamese } from '../../domain/text/fold.js';

// "The same indicator" in plans of different years. The place-based identity of plan re-imports
// (domain/plans/item-matching) does not carry across years: ordinals shift and the figures change
// (60 % in 2023, 75 % in 2024). What stays is the wording around the figures.

export interface IndicatorIdentity {
  id: string;
  planId: string;
  planTitle: string;
  planYear: number;
  planStatus: string;
  planVersion: number;
  planCreatedAt: Date;
  content: string;
  target: ParsedTarget | null;
}

const FIGURE = /\d+(?:[.,]\d+)*/g;

/** Folded wording with every figure (targets, years) replaced by one placeholder. */
export function wordingKey(content: string): string {
  return foldVietnamese(content)
    .replace(FIGURE, '#')
    .replace(/[\s.;:,]+$/u, '')
    .replace(/\s+/g, ' ');
}

/**
 * The items that stand for the indicator, year by year, best first in each year: the item itself
 * in its own year, then items of active plans, then the newest version.
 */
export function lineage(
  self: IndicatorIdentity,
  all: readonly IndicatorIdentity[],
): Map<number, IndicatorIdentity[]> {
  const key = wordingKey(self.content);
  const rank = (i: IndicatorIdentity): number[] => [
    i.id === self.id ? 0 : 1,
    i.planStatus === 'active' ? 0 : 1,
    -i.planVersion,
    -i.planCreatedAt.getTime(),
  ];
  const compare = (a: IndicatorIdentity, b: IndicatorIdentity): number => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  };
  const byYear = new Map<number, IndicatorIdentity[]>();
  const matches = all.filter((i) => i.id === self.id || wordingKey(i.content) === key);
  if (!matches.some((i) => i.id === self.id)) matches.push(self);
  for (const item of matches) byYear.set(item.planYear, [...(byYear.get(item.planYear) ?? []), item]);
  for (const items of byYear.values()) items.sort(compare);
  return new Map([...byYear].sort(([a], [b]) => a - b));
}
