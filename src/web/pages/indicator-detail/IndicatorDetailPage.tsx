import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  List,
  Result,
  Row,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { keys, queries, useInvalidate } from '../../api/queries';
import type { IndicatorDetail, IndicatorValueRow } from '../../api/types';
import { FullPageSpin } from '../../auth/guards';
import { EChart } from '../../components/EChart';
import { t } from '../../i18n';
import { valuesOption } from '../../lib/charts';
import { formatIsoDate } from '../../lib/format';
import { breakdownLabel, targetLine, valueSeries } from '../../lib/indicatorEntry';
import { EvaluationTag, ForecastCell, formatIndicatorValue } from '../indicators/IndicatorCells';
import { ValueEntryForm } from './ValueEntryForm';

type History = IndicatorDetail['history'][number];

function ValuesChart({ detail }: { detail: IndicatorDetail }) {
  const option = useMemo(() => {
    const points = valueSeries(detail.values).map((v) => ({ label: v.periodLabel, value: v.value ?? 0 }));
    const annual = detail.annualTargets.find((a) => a.breakdown === '');
    return valuesOption(
      points,
      targetLine(detail),
      t('indicatorDetail.chartTarget', { target: annual?.text ?? '' }),
    );
  }, [detail]);
  if (valueSeries(detail.values).length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicatorDetail.noValues')} />;
  }
  return <EChart option={option} style={{ height: 280 }} data-testid="indicator-chart" />;
}

