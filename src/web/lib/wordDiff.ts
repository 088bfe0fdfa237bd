import { diffArrays } from 'diff';

/** One piece of a diff: text both versions share, or text only the old (delete) or new (insert) one has. */
export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Words, runs of spaces and line breaks, and single punctuation marks, so a changed comma shows alone. */
export function tokenize(text: string): string[] {
  return text.match(/\n|[^\S\n]+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

// A diff that takes longer than this (two long, very different texts) shows as replaced whole.
const TIMEOUT_MS = 500;

function push(out: DiffSegment[], op: DiffSegment['op'], text: string): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Word-level differences from `before` to `after`; joining the equal+delete pieces gives `before`, equal+insert gives `after`. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  // jsdiff's Myers diff over our tokens (words, spaces, single punctuation marks).
  const changes = diffArrays(tokenize(before), tokenize(after), { timeout: TIMEOUT_MS });
  const out: DiffSegment[] = [];
  if (!changes) {
    push(out, 'delete', before);
    push(out, 'insert', after);
    return out;
  }
  for (const change of changes)
    push(out, change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
  return out;
}

export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((s) => s.op !== 'equal');
}
