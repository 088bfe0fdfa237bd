import { Flex, InputNumber, Select, Typography } from 'antd';
import { t } from '../../i18n';
import {
  PICKER_KINDS,
  periodCodeOf,
  periodOptions,
  rekind,
  type PeriodChoice,
  type PickerKind,
} from '../../lib/periodPicker';

interface Props {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
}

/** Kind, year and the period within the year; shows the code that will be stored. */
export function PeriodPicker({ value, onChange }: Props) {
  const options = periodOptions(value.kind, value.year);
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap>
        <Select<PickerKind>
          value={value.kind}
          onChange={(kind) => onChange(rekind(value, kind))}
          options={PICKER_KINDS.map((k) => ({ value: k, label: t(`indicatorDetail.periodKind.${k}`) }))}
          style={{ width: 120 }}
          aria-label={t('indicatorDetail.entry.periodKind')}
          data-testid="period-kind"
        />
        <InputNumber
          value={value.year}
          min={2000}
          max={2100}
          onChange={(year) => year && onChange(rekind(value, value.kind, year))}
          style={{ width: 100 }}
          aria-label={t('indicatorDetail.entry.year')}
          data-testid="period-year"
        />
        {options.length > 1 && (
          <Select<number>
            value={value.index}
            onChange={(index) => onChange({ ...value, index })}
            options={options.map((o) => ({ value: o.index, label: o.label }))}
            style={{ width: 200 }}
            aria-label={t('indicatorDetail.entry.period')}
            data-testid="period-index"
          />
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="period-code">
        {t('indicatorDetail.entry.code', { code: periodCodeOf(value) })}
      </Typography.Text>
    </Flex>
  );
}
