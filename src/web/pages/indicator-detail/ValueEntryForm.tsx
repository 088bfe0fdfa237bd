import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { indicatorsApi } from '../../api/endpoints';
import type { IndicatorDetail, IndicatorValueInput } from '../../api/types';
import { t } from '../../i18n';
import { errorText, isStale } from '../../lib/apiErrors';
import { showSuccess, showWarning } from '../../lib/feedback';
import {
  breakdownLabel,
  existingValue,
  fractionPercent,
  violationsOf,
  type RuleViolation,
} from '../../lib/indicatorEntry';
import { currentChoice, periodCodeOf, type PeriodChoice } from '../../lib/periodPicker';
import { formatIndicatorValue } from '../indicators/IndicatorCells';
import { PeriodPicker } from './PeriodPicker';

interface FormValues {
  mode: 'value' | 'fraction';
  value?: number;
  numerator?: number;
  denominator?: number;
  asOf: Dayjs;
  source?: string;
  breakdown?: string;
}

interface Props {
  detail: IndicatorDetail;
  onSaved: (detail: IndicatorDetail) => void;
  onStale: () => Promise<void>;
}

/** Enter or correct the value of one period; rule violations are shown and saved only when confirmed. */
export function ValueEntryForm({ detail, onSaved, onStale }: Props) {
  const [form] = Form.useForm<FormValues>();
  const today = dayjs().format('YYYY-MM-DD');
  const [period, setPeriod] = useState<PeriodChoice>(() =>
    currentChoice(
      'quarter',
      today.startsWith(String(detail.plan.year)) ? today : `${detail.plan.year}-12-31`,
    ),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [violations, setViolations] = useState<RuleViolation[] | null>(null);
  // undefined until the form has mounted
  const mode =
    (Form.useWatch('mode', form) as FormValues['mode'] | undefined) ??
    (detail.unit === 'percent' ? 'fraction' : 'value');
  const numerator = Form.useWatch('numerator', form);
  const denominator = Form.useWatch('denominator', form);
  const breakdown = Form.useWatch('breakdown', form) ?? '';
  const code = periodCodeOf(period);
  const existing = existingValue(detail.values, code, breakdown);
  const computed = fractionPercent(numerator, denominator);
  const breakdowns = [
    ...new Set([
      '',
      ...detail.annualTargets.map((a) => a.breakdown),
      ...detail.values.map((v) => v.breakdown),
    ]),
  ];

  const save = async (confirmViolations: boolean) => {
    const values = await form.validateFields();
    const input: IndicatorValueInput = {
      period: code,
      asOf: values.asOf.format('YYYY-MM-DD'),
      source: values.source?.trim() || undefined,
      // the breakdown field is only shown when the indicator has breakdowns
      breakdown: values.breakdown?.trim() || undefined,
      version: existing?.version,
      confirmViolations: confirmViolations || undefined,
      ...(values.mode === 'fraction'
        ? { numerator: values.numerator, denominator: values.denominator }
        : { value: values.value }),
    };
    setSaving(true);
    setError(null);
    try {
      const saved = await indicatorsApi.putValue(detail.id, input);
      setViolations(null);
      showSuccess(t('indicatorDetail.entry.saved'));
      form.resetFields(['value', 'numerator', 'denominator']);
      onSaved(saved);
    } catch (err) {
      const found = violationsOf(err);
      if (found) setViolations(found);
      else if (isStale(err)) {
        showWarning(t('tracking.staleHint'));
        await onStale();
      } else setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  if (!detail.permissions.canEnterValues) {
    return (
      <Card title={t('indicatorDetail.entry.title')}>
        <Typography.Text type="secondary">{t('indicatorDetail.entry.readOnly')}</Typography.Text>
      </Card>
    );
  }

  return (
    <Card title={t('indicatorDetail.entry.title')} data-testid="value-entry">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ mode, asOf: dayjs(), breakdown: '' }}
        onValuesChange={() => setViolations(null)}
        onFinish={() => void save(false)}
      >
        <Form.Item label={t('indicatorDetail.entry.period')}>
          <PeriodPicker
            value={period}
            onChange={(p) => {
              setPeriod(p);
              setViolations(null);
            }}
          />
        </Form.Item>
        {breakdowns.length > 1 && (
          <Form.Item name="breakdown" label={t('indicatorDetail.entry.breakdown')}>
            <Select
              options={breakdowns.map((b) => ({
                value: b,
                label: breakdownLabel(detail, b, t('indicatorDetail.wholeIndicator')),
              }))}
            />
          </Form.Item>
        )}
        {existing && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('indicatorDetail.entry.existing', {
              value:
                existing.value === null
                  ? t('common.none')
                  : formatIndicatorValue(existing.value, detail.unit),
            })}
            data-testid="value-existing"
          />
        )}
        <Form.Item name="mode" label={t('indicatorDetail.entry.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'value', label: t('indicatorDetail.entry.modeValue') },
              { value: 'fraction', label: t('indicatorDetail.entry.modeFraction') },
            ]}
          />
        </Form.Item>
        {mode === 'value' ? (
          <Form.Item
            name="value"
            label={t('indicatorDetail.entry.value')}
            rules={[{ required: true, message: t('indicatorDetail.entry.valueRequired') }]}
          >
            <InputNumber
              decimalSeparator=","
              style={{ width: 200 }}
              suffix={detail.unit === 'percent' ? '%' : undefined}
              data-testid="value-value"
            />
          </Form.Item>
        ) : (
          <Row gutter={16} align="bottom">
            <Col>
              <Form.Item
                name="numerator"
                label={t('indicatorDetail.entry.numerator')}
                rules={[{ required: true, message: t('indicatorDetail.entry.fractionRequired') }]}
              >
                <InputNumber
                  min={0}
                  decimalSeparator=","
                  style={{ width: 160 }}
                  data-testid="value-numerator"
                />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item
                name="denominator"
                label={t('indicatorDetail.entry.denominator')}
                rules={[{ required: true, message: t('indicatorDetail.entry.fractionRequired') }]}
              >
                <InputNumber
                  min={0}
                  decimalSeparator=","
                  style={{ width: 160 }}
                  data-testid="value-denominator"
                />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item>
                <Typography.Text strong data-testid="value-computed">
                  {computed === null
                    ? ''
                    : t('indicatorDetail.entry.computed', { value: computed.toLocaleString('vi-VN') })}
                </Typography.Text>
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              name="asOf"
              label={t('indicatorDetail.entry.asOf')}
              rules={[{ required: true, message: t('indicatorDetail.entry.asOfRequired') }]}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="value-as-of" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="source" label={t('indicatorDetail.entry.source')}>
              <Input
                maxLength={500}
                placeholder={t('indicatorDetail.entry.sourcePlaceholder')}
                data-testid="value-source"
              />
            </Form.Item>
          </Col>
        </Row>
        {violations && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('indicatorDetail.entry.violations')}
            description={
              <Flex vertical gap={4}>
                {violations.map((v, i) => (
                  <Typography.Text key={i}>{v.message}</Typography.Text>
                ))}
                <Typography.Text type="secondary">
                  {t('indicatorDetail.entry.violationsHint')}
                </Typography.Text>
              </Flex>
            }
            action={
              <Button
                danger
                size="small"
                loading={saving}
                onClick={() => void save(true)}
                data-testid="value-save-anyway"
              >
                {t('indicatorDetail.entry.saveAnyway')}
              </Button>
            }
            data-testid="value-violations"
          />
        )}
        <Button type="primary" htmlType="submit" loading={saving} data-testid="value-submit">
          {t('indicatorDetail.entry.submit')}
        </Button>
      </Form>
    </Card>
  );
}
