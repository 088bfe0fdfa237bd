import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { TASK_STATUSES } from '../../../domain/tracking';
import { tasksApi } from '../../api/endpoints';
import type { TaskCoordinatorPart, TaskDetail, TaskStatus } from '../../api/types';
import { StatusTag } from '../../components/TaskTags';
import { t } from '../../i18n';
import { errorText, isStale } from '../../lib/apiErrors';
import { showSuccess, showWarning } from '../../lib/feedback';
import { formatDateTime } from '../../lib/format';

interface PartForm {
  status: TaskStatus;
  note: string;
}

interface Props {
  task: TaskDetail;
  onSaved: () => Promise<void>;
}

/** Each coordinating unit reports its own part; the lead unit's status is separate. */
export function CoordinatingParts({ task, onSaved }: Props) {
  const [editing, setEditing] = useState<TaskCoordinatorPart | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<PartForm>();
  const editable = new Set(task.permissions.canUpdateParts);

  const save = async () => {
    if (!editing) return;
    const values = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      await tasksApi.updatePart(task.id, editing.id, {
        version: editing.partVersion,
        status: values.status,
        note: values.note.trim(),
      });
      showSuccess(t('taskDetail.parts.saved'));
      setEditing(null);
      await onSaved();
    } catch (err) {
      if (isStale(err)) {
        showWarning(t('tracking.staleHint'));
        setEditing(null);
        await onSaved();
      } else {
        setError(errorText(err));
      }
    } finally {
      setSaving(false);
    }
  };

  const columns: ColumnsType<TaskCoordinatorPart> = [
    { title: t('taskDetail.parts.unit'), key: 'unit', render: (_v, p) => p.shortName ?? p.name },
    {
      title: t('taskDetail.parts.status'),
      key: 'status',
      width: 140,
      render: (_v, p) => <StatusTag status={p.partStatus} />,
    },
    {
      title: t('taskDetail.parts.note'),
      key: 'note',
      render: (_v, p) => p.partNote ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    {
      title: t('taskDetail.parts.updatedAt'),
      key: 'updatedAt',
      width: 150,
      render: (_v, p) => formatDateTime(p.partUpdatedAt) || t('common.none'),
    },
    {
      title: '',
      key: 'edit',
      width: 70,
      render: (_v, p) =>
        editable.has(p.id) && (
          <Button
            size="small"
            icon={<EditOutlined />}
            title={t('taskDetail.parts.edit')}
            aria-label={t('taskDetail.parts.edit')}
            onClick={() => {
              setError(null);
              setEditing(p);
            }}
            data-testid={`part-edit-${p.id}`}
          />
        ),
    },
  ];

  return (
    <Card title={t('taskDetail.parts.title')} data-testid="task-parts">
      <Table<TaskCoordinatorPart>
        rowKey="id"
        rowClassName={(p) => `part-row-${p.id}`}
        size="small"
        columns={columns}
        dataSource={task.coordinatorUnits}
        pagination={false}
        locale={{ emptyText: t('taskDetail.parts.empty') }}
      />
      <Modal
        open={editing !== null}
        title={editing ? t('taskDetail.parts.editTitle', { unit: editing.shortName ?? editing.name }) : ''}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        onOk={() => void save().catch(() => undefined)}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<PartForm>
          form={form}
          layout="vertical"
          requiredMark={false}
          preserve={false}
          initialValues={{ status: editing?.partStatus, note: editing?.partNote ?? '' }}
        >
          <Form.Item name="status" label={t('taskDetail.parts.status')}>
            <Select
              options={TASK_STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
              data-testid="part-status"
            />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('taskDetail.parts.note')}
            rules={[{ required: true, whitespace: true, message: t('tasks.required.note') }]}
          >
            <Input.TextArea rows={3} maxLength={5000} data-testid="part-note" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
