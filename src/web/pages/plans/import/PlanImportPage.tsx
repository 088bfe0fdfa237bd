import { ArrowLeftOutlined, ArrowRightOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Result, Space, Steps } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { plansApi } from '../../../api/endpoints';
import type { ItemEdit, PlanImportPreview, PlanImportResult } from '../../../api/types';
import { useOrgTree } from '../../../components/useOrgTree';
import { t } from '../../../i18n';
import { indexUnits, unitLabel } from '../../../lib/orgTree';
import { editList, withEdit } from '../../../lib/planEdits';
import { rowsFromImport, type UnitInfo } from '../../../lib/planRows';
import { ConfirmStep, type CommitFailure } from './ConfirmStep';
import { ModeChoice, type ExistingMode } from './ModeChoice';
import { PreviewStep, type ReviewStatus } from './PreviewStep';
import { UploadStep } from './UploadStep';

type Phase = 'upload' | 'review' | 'confirm' | 'done';

const STEP_OF: Record<Phase, number> = { upload: 0, review: 1, confirm: 2, done: 2 };
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

function toApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', t('errors.unknown', { status: 0 }));
}

/** Identifies what a review reads, so the page knows whether the rows shown are up to date. */
function reviewKey(previewId: string, edits: Edits, mappings: Mappings): string {
  const sortedMappings = Object.entries(mappings).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([previewId, editList(edits), sortedMappings]);
}

function mergeRaws(known: readonly string[], more: readonly string[]): string[] {
  const next = [...known];
  for (const raw of more) if (!next.includes(raw)) next.push(raw);
  return next;
}

function planYearOf(result: PlanImportResult): number {
  const { year, date } = result.document;
  return year ?? (date ? Number(date.slice(0, 4)) : new Date().getFullYear());
}

