/**
 * Text helpers shared by the plan reader. Matching is done on folded text because PDF extraction and
 * typists disagree on tone marks ("Hòa"/"Hoà", "Hằng"/"Hàng") and on case.
 */

import { foldChars, foldVietnamese } from '../text/fold.js';

export { foldChars, foldVietnamese };

/** `foldVietnamese` for text already in NFC, as all text inside the parser is. */
export function foldText(s: string): string {
  return foldChars(s).replace(/\s+/g, ' ').trim();
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Joins lines wrapped inside one paragraph or cell. A line that ends in a hyphen or slash glued to a token
 * ("45/2016/QĐ-" + "TTg") was cut inside that token, so it is joined without a space.
 */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const piece = collapseSpaces(part);
    if (piece === '') continue;
    if (out === '') out = piece;
    else if (/[\p{L}\d][-/]$/u.test(out)) out += piece;
    else out += ' ' + piece;
  }
  return out;
}

export function startsUpper(s: string): boolean {
  return /^[\p{Lu}]/u.test(s.trimStart());
}

export function startsLower(s: string): boolean {
  return /^[\p{Ll}]/u.test(s.trimStart());
}

/** True when the text has letters and none of them is lower-case. */
export function isAllCaps(s: string): boolean {
  return /\p{L}/u.test(s) && !/\p{Ll}/u.test(s);
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a roman numeral up to C, or null when the text is not one. */
export function romanToInt(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = ROMAN_VALUES[s.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[s.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && intToRoman(total) === s ? total : null;
}

export function intToRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}
