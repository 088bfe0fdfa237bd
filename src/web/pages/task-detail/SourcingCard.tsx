import { Button, Card, DatePicker, Descriptions, Flex, Form, Input, List, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { extensionsApi, type Extension } from '../../api/task-sources';
import type { TaskDetail } from '../../api/types';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { formatIsoDate } from '../../lib/format';
import { useMe } from '../../auth/AuthContext';
import { sourceCitation } from '../../../domain/directives/citation';

const noExtensions: Extension[] = [];

/** Where the task comes from, who answers for it, and its deadline extensions (request and decision). */
export function SourcingCard({ task, onSaved }: { task: TaskDetail; onSaved: () => void }) {
  const { data: extensions = noExtensions, refetch: reload } = useQuery({
    queryKey: ['tasks', task.id, 'extensions'],
    queryFn: async () => (await extensionsApi.ofTask(task.id)).extensions,
  });
  const { sourcing } = task;
  const me = useMe();
  // The server decides (extensions.service.ts); the buttons show for the same people.
  const canDecide = me.id === sourcing.leader?.id || me.id === sourcing.assignedBy;
  const open = task.current !== null && task.current.status !== 'done' && task.current.status !== 'cancelled';
  const changed = () => {
    void reload();
    onSaved();
  };
  return (
    <Card title={t('extensions.title')} data-testid="sourcing-card">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('extensions.source')}>
          <span data-testid="sourcing-citation">{sourceCitation(sourcing.source)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('extensions.leader')}>
          {sourcing.leader?.name ?? t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('extensions.focal')}>
          {sourcing.focalPerson?.name ?? t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('extensions.priority')}>{sourcing.priorityLabel}</Descriptions.Item>
      </Descriptions>
      {sourcing.extensions.count > 0 && (
        <Tag color="purple" data-testid="extension-count">
          {t('extensions.count', { count: sourcing.extensions.count })}
        </Tag>
      )}
      <List
        size="small"
        dataSource={extensions}
        locale={{ emptyText: t('extensions.none') }}
        data-testid="extension-list"
        renderItem={(e) => <ExtensionItem extension={e} canDecide={canDecide} onDecided={changed} />}
      />
      {open && task.permissions.canUpdate && !sourcing.extensions.pending && (
        <RequestForm taskId={task.id} onSent={changed} />
      )}
    </Card>
  );
}

function ExtensionItem({
  extension: e,
  canDecide,
  onDecided,
}: {
  extension: Extension;
  canDecide: boolean;
  onDecided: () => void;
}) {
  const [date, setDate] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (approve: boolean) => {
    setBusy(true);
    try {
      await extensionsApi.decide(e.id, { approve, date: date ? date.format('YYYY-MM-DD') : undefined });
      showSuccess(t('extensions.decided'));
      onDecided();
    } finally {
      setBusy(false);
    }
  };
  return (
    <List.Item data-testid={`extension-${e.status}`}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <span>
          <Tag color={e.status === 'approved' ? 'green' : e.status === 'refused' ? 'red' : 'gold'}>
            {e.statusLabel}
          </Tag>
          {t('extensions.line', {
            who: e.requestedBy,
            unit: e.unitName ?? '',
            date: formatIsoDate(e.proposedDate),
            reason: e.reason,
          })}
        </span>
        <Typography.Text type="secondary">
          {t('extensions.previous', { date: formatIsoDate(e.previousDeadline) })}
        </Typography.Text>
        {e.status === 'approved' && e.approvedDate && (
          <Typography.Text>
            {t('extensions.approvedTo', { date: formatIsoDate(e.approvedDate), who: e.decidedBy ?? '' })}
          </Typography.Text>
        )}
        {e.status === 'pending' && canDecide && (
          <Flex wrap gap={8}>
            <DatePicker
              format="DD/MM/YYYY"
              placeholder={t('extensions.otherDate')}
              value={date}
              onChange={setDate}
            />
            <Button
              type="primary"
              loading={busy}
              onClick={() => void decide(true)}
              data-testid="extension-approve"
            >
              {t('extensions.approve')}
            </Button>
            <Button danger loading={busy} onClick={() => void decide(false)} data-testid="extension-refuse">
              {t('extensions.refuse')}
            </Button>
          </Flex>
        )}
      </Flex>
    </List.Item>
  );
}

function RequestForm({ taskId, onSent }: { taskId: string; onSent: () => void }) {
  const [form] = Form.useForm<{ reason: string; proposedDate: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { reason: string; proposedDate: Dayjs }) => {
    setBusy(true);
    try {
      await extensionsApi.request(taskId, {
        reason: values.reason,
        proposedDate: values.proposedDate.format('YYYY-MM-DD'),
      });
      showSuccess(t('extensions.sent'));
      form.resetFields();
      onSent();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="extension-form">
      <Typography.Title level={5}>{t('extensions.request')}</Typography.Title>
      <Form.Item name="reason" label={t('extensions.reason')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} data-testid="extension-reason" />
      </Form.Item>
      <Form.Item name="proposedDate" label={t('extensions.proposedDate')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" data-testid="extension-date" />
      </Form.Item>
      <Button htmlType="submit" loading={busy} data-testid="extension-send">
        {t('extensions.send')}
      </Button>
    </Form>
  );
}
