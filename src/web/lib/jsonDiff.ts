export type DiffStatus = 'same' | 'changed' | 'added' | 'removed';

export interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  status: DiffStatus;
}

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so equal values always print the same. */
export function stableStringify(value: unknown, indent?: number): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (isPlainObject(v))
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort(v[k])]),
      );
    return v;
  };
  return JSON.stringify(sort(value), null, indent);
}

/**
 * Top-level key-by-key comparison of an audit entry's before/after snapshots.
 * Returns null when either side is not an object (or null): then the two values are shown whole.
 */
export function diffObjects(before: unknown, after: unknown): DiffRow[] | null {
  const b = before ?? {};
  const a = after ?? {};
  if (!isPlainObject(b) || !isPlainObject(a)) return null;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const inBefore = key in b && before !== null && before !== undefined;
    const inAfter = key in a && after !== null && after !== undefined;
    const status: DiffStatus = !inBefore
      ? 'added'
      : !inAfter
        ? 'removed'
        : stableStringify(b[key]) === stableStringify(a[key])
          ? 'same'
          : 'changed';
    return { key, before: b[key], after: a[key], status };
  });
}
