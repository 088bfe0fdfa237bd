import { cleanText, foldVietnamese } from '../text/fold.js';

// Part A (chỉ tiêu) and part B (nhiệm vụ) of a plan name their domains each in their own way:
// "Lĩnh vực Chính phủ số và Chuyển đổi số" and "LĨNH VỰC CHÍNH PHỦ SỐ VÀ CHUYỂN ĐỔI SỐ QUỐC GIA".
// The catalogue says which headings are one domain and how its name is printed, so reports and
// charts count each domain once.

/** One domain of a plan: the name reports print, and the headings of the plan filed under it. */
export interface DomainEntry {
  name: string;
  headings: string[];
}

// Numbering before a heading: "2.3.", "1 ", "III.", "a)", "B -". A bare roman numeral is not
// taken as numbering: "xi măng" folds to a word that reads as one.
const NUMBERING = /^(?:\d+(?:\.\d+)*\.?\)?\s*|(?:[ivxlc]+|[a-d])\s*[.)-]\s*)/;
// Words that introduce a domain without naming it. Folded: "về", "lĩnh vực", "ngành", "nhóm".
const LEAD_WORDS = /^(?:ve|linh vuc|nganh|nhom)(?:\s+|$)/;
// Words that close it without changing it: "quốc gia" (Chuyển đổi số quốc gia), "(nếu có)".
const TRAILING_WORDS = /(?:\s+(?:quoc gia|cua tinh|tren dia ban tinh|\(neu co\)))+$/;
const PUNCTUATION = /[\s.,;:()"'“”‘’/&+-]+/g;

function strip(folded: string, trailing = true): string {
  let out = folded.trim();
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(NUMBERING, '').replace(LEAD_WORDS, '').trim();
    if (trailing) out = out.replace(TRAILING_WORDS, '').trim();
  }
  return out;
}

/**
 * The comparable form of a domain heading: case, tone marks, numbering, "Lĩnh vực"/"Về", a trailing
 * "quốc gia", punctuation and "và"/"&" ignored. Two headings with the same key are one domain.
 */
