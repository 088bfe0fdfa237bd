import { useQuery } from '@tanstack/react-query';
import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Result, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { PlanSummary } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import { t } from '../../i18n';
import { formatIsoDate } from '../../lib/format';
import { foldText } from '../../lib/orgTree';
import { PlanStatusTags } from './cells';

const noPlans: PlanSummary[] = [];

export default function PlansPage() {
  const me = useMe();
  const navigate = useNavigate();
  const canImport = can(me, 'plans.import');
  const [query, setQuery] = useState('');
  const {
    data: plans = noPlans,
    isFetching: loading,
    isError: failed,
    refetch: reload,
  } = useQuery(queries.plans());

  const shown = useMemo(() => {
    const q = foldText(query);
    if (!q) return plans;
    return plans.filter((p) => foldText(`${p.number ?? ''} ${p.title} ${p.agency ?? ''}`).includes(q));
  }, [plans, query]);

  const importButton = canImport && (
    <Button
      type="primary"
      icon={<UploadOutlined />}
      onClick={() => void navigate('/plans/import')}
      data-testid="plans-import"
    >
      {t('plans.import')}
    </Button>
  );

  const columns: ColumnsType<PlanSummary> = [
    {
      title: t('plans.col.number'),
      dataIndex: 'number',
      width: 160,
      render: (number: string | null, plan) => (
        <Link
          to={`/plans/${encodeURIComponent(plan.id)}`}
          data-testid={`plan-link-${plan.number ?? plan.id}`}
        >
          {number ?? t('plans.noNumber')}
        </Link>
      ),
    },
    {
      title: t('plans.col.title'),
      dataIndex: 'title',
      render: (title: string, plan) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/plans/${encodeURIComponent(plan.id)}`}>{title}</Link>
          {plan.agency && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {plan.agency}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('plans.col.year'),
      dataIndex: 'year',
      width: 80,
      align: 'center',
      sorter: (a, b) => a.year - b.year,
    },
    {
      title: t('plans.col.issuedOn'),
      dataIndex: 'issuedOn',
      width: 150,
      render: (d: string | null) => formatIsoDate(d) || t('common.none'),
      sorter: (a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? ''),
    },
    { title: t('plans.col.indicators'), dataIndex: 'indicatorCount', width: 90, align: 'right' },
    { title: t('plans.col.tasks'), dataIndex: 'taskCount', width: 90, align: 'right' },
    {
      title: t('plans.col.status'),
      key: 'status',
      width: 210,
      render: (_v, plan) => <PlanStatusTags plan={plan} />,
    },
  ];

  if (failed && plans.length === 0) {
    return (
      <Result
        status="warning"
        title={t('errors.title')}
        extra={<Button onClick={() => void reload()}>{t('common.reload')}</Button>}
      />
    );
  }

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text strong>{t('plans.empty')}</Typography.Text>
          <Typography.Text type="secondary">
            {canImport ? t('plans.emptyHint') : t('plans.emptyNoImport')}
          </Typography.Text>
        </Space>
      }
      data-testid="plans-empty"
    >
      {importButton}
    </Empty>
  );

  return (
    <Card title={t('plans.title')} extra={plans.length > 0 ? importButton : null} data-testid="plans-page">
      {plans.length > 0 && (
        <Input.Search
          allowClear
          placeholder={t('plans.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 320, marginBottom: 16 }}
        />
      )}
      <Table<PlanSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={shown}
        locale={{ emptyText: loading ? ' ' : plans.length === 0 ? empty : t('planDetail.noMatch') }}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        data-testid="plans-table"
      />
    </Card>
  );
}
