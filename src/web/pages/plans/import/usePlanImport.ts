import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { plansApi } from '../../../api/endpoints';
import type { DomainEntry, ItemEdit, PlanImportPreview, PlanImportResult } from '../../../api/types';
import { t } from '../../../i18n';
import { editList } from '../../../lib/planEdits';
import type { CommitFailure } from './ConfirmStep';
import type { ExistingMode } from './ModeChoice';
import type { ReviewStatus } from './PreviewStep';

export type Phase = 'upload' | 'review' | 'confirm' | 'done';

/** Wait this long after the last mapping or edit before asking the server to read the rows again. */
const REVIEW_DEBOUNCE_MS = 600;

interface Session {
  file: File;
  previewId: string;
  existingPlan: PlanImportPreview['existingPlan'];
  /** The rows as the document gave them, before any correction. */
  original: PlanImportResult;
}

type Edits = Record<number, ItemEdit>;
type Mappings = Record<string, string>;
/** The domain catalogue as the compiler changed it; null while the server's proposal stands. */
type Domains = DomainEntry[] | null;

function toApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', t('errors.unknown', { status: 0 }));
}

/** Identifies what a review reads, so the page knows whether the rows shown are up to date. */
function reviewKey(previewId: string, edits: Edits, mappings: Mappings, domains: Domains): string {
  const sortedMappings = Object.entries(mappings).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([previewId, editList(edits), sortedMappings, domains]);
}

function mergeRaws(known: readonly string[], more: readonly string[]): string[] {
  const next = [...known];
  for (const raw of more) if (!next.includes(raw)) next.push(raw);
  return next;
}

/**
 * The state of a plan import: the uploaded file's preview, the corrections (edits and unit mappings), the
 * server's re-reading of the rows after each correction, and saving.
 */
export function usePlanImport() {
  const [phase, setPhase] = useState<Phase>('upload');
  const [session, setSession] = useState<Session | null>(null);
  const [result, setResult] = useState<PlanImportResult | null>(null);
  const [edits, setEdits] = useState<Edits>({});
  const [mappings, setMappings] = useState<Mappings>({});
  const [domains, setDomains] = useState<Domains>(null);
  const [knownRaws, setKnownRaws] = useState<string[]>([]);
  const [mode, setMode] = useState<ExistingMode | null>(null);
  const [reviewedKey, setReviewedKey] = useState('');
  const [reviewing, setReviewing] = useState<'idle' | 'running' | { message: string; expired: boolean }>(
    'idle',
  );
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<CommitFailure | null>(null);
  const [savedPlanId, setSavedPlanId] = useState<string | null>(null);

  const key = session ? reviewKey(session.previewId, edits, mappings, domains) : '';
  const stale = session !== null && key !== reviewedKey;
  const review: ReviewStatus =
    reviewing === 'running'
      ? { state: 'running' }
      : reviewing !== 'idle'
        ? { state: 'failed', ...reviewing }
        : stale
          ? { state: 'stale' }
          : { state: 'fresh' };

  const reviewSeq = useRef(0);
  const runReview = useCallback(
    async (previewId: string, currentEdits: Edits, currentMappings: Mappings, currentDomains: Domains) => {
      const id = ++reviewSeq.current;
      setReviewing('running');
      try {
        const next = await plansApi.review(previewId, {
          edits: editList(currentEdits),
          unitMappings: currentMappings,
          ...(currentDomains ? { domains: currentDomains } : {}),
        });
        if (id !== reviewSeq.current) return; // a newer reading is on its way
        setResult(next);
        setKnownRaws((known) => mergeRaws(known, next.unmatchedUnits));
        setReviewedKey(reviewKey(previewId, currentEdits, currentMappings, currentDomains));
        setReviewing('idle');
      } catch (err) {
        if (id !== reviewSeq.current) return;
        const error = toApiError(err);
        setReviewing({ message: error.message, expired: error.status === 404 });
      }
    },
    [],
  );

  // A mapping or an edit changed: read the rows again once the compiler pauses.
  useEffect(() => {
    if (!session || !stale || phase === 'done' || phase === 'upload') return;
    const timer = setTimeout(
      () => void runReview(session.previewId, edits, mappings, domains),
      REVIEW_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [session, stale, phase, edits, mappings, domains, runReview]);

  // Work not saved yet: ask before the tab closes or reloads.
  useEffect(() => {
    if (!session || phase === 'done') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [session, phase]);
  const start = (file: File, preview: PlanImportPreview) => {
    setSession({
      file,
      previewId: preview.previewId,
      existingPlan: preview.existingPlan,
      original: preview.result,
    });
    setResult(preview.result);
    setKnownRaws(preview.result.unmatchedUnits);
    setReviewedKey(reviewKey(preview.previewId, {}, {}, null));
    setEdits({});
    setMappings({});
    setDomains(null);
    setMode(null);
    setReviewing('idle');
    setFailure(null);
    setSavedPlanId(null);
    setPhase('review');
  };

  const reset = () => {
    setSession(null);
    setResult(null);
    setEdits({});
    setMappings({});
    setDomains(null);
    setKnownRaws([]);
    setReviewing('idle');
    setFailure(null);
    setSavedPlanId(null);
    setPhase('upload');
  };

  /** The preview expired on the server: read the same file again and keep every correction. */
  const reupload = async () => {
    if (!session) return;
    setReviewing('running');
    try {
      const preview = await plansApi.previewImport(session.file, () => undefined);
      setSession({ ...session, previewId: preview.previewId, existingPlan: preview.existingPlan });
      setFailure(null);
      setReviewing('idle');
      // the new preview id makes the rows stale: the effect reads them again with the edits
    } catch (err) {
      const error = toApiError(err);
      setReviewing({ message: error.message, expired: false });
    }
  };

  const recheck = () => {
    if (session) void runReview(session.previewId, edits, mappings, domains);
  };

  const goConfirm = () => {
    setFailure(null);
    setPhase('confirm');
    if (stale) recheck();
  };

  const save = async () => {
    if (!session) return;
    setSaving(true);
    setFailure(null);
    try {
      const { planId } = await plansApi.commit(session.previewId, {
        mode: session.existingPlan ? (mode ?? 'version') : 'new',
        unitMappings: mappings,
        edits: editList(edits),
        // The catalogue shown is the one the compiler confirms by saving.
        ...((domains ?? result?.domains) ? { domains: domains ?? result?.domains } : {}),
      });
      setSavedPlanId(planId);
      setPhase('done');
    } catch (err) {
      const error = toApiError(err);
      if (error.status === 409) {
        // Someone saved the same plan number meanwhile: offer the choice, keep everything else.
        const details = (error.details ?? {}) as { existingPlanId?: string; version?: number };
        setSession({
          ...session,
          existingPlan: session.existingPlan ?? {
            id: details.existingPlanId ?? '',
            version: details.version ?? 1,
            title: '',
          },
        });
        setMode(null);
      }
      setFailure({ message: error.message, expired: error.status === 404 });
    } finally {
      setSaving(false);
    }
  };
  return {
    phase,
    setPhase,
    session,
    result,
    edits,
    setEdits,
    mappings,
    setMappings,
    domains,
    setDomains,
    knownRaws,
    mode,
    setMode,
    review,
    saving,
    failure,
    savedPlanId,
    start,
    reset,
    reupload,
    recheck,
    goConfirm,
    save,
  };
}
