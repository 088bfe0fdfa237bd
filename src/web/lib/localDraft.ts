/**
 * What the user typed into a report draft, kept in the browser until the server has it: keyed by
 * submission and the version the typing started from, so a browser reload (or a crash) before the
 * autosave lands loses nothing, and text typed on an older version is never mistaken for the current one.
 */
export interface LocalDraft {
  /** Editor text per section key. */
  sections: Record<string, string>;
  /** Data form entries as typed, per indicator id. */
  data: Record<string, { value?: number | null; note?: string }>;
  /** When it was written (ISO). */
  at: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'baocao:submission-draft:';

export function localDraftKey(submissionId: string, version: number): string {
  return `${PREFIX}${submissionId}:v${version}`;
}

function browserStore(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by policy: autosave still works, only the reload safety net is off
  }
}

export function writeLocalDraft(
  submissionId: string,
  version: number,
  draft: LocalDraft,
  store: Store | null = browserStore(),
): void {
  try {
    store?.setItem(localDraftKey(submissionId, version), JSON.stringify(draft));
  } catch {
    // quota exceeded: the server save is the real copy
  }
}

function isDraft(value: unknown): value is LocalDraft {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sections === 'object' &&
    v.sections !== null &&
    Object.values(v.sections).every((s) => typeof s === 'string') &&
    typeof v.data === 'object' &&
    v.data !== null &&
    typeof v.at === 'string'
  );
}

export function readLocalDraft(
  submissionId: string,
  version: number,
  store: Store | null = browserStore(),
): LocalDraft | null {
  const raw = store?.getItem(localDraftKey(submissionId, version));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Forgets the submission's kept text for every version up to `upTo` (the server has it now). */
export function clearLocalDrafts(
  submissionId: string,
  upTo: number,
  store: Store | null = browserStore(),
): void {
  if (!store) return;
  const prefix = `${PREFIX}${submissionId}:v`;
  const stale: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix) && Number(key.slice(prefix.length)) <= upTo) stale.push(key);
  }
  for (const key of stale) store.removeItem(key);
}