/** Upload → preview and correct → confirm. Nothing is stored before the last step. */
export default function PlanImportPage() {
  const { units } = useOrgTree();
  const [phase, setPhase] = useState<Phase>('upload');
  const [session, setSession] = useState<Session | null>(null);
  const [result, setResult] = useState<PlanImportResult | null>(null);
  const [edits, setEdits] = useState<Edits>({});
  const [mappings, setMappings] = useState<Mappings>({});
  const [knownRaws, setKnownRaws] = useState<string[]>([]);
  const [mode, setMode] = useState<ExistingMode | null>(null);
  const [reviewedKey, setReviewedKey] = useState('');
  const [reviewing, setReviewing] = useState<'idle' | 'running' | { message: string; expired: boolean }>(
    'idle',
  );
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<CommitFailure | null>(null);
  const [savedPlanId, setSavedPlanId] = useState<string | null>(null);

  const key = session ? reviewKey(session.previewId, edits, mappings) : '';
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
  const runReview = useCallback(async (previewId: string, currentEdits: Edits, currentMappings: Mappings) => {
    const id = ++reviewSeq.current;
    setReviewing('running');
    try {
      const next = await plansApi.review(previewId, {
        edits: editList(currentEdits),
        unitMappings: currentMappings,
      });
      if (id !== reviewSeq.current) return; // a newer reading is on its way
      setResult(next);
      setKnownRaws((known) => mergeRaws(known, next.unmatchedUnits));
      setReviewedKey(reviewKey(previewId, currentEdits, currentMappings));
      setReviewing('idle');
    } catch (err) {
      if (id !== reviewSeq.current) return;
      const error = toApiError(err);
      setReviewing({ message: error.message, expired: error.status === 404 });
    }
  }, []);

  // A mapping or an edit changed: read the rows again once the compiler pauses.
  useEffect(() => {
    if (!session || !stale || phase === 'done' || phase === 'upload') return;
    const timer = setTimeout(() => void runReview(session.previewId, edits, mappings), REVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [session, stale, phase, edits, mappings, runReview]);

  // Work not saved yet: ask before the tab closes or reloads.
  useEffect(() => {
    if (!session || phase === 'done') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [session, phase]);

  const unitInfo = useMemo(() => {
    const map = new Map<string, UnitInfo>();
    for (const [id, { node }] of indexUnits(units)) map.set(id, { code: node.code, label: unitLabel(node) });
    return map;
  }, [units]);
  const unitNames = useMemo(() => {
    const seen = new Set<string>();
    const names: { value: string; label: string }[] = [];
    for (const { node } of indexUnits(units).values()) {
      const value = unitLabel(node);
      if (seen.has(value)) continue;
      seen.add(value);
      names.push({ value, label: value === node.name ? value : `${value} – ${node.name}` });
    }
    return names;
  }, [units]);

  const rows = useMemo(() => (result ? rowsFromImport(result.items, unitInfo) : []), [result, unitInfo]);
  const unmatched = useMemo(() => {
    if (!result) return [];
    return knownRaws
      .map((raw) => ({
        raw,
        rows: result.items.filter((i) => i.lead.includes(raw) || i.coordinators.includes(raw)).length,
      }))
      .filter((e) => e.rows > 0 || mappings[e.raw]);
  }, [knownRaws, result, mappings]);

  const start = (file: File, preview: PlanImportPreview) => {
    setSession({
      file,
      previewId: preview.previewId,
      existingPlan: preview.existingPlan,
      original: preview.result,
    });
    setResult(preview.result);
    setKnownRaws(preview.result.unmatchedUnits);
    setReviewedKey(reviewKey(preview.previewId, {}, {}));
    setEdits({});
    setMappings({});
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
    if (session) void runReview(session.previewId, edits, mappings);
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

  const existing = session?.existingPlan ?? null;
  const needsMode = existing !== null && mode === null;
  const modeChoice = existing && result && (
    <ModeChoice existing={existing} number={result.document.number} mode={mode} onChange={setMode} />
  );
  const modeLabel = !existing
    ? t('planImport.confirm.modeNew')
    : mode === 'update'
      ? t('planImport.modeUpdate')
      : mode === 'version'
        ? t('planImport.modeVersion')
        : t('common.none');
  const dirty = Object.keys(edits).length > 0 || Object.keys(mappings).length > 0;

  const chooseAnother = dirty ? (
    <Popconfirm
      title={t('planImport.leaveWarning')}
      okText={t('planImport.chooseAnother')}
      cancelText={t('common.cancel')}
      onConfirm={reset}
    >
      <Button>{t('planImport.chooseAnother')}</Button>
    </Popconfirm>
  ) : (
    <Button onClick={reset}>{t('planImport.chooseAnother')}</Button>
  );

  let body: ReactNode = null;
  let footer: ReactNode = null;
  if (phase === 'upload') {
    body = <UploadStep onUploaded={start} />;
  } else if (phase === 'done' && savedPlanId && result) {
    const indicators = result.items.filter((i) => i.kind === 'indicator').length;
    body = (
      <Result
        status="success"
        title={t('planImport.done.title')}
        subTitle={t('planImport.done.subtitle', {
          number: result.document.number ?? result.document.title ?? '',
          indicators,
          tasks: result.items.length - indicators,
        })}
        extra={[
          <Link key="open" to={`/plans/${encodeURIComponent(savedPlanId)}`} data-testid="plan-import-open">
            <Button type="primary">{t('planImport.done.open')}</Button>
          </Link>,
          <Button key="again" onClick={reset}>
            {t('planImport.done.another')}
          </Button>,
        ]}
        data-testid="plan-import-done"
      />
    );
  } else if (session && result) {
    if (phase === 'review') {
      body = (
        <PreviewStep
          fileName={session.file.name}
          result={result}
          originals={session.original.items}
          rows={rows}
          edits={edits}
          mappings={mappings}
          unmatched={unmatched}
          units={units}
          unitNames={unitNames}
          planYear={planYearOf(result)}
          review={review}
          modeChoice={modeChoice}
          onReupload={() => void reupload()}
          onMap={(raw, unitId) =>
            setMappings((m) => {
              const rest = Object.fromEntries(Object.entries(m).filter(([key]) => key !== raw));
              return unitId ? { ...rest, [raw]: unitId } : rest;
            })
          }
          onEdit={(index, edit) => setEdits((e) => withEdit(e, index, edit))}
          onRecheck={recheck}
        />
      );
      footer = (
        <Flex justify="space-between">
          {chooseAnother}
          <Button
            type="primary"
            icon={<ArrowRightOutlined />}
            iconPlacement="end"
            disabled={needsMode}
            title={needsMode ? t('planImport.modeRequired') : undefined}
            onClick={goConfirm}
            data-testid="plan-import-next"
          >
            {t('planImport.next')}
          </Button>
        </Flex>
      );
    } else {
      body = (
        <ConfirmStep
          result={result}
          rows={rows}
          modeLabel={modeLabel}
          modeChoice={modeChoice}
          mappings={Object.entries(mappings).map(([raw, id]) => ({
            raw,
            unit: unitInfo.get(id)?.label ?? id,
          }))}
          editedRows={Object.keys(edits).length}
          checking={review.state === 'running'}
          failure={failure}
          onReupload={() => void reupload()}
        />
      );
      footer = (
        <Flex justify="space-between">
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => setPhase('review')}
            data-testid="plan-import-back"
          >
            {t('planImport.back')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            disabled={needsMode || review.state === 'running'}
            onClick={() => void save()}
            data-testid="plan-import-save"
          >
            {t('planImport.confirm.save')}
          </Button>
        </Flex>
      );
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-import-page">
      <Link to="/plans">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('planDetail.back')}
        </Button>
      </Link>
      <Card title={t('planImport.title')}>
        <Steps
          current={STEP_OF[phase]}
          status={phase === 'done' ? 'finish' : 'process'}
          items={[
            { title: t('planImport.step.upload') },
            { title: t('planImport.step.review') },
            { title: t('planImport.step.confirm') },
          ]}
          style={{ marginBottom: 24 }}
        />
        {body}
        {footer && <div style={{ marginTop: 16 }}>{footer}</div>}
      </Card>
    </Space>
  );
}
