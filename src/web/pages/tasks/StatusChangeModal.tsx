import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { TaskStatus } from '../../api/types';
import { t } from '../../i18n';
import { moveNeedsReason } from '../../lib/taskBoard';

export interface StatusChange {
  status: TaskStatus;
  note: string;
  reason?: string;
  completedOn?: string;
}

interface FormValues {
  status: TaskStatus;
  note: string;
  reason?: string;
  completedOn?: Dayjs;
}

interface Props {
  open: boolean;
  title: string;
  /** The statuses offered; with one only, it is shown fixed. */
  statuses: readonly TaskStatus[];
  /** Statuses of the tasks being changed, to know when a reason is required. */
  fromStatuses: readonly TaskStatus[];
  initialNote?: string;
  /** Server error to show above the form (the modal stays open). */
  error?: string | null;
  onCancel: () => void;
  onSubmit: (change: StatusChange) => Promise<void>;
}

/**
 * Confirmation of a status change of one task (Kanban move) or of several (bulk update). Mounted
 * afresh for every opening, so the form starts from the status asked for this time.
 */
export function StatusChangeModal(props: Props) {
  return props.open ? <StatusChangeDialog {...props} /> : null;
}

function StatusChangeDialog({
  open,
  title,
  statuses,
  fromStatuses,
  initialNote,
  error,
  onCancel,
  onSubmit,
}: Props) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const status = Form.useWatch('status', form) as TaskStatus | undefined;
  const needsReason = status !== undefined && fromStatuses.some((from) => moveNeedsReason(from, status));

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await onSubmit({
        status: values.status,
        note: values.note.trim(),
        reason: values.reason?.trim() || undefined,
        completedOn: values.status === 'done' ? values.completedOn?.format('YYYY-MM-DD') : undefined,
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('tasks.bulk.confirm')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onCancel}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="status-change-modal"
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="status-change-error"
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        preserve={false}
        initialValues={{
          status: statuses.length === 1 ? statuses[0] : undefined,
          note: initialNote ?? '',
          completedOn: dayjs(),
        }}
      >
        <Form.Item
          name="status"
          label={t('tasks.bulk.status')}
          rules={[{ required: true, message: t('tasks.required.status') }]}
        >
          <Select<TaskStatus>
            disabled={statuses.length === 1}
            options={statuses.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
            data-testid="status-change-status"
          />
        </Form.Item>
        {status === 'done' && (
          <Form.Item
            name="completedOn"
            label={t('tasks.bulk.completedOn')}
            rules={[{ required: true, message: t('tasks.required.completedOn') }]}
          >
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('tasks.bulk.note')}
          rules={[{ required: true, whitespace: true, message: t('tasks.required.note') }]}
        >
          <Input.TextArea rows={3} maxLength={5000} data-testid="status-change-note" />
        </Form.Item>
        {needsReason && (
          <Form.Item
            name="reason"
            label={t('tasks.bulk.reason')}
            rules={[{ required: true, whitespace: true, message: t('tasks.required.reason') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="status-change-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
