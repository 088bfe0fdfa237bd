/** Report text as data (blocks and runs), never HTML; see document.ts. */
export {
  BLOCK_TYPES,
  type Block,
  type BlockType,
  EMPTY_DOC,
  type HeadingLevel,
  RICH_TEXT_LIMITS,
  type RichDoc,
  type TextRun,
  isEmptyDoc,
  plainText,
  textLength,
  textToDoc,
} from './document.js';
export { type SanitizeResult, type StrippedKind, sanitize, stripControlCharacters } from './sanitize.js';
