import { Tag, Tooltip, Typography } from 'antd';
import { VERDICT_LABELS, type Verdict } from '../../../domain/targets/verdict';
import { formatValue } from '../../../domain/tracking/format';
import type { IndicatorRow } from '../../api/types';
import { t } from '../../i18n';

const VERDICT_COLORS: Record<Verdict, string> = {
  met: 'success',
  notMet: 'error',
  incomplete: 'warning',
  noData: 'default',
  notAssessable: 'default',
};

/** The domain's one label set (VERDICT_LABELS), as the API and the reports word it. */
export function EvaluationTag({ verdict }: { verdict: Verdict }) {
  return (
    <Tag color={VERDICT_COLORS[verdict]} data-testid="evaluation-tag" style={{ marginInlineEnd: 0 }}>
      {VERDICT_LABELS[verdict]}
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
