import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { tasksApi } from '../../api/endpoints';
import type { TaskDetail } from '../../api/types';
import { t } from '../../i18n';
import { errorText } from '../../lib/apiErrors';
import { showSuccess, showWarning } from '../../lib/feedback';

interface TriggerForm {
  date: Dayjs;
  description?: string;
  dueMode: 'days' | 'date';
  dueInWorkingDays?: number;
  dueDate?: Dayjs;
}

/** Tasks done "theo sự kiện, yêu cầu": each event recorded here opens an occurrence with its own deadline. */
export function TriggerCard({ task, onSaved }: { task: TaskDetail; onSaved: () => Promise<void> }) {
  const [form] = Form.useForm<TriggerForm>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dueMode = (Form.useWatch('dueMode', form) as TriggerForm['dueMode'] | undefined) ?? 'days';

  const submit = async (values: TriggerForm) => {
    setSaving(true);
    setError(null);
    try {
      const result = await tasksApi.trigger(task.id, {
        date: values.date.format('YYYY-MM-DD'),
        description: values.description?.trim() || undefined,
        ...(values.dueMode === 'days'
          ? { dueInWorkingDays: values.dueInWorkingDays }
          : { dueDate: values.dueDate?.format('YYYY-MM-DD') }),
      });
      if (result.created) showSuccess(t('taskDetail.trigger.created'));
      else showWarning(t('taskDetail.trigger.existed'));
      form.resetFields();
      await onSaved();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('taskDetail.trigger.title')} data-testid="task-trigger">
      <Typography.Paragraph type="secondary">{t('taskDetail.trigger.hint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<TriggerForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ date: dayjs(), dueMode: 'days', dueInWorkingDays: 10 }}
        onFinish={(values) => void submit(values)}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="date"
              label={t('taskDetail.trigger.date')}
              rules={[{ required: true, message: t('taskDetail.trigger.dateRequired') }]}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="trigger-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="description" label={t('taskDetail.trigger.description')}>
              <Input
                maxLength={300}
                placeholder={t('taskDetail.trigger.descriptionPlaceholder')}
                data-testid="trigger-description"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="dueMode" label={t('taskDetail.trigger.dueMode')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'days', label: t('taskDetail.trigger.dueInWorkingDays') },
                  { value: 'date', label: t('taskDetail.trigger.dueDate') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {dueMode === 'days' ? (
              <Form.Item
                name="dueInWorkingDays"
                label={t('taskDetail.trigger.dueInWorkingDays')}
                rules={[{ required: true, message: t('taskDetail.trigger.dueRequired') }]}
              >
                <InputNumber min={0} max={365} style={{ width: '100%' }} data-testid="trigger-days" />
              </Form.Item>
            ) : (
              <Form.Item
                name="dueDate"
                label={t('taskDetail.trigger.dueDate')}
                rules={[{ required: true, message: t('taskDetail.trigger.dueRequired') }]}
              >
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Button
          type="primary"
          htmlType="submit"
          icon={<ThunderboltOutlined />}
          loading={saving}
          data-testid="trigger-submit"
        >
          {t('taskDetail.trigger.submit')}
        </Button>
      </Form>
    </Card>
  );
}
