import {
  COMPARATOR_AT_END,
  DAT,
  GROWTH,
  PER_CAPITA_AFTER,
  RANK_CONTEXT,
  SCOPE_LEAD,
  SEPARATOR_AT_END,
  comparatorOf,
  parseNumber,
} from './lexicon';
import { hasComparator, isPercent, isRange, itemPattern, targetOf, toItem, type Item } from './items';
import { slice, spanOf, splitSpan, stripEnd, stripStart, trimSeparators, type Span } from './span';
import type { Comparator, ParsedTarget, Target } from './types';

// Indicator targets are one sentence of prose. They come in three shapes, tried in this order:
//   growth   "Doanh thu … tăng trưởng trên 10%/năm"
//   "đạt"    "Tỷ lệ … đạt 60%", "… tối thiểu đạt 35% đối với xã miền núi; tối thiểu 65% đối với …"
//   leading  "100% xã có …", "Trên 95% hồ sơ …", "Rút ngắn từ 30% - 50% thời gian họp"
// Whatever else the sentence says (qualitative aims, explanations) is not a target and is left out.

const LEAD_IN =
  /^(?:\s*(?:phan\s+dau|dam\s+bao|bao\s+dam|(?:den|trong|vao)\s+(?:cuoi\s+)?nam\s+\d{4})(?![\p{L}])\s*[,:]?)+\s*/u;
// These only lead in when nothing else is left: "Có 95% xã …", but "Cơ quan …" folds to "co quan".
const LONE_LEAD_IN = /^\s*(?:co|dat|la|phan\s+dau)\s*$/;
const TAIL_FILLER =
  /(?:\s*[,;:]?\s*(?<![\p{L}])(?:phan\s+dau|dat|o\s+muc|muc|trong\s+nhom|nam\s+trong\s+nhom|la|chiem(?:\s+ty\s+le)?|khoang)(?![\p{L}]))+\s*[,;:]?\s*$/u;
// A sentence ends at ". " before a capital or a digit, except after an abbreviation ("TP. Hồ Chí Minh").
const SENTENCE_END = /(?<!(?:^|\s)\p{Lu}{1,3})\.\s+(?=\p{Lu}|\d)/gu;

function text(span: Span): string | undefined {
  const out = trimSeparators(span).clean;
  return out === '' ? undefined : out;
}

/** The measured thing, from the words before the value and (for leading figures) after it. */
function subjectOf(before: Span, after?: Span): string | undefined {
  let pre = stripEnd(stripStart(trimSeparators(before), LEAD_IN), TAIL_FILLER);
  if (LONE_LEAD_IN.test(pre.folded)) pre = slice(pre, pre.folded.length);
  const parts = [text(pre), after && text(after)].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? undefined : parts.join(' ');
}

/** A scope is what follows a value after "đối với" / "tại" / "ở". */
function scopeOf(after: Span): string | undefined {
  return SCOPE_LEAD.test(after.folded) ? text(stripStart(after, SCOPE_LEAD)) : undefined;
}

function withText(fields: {
  subject?: string | undefined;
  scope?: string | undefined;
  raw: string;
}): Partial<Target> {
  const out: Partial<Target> = { raw: fields.raw };
  if (fields.subject !== undefined) out.subject = fields.subject;
  if (fields.scope !== undefined) out.scope = fields.scope;
  return out;
}

/** `null` when the clause has no growth figure; `[]` when it has one we cannot represent. */
function readGrowth(clause: Span, inherited: string | undefined): Target[] | null {
  const m = GROWTH.exec(clause.folded);
  const g = m?.groups;
  if (!m || !g?.num) return null;
  const stated = g.cmp === undefined ? undefined : comparatorOf(g.cmp);
  if (stated !== undefined && stated !== 'gt' && stated !== 'gte') return [];
  const comparator = stated === 'gt' && !g.from && !g.post ? 'growthGt' : 'growthGte';
  const subject = subjectOf(slice(clause, 0, m.index)) ?? inherited;
  return [
    {
      comparator,
      value: parseNumber(g.num),
      unit: 'percent',
      ...(g.perYear === undefined ? {} : { period: 'year' as const }),
      ...(subject === undefined ? {} : { subject }),
      raw: text(clause) ?? clause.clean,
    },
  ];
}

/** Items that follow `first` as a breakdown: "35% đối với X; 65% đối với Y", "40% …, 60% …". */
function breakdown(clause: Span, first: Item, limit: number): Item[] {
  const items = [first];
  const scan = itemPattern('g');
  scan.lastIndex = first.end;
  for (let m = scan.exec(clause.folded); m && m.index < limit; m = scan.exec(clause.folded)) {
    const item = toItem(m, clause);
    const gap = clause.folded.slice(items[items.length - 1]?.end ?? first.end, item.start);
    const body = gap.replace(SEPARATOR_AT_END, '');
    if (body === gap || (body.trim() !== '' && !SCOPE_LEAD.test(body))) break;
    if (!isPercent(item) && !hasComparator(item)) break;
    items.push(item);
  }
  return items;
}

/** Where the text belonging to `item` ends: at the next item's separator, or at `limit`. */
function itemEnd(clause: Span, items: Item[], index: number, limit: number): number {
  const next = items[index + 1];
  if (!next) return limit;
  const gap = clause.folded.slice(0, next.start);
  const sep = SEPARATOR_AT_END.exec(gap);
  return sep ? sep.index : next.start;
}

