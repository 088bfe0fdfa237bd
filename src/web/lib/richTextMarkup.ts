/**
 * The report editor's plain-text form of a rich-text document (domain/rich-text): one line per
 * paragraph, "# " … "### " for headings, "- " for bullet items, "1. " for numbered items, **bold**
 * and *italic*. The editor stores and sends only the parsed document, never this text or HTML.
 */
import type { Block, HeadingLevel, RichDoc, TextRun } from '../../domain/rich-text/document';

const HEADING = /^(#{1,3})(?: +(.*))?$/;
const BULLET = /^[-+•](?: +(.*))?$/;
const ORDERED = /^\d{1,3}[.)] +(.*)$/;
/** A paragraph that would read as a heading or list item is written with a leading backslash. */
const ESCAPED_LINE = /^\\(?=#{1,3} |[-+•] |\d{1,3}[.)] )/;

type Format = Pick<TextRun, 'bold' | 'italic'>;

function run(text: string, format: Format): TextRun {
  return {
    text,
    ...(format.bold ? { bold: true as const } : {}),
    ...(format.italic ? { italic: true as const } : {}),
  };
}

/** Adjacent runs with the same formatting become one; empty runs go. */
function normalise(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out.at(-1);
    if (last && !last.bold === !r.bold && !last.italic === !r.italic) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

function unescapedIndex(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

/** `**bold**`, `*italic*`, `\*` for a literal star; a marker with no partner stays as text. */
export function parseInline(line: string): TextRun[] {
  const runs: TextRun[] = [];
  const format: Format = {};
  let buffer = '';
  const flush = () => {
    runs.push(run(buffer, format));
    buffer = '';
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    const next = line[i + 1];
    if (ch === '\\' && (next === '*' || next === '\\')) {
      buffer += next;
      i++;
      continue;
    }
    if (ch !== '*') {
      buffer += ch;
      continue;
    }
    if (next === '*') {
      if (format.bold || unescapedIndex(line, '**', i + 2) >= 0) {
        flush();
        format.bold = format.bold ? undefined : true;
      } else buffer += '**';
      i++;
      continue;
    }
    if (format.italic || unescapedIndex(line, '*', i + 1) >= 0) {
      flush();
      format.italic = format.italic ? undefined : true;
    } else buffer += '*';
  }
  flush();
  return normalise(runs);
}

const escapeText = (text: string) => text.replace(/[\\*]/g, (c) => `\\${c}`);

export function serializeInline(runs: readonly TextRun[]): string {
  return normalise(runs)
    .map((r) => {
      const marker = `${r.bold ? '**' : ''}${r.italic ? '*' : ''}`;
      // markers are runs of stars, so the closing one reads the same as the opening one
      return `${marker}${escapeText(r.text)}${marker}`;
    })
    .join('');
}

export function markupToDoc(markup: string): RichDoc {
  const blocks: Block[] = [];
  const addItem = (type: 'bulletList' | 'orderedList', item: TextRun[]) => {
    if (item.length === 0) return;
    const last = blocks.at(-1);
    if (last && last.type === type) last.items.push(item);
    else blocks.push({ type, items: [item] });
  };
  for (const raw of markup.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (ESCAPED_LINE.test(line)) {
      const children = parseInline(line.slice(1));
      if (children.length > 0) blocks.push({ type: 'paragraph', children });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const children = parseInline((heading[2] ?? '').trim());
      const level = (heading[1] ?? '#').length as HeadingLevel;
      if (children.length > 0) blocks.push({ type: 'heading', level, children });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      addItem('bulletList', parseInline((bullet[1] ?? '').trim()));
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (ordered) {
      addItem('orderedList', parseInline((ordered[1] ?? '').trim()));
      continue;
    }
    const children = parseInline(line);
    if (children.length > 0) blocks.push({ type: 'paragraph', children });
  }
  return { blocks };
}

function paragraphLine(runs: readonly TextRun[]): string {
  const text = serializeInline(runs);
  return /^(#{1,3} |[-+•] |\d{1,3}[.)] )/.test(text) ? `\\${text}` : text;
}

export function docToMarkup(doc: RichDoc): string {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'paragraph':
        lines.push(paragraphLine(block.children));
        break;
      case 'heading':
        lines.push(`${'#'.repeat(block.level)} ${serializeInline(block.children)}`);
        break;
      case 'bulletList':
        for (const item of block.items) lines.push(`- ${serializeInline(item)}`);
        break;
      case 'orderedList':
        block.items.forEach((item, i) => lines.push(`${i + 1}. ${serializeInline(item)}`));
        break;
    }
  }
  return lines.join('\n');
}

export interface TextEdit {
  text: string;
  start: number;
  end: number;
}

/** Wraps the selection in a marker (`**` or `*`); with nothing selected, puts the caret between a pair. */
export function wrapSelection(text: string, start: number, end: number, marker: string): TextEdit {
  const selected = text.slice(start, end);
  const wrapped = `${marker}${selected}${marker}`;
  return {
    text: `${text.slice(0, start)}${wrapped}${text.slice(end)}`,
    start: start + marker.length,
    end: start + marker.length + selected.length,
  };
}

export type LineKind = 'paragraph' | 'heading' | 'bullet' | 'ordered';

const LINE_PREFIX = /^(#{1,3} +|[-+•] +|\d{1,3}[.)] +|\\(?=#{1,3} |[-+•] |\d{1,3}[.)] ))/;

/** Turns every line the selection touches into the given kind (numbered lines count from 1). */
export function setLineKind(text: string, start: number, end: number, kind: LineKind): TextEdit {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const stop = text.indexOf('\n', Math.max(end, start));
  const to = stop < 0 ? text.length : stop;
  let n = 0;
  const lines = text
    .slice(from, to)
    .split('\n')
    .map((line) => {
      const bare = line.replace(LINE_PREFIX, '');
      if (bare.trim() === '') return bare;
      switch (kind) {
        case 'heading':
          return `## ${bare}`;
        case 'bullet':
          return `- ${bare}`;
        case 'ordered':
          n += 1;
          return `${n}. ${bare}`;
        case 'paragraph':
          return /^(#{1,3} |[-+•] |\d{1,3}[.)] )/.test(bare) ? `\\${bare}` : bare;
      }
    })
    .join('\n');
  return { text: `${text.slice(0, from)}${lines}${text.slice(to)}`, start: from, end: from + lines.length };
}
