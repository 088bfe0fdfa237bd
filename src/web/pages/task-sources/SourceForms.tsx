import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { taskSourcesApi, type TaskSource } from '../../api/task-sources';
import type { OrgUnitNode } from '../../api/types';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { TASK_PRIORITIES, TASK_SOURCE_KINDS } from '../../../domain/directives/kinds';

const KINDS = TASK_SOURCE_KINDS.filter((k) => k !== 'plan');
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

interface SourceValues {
  kind: TaskSource['kind'];
  number?: string;
  date: Dayjs;
  issuer?: string;
  title: string;
}

/** "Ghi văn bản": a conclusion notice, a directive… recorded by hand. */
export function SourceForm({ onSaved }: { onSaved: (source: TaskSource) => void }) {
  const [form] = Form.useForm<SourceValues>();
  const [saving, setSaving] = useState(false);
  const submit = async (values: SourceValues) => {
    setSaving(true);
    try {
      const source = await taskSourcesApi.create({
        kind: values.kind,
        number: values.number || undefined,
        date: iso(values.date) ?? '',
        issuer: values.issuer || undefined,
        title: values.title,
      });
      showSuccess(t('taskSources.saved'));
      form.resetFields();
      onSaved(source);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ kind: 'conclusionNotice' }}
      data-testid="source-form"
    >
      <Form.Item name="kind" label={t('taskSources.kind')} rules={[{ required: true }]}>
        <Select
          options={KINDS.map((k) => ({ value: k, label: t(`sourceKind.${k}`) }))}
          data-testid="source-kind"
        />
      </Form.Item>
      <Form.Item name="number" label={t('taskSources.number')}>
        <Input data-testid="source-number" />
      </Form.Item>
      <Form.Item name="date" label={t('taskSources.date')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" data-testid="source-date" />
      </Form.Item>
      <Form.Item name="issuer" label={t('taskSources.issuer')}>
        <Input data-testid="source-issuer" />
      </Form.Item>
      <Form.Item name="title" label={t('taskSources.titleField')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} data-testid="source-title" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="source-save">
        {t('taskSources.save')}
      </Button>
    </Form>
  );
}

interface TaskValues {
  content: string;
  itemNumber?: string;
  leadUnitId: string;
  coordinatorUnitIds?: string[];
  dueDate?: Dayjs;
  priority: (typeof TASK_PRIORITIES)[number];
}

/** "Giao nhiệm vụ": one task of the selected document. */
export function SourceTaskForm({
  sourceId,
  units,
  onSaved,
}: {
  sourceId: string;
  units: readonly OrgUnitNode[];
  onSaved: () => void;
}) {
  const [form] = Form.useForm<TaskValues>();
  const [saving, setSaving] = useState(false);
  const submit = async (values: TaskValues) => {
    setSaving(true);
    try {
      await taskSourcesApi.addTask(sourceId, {
        content: values.content,
        itemNumber: values.itemNumber || undefined,
        leadUnitId: values.leadUnitId,
        coordinatorUnitIds: values.coordinatorUnitIds ?? [],
        dueDate: iso(values.dueDate),
        priority: values.priority,
      });
      showSuccess(t('taskSources.taskAdded'));
      form.resetFields();
      onSaved();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ priority: 'normal' }}
      data-testid="source-task-form"
    >
      <Form.Item name="content" label={t('taskSources.content')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} data-testid="task-content-input" />
      </Form.Item>
      <Form.Item name="itemNumber" label={t('taskSources.itemNumber')}>
        <Input style={{ width: 120 }} data-testid="task-item-number" />
      </Form.Item>
      <Form.Item name="leadUnitId" label={t('taskSources.lead')} rules={[{ required: true }]}>
        <OrgUnitTreeSelect units={units} data-testid="task-lead" />
      </Form.Item>
      <Form.Item name="coordinatorUnitIds" label={t('taskSources.coordinators')}>
        <Select
          mode="multiple"
          options={flatten(units).map((u) => ({ value: u.id, label: u.shortName ?? u.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item name="dueDate" label={t('taskSources.dueDate')}>
        <DatePicker format="DD/MM/YYYY" data-testid="task-due" />
      </Form.Item>
      <Form.Item name="priority" label={t('taskSources.priorityField')}>
        <Select options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="task-save">
        {t('taskSources.addTask')}
      </Button>
    </Form>
  );
}

function flatten(units: readonly OrgUnitNode[]): OrgUnitNode[] {
  return units.flatMap((u) => [u, ...flatten(u.children)]);
}
