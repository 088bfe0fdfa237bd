import { describe, expect, it } from 'vitest';
import { diffObjects, stableStringify } from './jsonDiff';

describe('diffObjects', () => {
  it('marks changed, added, removed and unchanged keys', () => {
    const rows = diffObjects(
      { code: 'VP', name: 'A', aliases: ['x'], gone: 1 },
      { code: 'VP', name: 'B', aliases: ['x'], extra: true },
    );
    expect(Object.fromEntries((rows ?? []).map((r) => [r.key, r.status]))).toEqual({
      code: 'same',
      name: 'changed',
      aliases: 'same',
      gone: 'removed',
      extra: 'added',
    });
  });

  it('treats a null side as a create or a delete', () => {
    expect(diffObjects(null, { a: 1 })?.map((r) => r.status)).toEqual(['added']);
    expect(diffObjects({ a: 1 }, null)?.map((r) => r.status)).toEqual(['removed']);
    expect(diffObjects(null, null)).toEqual([]);
  });

  it('compares nested values regardless of key order', () => {
    expect(diffObjects({ x: { a: 1, b: 2 } }, { x: { b: 2, a: 1 } })?.[0]?.status).toBe('same');
    expect(stableStringify({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('gives up on non-object snapshots', () => {
    expect(diffObjects([1], [2])).toBeNull();
    expect(diffObjects('a', { a: 1 })).toBeNull();
  });
});
