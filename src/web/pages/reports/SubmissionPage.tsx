import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  CloudSyncOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Result, Row, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Submission } from '../../api/reports';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { RichTextField } from './RichTextField';
import { SubmissionActions } from './SubmissionActions';
import { Attachments, Comments, DataFormTable, TaskProgress } from './SubmissionPanels';
import { StatusTags, vietnamDateTime } from './tags';
import { isEditable, sectionSlots, useSubmissionDraft, type SaveState } from './useSubmissionDraft';
import { VersionDiff } from './VersionDiff';
import './reports.css';

function SaveStatus({ state }: { state: SaveState }) {
  const text = (() => {
    switch (state.kind) {
      case 'idle':
        return null;
      case 'dirty':
        return { icon: <CloudSyncOutlined />, type: 'secondary' as const, text: t('submission.unsaved') };
      case 'saving':
        return { icon: <CloudSyncOutlined spin />, type: 'secondary' as const, text: t('submission.saving') };
      case 'saved':
        return {
          icon: <CheckCircleOutlined />,
          type: 'success' as const,
          text: t('submission.savedAt', { time: formatDateTime(state.at).slice(11) }),
        };
      case 'conflict':
        return { icon: <WarningOutlined />, type: 'danger' as const, text: t('submission.conflictTitle') };
      case 'error':
        return { icon: <WarningOutlined />, type: 'warning' as const, text: t('submission.unsaved') };
    }
  })();
  if (!text) return null;
  return (
    <Typography.Text type={text.type} data-testid="submission-save-state" data-state={state.kind}>
      {text.icon} {text.text}
    </Typography.Text>
  );
}

function Header({ s, save }: { s: Submission; save: SaveState }) {
  return (
    <Flex vertical gap={4}>
      <Link to="/reports">
        <ArrowLeftOutlined /> {t('reports.back')}
      </Link>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="submission-title">
        {t('submission.title', { regime: s.regime.name, period: s.period.label })}
      </Typography.Title>
      <Flex gap={12} wrap align="center">
        <Typography.Text>{t('submission.unit', { unit: s.unit.name })}</Typography.Text>
        <Typography.Text type="secondary">
          {t('submission.receiver', { unit: s.regime.receivingUnit.name })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('submission.due', { date: vietnamDateTime(s.period.dueAt) })}
        </Typography.Text>
        <StatusTags status={s.status} timeliness={s.timeliness} />
        {s.locked && <Tag color="default">{t('submission.lockedHint')}</Tag>}
        <SaveStatus state={save} />
      </Flex>
    </Flex>
  );
}

export default function SubmissionPage() {
  const { id = '' } = useParams();
  const draft = useSubmissionDraft(id);
  const [refreshKey, setRefreshKey] = useState(0);
  const s = draft.submission;
  if (draft.failed && !s) return <Result status="warning" title={t('errors.title')} />;
  if (!s) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;

  const editable = isEditable(s);
  const slots = sectionSlots(s);
  const onDone = (next: Submission) => {
    draft.apply(next);
    setRefreshKey((k) => k + 1);
  };
  const beforeAction = async () => {
    await draft.flush();
    return draft.version.current;
  };

  const content = (
    <Flex vertical gap={16}>
      {s.regime.instructions && (
        <Alert
          type="info"
          showIcon
          title={t('submission.instructions')}
          description={s.regime.instructions}
        />
      )}
      {slots.map((slot, i) => (
        <Card
          key={slot.key}
          size="small"
          title={`${i + 1}. ${slot.domain ? t('submission.domainSection', { title: slot.title, domain: slot.domain }) : slot.title}`}
          data-testid={`section-${slot.key}`}
        >
          <RichTextField
            value={draft.texts[slot.key] ?? ''}
            onChange={(text) => draft.setText(slot.key, text)}
            disabled={!editable}
            placeholder={t('submission.sectionPlaceholder', { title: slot.title })}
            testId={`section-editor-${slot.key}`}
          />
        </Card>
      ))}
      <Card size="small" title={t('submission.tabData')}>
        <DataFormTable submission={s} data={draft.data} editable={editable} onChange={draft.setEntry} />
      </Card>
    </Flex>
  );

  return (
    <Flex vertical gap={16} data-testid="submission-page" data-status={s.status}>
      <Header s={s} save={draft.save} />
      {draft.save.kind === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          title={t('submission.conflictTitle')}
          description={t('submission.conflict')}
          data-testid="submission-conflict"
          action={
            <Space orientation="vertical">
              <Button size="small" type="primary" onClick={() => void draft.resolveConflict(true)}>
                {t('submission.conflictReload')}
              </Button>
              <Button size="small" danger onClick={() => void draft.resolveConflict(false)}>
                {t('submission.conflictDiscard')}
              </Button>
            </Space>
          }
        />
      )}
      {draft.save.kind === 'error' && (
        <Alert type="error" showIcon title={t('submission.saveFailed', { message: draft.save.message })} />
      )}
      {draft.restored && (
        <Alert
          type="info"
          showIcon
          closable
          title={t('submission.restored')}
          data-testid="submission-restored"
        />
      )}
      {!editable && <Alert type="info" title={t('submission.readOnly')} />}
      <SubmissionActions submission={s} beforeAction={beforeAction} onDone={onDone} />
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Tabs
            items={[
              { key: 'content', label: t('submission.tabContent'), children: content },
              {
                key: 'progress',
                label: t('submission.tabProgress'),
                children: <TaskProgress submission={s} />,
              },
              {
                key: 'files',
                label: t('submission.tabFiles'),
                children: (
                  <Attachments
                    submission={s}
                    editable={editable}
                    onUploaded={() => setRefreshKey((k) => k + 1)}
                  />
                ),
              },
              {
                key: 'diff',
                label: t('submission.tabDiff'),
                children: (
                  <VersionDiff
                    submissionId={s.id}
                    slots={slots}
                    texts={draft.texts}
                    // remounted after a workflow step, which freezes a new version
                    key={refreshKey}
                  />
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={7}>
          <Comments key={refreshKey} submissionId={s.id} slots={slots} />
        </Col>
      </Row>
    </Flex>
  );
}
