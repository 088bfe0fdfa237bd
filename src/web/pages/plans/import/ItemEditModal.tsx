import { Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { describeTimeframe, normalizeTimeframe } from '../../../../domain/timeframe';
import type { ImportItem, ItemEdit } from '../../../api/types';
import { t } from '../../../i18n';
import { foldText } from '../../../lib/orgTree';
import { diffEdit, editValuesOf, type RowEditValues } from '../../../lib/planEdits';

interface Props {
  index: number;
  /** The row label shown in the title (STT or position). */
  label: string;
  /** The row as the last review read it (edits applied). */
  current: ImportItem;
  /** The row as the document gave it. */
  original: ImportItem;
  edited: boolean;
  planYear: number;
  /** Unit names to pick from in the lead/coordinator inputs. */
  unitNames: readonly { value: string; label: string }[];
  onApply: (edit: ItemEdit | null) => void;
  onClose: () => void;
}

/** Edits one row of the preview; the change is kept in the page until the plan is saved. */
export function ItemEditModal({
  index,
  label,
  current,
  original,
  edited,
  planYear,
  unitNames,
  onApply,
  onClose,
}: Props) {
  const [form] = Form.useForm<RowEditValues>();
  const initial = useMemo(() => editValuesOf(current), [current]);
  const timeframe = (Form.useWatch('timeframe', form) as string | undefined) ?? initial.timeframe;
  const reading = useMemo(
    () => describeTimeframe(normalizeTimeframe(timeframe, { planYear })),
    [timeframe, planYear],
  );

  const apply = async () => {
    const values = await form.validateFields();
    onApply(diffEdit(index, original, values));
  };

  const unitSelect = (testId: string) => (
    <Select
      mode="tags"
      options={[...unitNames]}
      optionLabelProp="value"
      showSearch={{
        filterOption: (input, option) => foldText(option?.label ?? '').includes(foldText(input)),
      }}
      tokenSeparators={[';']}
      placeholder={t('planImport.edit.unitsHint')}
      data-testid={testId}
    />
  );

  return (
    <Modal
      open
      width={760}
      title={t('planImport.edit.title', { row: label })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {edited && (
            <Button onClick={() => onApply(null)} data-testid="edit-restore">
              {t('planImport.edit.restore')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => void apply().catch(() => undefined)} data-testid="edit-apply">
            {t('planImport.edit.apply')}
          </Button>
        </Space>
      }
      data-testid="plan-edit-modal"
    >
      <Form<RowEditValues> form={form} layout="vertical" initialValues={initial} requiredMark={false}>
        <Form.Item
          name="content"
          label={t('planImport.edit.content')}
          rules={[
            { required: true, whitespace: true, message: t('planImport.edit.contentRequired') },
            { max: 5000 },
          ]}
          extra={
            current.content !== original.content ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('planImport.edit.original', { text: original.content })}
              </Typography.Text>
            ) : undefined
          }
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="edit-content" />
        </Form.Item>
        <Form.Item name="lead" label={t('planImport.edit.lead')}>
          {unitSelect('edit-lead')}
        </Form.Item>
        <Form.Item name="coordinators" label={t('planImport.edit.coordinators')}>
          {unitSelect('edit-coordinators')}
        </Form.Item>
        <Form.Item
          name="timeframe"
          label={t('planImport.edit.timeframe')}
          rules={[{ max: 500 }]}
          extra={t('planImport.edit.timeframeHint', { text: reading })}
        >
          <Input allowClear data-testid="edit-timeframe" />
        </Form.Item>
        <Form.Item name="output" label={t('planImport.edit.output')} rules={[{ max: 1000 }]}>
          <Input allowClear data-testid="edit-output" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
