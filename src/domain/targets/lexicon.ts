import type { Comparator } from './types';

// The words of a target expression, matched on folded text (lower case, no diacritics).

type LevelComparator = Exclude<Comparator, 'range' | 'growthGt' | 'growthGte'>;

// Longer phrases first: "không dưới" must win over "dưới", "không quá" over "quá".
const COMPARATOR_PHRASES: { pattern: string; comparator: LevelComparator }[] = [
  { pattern: String.raw`khong\s+(?:duoi|thap\s+hon|it\s+hon|nho\s+hon)`, comparator: 'gte' },
  { pattern: String.raw`khong\s+(?:vuot\s+qua|vuot|qua|cao\s+hon|lon\s+hon|hon|tren)`, comparator: 'lte' },
  { pattern: String.raw`toi\s+thieu(?:\s+la)?|it\s+nhat(?:\s+la)?`, comparator: 'gte' },
  { pattern: String.raw`toi\s+da(?:\s+la)?`, comparator: 'lte' },
  { pattern: String.raw`lon\s+hon|cao\s+hon|vuot\s+qua|vuot|tren|hon`, comparator: 'gt' },
  { pattern: String.raw`it\s+hon|thap\s+hon|nho\s+hon|duoi`, comparator: 'lt' },
  // Not "đúng": it folds to "dung", as does "dụng" in "sử dụng".
  { pattern: 'bang', comparator: 'eq' },
  { pattern: '>=|≥', comparator: 'gte' },
  { pattern: '<=|≤', comparator: 'lte' },
  { pattern: '>', comparator: 'gt' },
  { pattern: '<', comparator: 'lt' },
  { pattern: '=', comparator: 'eq' },
];

export const COMPARATOR = COMPARATOR_PHRASES.map((p) => p.pattern).join('|');

export function comparatorOf(phrase: string): LevelComparator {
  const hit = COMPARATOR_PHRASES.find((p) => new RegExp(`^(?:${p.pattern})$`).test(phrase));
  if (!hit) throw new Error(`not a comparator phrase: ${phrase}`);
  return hit.comparator;
}

/**
 * A number as Vietnamese documents write it: "." groups thousands and "," is the decimal mark
 * ("1.200,5"). A "." followed by one or two digits can only be a decimal point ("2.5").
 */
export const NUMBER = String.raw`\d+(?:(?:\.\d{3})+(?!\d)|\.\d{1,2}(?!\d))?(?:,\d+)?`;

export function parseNumber(text: string): number {
  const thousands = /^\d+(?:\.\d{3})+(?:,\d+)?$/.test(text);
  return Number((thousands ? text.replace(/\./g, '') : text).replace(',', '.'));
}

const UNIT_WORDS = String.raw`nghin\s+ty\s+dong|ty\s+dong|trieu\s+dong|nghin\s+dong|ty\s+usd|trieu\s+usd|usd|dong`;

/**
 * One value expression: an optional comparator, then a range ("từ 30 đến 40", "30% - 50%"),
 * a "top N", or a single number with its unit ("trên 95%", "từ 10% trở lên", "1.200 tỷ đồng").
 */
export const ITEM = [
  String.raw`(?<![\p{L}\d])`,
  String.raw`(?:(?<cmp>${COMPARATOR})\s+(?:dat\s+)?)?`,
  '(?:',
  String.raw`(?<rangeFrom>tu\s+)?(?<lo>${NUMBER})\s*(?<loPct>%)?\s*(?:-|den|toi)\s*(?<hi>${NUMBER})\s*(?<hiPct>%)?`,
  String.raw`|top\s+(?<top>${NUMBER})`,
  String.raw`|(?<from>tu\s+)?(?<num>${NUMBER})(?:\s*(?<pct>%)|\s+(?<unit>${UNIT_WORDS})(?![\p{L}]))?`,
  String.raw`(?:\s+(?<post>tro\s+len|tro\s+xuong))?`,
  ')',
  String.raw`(?<perYear>\s*\/\s*nam(?![\p{L}]))?`,
].join('');

export interface ItemGroups {
  cmp?: string;
  rangeFrom?: string;
  lo?: string;
  loPct?: string;
  hi?: string;
  hiPct?: string;
  top?: string;
  from?: string;
  num?: string;
  pct?: string;
  unit?: string;
  post?: string;
  perYear?: string;
}

/** "tăng trưởng trên 10%/năm", "tăng bình quân 12%". Only percentages are growth rates. */
export const GROWTH = new RegExp(
  String.raw`(?<![\p{L}])tang(?:\s+truong)?(?:\s+binh\s+quan)?(?:\s+(?:dat|o\s+muc|khoang))?\s+` +
    String.raw`(?:(?<cmp>${COMPARATOR})\s+)?(?<from>tu\s+)?(?<num>${NUMBER})\s*%(?:\s+(?<post>tro\s+len))?` +
    String.raw`(?<perYear>\s*\/\s*nam(?![\p{L}]))?`,
  'u',
);

/** "đạt", with the filler words that may stand between it and the value ("đạt tỷ lệ 90 – 95%"). */
export const DAT = /(?<![\p{L}])dat(?:\s+(?:duoc|ty\s+le|muc|o\s+muc|khoang|con\s+so))*\s+/gu;

/** A comparator written just before "đạt": "tối thiểu đạt 35%". */
export const COMPARATOR_AT_END = new RegExp(String.raw`(?<![\p{L}])(?:${COMPARATOR})\s*$`, 'u');

/** "trên 100 dân" is "per 100 inhabitants", not "more than 100". */
export const PER_CAPITA_AFTER = /^\s+(?:dan|nguoi|ho)(?![\p{L}])/u;

export const RANK_CONTEXT = /xep\s+hang|thu\s+hang|(?<![\p{L}])(?:top|nhom)(?![\p{L}])/u;

/** What separates two targets written one after the other. */
export const SEPARATOR_AT_END = /(?:[,;]|(?<![\p{L}])(?:va|con)(?![\p{L}]))\s*$/u;

/** Words that introduce a breakdown: "đối với xã miền núi", "tại khu vực nông thôn". */
export const SCOPE_LEAD = /^\s*(?:doi\s+voi|rieng|tai|o)\s+/u;
