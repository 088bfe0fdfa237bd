import { frequencyOf, parseDeadline } from './regime-deadline.js';
import { parseRegimeSentence } from './regime-forms.js';
import type { Paragraph } from './sections.js';
import { collapseSpaces, foldVietnamese } from './text.js';
import type { ParsedReportRegime, PlanSection } from './types.js';

/**
 * Reporting obligations (chế độ báo cáo) listed under "Tổ chức thực hiện", one bullet per report:
 * "- Báo cáo quý: Trước ngày 15 của tháng cuối quý." The recipient is either in the bullet
 * ("(gửi về Văn phòng Sở)") or in the sentence that introduces the list ("… về Phòng Kế hoạch – Tài chính
 * theo thời gian quy định như sau:").
 */

const REGIME_LINE = /^[-–•+]?\s*(Báo cáo[^:]{0,150}?)\s*:\s*(.+)$/u;
const DEADLINE_WORDS = /\b(?:truoc|cham nhat|han|vao ngay)\b/;
const UNIT_START = '(?:Phòng|Văn phòng|Ban|Sở|Trung tâm|UBND|Ủy ban|Bộ|Thanh tra)';
const INLINE_RECIPIENT = /\(\s*gửi\s+(?:về\s+|đến\s+|cho\s+)?([^)]+?)\s*\)/u;
const INTRO_RECIPIENT = new RegExp(
  `\\b(?:về|đến|cho)\\s+(${UNIT_START}[^,;:()]*?)(?=\\s+(?:theo|trước|đúng|chậm|để|qua|trong)(?=\\s|$)|[,;:.(]|$)`,
  'u',
);

function regimeParagraphs(
  sections: readonly PlanSection[],
  paragraphs: readonly Paragraph[],
): readonly Paragraph[] {
  // Prefer the "Tổ chức thực hiện" part of the plan; fall back to the whole body.
  const start = sections.findIndex(
    (s) => s.level === 1 && foldVietnamese(s.heading).includes('to chuc thuc hien'),
  );
  if (start < 0) return paragraphs;
  const end = sections.findIndex((s, k) => k > start && s.level === 1);
  return paragraphs.filter((p) => p.section >= start && (end < 0 || p.section < end));
}

export function parseRegimes(
  sections: readonly PlanSection[],
  paragraphs: readonly Paragraph[],
): ParsedReportRegime[] {
  const regimes: ParsedReportRegime[] = [];
  let defaultRecipient: string | null = null;
  for (const paragraph of regimeParagraphs(sections, paragraphs)) {
    const match = REGIME_LINE.exec(paragraph.text);
    const name = match?.[1];
    const rest = match?.[2];
    const frequency = name === undefined ? null : frequencyOf(name);
    const sentence = parseRegimeSentence(paragraph.text);
    if (sentence.length > 0) {
      regimes.push(...sentence);
      continue;
    }
    if (
      name === undefined ||
      rest === undefined ||
      frequency === null ||
      !DEADLINE_WORDS.test(foldVietnamese(rest))
    ) {
      const intro = INTRO_RECIPIENT.exec(paragraph.text);
      if (/báo cáo/iu.test(paragraph.text) && intro?.[1] !== undefined)
        defaultRecipient = collapseSpaces(intro[1]);
      continue;
    }
    const inline = INLINE_RECIPIENT.exec(rest);
    const raw = collapseSpaces(collapseSpaces(rest.replace(INLINE_RECIPIENT, ' ')).replace(/[.;,]+$/, ''));
    regimes.push({
      name: collapseSpaces(name),
      frequency,
      deadline: parseDeadline(raw, frequency),
      recipient: inline?.[1] !== undefined ? collapseSpaces(inline[1]) : defaultRecipient,
      sourceText: paragraph.text,
    });
  }
  return regimes;
}
