import { ArrowLeftOutlined, ArrowRightOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Result, Space, Steps } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { PlanImportResult } from '../../../api/types';
import { useOrgTree } from '../../../components/useOrgTree';
import { t } from '../../../i18n';
import { indexUnits, unitLabel } from '../../../lib/orgTree';
import { withEdit } from '../../../lib/planEdits';
import { rowsFromImport, type UnitInfo } from '../../../lib/planRows';
import { ConfirmStep } from './ConfirmStep';
import { ModeChoice } from './ModeChoice';
import { PreviewStep } from './PreviewStep';
import { UploadStep } from './UploadStep';
import { usePlanImport, type Phase } from './usePlanImport';

const STEP_OF: Record<Phase, number> = { upload: 0, review: 1, confirm: 2, done: 2 };

function planYearOf(result: PlanImportResult): number {
  const { year, date } = result.document;
  return year ?? (date ? Number(date.slice(0, 4)) : new Date().getFullYear());
}

/** Upload → preview and correct → confirm. Nothing is stored before the last step. */
export default function PlanImportPage() {
  const { units } = useOrgTree();
  const {
    phase,
    setPhase,
    session,
    result,
    edits,
    setEdits,
    mappings,
    domains,
    setDomains,
    setMappings,
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
  } = usePlanImport();

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
  const dirty = Object.keys(edits).length > 0 || Object.keys(mappings).length > 0 || domains !== null;

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
          domains={domains}
          onDomains={setDomains}
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