export function domainKey(heading: string): string {
  const folded = strip(foldVietnamese(heading).replace(/[–—]/g, '-'));
  return folded
    .replace(/\s+&\s+/g, ' va ')
    .replace(PUNCTUATION, ' ')
    .replace(/(?:^|\s)va(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The heading without its numbering and lead words, as written ("Chính phủ số và Chuyển đổi số quốc
 * gia"): a name keeps every word of the plan's, only the key ignores the trailing ones.
 */
function bareName(heading: string): string {
  const clean = cleanText(heading);
  const folded = foldVietnamese(clean);
  // foldVietnamese keeps the length of NFC text, so what is cut from the folded form is cut here too.
  const rest = strip(folded, false);
  const start = folded.indexOf(rest);
  const name = start >= 0 ? clean.slice(start, start + rest.length) : clean;
  return name.replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, '');
}

function isUpper(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

// A Vietnamese syllable, folded: an initial consonant, one to three vowels, a final consonant.
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** "ICT", "DTI", "CNTT": capitals that cannot be read as a Vietnamese syllable are an abbreviation. */
function isAbbreviation(core: string): boolean {
  return core.length >= 2 && isUpper(core) && !SYLLABLE.test(foldVietnamese(core));
}

/**
 * Sentence case, as a clerk writes a domain: "Chính phủ số và chuyển đổi số". In a mixed-case
 * heading an all-capital word of two letters or more is an abbreviation and stays ("DTI"); in a
 * heading written all in capitals only words that no Vietnamese syllable spells stay ("ICT").
 */
export function sentenceCase(text: string): string {
  const clean = cleanText(text);
  const letters = clean.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length > 0 && isUpper(letters);
  const words = clean.split(' ').map((word) =>
    word
      .split(/(?<=[-–/])/)
      .map((part) => {
        const core = part.replace(/[^\p{L}]/gu, '');
        const keep = allCaps ? isAbbreviation(core) : core.length >= 2 && isUpper(core);
        return keep ? part : part.toLowerCase();
      })
      .join(''),
  );
  const out = words.join(' ');
  const first = out.search(/\p{L}/u);
  return first < 0 ? out : out.slice(0, first) + out.charAt(first).toUpperCase() + out.slice(first + 1);
}

/** The name printed for a group of headings: from the first heading not written in capitals. */
function nameOf(headings: readonly string[]): string {
  const bare = headings.map(bareName).filter((h) => h !== '');
  const mixed = bare.find((h) => !isUpper(h.replace(/[^\p{L}]/gu, '')));
  return sentenceCase(mixed ?? bare[0] ?? headings[0] ?? '');
}

/**
 * The catalogue proposed at import: the plan's headings in the order they come, those with one
 * `domainKey` grouped as one domain.
 */
export function proposeCatalogue(headings: readonly (string | null)[]): DomainEntry[] {
  const groups = new Map<string, string[]>();
  for (const heading of headings) {
    if (heading === null || cleanText(heading) === '') continue;
    const key = domainKey(heading) || foldVietnamese(heading);
    const group = groups.get(key) ?? [];
    if (!group.includes(heading)) group.push(heading);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ name: nameOf(group), headings: group }));
}

/** What is wrong with a catalogue the compiler sent back, in Vietnamese; empty when nothing is. */
export function catalogueProblems(
  headings: readonly (string | null)[],
  catalogue: readonly DomainEntry[],
): string[] {
  const problems: string[] = [];
  const wanted = [...new Set(headings.filter((h): h is string => h !== null && cleanText(h) !== ''))];
  const filed = new Map<string, number>();
  const names = new Map<string, string>();
  for (const entry of catalogue) {
    const name = cleanText(entry.name);
    if (name === '') problems.push('Tên lĩnh vực không được để trống.');
    const key = foldVietnamese(name);
    const other = names.get(key);
    if (name !== '' && other !== undefined) problems.push(`Lĩnh vực "${name}" có hai lần trong danh mục.`);
    names.set(key, name);
    if (entry.headings.length === 0)
      problems.push(`Lĩnh vực "${name}" không gắn với đề mục nào của kế hoạch.`);
    for (const h of entry.headings) filed.set(h, (filed.get(h) ?? 0) + 1);
  }
  for (const h of wanted) {
    const n = filed.get(h) ?? 0;
    if (n === 0) problems.push(`Đề mục "${h}" chưa được xếp vào lĩnh vực nào.`);
    if (n > 1) problems.push(`Đề mục "${h}" được xếp vào nhiều lĩnh vực.`);
  }
  for (const h of filed.keys()) if (!wanted.includes(h)) problems.push(`Kế hoạch không có đề mục "${h}".`);
  return problems;
}

/** The catalogue's name for a heading; null for an item outside any domain. */
export function domainNameOf(catalogue: readonly DomainEntry[], heading: string | null): string | null {
  if (heading === null) return null;
  return catalogue.find((e) => e.headings.includes(heading))?.name ?? null;
}

/** Splits a heading out of its domain into one of its own (the compiler says they differ). */
export function splitHeading(catalogue: readonly DomainEntry[], heading: string): DomainEntry[] {
  const out: DomainEntry[] = [];
  for (const entry of catalogue) {
    if (!entry.headings.includes(heading) || entry.headings.length === 1) {
      out.push(entry);
      continue;
    }
    out.push({ ...entry, headings: entry.headings.filter((h) => h !== heading) });
    const taken = new Set(catalogue.map((e) => foldVietnamese(e.name)));
    let name = sentenceCase(bareName(heading));
    for (let n = 2; taken.has(foldVietnamese(name)); n += 1)
      name = `${sentenceCase(bareName(heading))} (${n})`;
    out.push({ name, headings: [heading] });
  }
  return out;
}
