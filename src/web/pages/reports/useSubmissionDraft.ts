import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_DOC } from '../../../domain/rich-text/document';
import { ApiError } from '../../api/client';
import { submissionsApi, type Submission } from '../../api/reports';
import { clearLocalDrafts, readLocalDraft, writeLocalDraft } from '../../lib/localDraft';
import { docToMarkup, markupToDoc } from '../../lib/richTextMarkup';

export interface DataEntry {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  note?: string;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export interface SectionSlot {
  key: string;
  title: string;
  /** The lĩnh vực of a per-domain section ("results:<domain>"), if any. */
  domain: string | null;
}

const AUTOSAVE_MS = 1200;
const RETRY_MS = 5000;

/** The outline's sections in order, with per-domain sections the unit already wrote after their base. */
export function sectionSlots(submission: Submission): SectionSlot[] {
  const keys = Object.keys(submission.sections);
  return submission.regime.outline.flatMap((section) => [
    { key: section.key, title: section.title, domain: null },
    ...keys
      .filter((k) => k.startsWith(`${section.key}:`))
      .map((k) => ({ key: k, title: section.title, domain: k.slice(section.key.length + 1) })),
  ]);
}

export function isEditable(s: Submission): boolean {
  return s.permissions.canDraft && !s.locked && (s.status === 'draft' || s.status === 'returned');
}

function serverTexts(s: Submission): Record<string, string> {
  return Object.fromEntries(
    sectionSlots(s).map((slot) => [slot.key, docToMarkup(s.sections[slot.key] ?? EMPTY_DOC)]),
  );
}

function serverData(s: Submission): Record<string, DataEntry> {
  return Object.fromEntries(
    s.dataForm.map((row) => {
      const from = row.reported ?? row.tracked;
      return [
        row.indicatorId,
        {
          value: from?.value ?? null,
          numerator: from?.numerator ?? null,
          denominator: from?.denominator ?? null,
          note: row.reported?.note ?? '',
        },
      ];
    }),
  );
}

/**
 * A unit's report being written: the text of each section as typed, saved to the server a moment
 * after the typing stops (with the version read, so two writers never overwrite each other), and
 * kept in the browser until then so a reload or crash loses nothing.
 */
export function useSubmissionDraft(id: string) {
  const [submission, setSubmission] = useState<Submission | null>(null);
  const [failed, setFailed] = useState(false);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [data, setData] = useState<Record<string, DataEntry>>({});
  const [restored, setRestored] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  const version = useRef(0);
  const textsRef = useRef(texts);
  const dataRef = useRef(data);
  const dirty = useRef(false);
  const conflict = useRef(false);
  const saving = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const submissionRef = useRef<Submission | null>(null);
  // The autosave re-arms itself through this ref (a callback cannot name itself while being defined).
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());

  const keepLocally = useCallback(() => {
    writeLocalDraft(id, version.current, {
      sections: textsRef.current,
      data: dataRef.current,
      at: new Date().toISOString(),
    });
  }, [id]);

  const adopt = useCallback((s: Submission) => {
    version.current = s.version;
    submissionRef.current = s;
    setSubmission(s);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (saving.current) await saving.current;
    const current = submissionRef.current;
    if (!dirty.current || conflict.current || !current || !isEditable(current)) return;
    dirty.current = false;
    const sections = Object.fromEntries(
      Object.entries(textsRef.current).map(([k, v]) => [k, markupToDoc(v)]),
    );
    const formIds = new Set(current.dataForm.map((row) => row.indicatorId));
    const entries = Object.entries(dataRef.current).filter(([key]) => formIds.has(key));
    setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await submissionsApi.save(id, {
          version: version.current,
          sections,
          ...(entries.length > 0 ? { data: Object.fromEntries(entries) } : {}),
        });
        adopt(saved);
        if (dirty.current) {
          // typed on while the save was in flight: keep that under the new version
          keepLocally();
          clearLocalDrafts(id, saved.version - 1);
          timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_MS);
          setSave({ kind: 'dirty' });
        } else {
          clearLocalDrafts(id, saved.version);
          setSave({ kind: 'saved', at: new Date().toISOString() });
        }
      } catch (err) {
        dirty.current = true;
        if (err instanceof ApiError && err.status === 409) {
          conflict.current = true;
          setSave({ kind: 'conflict' });
        } else {
          setSave({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
          timer.current = setTimeout(() => void flushRef.current(), RETRY_MS);
        }
      }
    })();
    saving.current = run;
    await run;
    saving.current = null;
  }, [id, adopt, keepLocally]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_MS);
  }, []);

  const changed = useCallback(() => {
    dirty.current = true;
    keepLocally();
    if (!conflict.current) {
      setSave({ kind: 'dirty' });
      schedule();
    }
  }, [keepLocally, schedule]);

  const setText = useCallback(
    (key: string, text: string) => {
      textsRef.current = { ...textsRef.current, [key]: text };
      setTexts(textsRef.current);
      changed();
    },
    [changed],
  );

  const setEntry = useCallback(
    (indicatorId: string, entry: DataEntry) => {
      dataRef.current = { ...dataRef.current, [indicatorId]: { ...dataRef.current[indicatorId], ...entry } };
      setData(dataRef.current);
      changed();
    },
    [changed],
  );

  /** Takes a freshly read submission; `keepMine` keeps the typed text over it (after a conflict). */
  const init = useCallback(
    (s: Submission, keepMine: boolean) => {
      adopt(s);
      conflict.current = false;
      const local = keepMine ? null : readLocalDraft(id, s.version);
      if (keepMine) {
        dirty.current = true;
        keepLocally();
        clearLocalDrafts(id, s.version - 1);
        setSave({ kind: 'dirty' });
        schedule();
        return;
      }
      clearLocalDrafts(id, s.version - 1);
      textsRef.current = { ...serverTexts(s), ...(local?.sections ?? {}) };
      dataRef.current = { ...serverData(s), ...(local?.data ?? {}) };
      setTexts(textsRef.current);
      setData(dataRef.current);
      if (local && isEditable(s)) {
        setRestored(true);
        dirty.current = true;
        setSave({ kind: 'dirty' });
        schedule();
      } else {
        dirty.current = false;
        setSave({ kind: 'idle' });
      }
    },
    [id, adopt, keepLocally, schedule],
  );

  useEffect(() => {
    let live = true;
    submissionsApi.get(id).then(
      (s) => {
        if (!live) return;
        init(s, false);
        setFailed(false);
      },
      () => live && setFailed(true),
    );
    const timers = timer;
    return () => {
      live = false;
      if (timers.current) clearTimeout(timers.current);
    };
  }, [id, init]);

  /** After a 409: take the newest saved version and either keep what was typed over it, or drop it. */
  const resolveConflict = useCallback(
    async (keepMine: boolean) => {
      if (!keepMine) clearLocalDrafts(id, Number.MAX_SAFE_INTEGER);
      init(await submissionsApi.get(id), keepMine);
    },
    [id, init],
  );

  /** Workflow answers (submit, return …) carry the new state and version. */
  const apply = useCallback(
    (s: Submission) => {
      adopt(s);
      clearLocalDrafts(id, s.version);
    },
    [adopt, id],
  );

  return {
    submission,
    failed,
    texts,
    data,
    restored,
    save,
    version,
    setText,
    setEntry,
    flush,
    resolveConflict,
    apply,
  };
}
