/**
 * Turns whatever a client sent into a document that is safe to store and render. Shapes that are
 * not a document (unknown block types, wrong field types, oversize) are rejected with Vietnamese
 * problems; harmless noise inside an otherwise valid document is stripped and named.
 */
import {
  BLOCK_TYPES,
  type Block,
  type BlockType,
  RICH_TEXT_LIMITS,
  type RichDoc,
  type TextRun,
  textLength,
} from './document.js';

export type StrippedKind =
  /** Markup pasted in as text: tags, comments, and the contents of script-like elements. */
  | 'html'
  /** Control, zero-width and bidirectional-override characters. */
  | 'controlCharacters'
  /** Fields the model does not have (`style`, `html`, `onclick` …). */
  | 'unknownFields'
  /** Runs, items and blocks with no text left. */
  | 'emptyContent';

export type SanitizeResult =
  { ok: true; doc: RichDoc; stripped: StrippedKind[] } | { ok: false; problems: string[] };

// Elements whose content is code, not text: dropped with their content, not just their tags.
const CODE_ELEMENTS =
  /<(script|style|iframe|object|embed|template|noscript|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// A tag needs a letter right after "<", so "tỷ lệ <5%" and "a < b" stay as written.
const TAGS = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
// Tabs and line breaks are text; every other C0/C1 control is not.
const TEXT_CONTROLS: ReadonlySet<string> = new Set(['\t', '\n']);
// Zero-width and direction-override marks can hide or reorder what a reviewer reads.
const INVISIBLES = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The text without C0/C1 control characters (other than `keep`) and without invisible marks. */
export function stripControlCharacters(text: string, keep: ReadonlySet<string> = TEXT_CONTROLS): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 || (code >= 0x7f && code <= 0x9f)) && !keep.has(ch)) continue;
    out += ch;
  }
  return out.replace(INVISIBLES, '');
}

const RUN_KEYS = new Set(['text', 'bold', 'italic']);
const BLOCK_KEYS: Record<BlockType, ReadonlySet<string>> = {
  paragraph: new Set(['type', 'children']),
  heading: new Set(['type', 'level', 'children']),
  bulletList: new Set(['type', 'items']),
  orderedList: new Set(['type', 'items']),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Cleaner {
  readonly problems: string[] = [];
  readonly stripped = new Set<StrippedKind>();

  text(raw: string): string {
    let text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
    const withoutHtml = text.replace(CODE_ELEMENTS, '').replace(TAGS, '');
    if (withoutHtml !== text) this.stripped.add('html');
    text = withoutHtml;
    const withoutControls = stripControlCharacters(text);
    if (withoutControls !== text) this.stripped.add('controlCharacters');
    return withoutControls;
  }

  keys(value: Record<string, unknown>, allowed: ReadonlySet<string>): void {
    if (Object.keys(value).some((key) => !allowed.has(key))) this.stripped.add('unknownFields');
  }

  /** A line of runs: cleaned, empty runs dropped, neighbours with the same marks merged. */
  line(value: unknown, where: string): TextRun[] {
    if (!Array.isArray(value)) {
      this.problems.push(`${where}: nội dung phải là danh sách đoạn chữ.`);
      return [];
    }
    if (value.length > RICH_TEXT_LIMITS.runsPerLine)
      this.problems.push(`${where}: quá ${RICH_TEXT_LIMITS.runsPerLine} đoạn chữ.`);
    const runs: TextRun[] = [];
    for (const raw of value.slice(0, RICH_TEXT_LIMITS.runsPerLine)) {
      if (!isRecord(raw) || typeof raw.text !== 'string') {
        this.problems.push(`${where}: mỗi đoạn chữ phải có trường "text" kiểu chuỗi.`);
        continue;
      }
      if (raw.text.length > RICH_TEXT_LIMITS.charsPerRun)
        this.problems.push(`${where}: một đoạn chữ dài quá ${RICH_TEXT_LIMITS.charsPerRun} ký tự.`);
      this.keys(raw, RUN_KEYS);
      const text = this.text(raw.text);
      if (text === '') {
        this.stripped.add('emptyContent');
        continue;
      }
      const run: TextRun = { text };
      if (raw.bold === true) run.bold = true;
      if (raw.italic === true) run.italic = true;
      const last = runs.at(-1);
      if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
      else runs.push(run);
    }
    return runs;
  }

  block(raw: unknown, index: number): Block | null {
    const where = `Khối ${index + 1}`;
    if (!isRecord(raw) || !BLOCK_TYPES.includes(raw.type as BlockType)) {
      const type = isRecord(raw) ? String(raw.type) : typeof raw;
      this.problems.push(
        `${where}: loại "${type}" không được hỗ trợ (chỉ nhận đoạn văn, tiêu đề, danh sách).`,
      );
      return null;
    }
    const type = raw.type as BlockType;
    this.keys(raw, BLOCK_KEYS[type]);
    switch (type) {
      case 'paragraph':
      case 'heading': {
        const children = this.line(raw.children, where);
        if (children.length === 0) {
          this.stripped.add('emptyContent');
          return null;
        }
        if (type === 'paragraph') return { type, children };
        const level = raw.level;
        if (level !== 1 && level !== 2 && level !== 3) {
          this.problems.push(`${where}: cấp tiêu đề phải là 1, 2 hoặc 3.`);
          return null;
        }
        return { type, level, children };
      }
      case 'bulletList':
      case 'orderedList': {
        if (!Array.isArray(raw.items)) {
          this.problems.push(`${where}: danh sách phải có trường "items".`);
          return null;
        }
        if (raw.items.length > RICH_TEXT_LIMITS.itemsPerList)
          this.problems.push(`${where}: danh sách quá ${RICH_TEXT_LIMITS.itemsPerList} mục.`);
        const items = raw.items
          .slice(0, RICH_TEXT_LIMITS.itemsPerList)
          .map((item, i) => this.line(item, `${where}, mục ${i + 1}`));
        const kept = items.filter((item) => item.length > 0);
        if (kept.length !== items.length) this.stripped.add('emptyContent');
        return kept.length === 0 ? null : { type, items: kept };
      }
    }
  }
}

/** Validates and cleans a document received from outside. Never throws. */
export function sanitize(input: unknown): SanitizeResult {
  if (!isRecord(input) || !Array.isArray(input.blocks))
    return { ok: false, problems: ['Nội dung phải là văn bản có danh sách khối (blocks).'] };
  const cleaner = new Cleaner();
  cleaner.keys(input, new Set(['blocks']));
  if (input.blocks.length > RICH_TEXT_LIMITS.blocks)
    return { ok: false, problems: [`Văn bản có quá ${RICH_TEXT_LIMITS.blocks} khối.`] };
  const blocks = input.blocks
    .map((raw, i) => cleaner.block(raw, i))
    .filter((block): block is Block => block !== null);
  const doc: RichDoc = { blocks };
  if (textLength(doc) > RICH_TEXT_LIMITS.chars)
    cleaner.problems.push(`Văn bản dài quá ${RICH_TEXT_LIMITS.chars} ký tự.`);
  if (cleaner.problems.length > 0) return { ok: false, problems: cleaner.problems };
  return { ok: true, doc, stripped: [...cleaner.stripped] };
}
