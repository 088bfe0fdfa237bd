import { Tag, Tooltip, Typography } from 'antd';
import { formatValue } from '../../../domain/tracking/format';
import type { IndicatorRow } from '../../api/types';
import { t } from '../../i18n';

export function EvaluationTag({
  evaluation,
  label,
}: {
  evaluation: IndicatorRow['evaluation'];
  label: string;
}) {
  const color = evaluation === 'met' ? 'success' : evaluation === 'notMet' ? 'error' : 'default';
  return (
    <Tag color={color} data-testid="evaluation-tag" style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

/** A value with its unit, the way reports write it: "75%", "1.559", "hạng 12". */
export function formatIndicatorValue(value: number, unit: string | null): string {
  return formatValue(value, unit ?? 'count');
}

export function ForecastCell({ row }: { row: Pick<IndicatorRow, 'forecast' | 'unit'> }) {
  const { forecast } = row;
  if (!forecast) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Tooltip title={forecast.text}>
      <Typography.Text data-testid="forecast">
        {t('indicators.forecastValue', {
          value: formatIndicatorValue(forecast.value, row.unit),
          method: t(`indicators.forecastMethod.${forecast.method}`),
        })}
      </Typography.Text>
    </Tooltip>
  );
}
