import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, List, Modal, Row, Select, Table, Typography, Upload } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { statsApi, tasksApi } from '../../api/endpoints';
import { taskSourcesApi, type DirectivePreview, type TaskSource } from '../../api/task-sources';
import type { TaskRow } from '../../api/types';
import { Deadline, StatusTag, TimelinessTag, UnitNames } from '../../components/TaskTags';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { formatIsoDate } from '../../lib/format';
import { TASK_SOURCE_KINDS } from '../../../domain/directives/kinds';
import { SourceForm, SourceTaskForm } from './SourceForms';

const noSources: TaskSource[] = [];

/** Văn bản giao việc: documents outside the plans, their tasks and their progress. */
export default function TaskSourcesPage() {
  const { data: sources = noSources, refetch: reload } = useQuery({
    queryKey: ['plans', 'task-sources'],
    queryFn: async () => (await taskSourcesApi.list()).sources,
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [preview, setPreview] = useState<DirectivePreview | null>(null);
  const source = sources.find((s) => s.id === selected) ?? null;

  return (
    <Flex vertical gap={16} data-testid="task-sources-page">
      <Card
        title={t('taskSources.title')}
        extra={
          <Flex gap={8}>
            <Upload
              accept=".docx,.pdf,.txt"
              showUploadList={false}
              beforeUpload={(file) => {
                void taskSourcesApi.previewDirective(file).then(setPreview);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="directive-import">
                {t('taskSources.import')}
              </Button>
            </Upload>
            <Button type="primary" onClick={() => setAdding(true)} data-testid="source-add">
              {t('taskSources.add')}
            </Button>
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">{t('taskSources.hint')}</Typography.Paragraph>
        <Table<TaskSource>
          rowKey="id"
          size="small"
          dataSource={sources}
          pagination={false}
          locale={{ emptyText: <Empty description={t('taskSources.empty')} /> }}
          onRow={(row) => ({ onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
          rowClassName={(row) => (row.id === selected ? 'ant-table-row-selected' : '')}
          data-testid="source-table"
          columns={[
            { title: t('taskSources.kind'), dataIndex: 'kindLabel', width: 170 },
            { title: t('taskSources.number'), dataIndex: 'number', width: 140 },
            {
              title: t('taskSources.date'),
              dataIndex: 'date',
              width: 110,
              render: (d: string | null) => formatIsoDate(d),
            },
            { title: t('taskSources.titleField'), dataIndex: 'title' },
            { title: t('taskSources.tasks'), dataIndex: 'tasks', width: 110, align: 'right' },
          ]}
        />
      </Card>
      {source ? (
        <SourceDetail key={source.id} source={source} onChanged={() => void reload()} />
      ) : (
        <Typography.Text type="secondary">{t('taskSources.select')}</Typography.Text>
      )}
      <Modal
        open={adding}
        title={t('taskSources.add')}
        footer={null}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <SourceForm
          onSaved={(s) => {
            setAdding(false);
            void reload().then(() => setSelected(s.id));
          }}
        />
      </Modal>
      {preview && (
        <DirectivePreviewModal
          preview={preview}
          onClose={() => setPreview(null)}
          onSaved={(id) => {
            setPreview(null);
            void reload().then(() => setSelected(id));
          }}
        />
      )}
    </Flex>
  );
}

function DirectivePreviewModal({
  preview,
  onClose,
  onSaved,
}: {
  preview: DirectivePreview;
  onClose: () => void;
  onSaved: (sourceId: string) => void;
}) {
  const [kind, setKind] = useState(preview.suggestedKind);
  const [saving, setSaving] = useState(false);
  const { document, items } = preview.result;
  const commit = async () => {
    setSaving(true);
    try {
      const { sourceId } = await taskSourcesApi.commitDirective(preview.previewId, {
        sourceKind: kind,
        confirmIssuer: true,
      });
      showSuccess(t('taskSources.imported'));
      onSaved(sourceId);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      width={900}
      title={t('taskSources.previewTitle', { count: items.length })}
      onCancel={onClose}
      okText={t('taskSources.commit')}
      onOk={() => void commit()}
      confirmLoading={saving}
    >
      <Flex vertical gap={8}>
        <Typography.Text strong>
          {[document.number, document.title].filter(Boolean).join(' – ')}
        </Typography.Text>
        <Select
          value={kind}
          onChange={setKind}
          style={{ width: 260 }}
          options={TASK_SOURCE_KINDS.map((k) => ({ value: k, label: t(`sourceKind.${k}`) }))}
        />
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item>
              <Flex vertical>
                <span>
                  <b>{[item.ordinal, item.subLabel].filter(Boolean).join('.')}.</b> {item.content}
                </span>
                <Typography.Text type="secondary">
                  {t('taskSources.lead')}: {item.lead.join(', ') || '—'} · {t('taskSources.coordinators')}:{' '}
                  {item.coordinators.join(', ') || '—'} · {item.timeframe.raw}
                </Typography.Text>
                {item.warnings.map((w) => (
                  <Typography.Text key={w} type="warning">
                    {w}
                  </Typography.Text>
                ))}
              </Flex>
            </List.Item>
          )}
        />
      </Flex>
    </Modal>
  );
}

function SourceDetail({ source, onChanged }: { source: TaskSource; onChanged: () => void }) {
  const { units } = useOrgTree();
  const { data, refetch: reload } = useQuery({
    queryKey: ['plans', 'task-sources', source.id, 'progress'],
    queryFn: async () => {
      const [list, stats] = await Promise.all([
        tasksApi.list({ planId: source.id }, 1, 200),
        statsApi.tasks({ planId: source.id }),
      ]);
      return { rows: list.items, stats };
    },
  });
  const stats = data?.stats;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          title={`${source.kindLabel} ${source.number ?? ''}`.trim()}
          extra={
            <Button
              onClick={() => void tasksApi.exportXlsx({ planId: source.id })}
              data-testid="source-export"
            >
              {t('taskSources.export')}
            </Button>
          }
          data-testid="source-detail"
        >
          <Typography.Paragraph>{source.title}</Typography.Paragraph>
          {stats && (
            <Typography.Paragraph data-testid="source-stats">
              <b>{t('taskSources.progress')}:</b>{' '}
              {stats.completionRate === null
                ? t('taskSources.noRate')
                : t('taskSources.rate', { rate: `${stats.completionRate}%` })}
              .{' '}
              {t('taskSources.stats', {
                due: stats.due,
                onTime: stats.doneOnTime,
                byExtension: stats.doneOnTimeExtended,
                late: stats.doneLate,
                overdue: stats.overdue,
                inProgress: stats.inProgress,
                extended: stats.extended,
              })}
            </Typography.Paragraph>
          )}
          <Table<TaskRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.rows ?? []}
            data-testid="source-tasks"
            columns={[
              {
                title: t('taskSources.itemNumber'),
                width: 60,
                render: (_, r) => r.sourcing.source.itemNumber ?? '',
              },
              {
                title: t('taskSources.content'),
                render: (_, r) => <Link to={`/tasks/${encodeURIComponent(r.id)}`}>{r.content}</Link>,
              },
              {
                title: t('taskSources.lead'),
                width: 140,
                render: (_, r) => <UnitNames units={r.leadUnits} color="blue" />,
              },
              {
                title: t('taskSources.dueDate'),
                width: 130,
                render: (_, r) =>
                  r.current ? (
                    <Deadline
                      deadline={r.current.deadline}
                      dueDate={r.current.dueDate}
                      overdue={r.current.timeliness === 'overdue'}
                    />
                  ) : null,
              },
              {
                title: '',
                width: 220,
                render: (_, r) =>
                  r.current ? (
                    <Flex wrap gap={4}>
                      <StatusTag status={r.current.status} />
                      <TimelinessTag timeliness={r.current.timeliness} />
                    </Flex>
                  ) : null,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('taskSources.addTask')}>
          <SourceTaskForm
            sourceId={source.id}
            units={units}
            onSaved={() => {
              void reload();
              onChanged();
            }}
          />
        </Card>
      </Col>
    </Row>
  );
}
