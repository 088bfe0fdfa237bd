import type { PlanItem } from '../../src/domain/plan-import/types.js';

/** The fields a reader test compares: what a row says, not where it came from. */
export type ItemShape = Pick<
  PlanItem,
  | 'kind'
  | 'part'
  | 'domain'
  | 'domainIndex'
  | 'ordinal'
  | 'subOrdinal'
  | 'content'
  | 'lead'
  | 'coordinators'
  | 'timeframeRaw'
>;

export type ItemShapeWithOutput = ItemShape & Pick<PlanItem, 'output'>;
export type ItemShapeWithSource = ItemShapeWithOutput & Pick<PlanItem, 'lines'>;

export function itemShape(item: PlanItem): ItemShape {
  const { kind, part, domain, domainIndex, ordinal, subOrdinal, content, lead, coordinators, timeframeRaw } =
    item;
  return { kind, part, domain, domainIndex, ordinal, subOrdinal, content, lead, coordinators, timeframeRaw };
}

export function itemShapeWithOutput(item: PlanItem): ItemShapeWithOutput {
  return { ...itemShape(item), output: item.output };
}

export function itemShapeWithSource(item: PlanItem): ItemShapeWithSource {
  return { ...itemShapeWithOutput(item), lines: item.lines };
}
