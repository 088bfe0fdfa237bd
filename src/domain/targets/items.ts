import { ITEM, RANK_CONTEXT, comparatorOf, parseNumber, type ItemGroups } from './lexicon';
import type { Span } from './span';
import type { Comparator, Target } from './types';

/** One value expression found in a clause, with where it sits. */
export interface Item {
  start: number;
  end: number;
  groups: ItemGroups;
  /** The unit word as written, when there is one ("tỷ đồng"). */
  unitText?: string;
}

export function itemPattern(flags: 'g' | 'y'): RegExp {
  return new RegExp(ITEM, `du${flags}`);
}

export function toItem(m: RegExpExecArray, span: Span): Item {
  const groups = (m.groups ?? {}) as ItemGroups;
  const unitAt = m.indices?.groups?.unit;
  const item: Item = { start: m.index, end: m.index + m[0].length, groups };
  if (unitAt) item.unitText = span.clean.slice(unitAt[0], unitAt[1]).toLowerCase();
  return item;
}

export function isPercent({ groups: g }: Item): boolean {
  return g.pct !== undefined || g.loPct !== undefined || g.hiPct !== undefined;
}

export function hasComparator({ groups: g }: Item): boolean {
  return g.cmp !== undefined || g.from !== undefined || g.post !== undefined || g.top !== undefined;
}

export function isRange({ groups: g }: Item): boolean {
  return g.lo !== undefined;
}

/** The comparator the item states itself, if any. */
export function statedComparator({ groups: g }: Item): Comparator | undefined {
  if (g.lo !== undefined) return 'range';
  if (g.top !== undefined) return 'lte';
  if (g.post !== undefined) return /len$/.test(g.post) ? 'gte' : 'lte';
  if (g.cmp !== undefined) return comparatorOf(g.cmp);
  if (g.from !== undefined) return 'gte';
  return undefined;
}

/**
 * Builds the target for an item. `fallback` is the comparator the item takes when it states none:
 * the one written before "đạt", the previous item's in a breakdown, or 'gte' because a bare
 * figure in a plan ("100% xã …", "đạt 60%") is the level to reach, and exceeding it is never a
 * failure.
 */
export function targetOf(item: Item, context: Span, fallback: Comparator, fields: Partial<Target>): Target {
  const g = item.groups;
  const comparator = statedComparator(item) ?? fallback;
  const unit = isPercent(item)
    ? 'percent'
    : (item.unitText ?? (g.top !== undefined || RANK_CONTEXT.test(context.folded) ? 'rank' : 'count'));
  const numbers =
    g.lo !== undefined && g.hi !== undefined
      ? {
          min: Math.min(parseNumber(g.lo), parseNumber(g.hi)),
          max: Math.max(parseNumber(g.lo), parseNumber(g.hi)),
        }
      : { value: parseNumber(g.top ?? g.num ?? '') };
  return {
    comparator,
    ...numbers,
    unit: unit.replace(/\s+/g, ' '),
    ...(g.perYear === undefined ? {} : { period: 'year' as const }),
    ...fields,
    raw: fields.raw ?? context.clean,
  };
}
