import { foldVietnamese } from '../text/fold.js';

/**
 * Unit names as other provinces write them: "Phòng BCVT-CNTT" for "Phòng Công nghệ thông tin – Bưu chính
 * – Viễn thông", "Trung tâm CNTT&TT", "Phòng TT-BC-XB". A name is reduced to the bag of its words with the
 * common abbreviations spelled out, dashes, "&" and "và" dropped; two names with the same bag are the same
 * name whatever the order of their parts. Similar bags rank the suggestions offered to the compiler.
 */

// Whole abbreviations first: their parts alone mean something else ("TT" in "TT-BC-XB" is "thông tin").
const COMPOUNDS: [RegExp, string][] = [
  [/\btt\s*-?\s*bc\s*-?\s*xb\b/g, 'thong tin bao chi xuat ban'],
  [/\bttbcxb\b/g, 'thong tin bao chi xuat ban'],
  [/\bkh\s*-?\s*tc\b/g, 'ke hoach tai chinh'],
  [/\bcntt\s*(?:&|-|va)?\s*tt\b/g, 'cong nghe thong tin truyen thong'],
  [/\bttcntt\s*(?:&|-|va)?\s*tt\b/g, 'trung tam cong nghe thong tin truyen thong'],
  [/\btt\s*&\s*tt\b/g, 'thong tin truyen thong'],
  [/\bstttt\b/g, 'so thong tin truyen thong'],
];

const WORDS: Record<string, string> = {
  cntt: 'cong nghe thong tin',
  bcvt: 'buu chinh vien thong',
  tttt: 'thong tin truyen thong',
  khtc: 'ke hoach tai chinh',
  vp: 'van phong',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  cds: 'chuyen doi so',
  ttr: 'thanh tra',
  bgd: 'ban giam doc',
  ttcntt: 'trung tam cong nghe thong tin',
  tp: 'thanh pho',
};

/** Words that join parts of a name and say nothing about which unit it is. */
const JOINERS = new Set(['va']);

/** The words of a name, abbreviations spelled out, in a canonical order. */
export function nameWords(text: string): string[] {
  let folded = foldVietnamese(text)
    .replace(/[–—−‐‑]/g, '-')
    .replace(/[.,;:()"“”]/g, ' ');
  for (const [pattern, expansion] of COMPOUNDS) folded = folded.replace(pattern, ` ${expansion} `);
  return folded
    .split(/[\s\-&/+]+/)
    .filter((w) => w !== '')
    .flatMap((w) => (WORDS[w] ?? w).split(' '))
    .filter((w) => !JOINERS.has(w))
    .sort();
}

/** The comparable key of a name: its sorted words. Equal keys are the same name. */
export function nameKey(text: string): string {
  return nameWords(text).join(' ');
}

// Words that say what kind of unit it is, not which: "Phòng", "Sở" (which folds like "số"), "Trung tâm".
const GENERIC = new Set(['phong', 'so', 'trung', 'tam', 'ban', 'cuc', 'vu', 'bo', 'tinh', 'thanh', 'pho']);

/** The words that tell one unit from another; all of them when a name has nothing else. */
export function distinctiveWords(words: readonly string[]): string[] {
  const distinct = words.filter((w) => !GENERIC.has(w));
  return distinct.length > 0 ? distinct : [...words];
}

/**
 * How alike two names are, 0 to 1: the Dice coefficient of their word bags. Shared words count once per
 * occurrence, so "thông tin" twice in a name needs it twice in the other.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(w, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