export default function IndicatorDetailPage() {
  const { id = '' } = useParams();
  const query = queries.indicator(id);
  const { data: detail, isFetching: loading, isError: failed } = useQuery(query);
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const reload = () => invalidate(keys.indicators);
  const setData = (update: () => IndicatorDetail) => {
    queryClient.setQueryData(query.queryKey, update);
    void invalidate([...keys.indicators, 'list'], keys.stats);
  };

  if (!detail && loading) return <FullPageSpin />;
  if (!detail || failed) {
    return (
      <Result
        status="404"
        title={t('indicatorDetail.notFound')}
        extra={
          <Link to="/indicators">
            <Button type="primary">{t('indicatorDetail.back')}</Button>
          </Link>
        }
      />
    );
  }
  const hasBreakdowns = detail.values.some((v) => v.breakdown !== '');

  const valueColumns: ColumnsType<IndicatorValueRow> = [
    { title: t('indicatorDetail.col.period'), dataIndex: 'periodLabel' },
    ...(hasBreakdowns
      ? [
          {
            title: t('indicatorDetail.col.breakdown'),
            key: 'breakdown',
            render: (_v: unknown, v: IndicatorValueRow) =>
              breakdownLabel(detail, v.breakdown, t('indicatorDetail.wholeIndicator')),
          },
        ]
      : []),
    {
      title: t('indicatorDetail.col.value'),
      key: 'value',
      render: (_v, v) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>
            {v.value === null ? t('common.none') : formatIndicatorValue(v.value, detail.unit)}
          </Typography.Text>
          {v.numerator !== null && v.denominator !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {`${v.numerator.toLocaleString('vi-VN')}/${v.denominator.toLocaleString('vi-VN')}`}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('indicatorDetail.col.asOf'), key: 'asOf', render: (_v, v) => formatIsoDate(v.asOf) },
    {
      title: t('indicatorDetail.col.target'),
      key: 'target',
      render: (_v, v) => v.target ?? t('common.none'),
    },
    {
      title: t('indicatorDetail.col.evaluation'),
      key: 'evaluation',
      render: (_v, v) => (
        <Flex vertical gap={2} align="start">
          <EvaluationTag verdict={v.verdict} />
          {v.flags.map((f, i) => (
            <Typography.Text key={i} type="warning" style={{ fontSize: 12 }}>
              {f.message}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      title: t('indicatorDetail.col.source'),
      key: 'source',
      render: (_v, v) => (
        <Flex vertical gap={0}>
          <span>{v.source ?? t('common.none')}</span>
          {v.enteredByName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {v.enteredByName}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  const historyColumns: ColumnsType<History> = [
    { title: t('indicatorDetail.historyCol.year'), dataIndex: 'year', width: 80 },
    {
      title: t('indicatorDetail.historyCol.plan'),
      key: 'plan',
      render: (_v, h) =>
        h.itemId === detail.id ? (
          h.planTitle
        ) : (
          <Link to={`/indicators/${encodeURIComponent(h.itemId)}`}>{h.planTitle}</Link>
        ),
    },
    {
      title: t('indicatorDetail.historyCol.target'),
      key: 'target',
      render: (_v, h) => h.target ?? t('common.none'),
    },
    {
      title: t('indicatorDetail.historyCol.latest'),
      key: 'latest',
      render: (_v, h) =>
        h.latest ? formatIndicatorValue(h.latest.value, detail.unit) : t('indicators.noValue'),
    },
    {
      title: t('indicatorDetail.historyCol.evaluation'),
      key: 'evaluation',
      render: (_v, h) => <EvaluationTag verdict={h.verdict} />,
    },
    {
      title: t('indicatorDetail.historyCol.change'),
      key: 'change',
      render: (_v, h) =>
        h.change === null
          ? t('common.none')
          : t('indicatorDetail.change', {
              sign: h.change > 0 ? '+' : '',
              value: h.change.toLocaleString('vi-VN', { maximumFractionDigits: 2 }),
            }),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="indicator-detail">
      <Link to="/indicators">
        <ArrowLeftOutlined /> {t('indicatorDetail.back')}
      </Link>
      <Card>
        <Flex vertical gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {detail.content}
          </Typography.Title>
          <Flex wrap gap={8} align="center">
            <EvaluationTag verdict={detail.verdict} />
            <Typography.Text data-testid="indicator-summary">{detail.summary}</Typography.Text>
          </Flex>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('indicatorDetail.plan')}>
              <Link to={`/plans/${encodeURIComponent(detail.plan.id)}`}>
                {[detail.plan.number, detail.plan.title].filter(Boolean).join(' – ')}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('indicatorDetail.target')}>
              <Flex wrap gap={4}>
                {detail.annualTargets.length === 0
                  ? (detail.target ?? t('common.none'))
                  : detail.annualTargets.map((a) => (
                      <Tag key={a.breakdown} color="blue" style={{ marginInlineEnd: 0 }}>
                        {a.breakdown ? `${a.breakdown}: ${a.text}` : a.text}
                      </Tag>
                    ))}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('indicatorDetail.lead')}>
              {detail.leadUnits.map((u) => u.name).join(', ') || t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('indicatorDetail.coordinators')}>
              {detail.coordinatorUnits.map((u) => u.name).join(', ') || t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('indicators.col.forecast')}>
              <ForecastCell row={detail} />
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card title={t('indicatorDetail.chart')}>
              <ValuesChart detail={detail} />
            </Card>
            <Card title={t('indicatorDetail.values')}>
              <Table<IndicatorValueRow>
                rowKey="id"
                size="small"
                columns={valueColumns}
                dataSource={detail.values}
                pagination={false}
                locale={{ emptyText: t('indicatorDetail.noValues') }}
                data-testid="indicator-values"
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <ValueEntryForm detail={detail} onSaved={(saved) => setData(() => saved)} onStale={reload} />
            {detail.targets.length > 0 && (
              <Card title={t('indicatorDetail.periodTargets')} size="small">
                <List
                  size="small"
                  dataSource={detail.targets}
                  renderItem={(target) => (
                    <List.Item>
                      <span>
                        {target.periodLabel}
                        {target.breakdown ? ` · ${target.breakdown}` : ''}
                      </span>
                      <Tag style={{ marginInlineEnd: 0 }}>{target.text}</Tag>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            {detail.rules.length > 0 && (
              <Card title={t('indicatorDetail.rules')} size="small">
                <List
                  size="small"
                  dataSource={detail.rules}
                  renderItem={(rule) => <List.Item>{rule.description}</List.Item>}
                />
              </Card>
            )}
          </Flex>
        </Col>
      </Row>
      <Card title={t('indicatorDetail.history')}>
        <Table<History>
          rowKey="itemId"
          size="small"
          columns={historyColumns}
          dataSource={detail.history}
          pagination={false}
          locale={{ emptyText: t('indicatorDetail.noHistory') }}
          data-testid="indicator-history"
        />
      </Card>
    </Flex>
  );
}
