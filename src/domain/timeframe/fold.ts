// Text from PDFs and typed cells arrives with every kind of Vietnamese spelling drift (Hằng/Hàng,
// misplaced tone marks, stray case). Matching on a folded form absorbs all of it, and keeping the
// folded form index-aligned with the cleaned text lets callers cut the original wording back out.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DASHES: Record<string, string> = { '–': '-', '—': '-', '−': '-', '‐': '-', '‑': '-' };

/**
 * NFC, no invisible characters, one space between words. Any combining mark left after NFC could
 * not compose with its letter, so it carries no meaning we can read and is dropped.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLES, '')
    .replace(COMBINING_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function foldChar(ch: string): string {
  const dash = DASHES[ch];
  if (dash !== undefined) return dash;
  const lower = ch.toLowerCase();
  if (lower === 'đ') return 'd';
  const base = lower.normalize('NFD').replace(COMBINING_MARKS, '');
  // Keep the result the same length as the input so indices stay aligned with the cleaned text.
  return base.length === ch.length ? base : ch;
}

/** Lower-case, diacritics removed, đ → d, dashes unified; `result.length === clean.length`. */
export function foldText(clean: string): string {
  let out = '';
  for (const ch of clean) out += foldChar(ch);
  return out;
}
