import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { plansApi } from '../../api/endpoints';
import type { PlanDetail, PlanRegime } from '../../api/types';
import { t } from '../../i18n';
import { formatIsoDate } from '../../lib/format';
import { rowsFromPlan } from '../../lib/planRows';
import { PlanStatusTags } from './cells';
import { PlanItemsView } from './PlanItemsView';

type State =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; plan: PlanDetail };

function toApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', t('errors.unknown', { status: 0 }));
}

const FREQUENCY_ORDER: PlanRegime['frequency'][] = [
  'weekly',
  'monthly',
  'quarterly',
  'semiannual',
  'nineMonths',
  'annual',
];

/** Finest reporting period first, as the document lists them. */
function byFrequency(regimes: readonly PlanRegime[]): PlanRegime[] {
  return [...regimes].sort(
    (a, b) => FREQUENCY_ORDER.indexOf(a.frequency) - FREQUENCY_ORDER.indexOf(b.frequency),
  );
}

const regimeColumns: ColumnsType<PlanRegime> = [
  { title: t('planDetail.regimeCol.name'), dataIndex: 'name' },
  {
    title: t('planDetail.regimeCol.frequency'),
    dataIndex: 'frequency',
    width: 130,
    render: (f: PlanRegime['frequency']) => t(`regimeFrequency.${f}`),
  },
  {
    title: t('planDetail.regimeCol.deadline'),
    key: 'deadline',
    render: (_v, r) => r.deadline.raw,
  },
  {
    title: t('planDetail.regimeCol.recipient'),
    dataIndex: 'recipient',
    render: (recipient: string | null, r) =>
      recipient ? <Tag color={r.recipientUnitId ? 'blue' : 'warning'}>{recipient}</Tag> : t('common.none'),
  },
  {
    title: t('planDetail.regimeCol.status'),
    dataIndex: 'status',
    width: 110,
    render: (s: string) => (s === 'proposed' ? <Tag color="gold">{t('planDetail.regimeProposed')}</Tag> : s),
  },
];

function PlanHeader({ plan }: { plan: PlanDetail }) {
  const issued = formatIsoDate(plan.issuedOn);
  return (
    <Card data-testid="plan-header">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{plan.docType ?? ''}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-title">
          {plan.title}
        </Typography.Title>
        <Typography.Text strong data-testid="plan-counts">
          {t('plans.counts', { indicators: plan.indicatorCount, tasks: plan.taskCount })}
        </Typography.Text>
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'number',
            label: t('planDetail.number'),
            children: <span data-testid="plan-number">{plan.number ?? t('plans.noNumber')}</span>,
          },
          {
            key: 'issued',
            label: t('planDetail.issued'),
            children: issued
              ? plan.place
                ? t('planDetail.issuedAt', { place: plan.place, date: issued })
                : issued
              : t('common.none'),
          },
          {
            key: 'agency',
            label: t('planDetail.agency'),
            children: [plan.parentAgency, plan.agency].filter(Boolean).join(' – ') || t('common.none'),
          },
          { key: 'year', label: t('planDetail.year'), children: plan.year },
          { key: 'version', label: t('planDetail.version'), children: plan.version },
          { key: 'status', label: t('planDetail.status'), children: <PlanStatusTags plan={plan} /> },
        ]}
      />
      <Collapse
        size="small"
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'legal',
            label: t('planDetail.legalBases', { count: plan.legalBases.length }),
            children: plan.legalBases.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="plan-legal-bases">
                {plan.legalBases.map((basis, i) => (
                  <li key={i}>{basis}</li>
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary">{t('planDetail.noLegalBases')}</Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

export default function PlanDetailPage() {
  const { id = '' } = useParams();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    plansApi.get(id).then(
      (plan) => live && setState({ status: 'ready', plan }),
      (err: unknown) => live && setState({ status: 'error', error: toApiError(err) }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  const rows = useMemo(() => (state.status === 'ready' ? rowsFromPlan(state.plan.items) : []), [state]);

  const back = (
    <Link to="/plans">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('planDetail.back')}
      </Button>
    </Link>
  );

  if (state.status === 'loading') {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (state.status === 'error') {
    const notFound = state.error.status === 404 || state.error.status === 400;
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('planDetail.notFound') : t('errors.title')}
        subTitle={notFound ? undefined : state.error.message}
        extra={
          <Space>
            {back}
            {!notFound && (
              <Button
                onClick={() => {
                  setState({ status: 'loading' });
                  setAttempt((n) => n + 1);
                }}
              >
                {t('common.reload')}
              </Button>
            )}
          </Space>
        }
      />
    );
  }

  const { plan } = state;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-detail">
      {back}
      <PlanHeader plan={plan} />
      <Card title={t('planDetail.regimes')} size="small" data-testid="plan-regimes">
        {plan.regimes.length ? (
          <>
            <Typography.Paragraph type="secondary">{t('planDetail.regimesHint')}</Typography.Paragraph>
            <Table<PlanRegime>
              rowKey="id"
              size="small"
              columns={regimeColumns}
              dataSource={byFrequency(plan.regimes)}
              pagination={false}
            />
          </>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('planDetail.noRegimes')} />
        )}
      </Card>
      {plan.domains.length > 0 && (
        <Card
          title={t('planDetail.domains', { count: plan.domains.length })}
          size="small"
          data-testid="plan-catalogue"
        >
          <Typography.Paragraph type="secondary">{t('planDetail.domainsHint')}</Typography.Paragraph>
          <Space size={[4, 8]} wrap>
            {plan.domains.map((d) => (
              <Tooltip key={d.name} title={d.headings.join(' · ')}>
                <Tag color={d.headings.length > 1 ? 'blue' : undefined} data-testid="plan-catalogue-domain">
                  {d.name}
                </Tag>
              </Tooltip>
            ))}
          </Space>
        </Card>
      )}
      <Card title={t('planDetail.items')}>
        <PlanItemsView rows={rows} />
      </Card>
    </Space>
  );
}
