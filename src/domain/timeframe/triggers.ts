import type { Reading } from './reading';
import type { ContinuousTimeframe, Trigger, TriggeredTimeframe } from './types';

// Readers for timeframes with no date of their own: ongoing work and work started by an event.

const ONGOING = String.raw`(?:thuong xuyen|lien tuc|hang ngay|moi ngay)`;
const CONTINUOUS = new RegExp(
  String.raw`^(?:thuc hien\s+)?${ONGOING}(?:\s*(?:,|;|-|va)?\s*${ONGOING})*(?:\s+(?:trong\s+)?(?:ca\s+)?nam(?:\s+\d{4})?)?$`,
);

/** Daily work ("Hằng ngày") is read as continuous: nobody reports or tracks a per-day due date. */
export function readContinuous({ raw, folded }: Reading): ContinuousTimeframe | null {
  return CONTINUOUS.test(folded) ? { kind: 'continuous', raw, dueDates: [] } : null;
}

const TRIGGERS: { pattern: RegExp; trigger: Trigger }[] = [
  { pattern: /^(?:theo|khi co|tuy theo|tuy)\s+(?:cac\s+)?su\s+kien\b/, trigger: 'event' },
  { pattern: /^theo\s+(?:cac\s+)?ke\s+hoach\b/, trigger: 'plan' },
  { pattern: /^(?:khi\s+co|khi|theo)\s+(?:yeu\s+cau|chi\s+dao)\b/, trigger: 'request' },
  { pattern: /^(?:khi\s+co|khi|theo)\s+nhu\s+cau\b/, trigger: 'need' },
  { pattern: /^(?:(?:khi|neu)\s+)?(?:co\s+)?phat\s+sinh\b|^dot\s+xuat\b/, trigger: 'arising' },
  { pattern: /^theo\s+lich\b/, trigger: 'schedule' },
  // Work started by a file from a citizen or business (licensing, appraisal): "Khi có hồ sơ (đề nghị)".
  { pattern: /^(?:khi\s+(?:co\s+|nhan\s+(?:duoc\s+)?)?|theo\s+)ho\s+so\b/, trigger: 'application' },
  // Work timed by guidance still to come from above: "Theo văn bản hướng dẫn", "Theo hướng dẫn của Bộ".
  {
    pattern:
      /^(?:theo|khi\s+co)\s+(?:(?:cac\s+)?van\s+ban\s+)?(?:huong\s+dan|quy\s+dinh)\b|^khi\s+co\s+van\s+ban\s+(?:huong\s+dan|chi\s+dao)\b/,
    trigger: 'guidance',
  },
  // After the guidance phrases: "Khi có văn bản hướng dẫn" is guidance, "Khi có văn bản mới" is not.
  { pattern: /^khi\s+(?:co\s+)?van\s+ban(?:\s+moi)?\b/, trigger: 'newDocument' },
  {
    pattern: /^khi\s+(?:duoc\s+)?(?:giao|phan\s+cong)\b|^theo\s+(?:su\s+)?phan\s+cong\b/,
    trigger: 'assignment',
  },
];

export function readTriggered({ raw, clean, folded }: Reading): TriggeredTimeframe | null {
  const lead = /^thuc\s+hien\s+/.exec(folded)?.[0].length ?? 0;
  const rest = folded.slice(lead);
  for (const { pattern, trigger } of TRIGGERS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const detail = clean
      .slice(lead + m[0].length)
      .replace(/^[\s,:;-]+/, '')
      .trim();
    return detail === ''
      ? { kind: 'triggered', raw, trigger, dueDates: [] }
      : { kind: 'triggered', raw, trigger, detail, dueDates: [] };
  }
  return null;
}
