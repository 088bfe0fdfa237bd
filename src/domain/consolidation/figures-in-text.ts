import type { TargetUnit } from '../targets/index.js';
import { formatNumber, formatValue } from '../tracking/format.js';
import { type CompletionCounts as TrackingCounts, completionPercent } from '../tracking/index.js';
import { foldVietnamese } from '../text/fold.js';
import { type StatedFigure, figuresIn, states } from '../text/numbers.js';
import type { DraftBlock, ReportDraft } from './draft.js';
import { type ReportingShare, type UnitShare, reportingMismatches, shareMismatches } from './unit-shares.js';

// A report's text may be rewritten, but the figures in it stay facts: a sentence that states the
// completion rate, a task count or an indicator's value must say what the data says. Seed 001 wrote
// "33%" beside a table that gives 2/9; these checks find that before the report leaves.

/** The counts behind the completion rate, as the one completion rule (tracking/completion.ts) computed them. */
export type CompletionCounts = Pick<
  TrackingCounts,
  'due' | 'dueDone' | 'doneOnTime' | 'doneLate' | 'overdue' | 'inProgress'
>;

/** An indicator's latest value, which its paragraph states after "đạt". */
export interface IndicatorFigure {
  id: string;
  label: string;
  value: number;
  unit: TargetUnit | null;
}

export interface StatedFacts {
  completion: CompletionCounts | null;
  indicators: readonly IndicatorFigure[];
  /** An upward report's x/N per indicator of the data form. */
  shares?: readonly UnitShare[];
  /** An upward report's count of the units that reported. */
  reporting?: ReportingShare | null;
}

export interface FigureMismatch {
  blockId: string;
  /** "Mục 3". */
  location: string;
  /** The sentence as written. */
  sentence: string;
  /** What the text says: "33%", "2/9", "5". */
  stated: string;
  /** What the data says, written the same way: "75% (3/4 nhiệm vụ)". */
  actual: string;
  /** `completion`, `completion#overdue`, `indicator:<id>`. */
  key: string;
  measure: string;
}

type CountKey = 'due' | 'done' | 'doneOnTime' | 'doneLate' | 'overdue' | 'pending';

/** Words that say which count a figure is; the first that matches wins, so "quá hạn chưa hoàn thành" is overdue. */
const CUES: readonly [RegExp, CountKey][] = [
  [/\bdung han\b/, 'doneOnTime'],
  [/\b(tre han|cham tien do|hoan thanh cham)\b/, 'doneLate'],
  [/\bqua han\b/, 'overdue'],
  [/\b(dang thuc hien|chua den han)\b/, 'pending'],
  [/\b(da hoan thanh|hoan thanh)\b/, 'done'],
  [/\b(den han|duoc giao|phai thuc hien|tong so)\b/, 'due'],
];

const MEASURE_LABELS: Record<CountKey, string> = {
  due: 'số nhiệm vụ đến hạn',
  done: 'số nhiệm vụ hoàn thành',
  doneOnTime: 'số nhiệm vụ hoàn thành đúng hạn',
  doneLate: 'số nhiệm vụ hoàn thành trễ hạn',
  overdue: 'số nhiệm vụ quá hạn',
  pending: 'số nhiệm vụ đang thực hiện',
};

const ABOUT_TASKS = /\bnhiem vu\b/;
const ABOUT_COMPLETION = /\b(hoan thanh|ty le|dat|qua han|dung han|tre han)\b/;
// "tăng 5%", "so với cùng kỳ 80%": a change or a comparison, not the rate itself.
const COMPARISON = /\b(tang|giam|so voi|cung ky|vuot|chi tieu|ke hoach de ra)\b[^%/\d]*$/;
// A number that counts months, years or documents is not a task count.
const NOT_A_COUNT_AFTER = /^\s*(thang|nam|quy|ngay|tuan|lan|van ban|%)/;
const NOT_A_COUNT_BEFORE = /\b(nam|quy|thang|ngay|tuan|so|muc|khoan|dieu|phu luc)\s*$/;

