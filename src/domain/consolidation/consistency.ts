import { formatNumber } from '../tracking/format.js';
import { type RuleValues, type ValidationRule, checkRules } from '../tracking/index.js';
import type { DraftBlock, ReportDraft } from './draft.js';
import { type StatedFacts, figureMismatches } from './figures-in-text.js';

/** The figures a draft states, with the rules that tie them together. */
export interface ConsistencyData {
  /**
   * Figures by rule key (`<indicatorId>` or `<indicatorId>#<breakdown>`); one set per unit whose
   * figures are reported separately (an upward report), `scope` naming the unit, or a single set
   * with a null scope for the unit's own figures.
   */
  figureSets: readonly { scope: string | null; values: RuleValues }[];
  rules: readonly ValidationRule[];
  labels: Readonly<Record<string, string>>;
  /** Keys whose figures are rates in percent. */
  percentKeys: readonly string[];
  /** What sentences may state (the completion counts, indicators' values); omitted: text is not read. */
  stated?: StatedFacts;
}

export interface ConsistencyIssue {
  /** `figureMismatch`: the text states a figure the data contradicts; it holds up the download. */
  code: 'ruleViolation' | 'rateAbove100' | 'figureMismatch';
  message: string;
  /** The block stating the figure; null when the draft no longer shows it. */
  blockId: string | null;
  /** "Mục 2.5.1", "Phụ lục II". */
  location: string;
  keys: string[];
  /** For `figureMismatch`: the sentence, what it says and what the data says. */
  figure?: { measure: string; sentence: string; stated: string; actual: string };
}

const itemOf = (key: string) => key.split('#')[0]?.trim() ?? key;

/** The block that states a figure: its indicator's paragraph, else a table that lists it. */
function placeOf(blocks: readonly DraftBlock[], keys: readonly string[]): DraftBlock | null {
  for (const key of keys) {
    const block = blocks.find((b) => b.source === `indicator:${itemOf(key)}`);
    if (block) return block;
  }
  return blocks.find((b) => b.source === 'evaluation-table' || b.source === 'figures-table') ?? null;
}

/**
 * Figures in the draft that cannot all be true: parts that do not add up to their total (647 + 912
 * of 1.348), a part above its total, rates above 100 %, and sentences whose figures the data
 * contradicts ("33% (2/9)" beside 27% (4/15)); each with the place in the draft that states it, so
 * the compiler can go and fix it before the report leaves.
 */
export function checkConsistency(draft: ReportDraft, data: ConsistencyData): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const ruled = new Set(data.rules.flatMap((r) => (r.kind === 'rateLeq100' ? [r.key] : [])));
  const where = (keys: readonly string[]) => {
    const block = placeOf(draft.blocks, keys);
    return { blockId: block?.id ?? null, location: block?.location ?? 'Không có trong bản thảo' };
  };
  for (const set of data.figureSets) {
    const prefix = set.scope === null ? '' : `${set.scope}: `;
    for (const violation of checkRules(data.rules, set.values, data.labels)) {
      const rule = violation.rule;
      const order =
        rule.kind === 'sumEquals' || rule.kind === 'partLeqTotal'
          ? [rule.total, ...violation.keys]
          : violation.keys;
      const place = where(order);
      issues.push({
        code: 'ruleViolation',
        message: `${prefix}${violation.message} (${place.location})`,
        ...place,
        keys: violation.keys,
      });
    }
    for (const key of data.percentKeys) {
      const value = set.values[key];
      if (ruled.has(key) || value === null || value === undefined || !(value > 100)) continue;
      const place = where([key]);
      issues.push({
        code: 'rateAbove100',
        message: `${prefix}${data.labels[key] ?? key} là ${formatNumber(value)}%, vượt quá 100%. (${place.location})`,
        ...place,
        keys: [key],
      });
    }
  }
  for (const m of data.stated ? figureMismatches(draft, data.stated) : []) {
    issues.push({
      code: 'figureMismatch',
      message: `Câu "${m.sentence}" ghi ${m.stated} nhưng số liệu là ${m.actual} (${m.measure}).`,
      blockId: m.blockId,
      location: m.location,
      keys: [m.key],
      figure: { measure: m.measure, sentence: m.sentence, stated: m.stated, actual: m.actual },
    });
  }
  return issues;
}

/** The contradictions between text and data, which must be fixed or acknowledged before a download. */
export function openContradictions(issues: readonly ConsistencyIssue[]): ConsistencyIssue[] {
  return issues.filter((issue) => issue.code === 'figureMismatch');
}
