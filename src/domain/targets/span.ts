import { cleanText, foldChars } from '../text/fold.js';

/**
 * A piece of the target text in two aligned forms: regexes run on `folded`, and the same indices
 * cut the wording shown to people out of `clean`.
 */
export interface Span {
  clean: string;
  folded: string;
}

export function spanOf(text: string): Span {
  const clean = cleanText(text);
  return { clean, folded: foldChars(clean) };
}

export function slice(span: Span, start: number, end = span.folded.length): Span {
  return { clean: span.clean.slice(start, end), folded: span.folded.slice(start, end) };
}

/** Drops a match of `pattern` (which must be anchored with ^) from the start. */
export function stripStart(span: Span, pattern: RegExp): Span {
  const m = pattern.exec(span.folded);
  return m && m.index === 0 ? slice(span, m[0].length) : span;
}

/** Drops a match of `pattern` (which must be anchored with $) from the end. */
export function stripEnd(span: Span, pattern: RegExp): Span {
  const m = pattern.exec(span.folded);
  return m ? slice(span, 0, m.index) : span;
}

const EDGE_SEPARATORS_START = /^[\s,;:.-]+/;
const EDGE_SEPARATORS_END = /[\s,;:.-]+$|(?<![\p{L}])(?:va|con)\s*$/u;

export function trimSeparators(span: Span): Span {
  let out = stripStart(span, EDGE_SEPARATORS_START);
  for (let prev = ''; prev !== out.folded;) {
    prev = out.folded;
    out = stripEnd(out, EDGE_SEPARATORS_END);
  }
  return out;
}

/** Splits at every match of `pattern` (global, run on `clean`), dropping separators and blank pieces. */
export function splitSpan(span: Span, pattern: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of span.clean.matchAll(pattern)) {
    out.push(slice(span, start, m.index));
    start = m.index + m[0].length;
  }
  out.push(slice(span, start));
  return out.filter((s) => s.folded.trim() !== '');
}
