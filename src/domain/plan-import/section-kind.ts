import { foldVietnamese } from './text.js';
import type { PlanItemKind } from './types.js';

/**
 * What a heading inside the appendix makes its rows, whatever its numbering: "I. CHỈ TIÊU PHÁT TRIỂN
 * NGÀNH" holds indicators, "II. NHIỆM VỤ TRỌNG TÂM" tasks; a domain name ("LĨNH VỰC BƯU CHÍNH") says
 * neither and keeps the kind of the part it is in.
 */
export function sectionKind(title: string): PlanItemKind | null {
  const folded = foldVietnamese(title);
  if (/\bchi tieu\b/.test(folded)) return 'indicator';
  if (/\b(?:nhiem vu|giai phap|cong viec|hoat dong)\b/.test(folded)) return 'task';
  return null;
}
