import { Form, InputNumber, Modal, Select } from 'antd';
import type { Campaign } from '../../api/emulation';
import type { QualityRating } from '../../../domain/emulation/ratings';
import { t } from '../../i18n';
import { RATING_OPTIONS } from './labels';

interface Props {
  open: boolean;
  title: string;
  criteria: Campaign['criteria'];
  /** Self-assessment asks for the person's own rating too. */
  withRating: boolean;
  onClose: () => void;
  onSave: (scores: Record<string, number>, rating: QualityRating | null) => Promise<void>;
}

/** Scores per criterion of the movement's table (self-score or the council's), within each maximum. */
export function ScoreModal({ open, title, criteria, withRating, onClose, onSave }: Props) {
  const [form] = Form.useForm<Record<string, number | string>>();
  const submit = async () => {
    const values = await form.validateFields();
    const scores = Object.fromEntries(criteria.map((c) => [c.key, Number(values[c.key] ?? 0)]));
    await onSave(scores, withRating ? (values.rating as QualityRating) : null);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'score-ok' }}
    >
      <Form form={form} layout="vertical" data-testid="score-form">
        {criteria.map((c) => (
          <Form.Item
            key={c.key}
            name={c.key}
            label={t('emulation.scoreOf', { label: c.label, max: c.max })}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={c.max} data-testid={`score-${c.key}`} />
          </Form.Item>
        ))}
        {withRating ? (
          <Form.Item name="rating" label={t('emulation.rating')} rules={[{ required: true }]}>
            <Select options={RATING_OPTIONS} data-testid="score-rating" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
