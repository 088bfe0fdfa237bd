/**
 * The rich text that report sections are written in: a small tree of blocks and text runs, never
 * HTML. A browser editor produces it, the server stores it after `sanitize`, and every renderer
 * (web, Word export) walks it as data, so nothing a user types can become markup.
 */

export interface TextRun {
  text: string;
  bold?: true;
  italic?: true;
}

export type HeadingLevel = 1 | 2 | 3;

export type Block =
  | { type: 'paragraph'; children: TextRun[] }
  | { type: 'heading'; level: HeadingLevel; children: TextRun[] }
  /** Each item is one line of runs; nested lists are not part of an administrative report's style. */
  | { type: 'bulletList'; items: TextRun[][] }
  | { type: 'orderedList'; items: TextRun[][] };

export type BlockType = Block['type'];

export interface RichDoc {
  blocks: Block[];
}

export const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'heading', 'bulletList', 'orderedList'];

/**
 * Size caps. A 6-month report section runs to a few pages; these leave ample room while keeping a
 * single save well under the request body limit.
 */
export const RICH_TEXT_LIMITS = {
  blocks: 500,
  runsPerLine: 200,
  itemsPerList: 300,
  charsPerRun: 20_000,
  /** Characters of text in one document, after sanitising. */
  chars: 60_000,
} as const;

export const EMPTY_DOC: RichDoc = { blocks: [] };

/** A document of plain paragraphs, one per blank-line-separated chunk of `text`. */
export function textToDoc(text: string): RichDoc {
  const blocks: Block[] = text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => ({ type: 'paragraph', children: [{ text: chunk }] }));
  return { blocks };
}

const lineText = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

/** The document as plain text: one line per paragraph, heading and list item; lists marked "- " and "1. ". */
export function plainText(doc: RichDoc): string {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        lines.push(lineText(block.children));
        break;
      case 'bulletList':
        for (const item of block.items) lines.push(`- ${lineText(item)}`);
        break;
      case 'orderedList':
        block.items.forEach((item, i) => lines.push(`${i + 1}. ${lineText(item)}`));
        break;
    }
  }
  return lines.join('\n');
}

/** Characters of text the document holds, the measure the size cap applies to. */
export function textLength(doc: RichDoc): number {
  let total = 0;
  for (const block of doc.blocks) {
    const lines = block.type === 'paragraph' || block.type === 'heading' ? [block.children] : block.items;
    for (const line of lines) total += lineText(line).length;
  }
  return total;
}

export function isEmptyDoc(doc: RichDoc): boolean {
  return plainText(doc).trim() === '';
}
