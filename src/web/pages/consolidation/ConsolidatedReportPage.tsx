import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Modal, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  consolidationApi,
  type Contradiction,
  type ConsolidatedReport,
  type DraftEdit,
  type HeaderPatch,
  type RefreshResult,
} from '../../api/reports';
import { useMe } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import { t } from '../../i18n';
import { isStale } from '../../lib/apiErrors';
import { formatDateTime, formatIsoDate } from '../../lib/format';
import { showError, showSuccess, showWarning } from '../../lib/feedback';
import { wordDiff } from '../../lib/wordDiff';
import { ApiError } from '../../api/client';
import { keys, queries } from '../../api/queries';
import { ContradictionsModal } from './ContradictionsModal';
import { DraftBlockView } from './DraftBlocks';
import { ChecksPanel, HeaderForm } from './ReportSide';
import '../reports/reports.css';

const UNDO_MS = 8000;
type Blocks = ConsolidatedReport['draft']['blocks'];

/** Move targets inside the block's own part (the body or one appendix): see DraftBlocks `upAfter`. */
function moveTargets(blocks: Blocks, i: number): { up: string | null | undefined; down: string | undefined } {
  const part = blocks[i]?.appendix ?? null;
  const same = (j: number) => j >= 0 && j < blocks.length && (blocks[j]?.appendix ?? null) === part;
  let up: string | null | undefined;
  if (same(i - 1)) up = same(i - 2) ? blocks[i - 2]?.id : part === null ? null : undefined;
  return { up, down: same(i + 1) ? blocks[i + 1]?.id : undefined };
}

function ChangeText({ before, after }: { before: string | null; after: string | null }) {
  const segments = wordDiff(before ?? '', after ?? '');
  return (
    <div className="diff-text">
      {segments.map((s, i) =>
        s.op === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'insert' ? (
          <ins key={i}>{s.text}</ins>
        ) : (
          <del key={i}>{s.text}</del>
        ),
      )}
    </div>
  );
}

function contradictionsOf(err: unknown): Contradiction[] | null {
  if (!(err instanceof ApiError) || err.code !== 'FIGURES_CONTRADICT') return null;
  const details = err.details as { contradictions?: Contradiction[] } | undefined;
  return details?.contradictions ?? [];
}

