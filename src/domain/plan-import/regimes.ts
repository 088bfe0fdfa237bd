import type { Paragraph } from './sections.js';
import { collapseSpaces, foldVietnamese } from './text.js';
import type { ParsedReportRegime, PlanSection, RegimeDeadline, RegimeFrequency } from './types.js';

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

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

function frequencyOf(name: string): RegimeFrequency | null {
  const folded = foldVietnamese(name);
  if (/\btuan\b/.test(folded)) return 'weekly';
  if (/\b9 thang\b/.test(folded)) return 'nineMonths';
  if (/\b(?:6 thang|sau thang)\b/.test(folded)) return 'semiannual';
  if (/\bquy\b/.test(folded)) return 'quarterly';
  if (/\bthang\b/.test(folded)) return 'monthly';
  if (/\bnam\b/.test(folded)) return 'annual';
  return null;
}

export function parseDeadline(raw: string, frequency: RegimeFrequency): RegimeDeadline {
  const folded = foldVietnamese(raw);
  const deadline: RegimeDeadline = { raw };
  const clock = /\b(\d{1,2})\s*(?:gio|h)\s*(\d{2})?\b/.exec(folded);
  if (clock !== null) deadline.time = `${(clock[1] ?? '').padStart(2, '0')}:${clock[2] ?? '00'}`;
  const weekday = /\bthu\s+(hai|ba|tu|nam|sau|bay|[2-7])\b/.exec(folded);
  if (weekday?.[1] !== undefined) deadline.weekday = WEEKDAYS[weekday[1]] ?? Number(weekday[1]) - 1;
  else if (/\bchu nhat\b/.test(folded)) deadline.weekday = 7;

  const dayOfMonth = /\bngay\s+(\d{1,2})\s+(?:cua|hang)\s+thang\b(?!\s+\d)/.exec(folded);
  const dayAndMonth =
    /\bngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+(\d{1,2})\b/.exec(folded) ??
    /\bngay\s+(\d{1,2})\/(\d{1,2})\b/.exec(folded);
  if (/\bthang cuoi (?:cua )?quy\b/.test(folded)) {
    const day = /\bngay\s+(\d{1,2})\b/.exec(folded);
    if (day !== null) deadline.dayOfMonth = Number(day[1]);
    deadline.monthOfQuarter = 'last';
  } else if (dayAndMonth !== null && frequency !== 'monthly' && frequency !== 'weekly') {
    deadline.day = Number(dayAndMonth[1]);
    deadline.month = Number(dayAndMonth[2]);
  } else if (dayOfMonth !== null) deadline.dayOfMonth = Number(dayOfMonth[1]);
  return deadline;
}

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
