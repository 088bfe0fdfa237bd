import { parseHeader } from '../plan-import/header.js';
import { toSourceLines, type SourceLine } from '../plan-import/lines.js';
import { yearFromClues } from '../plan-import/plan-year.js';
import type { PlanItem, PlanParseResult } from '../plan-import/types.js';
import { PARSE_WARNINGS } from '../plan-import/warnings.js';
import { readAssignment, readDeadlinePhrase } from './assignment.js';

/**
 * Reads a directive document — a conclusion notice (thông báo kết luận), a directive letter, an
 * annotated incoming document — into the plan reader's result, so that the plan import's unit
 * resolver, timeframe reader, preview and commit take it unchanged. The header (number, date,
 * issuer, type, trích yếu) comes from the plan reader's header; each numbered item of the body
 * ("1. Giao Sở Tài chính chủ trì, phối hợp … hoàn thành trước ngày 30/6/2026") is a task with its
 * ordinal, units and deadline phrase. A numbered heading without an assignment whose lettered or
 * dashed sub-items assign work ("2. Về chuyển đổi số: a) Giao …") gives one task per sub-item.
 */

export const DIRECTIVE_WARNINGS = {
  noItems: 'Không tìm thấy mục nào được đánh số (1., 2., …) giao nhiệm vụ trong văn bản.',
  noDeadline: 'Văn bản không ghi thời hạn; nhiệm vụ được theo dõi như việc thường xuyên (không thời hạn)',
  severalLeads:
    'Văn bản giao cho nhiều đơn vị mà không ghi đơn vị chủ trì; đơn vị đầu tiên được coi là chủ trì',
} as const;

/** The timeframe of work given without a date: the timeframe reader's continuous work. */
export const NO_DEADLINE = 'Thường xuyên';

const NUMBERED = /^(\d{1,3})\s*[.)]\s+(.*)$/u;
const SUB = /^(?:([a-zđ])\s*\)|(\d{1,3}\.\d{1,3})\.?|[-–+•])\s+(.*)$/u;
const ROMAN = /^([IVXL]+)\s*[.)]\s+(.*)$/u;
// The closing lines: the distribution list, the signature block, "… để các đơn vị biết, thực hiện./.".
const END = /^(?:noi nhan\b|kt\.|tl\.|tm\.|q\. |giam doc$|chu tich$|chanh van phong$)/;
const OPENER =
  /^(?:ngay \d|sang ngay|chieu ngay|vao ngay|hom nay|thuc hien|sau khi|tren co so|tai cuoc hop|theo de nghi|xet de nghi|ve viec nay|y kien chi dao)/;
const CLOSING = /(?:thong bao|de) .*(?:biet|thuc hien)\s*\.?\/\.?$|\.\/\.$/;

interface Segment {
  ordinal: string;
  heading: string;
  text: string;
  subs: { label: string; text: string }[];
  domain: { index: string; name: string } | null;
  lines: [number, number];
}

function segments(lines: readonly SourceLine[], from: number): Segment[] {
  const out: Segment[] = [];
  let domain: Segment['domain'] = null;
  let current: Segment | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.kind !== 'text') continue;
    if (END.test(line.folded)) break;
    const numbered = NUMBERED.exec(line.text);
    const roman = ROMAN.exec(line.text);
    if (roman?.[1] !== undefined && roman[2] !== undefined) {
      domain = { index: roman[1], name: roman[2].replace(/[:.]$/, '').trim() };
      current = null;
      continue;
    }
    if (numbered?.[1] !== undefined && numbered[2] !== undefined) {
      current = {
        ordinal: numbered[1],
        heading: numbered[2],
        text: numbered[2],
        subs: [],
        domain,
        lines: [line.no, line.no],
      };
      out.push(current);
      continue;
    }
    if (current === null) continue;
    if (CLOSING.test(line.folded) && !/giao\b/.test(line.folded)) {
      current = null;
      continue;
    }
    const sub = SUB.exec(line.text);
    if (sub?.[3] !== undefined)
      current.subs.push({ label: sub[1] ?? sub[2] ?? String(current.subs.length + 1), text: sub[3] });
    else {
      const last = current.subs[current.subs.length - 1];
      if (last !== undefined) last.text = `${last.text} ${line.text}`;
      else current.heading = `${current.heading} ${line.text}`;
    }
    current.text = `${current.text} ${line.text}`;
    current.lines[1] = line.no;
  }
  return out;
}

