/**
 * How the actual value is compared with the target. The growth comparators compare the growth
 * rate over the previous period (in percent), not the value itself.
 */
export type Comparator = 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'range' | 'growthGt' | 'growthGte';

/**
 * 'percent', 'count' (a plain number of things), 'rank' (a place in a ranking, lower is better,
 * which the comparator already accounts for), or the unit word as written ("tỷ đồng").
 * The `string & {}` keeps the named units visible to autocompletion without closing the set.
 */
export type TargetUnit = 'percent' | 'count' | 'rank' | (string & {});

export interface Target {
  comparator: Comparator;
  /** For every comparator except 'range'. */
  value?: number;
  /** For 'range', inclusive. */
  min?: number;
  max?: number;
  unit: TargetUnit;
  /** "/năm": a rate per year (growth targets). */
  period?: 'year';
  /** The breakdown this target applies to: "xã miền núi", "các xã còn lại". */
  scope?: string;
  /** What is measured, as the document words it: "Tỷ lệ người sử dụng Internet". */
  subject?: string;
  /** The part of the text this target was read from. */
  raw: string;
}

export interface ParsedTarget {
  /** In the order the text gives them. */
  targets: Target[];
  /** 'unparsed' when no target could be read; the caller keeps `raw` and flags it. */
  status: 'parsed' | 'unparsed';
  raw: string;
}

/** Đạt / Chưa đạt. */
export type Evaluation = 'met' | 'notMet';

export interface EvaluationContext {
  /** The value of the previous period; growth targets need it. */
  previous?: number;
}
