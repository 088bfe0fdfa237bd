import { bareNumber, type SourceLine } from './lines.js';
import { collapseSpaces, isAllCaps, joinWrapped, romanToInt, startsLower, startsUpper } from './text.js';
import type { PlanSection } from './types.js';

/**
 * The body between the legal bases and the signature: "I. MỤC TIÊU", "1. Lĩnh vực …", "a) Công tác …".
 * Wrapped lines are rebuilt into paragraphs. A numbered line only counts as a heading when what follows
 * shows it: a bullet list, a lettered item, or a fresh sentence after a short line. Otherwise it is a
 * numbered paragraph ("1. Xây dựng Kế hoạch công tác … của phòng, trung" / "tâm do Trưởng phòng …").
 */

export interface Paragraph {
  /** Index into the returned sections, or -1 before the first heading. */
  section: number;
  text: string;
}

const BULLET = /^(?:[-–•+]\s|[a-zđ]\)\s|\d{1,2}[.)]\s)/u;

function textLines(lines: readonly SourceLine[], from: number, to: number): SourceLine[] {
  // Page numbers printed between paragraphs are not part of the text.
  return lines.slice(from, to).filter((l) => l.kind === 'text' && bareNumber(l) === null);
}

function headingAt(
  body: readonly SourceLine[],
  k: number,
): { heading: string; level: 1 | 2 | 3; lines: number } | null {
  const line = body[k];
  if (line === undefined) return null;
  const text = collapseSpaces(line.text);
  const next = body[k + 1]?.text ?? '';
  const roman = /^([IVXL]+)\.\s*(\S.*)$/.exec(text);
  if (roman !== null && romanToInt(roman[1] ?? '') !== null && isAllCaps(roman[2] ?? '')) {
    return { heading: text, level: 1, lines: 1 };
  }
  if (/^\d{1,2}\.\s+\S/.test(text)) {
    if (BULLET.test(next) || (text.length <= 60 && startsUpper(next) && !/[,;:]$/.test(text))) {
      return { heading: text, level: 2, lines: 1 };
    }
    // A heading wrapped once: "9. Công tác thanh tra, …, tố cáo và phòng," / "chống tham nhũng".
    const after = body[k + 2]?.text ?? '';
    if (startsLower(next) && next.length <= 60 && /^[-–•+]\s/.test(after)) {
      return { heading: joinWrapped([text, next]), level: 2, lines: 2 };
    }
    return null;
  }
  if (/^[a-zđ]\)\s+\S/u.test(text) && text.length <= 100 && startsUpper(next) && !/[,;:]$/.test(text)) {
    return { heading: text, level: 3, lines: 1 };
  }
  return null;
}

function numberOf(text: string): number | null {
  const match = /^(\d{1,2})\.\s/.exec(text);
  return match === null ? null : Number(match[1]);
}

export function parseSections(
  lines: readonly SourceLine[],
  from: number,
  to: number,
): { sections: PlanSection[]; paragraphs: Paragraph[] } {
  const body = textLines(lines, from, to);
  const sections: PlanSection[] = [];
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  // Section receiving paragraphs; it steps back to the enclosing section after a numbered paragraph
  // that is a sibling of the numbered headings ("1. …" paragraph, "2. Công tác báo cáo", "3. …" paragraph).
  let target = -1;
  let enclosing = -1;
  let lastNumber = 0;

  const flush = (): void => {
    if (current.length > 0) paragraphs.push({ section: target, text: joinWrapped(current) });
    current = [];
  };

  for (let k = 0; k < body.length; k++) {
    const line = body[k];
    if (line === undefined) continue;
    const heading = headingAt(body, k);
    if (heading !== null) {
      flush();
      sections.push({ heading: heading.heading, level: heading.level, text: '' });
      target = sections.length - 1;
      if (heading.level === 1) {
        enclosing = target;
        lastNumber = 0;
      } else if (heading.level === 2) lastNumber = numberOf(heading.heading) ?? lastNumber;
      k += heading.lines - 1;
      continue;
    }
    const previous = current.join(' ').trimEnd();
    const newParagraph =
      current.length === 0 ||
      BULLET.test(line.text) ||
      (/[.:;!?”"…]$/.test(previous) && /^[\p{Lu}\d“"(]/u.test(line.text));
    if (newParagraph) {
      flush();
      const number = numberOf(line.text);
      if (number !== null && number === lastNumber + 1) {
        lastNumber = number;
        target = enclosing;
      }
    }
    current.push(line.text);
  }
  flush();

  const texts = new Map<number, string[]>();
  for (const p of paragraphs) {
    if (p.section < 0) continue;
    texts.set(p.section, [...(texts.get(p.section) ?? []), p.text]);
  }
  sections.forEach((section, index) => {
    section.text = (texts.get(index) ?? []).join('\n');
  });
  return { sections, paragraphs };
}