/** Sentences as a reader sees them; "1.348" and "27,5%" are not sentence ends. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\S)|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Clauses split on ";" and on ", " (a decimal comma has no space after it). */
function clausesOf(sentence: string): string[] {
  return sentence.split(/;\s*|,\s+/).filter((c) => c.trim() !== '');
}

function cueOf(folded: string): CountKey | null {
  for (const [pattern, key] of CUES) if (pattern.test(folded)) return key;
  return null;
}

function countOf(counts: CompletionCounts, key: CountKey): number {
  if (key === 'pending') return counts.inProgress;
  return key === 'done' ? counts.dueDone : counts[key];
}

function completionText(counts: CompletionCounts, key: CountKey): string {
  const part = countOf(counts, key);
  // The same percent the report and the API print (one rounding rule: tracking/completion.ts).
  const percent = completionPercent(part, counts.due);
  if (percent === null) return 'không có nhiệm vụ đến hạn';
  return `${formatNumber(percent)}% (${part}/${counts.due} nhiệm vụ)`;
}

/** The mismatches of one clause about task completion. */
function completionMismatches(clause: string, counts: CompletionCounts, inCompletionBlock: boolean) {
  const folded = foldVietnamese(clause);
  const figures = figuresIn(clause);
  const out: { figure: StatedFigure; key: CountKey; actual: string }[] = [];
  for (const figure of figures) {
    const before = foldVietnamese(clause.slice(0, figure.index));
    const after = foldVietnamese(clause.slice(figure.end));
    // The cue nearest the figure: "đạt 75%; quá hạn 1" reads the 1 as overdue.
    const cue = cueOf(before.split(/\b(?:trong do|con|va)\b/).at(-1) ?? before) ?? cueOf(folded) ?? 'done';
    // A share of the tasks due is a share of some of them: "được giao … đạt 33%" is the done share.
    const key = cue === 'due' && figure.kind !== 'number' ? 'done' : cue;
    if (figure.kind === 'percent') {
      if (COMPARISON.test(before)) continue;
      const ownSubject = !/^\s*(uoc\s+)?(dat|khoang|chiem|hoan thanh|la)\b/.test(folded);
      const nextToRatio = /^\s*\(?\s*\d+\s?\/\s?\d+\s*nhiem vu/.test(after);
      if (!inCompletionBlock && !ABOUT_TASKS.test(folded) && ownSubject && !nextToRatio) continue;
      const exact = counts.due === 0 ? 0 : (countOf(counts, key) / counts.due) * 100;
      if (counts.due === 0 || !states(figure.value, figure.decimals, exact))
        out.push({ figure, key, actual: completionText(counts, key) });
      continue;
    }
    if (figure.kind === 'ratio') {
      const aboutTasks = /^\s*nhiem vu/.test(after) || ABOUT_TASKS.test(folded) || inCompletionBlock;
      if (!aboutTasks) continue;
      if (figure.whole !== counts.due || figure.part !== countOf(counts, key))
        out.push({ figure, key, actual: `${countOf(counts, key)}/${counts.due}` });
      continue;
    }
    // A plain number counts tasks only right next to its cue or to "nhiệm vụ".
    if (figure.decimals > 0 || NOT_A_COUNT_AFTER.test(after) || NOT_A_COUNT_BEFORE.test(before)) continue;
    const nextToTasks = /^\s*nhiem vu/.test(after);
    const afterCue = CUES.some(([p]) => new RegExp(`${p.source}\\s*(:|la)?\\s*$`).test(before));
    if (!nextToTasks && !afterCue) continue;
    const counted = afterCue ? (cueOf(before.slice(-40)) ?? key) : (cueOf(after.slice(0, 40)) ?? key);
    if (figure.value !== countOf(counts, counted))
      out.push({ figure, key: counted, actual: String(countOf(counts, counted)) });
  }
  return out;
}

/** Whether a block's words are the compiler's: text they wrote, or a computed block they reworded. */
function writtenByCompiler(block: DraftBlock): boolean {
  return block.origin === 'text' || block.edited;
}

function blockText(block: DraftBlock): string | null {
  const c = block.content;
  if (c.kind === 'paragraph' || c.kind === 'heading') return c.text;
  if (c.kind === 'list') return c.items.join('\n');
  return null;
}

/**
 * Figures in the compiler's text that contradict the data: the completion rate, its x/y and its
 * counts wherever a sentence speaks of tasks (nhiệm vụ) and completion, and an indicator's value in
 * its own reworded paragraph. Computed text the compiler did not touch is the data's own wording.
 */
export function figureMismatches(draft: ReportDraft, facts: StatedFacts): FigureMismatch[] {
  const out: FigureMismatch[] = [];
  for (const block of draft.blocks) {
    if (!writtenByCompiler(block)) continue;
    const text = blockText(block);
    if (text === null) continue;
    const indicator = block.source?.startsWith('indicator:')
      ? facts.indicators.find((i) => `indicator:${i.id}` === block.source)
      : undefined;
    const share = facts.shares?.find((x) => `indicator:${x.id}` === block.source);
    for (const sentence of sentencesOf(text)) {
      const folded = foldVietnamese(sentence);
      const place = { blockId: block.id, location: block.location, sentence };
      if (share) {
        for (const m of shareMismatches(sentence, share))
          out.push({ ...place, ...m, key: block.source ?? '' });
        continue;
      }
      if (facts.reporting)
        for (const m of reportingMismatches(sentence, facts.reporting))
          out.push({ ...place, ...m, key: 'reporting' });
      if (indicator) {
        out.push(...indicatorMismatches(block, sentence, indicator));
        continue;
      }
      const completion = facts.completion;
      const inCompletionBlock = block.source === 'completion';
      if (completion === null) continue;
      if (!inCompletionBlock && !(ABOUT_TASKS.test(folded) && ABOUT_COMPLETION.test(folded))) continue;
      for (const clause of clausesOf(sentence))
        for (const m of completionMismatches(clause, completion, inCompletionBlock))
          out.push({
            blockId: block.id,
            location: block.location,
            sentence,
            stated: m.figure.text.trim(),
            actual: m.actual,
            key: m.key === 'done' ? 'completion' : `completion#${m.key}`,
            measure: m.key === 'done' ? 'tỷ lệ hoàn thành nhiệm vụ' : MEASURE_LABELS[m.key],
          });
    }
  }
  return out;
}

/** "…: đến Quý II/2024 đạt tỷ lệ 65% (…); chỉ tiêu năm 2024: ≥ 75%": the figure after "đạt", before the target. */
function indicatorMismatches(
  block: DraftBlock,
  sentence: string,
  indicator: IndicatorFigure,
): FigureMismatch[] {
  const stated = sentence.split(/;\s*chỉ tiêu/i)[0] ?? sentence;
  const out: FigureMismatch[] = [];
  for (const figure of figuresIn(stated)) {
    if (figure.kind === 'ratio') continue;
    const before = foldVietnamese(stated.slice(0, figure.index));
    if (!/\bdat\s*(ty le|muc)?\s*(khoang)?\s*$/.test(before)) continue;
    if (indicator.unit === 'percent' && figure.kind !== 'percent') continue;
    if (states(figure.value, figure.decimals, indicator.value)) continue;
    out.push({
      blockId: block.id,
      location: block.location,
      sentence,
      stated: figure.text.trim(),
      actual: formatValue(indicator.value, indicator.unit ?? 'count'),
      key: `indicator:${indicator.id}`,
      measure: indicator.label,
    });
  }
  return out;
}