function item(segment: Segment, content: string, sub: { position: number; label: string } | null): PlanItem {
  const assignment = readAssignment(content);
  const warnings: string[] = [];
  if (assignment.lead.length === 0) warnings.push(PARSE_WARNINGS.noLead);
  if (assignment.severalLeads) warnings.push(DIRECTIVE_WARNINGS.severalLeads);
  const deadline = readDeadlinePhrase(content);
  if (deadline === '') warnings.push(DIRECTIVE_WARNINGS.noDeadline);
  return {
    kind: 'task',
    part: null,
    domain: segment.domain?.name ?? (sub === null ? null : segment.heading.replace(/[:.]$/, '').trim()),
    domainIndex: segment.domain?.index ?? null,
    ordinal: segment.ordinal,
    subOrdinal: sub?.position ?? null,
    subLabel: sub?.label ?? null,
    content: content.replace(/\s+/g, ' ').trim(),
    lead: assignment.lead,
    coordinators: assignment.coordinators,
    // Work given without a date ("theo dõi, đôn đốc") is tracked as không thời hạn: continuous work.
    timeframeRaw: deadline === '' ? NO_DEADLINE : deadline,
    output: null,
    lines: segment.lines,
    warnings,
  };
}

function itemsOf(segment: Segment): PlanItem[] {
  const own = readAssignment(segment.heading);
  const assigningSubs = segment.subs.filter((s) => readAssignment(s.text).lead.length > 0);
  if (own.lead.length === 0 && assigningSubs.length > 0) {
    return segment.subs.map((s, k) => item(segment, s.text, { position: k + 1, label: s.label }));
  }
  return [item(segment, segment.text, null)];
}

export function parseDirectiveText(text: string): PlanParseResult {
  const lines = toSourceLines(text);
  const firstItem = lines.findIndex((l) => l.kind === 'text' && NUMBERED.test(l.text));
  const bodyStart = firstItem < 0 ? lines.length : firstItem;
  // The trích yếu ends where the body's opening paragraph starts ("Ngày 12/3/2026, Giám đốc Sở …").
  const opener = lines.findIndex(
    (l, k) => k > 2 && k < bodyStart && l.kind === 'text' && OPENER.test(l.folded),
  );
  const header = parseHeader(lines, opener < 0 ? bodyStart : opener);
  const document = { ...header.document };
  const found = yearFromClues({
    title: document.title,
    date: document.date,
    headings: [],
    attachmentDate: null,
  });
  document.year = found?.year ?? null;
  if (found !== null) document.yearSource = found.source;
  // A roman heading just above the first item ("I. VỀ HẠ TẦNG SỐ") groups the items under it.
  const heading = lines.findIndex((l, k) => k < bodyStart && l.kind === 'text' && ROMAN.test(l.text));
  const items = segments(lines, heading < 0 ? bodyStart : heading).flatMap(itemsOf);
  const warnings: string[] = [];
  if (items.length === 0) warnings.push(DIRECTIVE_WARNINGS.noItems);
  if (document.number === null) warnings.push(PARSE_WARNINGS.noNumber);
  if (document.date === null) warnings.push(PARSE_WARNINGS.noDate);
  if (document.title === null) warnings.push(PARSE_WARNINGS.noTitle);
  return { document, legalBases: header.legalBases, sections: [], regimes: [], items, warnings };
}
