// Figures as Vietnamese documents write them: "1.348" (dot for thousands), "27,5%" (comma for the
// decimal), "33 %" (a space before the sign is common in typed reports), "2/9" (x of y). Reports are
// checked against the data by reading these back, and the XLSX export turns such cells into numbers.

/** A figure found in running text; `index`/`end` locate it in the text that was read. */
export type StatedFigure =
  | { kind: 'percent'; value: number; decimals: number; text: string; index: number; end: number }
  | { kind: 'ratio'; part: number; whole: number; text: string; index: number; end: number }
  | { kind: 'number'; value: number; decimals: number; text: string; index: number; end: number };

/**
 * "1.348" → 1348, "27,5" → 27.5, "1.348,25" → 1348.25, "12" → 12; "27.5" is read as 27.5 (a decimal
 * point typed the English way) unless the part after the dot has three digits. Null for anything else.
 */
export function parseVietnameseNumber(text: string): { value: number; decimals: number } | null {
  const s = text.trim();
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) {
    const [whole = '', fraction = ''] = s.split(',');
    return { value: Number(`${whole.replace(/\./g, '')}.${fraction || '0'}`), decimals: fraction.length };
  }
  if (/^-?\d+(,\d+)?$/.test(s)) {
    const fraction = s.split(',')[1] ?? '';
    return { value: Number(s.replace(',', '.')), decimals: fraction.length };
  }
  if (/^-?\d+\.\d{1,2}$/.test(s)) return { value: Number(s), decimals: s.split('.')[1]?.length ?? 0 };
  return null;
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
// Not glued to another figure, a date ("30/6/2026") or a document number ("462/KH-UBND").
const PERCENT = new RegExp(String.raw`(?<![\d.,/])(${NUMBER})\s?%`, 'g');
const RATIO = new RegExp(String.raw`(?<![\d.,/])(\d+)\s?/\s?(\d+)(?![\d/%]|\.\d)`, 'g');
const PLAIN = new RegExp(String.raw`(?<![\d.,/\p{L}])(${NUMBER})(?![\d/%\p{L}]|\s?%|[.,]\d)`, 'gu');

/**
 * Every percentage, x/y and plain number in the text, in order. A ratio whose part exceeds its
 * whole ("30/6") is a date, not a share, and is left out; so are plain numbers inside the others.
 */
export function figuresIn(text: string): StatedFigure[] {
  const out: StatedFigure[] = [];
  const taken: [number, number][] = [];
  const free = (index: number, end: number) => taken.every(([a, b]) => end <= a || index >= b);
  for (const m of text.matchAll(PERCENT)) {
    const parsed = parseVietnameseNumber(m[1] ?? '');
    if (!parsed) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'percent', ...parsed, text: m[0], index: m.index, end });
    taken.push([m.index, end]);
  }
  for (const m of text.matchAll(RATIO)) {
    const part = Number(m[1]);
    const whole = Number(m[2]);
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    // "ngày 30/6", "Quyết định 15/2024": not shares. A share never exceeds its whole.
    if (whole === 0 || part > whole) {
      taken.push([m.index, end]);
      continue;
    }
    out.push({ kind: 'ratio', part, whole, text: m[0], index: m.index, end });
    taken.push([m.index, end]);
  }
  for (const m of text.matchAll(PLAIN)) {
    const end = m.index + m[0].length;
    const parsed = parseVietnameseNumber(m[1] ?? '');
    if (!parsed || !free(m.index, end)) continue;
    out.push({ kind: 'number', ...parsed, text: m[0], index: m.index, end });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Whether a figure written with `decimals` places states `exact`: "22%" and "22,2%" both state
 * 2/9 = 22.22…; "33%" does not. Half a unit of the last written place either way.
 */
export function states(written: number, decimals: number, exact: number): boolean {
  const half = 0.5 * 10 ** -decimals;
  return Math.abs(written - exact) <= half + 1e-9;
}
