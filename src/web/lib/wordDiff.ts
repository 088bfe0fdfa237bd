/** One piece of a diff: text both versions share, or text only the old (delete) or new (insert) one has. */
export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Words, runs of spaces and line breaks, and single punctuation marks, so a changed comma shows alone. */
export function tokenize(text: string): string[] {
  return text.match(/\n|[^\S\n]+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

// Above this many LCS cells the diff works on lines instead of words, to stay fast in the browser.
const MAX_CELLS = 4_000_000;

function push(out: DiffSegment[], op: DiffSegment['op'], text: string): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

function lcsDiff(a: readonly string[], b: readonly string[], out: DiffSegment[]): void {
  const n = a.length;
  const m = b.length;
  // lengths[i][j] = LCS of a[i..] and b[j..], in one flat array
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'equal', a[i] ?? '');
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      push(out, 'delete', a[i] ?? '');
      i++;
    } else {
      push(out, 'insert', b[j] ?? '');
      j++;
    }
  }
  for (; i < n; i++) push(out, 'delete', a[i] ?? '');
  for (; j < m; j++) push(out, 'insert', b[j] ?? '');
}

function diffTokens(a: readonly string[], b: readonly string[]): DiffSegment[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffSegment[] = [];
  push(out, 'equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) <= MAX_CELLS) lcsDiff(midA, midB, out);
  else {
    // Too large for a word diff: compare whole lines (each keeps its line break).
    const lines = (tokens: readonly string[]) => tokens.join('').match(/[^\n]*\n|[^\n]+$/g) ?? [];
    const la = lines(midA);
    const lb = lines(midB);
    if ((la.length + 1) * (lb.length + 1) <= MAX_CELLS) lcsDiff(la, lb, out);
    else {
      push(out, 'delete', midA.join(''));
      push(out, 'insert', midB.join(''));
    }
  }
  push(out, 'equal', a.slice(endA).join(''));
  return out;
}

/** Word-level differences from `before` to `after`; joining the equal+delete pieces gives `before`, equal+insert gives `after`. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  return diffTokens(tokenize(before), tokenize(after));
}

export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((s) => s.op !== 'equal');
}
