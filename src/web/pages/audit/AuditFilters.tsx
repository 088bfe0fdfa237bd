import { FilterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { t } from '../../i18n';
import { AUDIT_ENTITY_TYPES, auditEntityLabel } from './labels';

const entityOptions = AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: auditEntityLabel(type) }));

export interface AuditFilterValues {
  entityType?: string;
  username?: string;
  from?: string;
  to?: string;
}

interface FormValues {
  entityType?: string;
  username?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export function AuditFilters({ onChange }: { onChange: (values: AuditFilterValues) => void }) {
  const [form] = Form.useForm<FormValues>();

  const apply = (v: FormValues) => {
    const [start, end] = v.range ?? [null, null];
    onChange({
      entityType: v.entityType?.trim() || undefined,
      username: v.username?.trim() || undefined,
      from: start ? start.startOf('day').toISOString() : undefined,
      to: end ? end.endOf('day').toISOString() : undefined,
    });
  };

  return (
    <Form<FormValues> form={form} layout="inline" onFinish={apply} style={{ rowGap: 12, marginBottom: 16 }}>
      <Form.Item name="entityType" label={t('audit.filter.entityType')}>
        <Select
          allowClear
          placeholder={t('audit.allTypes')}
          options={entityOptions}
          style={{ width: 180 }}
          data-testid="audit-filter-entity"
        />
      </Form.Item>
      <Form.Item name="username" label={t('audit.filter.username')}>
        <Input allowClear style={{ width: 160 }} data-testid="audit-filter-username" />
      </Form.Item>
      <Form.Item name="range" label={t('audit.filter.dateRange')}>
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<FilterOutlined />} data-testid="audit-filter-apply">
            {t('audit.filter.apply')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              apply({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
