import { useQuery } from '@tanstack/react-query';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Flex,
  Input,
  InputNumber,
  List,
  Select,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { queries } from '../../api/queries';
import { submissionsApi, type Submission, type SubmissionComment } from '../../api/reports';
import { t } from '../../i18n';
import { formatDateTime, formatIsoDate } from '../../lib/format';
import { showSuccess } from '../../lib/feedback';
import type { DataEntry, SectionSlot } from './useSubmissionDraft';

type Occurrence = Submission['taskProgress']['done'][number];

export function DataFormTable({
  submission,
  data,
  editable,
  onChange,
}: {
  submission: Submission;
  data: Record<string, DataEntry>;
  editable: boolean;
  onChange: (indicatorId: string, entry: DataEntry) => void;
}) {
  if (submission.dataForm.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('submission.data.empty')} />;
  const num = (id: string, field: 'value' | 'numerator' | 'denominator') => (
    <InputNumber
      value={data[id]?.[field] ?? null}
      onChange={(v) => onChange(id, { [field]: v })}
      disabled={!editable}
      style={{ width: 120 }}
      data-testid={`data-${field}-${id}`}
    />
  );
  return (
    <Table
      size="small"
      rowKey="indicatorId"
      pagination={false}
      dataSource={submission.dataForm}
      data-testid="submission-data"
      columns={[
        {
          title: t('submission.data.indicator'),
          render: (_, row) => (
            <Flex vertical gap={2}>
              <span>{row.content}</span>
              {row.tracked && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('submission.data.tracked', {
                    value:
                      row.tracked.value ?? `${row.tracked.numerator ?? ''}/${row.tracked.denominator ?? ''}`,
                    date: formatIsoDate(row.tracked.asOf),
                  })}
                </Typography.Text>
              )}
              {row.writesBack && <Tag color="blue">{t('submission.data.writesBack')}</Tag>}
            </Flex>
          ),
        },
        { title: t('submission.data.value'), width: 140, render: (_, row) => num(row.indicatorId, 'value') },
        {
          title: t('submission.data.numerator'),
          width: 140,
          render: (_, row) => num(row.indicatorId, 'numerator'),
        },
        {
          title: t('submission.data.denominator'),
          width: 140,
          render: (_, row) => num(row.indicatorId, 'denominator'),
        },
        {
          title: t('submission.data.note'),
          width: 220,
          render: (_, row) => (
            <Input
              value={data[row.indicatorId]?.note ?? ''}
              onChange={(e) => onChange(row.indicatorId, { note: e.target.value })}
              disabled={!editable}
            />
          ),
        },
      ]}
    />
  );
}

function OccurrenceList({ title, items, danger }: { title: string; items: Occurrence[]; danger?: boolean }) {
  return (
    <Card
      size="small"
      title={title}
      styles={{ header: danger && items.length > 0 ? { color: '#cf1322' } : {} }}
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('submission.progress.empty')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items}
          rowKey={(o) => o.occurrenceId}
          renderItem={(o) => (
            <List.Item>
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <span>{o.content}</span>
                <Flex gap={8} wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {o.label}
                    {o.deadline ? ` · ${t('tracking.deadline', { date: formatIsoDate(o.deadline) })}` : ''}
                  </Typography.Text>
                  <Tag>
                    {t('submission.progress.progress')}: {o.progress}%
                  </Tag>
                  {o.completedOn && (
                    <Tag color="green">
                      {t('tracking.completedOn', { date: formatIsoDate(o.completedOn) })}
                    </Tag>
                  )}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** What the unit's tasks show for the period (read-only: it comes from tracking, not from the report). */
export function TaskProgress({ submission }: { submission: Submission }) {
  const p = submission.taskProgress;
  return (
    <Flex vertical gap={12} data-testid="submission-progress">
      <OccurrenceList
        title={t('submission.progress.overdue', { count: p.overdue.length })}
        items={p.overdue}
        danger
      />
      <OccurrenceList
        title={t('submission.progress.inProgress', { count: p.inProgress.length })}
        items={p.inProgress}
      />
      <OccurrenceList title={t('submission.progress.done', { count: p.done.length })} items={p.done} />
    </Flex>
  );
}

export function Attachments({
  submission,
  editable,
  onUploaded,
}: {
  submission: Submission;
  editable: boolean;
  onUploaded: () => void;
}) {
  const [uploading, setUploading] = useState(false);
  return (
    <Flex vertical gap={12}>
      {editable && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            setUploading(true);
            submissionsApi
              .attach(submission.id, file)
              .then(() => {
                showSuccess(t('submission.files.uploaded', { name: file.name }));
                onUploaded();
              })
              .catch(() => undefined)
              .finally(() => setUploading(false));
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading}>
            {t('submission.files.upload')}
          </Button>
        </Upload>
      )}
      {submission.attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('submission.files.empty')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={submission.attachments}
          rowKey="id"
          renderItem={(a) => (
            <List.Item>
              <Button
                type="link"
                icon={<PaperClipOutlined />}
                onClick={() => void submissionsApi.downloadAttachment(submission.id, a.id, a.filename)}
              >
                {a.filename}
              </Button>
              <Typography.Text type="secondary">
                {t('submission.files.size', { size: Math.max(1, Math.round(a.sizeBytes / 1024)) })} ·{' '}
                {formatDateTime(a.createdAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}

const noComments: SubmissionComment[] = [];

export function Comments({ submissionId, slots }: { submissionId: string; slots: SectionSlot[] }) {
  const { data: comments = noComments, refetch: reload } = useQuery(queries.submissionComments(submissionId));
  const [body, setBody] = useState('');
  const [section, setSection] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const titleOf = (key: string | null) => slots.find((s) => s.key === key)?.title ?? key;
  const send = async () => {
    setBusy(true);
    try {
      await submissionsApi.addComment(submissionId, body, section);
      setBody('');
      await reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('submission.comments')} data-testid="submission-comments">
      {comments.length === 0 ? (
        <Typography.Text type="secondary">{t('submission.commentsEmpty')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={comments}
          rowKey="id"
          renderItem={(c) => (
            <List.Item data-testid="submission-comment">
              <Flex vertical gap={2}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.authorName ?? ''} · {formatDateTime(c.createdAt)}
                  {c.sectionKey ? ` · ${titleOf(c.sectionKey) ?? ''}` : ''}
                </Typography.Text>
                <span style={{ whiteSpace: 'pre-wrap' }}>{c.body}</span>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Flex vertical gap={6} style={{ marginTop: 8 }}>
        <Select
          allowClear
          size="small"
          placeholder={t('submission.commentSection')}
          value={section}
          onChange={setSection}
          options={[
            ...slots.map((s) => ({ value: s.key, label: s.domain ? `${s.title} — ${s.domain}` : s.title })),
          ]}
        />
        <Input.TextArea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          placeholder={t('submission.commentPlaceholder')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          data-testid="submission-comment-input"
        />
        <Button
          onClick={() => void send()}
          disabled={body.trim() === ''}
          loading={busy}
          data-testid="submission-comment-send"
        >
          {t('submission.addComment')}
        </Button>
      </Flex>
    </Card>
  );
}