function targetsOfItems(
  clause: Span,
  items: Item[],
  start: number,
  limit: number,
  first: Comparator,
  subject?: string,
) {
  const out: Target[] = [];
  let fallback = first;
  items.forEach((item, i) => {
    const end = itemEnd(clause, items, i, limit);
    const scope = scopeOf(slice(clause, item.end, end));
    const raw = text(slice(clause, i === 0 ? start : item.start, end)) ?? clause.clean;
    const target = targetOf(item, clause, fallback, withText({ subject, scope, raw }));
    fallback = target.comparator === 'range' ? 'gte' : target.comparator;
    out.push(target);
  });
  return out;
}

/** "… đạt 60%": the subject is what precedes "đạt". Several "đạt" in one clause give several targets. */
function readDat(clause: Span, inherited: string | undefined): Target[] | null {
  const hits: { datStart: number; first: Item }[] = [];
  for (const m of clause.folded.matchAll(DAT)) {
    const sticky = itemPattern('y');
    sticky.lastIndex = m.index + m[0].length;
    const first = sticky.exec(clause.folded);
    if (first) hits.push({ datStart: m.index, first: toItem(first, clause) });
  }
  if (hits.length === 0) return null;

  // A later "đạt" starts a new target only after a separator; its subject starts there too.
  const starts: { datStart: number; first: Item; start: number }[] = [];
  for (const hit of hits) {
    const prev = starts[starts.length - 1];
    if (!prev) {
      starts.push({ ...hit, start: 0 });
      continue;
    }
    if (hit.datStart < prev.first.end) continue;
    const between = clause.folded.slice(prev.first.end, hit.datStart);
    const sep = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'));
    if (sep >= 0) starts.push({ ...hit, start: prev.first.end + sep + 1 });
  }

  return starts.flatMap((hit, k) => {
    const limit = starts[k + 1]?.start ?? clause.folded.length;
    const before = clause.folded.slice(0, hit.datStart);
    const stated = COMPARATOR_AT_END.exec(before);
    const subjectEnd = stated && stated.index >= hit.start ? stated.index : hit.datStart;
    const subject = subjectOf(slice(clause, hit.start, subjectEnd)) ?? inherited;
    const first = stated ? comparatorOf(stated[0].trim()) : 'gte';
    const items = breakdown(clause, hit.first, limit);
    return targetsOfItems(clause, items, hit.start, limit, first, subject);
  });
}

/** A figure that can stand for a target without "đạt": a percentage, a comparator, a ranked range. */
function standsAlone(item: Item, clause: Span): boolean {
  if (isPercent(item)) return true;
  if (item.groups.cmp !== undefined && /^(?:tren|hon)$/.test(item.groups.cmp)) {
    if (PER_CAPITA_AFTER.test(clause.folded.slice(item.end))) return false;
  }
  if (isRange(item)) return RANK_CONTEXT.test(clause.folded) || item.groups.rangeFrom !== undefined;
  return hasComparator(item);
}

/** "100% xã … và 90% điểm …": each figure heads its own target, whose subject follows it. */
function readLeading(clause: Span, inherited: string | undefined): Target[] {
  const items: Item[] = [];
  for (const m of clause.folded.matchAll(itemPattern('g'))) {
    const item = toItem(m, clause);
    if (!standsAlone(item, clause)) continue;
    const prev = items[items.length - 1];
    // Without a separator a second figure is part of the first one's wording.
    if (prev && !SEPARATOR_AT_END.test(clause.folded.slice(prev.end, item.start))) continue;
    items.push(item);
  }
  let subject = inherited;
  return items.map((item, i) => {
    // The separator before a later figure runs up to it, so its own words all come after it.
    const start = i === 0 ? 0 : item.start;
    const end = itemEnd(clause, items, i, clause.folded.length);
    const after = slice(clause, item.end, end);
    const scope = scopeOf(after);
    const before = slice(clause, start, item.start);
    subject = (scope === undefined ? subjectOf(before, after) : subjectOf(before)) ?? subject;
    const raw = text(slice(clause, start, end)) ?? clause.clean;
    return targetOf(item, clause, 'gte', withText({ subject, scope, raw }));
  });
}

function readClause(clause: Span, inherited: string | undefined): Target[] {
  return readGrowth(clause, inherited) ?? readDat(clause, inherited) ?? readLeading(clause, inherited);
}

/**
 * Reads the target(s) in an indicator's wording. Sentences and ";"-clauses are read one by one;
 * a clause that only gives a figure and a scope ("tối thiểu 65% đối với các xã còn lại") takes
 * the subject of the clause before it.
 */
export function parseTarget(input: string): ParsedTarget {
  const whole = spanOf(input);
  const targets: Target[] = [];
  for (const sentence of splitSpan(whole, SENTENCE_END)) {
    let subject: string | undefined;
    for (const clause of splitSpan(sentence, /;/g)) {
      const found = readClause(trimSeparators(clause), subject);
      subject = found.at(-1)?.subject ?? subject;
      targets.push(...found);
    }
  }
  return { targets, status: targets.length > 0 ? 'parsed' : 'unparsed', raw: input };
}
