// Text from PDFs and typed cells arrives with every kind of Vietnamese spelling drift (Hằng/Hàng,
// "Hòa"/"Hoà", stray case, en dashes for hyphens). Matching on a folded form absorbs all of it; keeping
// the folded form index-aligned with its input lets a match found there be cut out of the original.

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

// Memoised per character: normalising whole strings dominated plan parse time.
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  const known = foldedChars.get(ch);
  if (known !== undefined) return known;
  const lower = ch.toLowerCase();
  const base = DASHES[ch] ?? (lower === 'đ' ? 'd' : lower.normalize('NFD').replace(COMBINING_MARKS, ''));
  // One output character per input character, so indices line up with the input.
  const folded = base.length === ch.length ? base : ch;
  foldedChars.set(ch, folded);
  return folded;
}

/** Lower-case, diacritics removed, đ → d, dashes unified; `result.length === input.length` for NFC input. */
export function foldChars(s: string): string {
  let out = '';
  for (const ch of s) out += /[a-z0-9 ]/.test(ch) ? ch : foldChar(ch);
  return out;
}

/** Tone marks and other diacritics removed, đ → d and Đ → D, case kept: "Báo cáo Đợt 1" → "Bao cao Dot 1". */
export function removeDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The comparable form of a name or phrase: NFC, folded, whitespace collapsed and trimmed. */
export function foldVietnamese(s: string): string {
  return foldChars(s.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