export default function ConsolidatedReportPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const canEdit = can(me, 'reports.consolidate');
  const reportQuery = useMemo(() => queries.consolidatedReport(id), [id]);
  const { data: report = null, isError: failed, refetch } = useQuery(reportQuery);
  const queryClient = useQueryClient();
  const load = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const setReport = useCallback(
    (next: ConsolidatedReport) => {
      queryClient.setQueryData(reportQuery.queryKey, next);
      void queryClient.invalidateQueries({ queryKey: [...keys.consolidation, 'list'] });
    },
    [queryClient, reportQuery.queryKey],
  );
  const { data: checks = null, refetch: reloadChecks } = useQuery(queries.consolidationChecks(id));
  const [changes, setChanges] = useState<RefreshResult['changes'] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, setPending] = useState<string[]>([]);
  const [flash, setFlash] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<{ kind: 'docx' | 'xlsx'; contradictions: Contradiction[] } | null>(
    null,
  );
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const reportRef = useRef<ConsolidatedReport | null>(null);
  useEffect(() => {
    reportRef.current = report;
  }, [report]);
  const loadChecks = useCallback(() => void reloadChecks(), [reloadChecks]);
  useEffect(() => {
    const pendingTimers = timers.current;
    return () => pendingTimers.forEach((timer) => clearTimeout(timer));
  }, []);

  /** One PUT with the version read; a 409 reloads the newest draft and says so. */
  const save = useCallback(
    async (patch: { edits?: DraftEdit[]; header?: HeaderPatch; summary?: string }): Promise<boolean> => {
      const current = reportRef.current;
      if (!current) return false;
      try {
        const next = await consolidationApi.update(current.id, { version: current.version, ...patch });
        reportRef.current = next;
        setReport(next);
        loadChecks();
        return true;
      } catch (err) {
        if (isStale(err)) {
          showWarning(t('consolidation.stale'));
          await load();
          loadChecks();
        }
        return false;
      }
    },
    [load, loadChecks, setReport],
  );

  const commitRemoval = useCallback(
    (blockId: string) => {
      timers.current.delete(blockId);
      void save({ edits: [{ op: 'remove', blockId }] }).then(() =>
        setPending((p) => p.filter((x) => x !== blockId)),
      );
    },
    [save],
  );
  const remove = (blockId: string) => {
    setPending((p) => [...p, blockId]);
    timers.current.set(
      blockId,
      setTimeout(() => commitRemoval(blockId), UNDO_MS),
    );
  };
  const undo = (blockId: string) => {
    clearTimeout(timers.current.get(blockId));
    timers.current.delete(blockId);
    setPending((p) => p.filter((x) => x !== blockId));
  };

  const refresh = async () => {
    setBusy('refresh');
    try {
      const result = await consolidationApi.refresh(id);
      setReport(result.report);
      // A recomputed block whose text reads the same is not a change the compiler needs to review.
      setChanges(result.changes.filter((c) => c.change !== 'updated' || c.before !== c.after));
      loadChecks();
      showSuccess(t('consolidation.refreshed'));
    } finally {
      setBusy(null);
    }
  };

  const fileName = (ext: string) => `bao-cao-${report?.periodCode ?? ''}.${ext}`;
  const downloadFile = async (kind: 'docx' | 'xlsx', acknowledge?: string) => {
    setBusy(kind);
    try {
      await (kind === 'docx'
        ? consolidationApi.docx(id, fileName('docx'), acknowledge)
        : consolidationApi.xlsx(id, fileName('xlsx'), acknowledge));
      setBlocked(null);
    } catch (err) {
      // Text that contradicts the data: show the list and ask for a reason instead of an error.
      const contradictions = contradictionsOf(err);
      if (contradictions) setBlocked({ kind, contradictions });
      else if (err instanceof ApiError) showError(err.message);
    } finally {
      setBusy(null);
    }
  };

  const goTo = (blockId: string) => {
    document.getElementById(`block-${blockId}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    setFlash(blockId);
    setTimeout(() => setFlash((f) => (f === blockId ? null : f)), 2500);
  };

  if (failed && !report) return <Result status="warning" title={t('errors.title')} />;
  if (!report) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;

  const blocks = report.draft.blocks;
  const appendixOf = new Map(report.draft.appendices.map((a) => [a.id, a]));

  return (
    <Flex vertical gap={16} data-testid="consolidated-report" data-version={report.version}>
      <Link to="/consolidation">
        <ArrowLeftOutlined /> {t('consolidation.back')}
      </Link>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <Flex vertical gap={4}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {report.draft.summary}
          </Typography.Title>
          <Flex gap={8} wrap>
            <Tag color="blue">{report.unitName}</Tag>
            <Tag>{report.periodLabel}</Tag>
            <Tag>{t(`consolidation.kinds.${report.kind}`)}</Tag>
            <Typography.Text type="secondary">
              {t('consolidation.version', {
                version: report.version,
                date: formatDateTime(report.updatedAt),
              })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('consolidation.builtOn', { date: formatIsoDate(report.draft.builtOn) })}
            </Typography.Text>
          </Flex>
        </Flex>
        <Space wrap>
          {canEdit && (
            <Button
              icon={<SyncOutlined />}
              loading={busy === 'refresh'}
              onClick={() => void refresh()}
              data-testid="consolidation-refresh"
            >
              {t('consolidation.refresh')}
            </Button>
          )}
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            loading={busy === 'docx'}
            onClick={() => void downloadFile('docx')}
            data-testid="consolidation-docx"
          >
            {t('consolidation.docx')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            loading={busy === 'xlsx'}
            onClick={() => void downloadFile('xlsx')}
            data-testid="consolidation-xlsx"
          >
            {t('consolidation.xlsx')}
          </Button>
        </Space>
      </Flex>
      {report.draft.completion && (
        <Alert
          type="info"
          showIcon
          title={t('consolidation.completion', { sentence: report.draft.completion.sentence })}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <div className="cons-doc" data-testid="consolidation-document">
            {blocks.map((block, i) => {
              const { up, down } = moveTargets(blocks, i);
              const startsAppendix = block.appendix !== null && blocks[i - 1]?.appendix !== block.appendix;
              const appendix = block.appendix ? appendixOf.get(block.appendix) : undefined;
              return (
                <Fragment key={block.id}>
                  {startsAppendix && appendix && (
                    <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 24 }}>
                      {t('consolidation.appendix', { label: appendix.label, title: appendix.title })}
                    </Typography.Title>
                  )}
                  <DraftBlockView
                    block={block}
                    upAfter={up}
                    downAfter={down}
                    pendingRemoval={pending.includes(block.id)}
                    flash={flash === block.id}
                    canEdit={canEdit}
                    onEdit={(edits) =>
                      save({ edits }).then((ok) => ok && (showSuccess(t('consolidation.saved')), true))
                    }
                    onRemove={() => remove(block.id)}
                    onUndo={() => undo(block.id)}
                  />
                </Fragment>
              );
            })}
          </div>
        </Col>
        <Col xs={24} xl={7}>
          <Flex vertical gap={16} style={{ position: 'sticky', top: 16 }}>
            <ChecksPanel checks={checks} onGoTo={goTo} />
            {canEdit && (
              <HeaderForm
                key={report.version}
                report={report}
                onSave={(header, summary) => save({ header, summary })}
              />
            )}
          </Flex>
        </Col>
      </Row>
      <ContradictionsModal
        key={blocked === null ? 'closed' : 'open'}
        contradictions={blocked?.contradictions ?? null}
        busy={busy !== null}
        onClose={() => setBlocked(null)}
        onFix={(blockId) => {
          setBlocked(null);
          if (blockId) goTo(blockId);
        }}
        onAcknowledge={(reason) => blocked && void downloadFile(blocked.kind, reason)}
      />
      <Modal
        open={changes !== null}
        title={t('consolidation.refreshTitle')}
        onCancel={() => setChanges(null)}
        footer={<Button onClick={() => setChanges(null)}>{t('common.close')}</Button>}
        width={820}
      >
        <Flex vertical gap={10} data-testid="consolidation-changes">
          {changes?.length === 0 && <Typography.Text>{t('consolidation.refreshNone')}</Typography.Text>}
          {changes?.map((c) => (
            <Card
              key={`${c.blockId}-${c.change}`}
              size="small"
              data-testid="consolidation-change"
              data-change={c.change}
              title={
                <Space>
                  <Tag>{c.location}</Tag>
                  <Tag color={c.change === 'kept' ? 'gold' : c.change === 'dropped' ? 'red' : 'green'}>
                    {t(`consolidation.change.${c.change}`)}
                  </Tag>
                </Space>
              }
              extra={
                <Button
                  size="small"
                  type="link"
                  onClick={() => {
                    setChanges(null);
                    goTo(c.blockId);
                  }}
                >
                  {t('consolidation.goTo')}
                </Button>
              }
            >
              <ChangeText before={c.before} after={c.after} />
            </Card>
          ))}
        </Flex>
      </Modal>
    </Flex>
  );
}
