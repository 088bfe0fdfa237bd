import { describe, expect, it } from 'vitest';
import {
  clearLocalDrafts,
  localDraftKey,
  readLocalDraft,
  writeLocalDraft,
  type LocalDraft,
} from './localDraft';

function memoryStore() {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

const draft: LocalDraft = {
  sections: { results: 'Đã **xong**' },
  data: { x: { value: 3 } },
  at: '2024-07-10T03:00:00Z',
};

describe('localDraft', () => {
  it('keeps the typed text per submission and version', () => {
    const store = memoryStore();
    writeLocalDraft('s1', 4, draft, store);
    expect(readLocalDraft('s1', 4, store)).toEqual(draft);
    expect(readLocalDraft('s1', 5, store)).toBeNull();
    expect(readLocalDraft('s2', 4, store)).toBeNull();
    expect(localDraftKey('s1', 4)).toBe('baocao:submission-draft:s1:v4');
  });

  it('ignores what is not a draft', () => {
    const store = memoryStore();
    store.setItem(localDraftKey('s1', 1), '{not json');
    store.setItem(localDraftKey('s1', 2), JSON.stringify({ sections: { a: 1 }, data: {}, at: 'x' }));
    expect(readLocalDraft('s1', 1, store)).toBeNull();
    expect(readLocalDraft('s1', 2, store)).toBeNull();
  });

  it('clears the versions the server has saved, keeping later ones and other submissions', () => {
    const store = memoryStore();
    writeLocalDraft('s1', 1, draft, store);
    writeLocalDraft('s1', 2, draft, store);
    writeLocalDraft('s1', 3, draft, store);
    writeLocalDraft('s2', 1, draft, store);
    clearLocalDrafts('s1', 2, store);
    expect([...store.map.keys()].sort()).toEqual([localDraftKey('s1', 3), localDraftKey('s2', 1)]);
  });

  it('works without storage', () => {
    writeLocalDraft('s1', 1, draft, null);
    expect(readLocalDraft('s1', 1, null)).toBeNull();
    clearLocalDrafts('s1', 1, null);
  });
});
