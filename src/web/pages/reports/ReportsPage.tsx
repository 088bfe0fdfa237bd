import { useQuery } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { Regime } from '../../api/reports';
import { useMe } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import { t } from '../../i18n';
import { OwedReports } from './OwedReports';
import './reports.css';

const noRegimes: Regime[] = [];
const STATUS_COLOR = { proposed: 'orange', active: 'green', archived: 'default' } as const;

function RegimeList() {
  const me = useMe();
  const { data: regimes = noRegimes, isFetching: loading } = useQuery(queries.regimes());
  const sorted = [...regimes].sort(
    (a, b) => Number(b.status === 'proposed') - Number(a.status === 'proposed'),
  );
  return (
    <Flex vertical gap={12}>
      {can(me, 'reports.manageRegimes') && (
        <Flex justify="flex-end">
          <Link to="/reports/regimes/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="regime-new">
              {t('reports.newRegime')}
            </Button>
          </Link>
        </Flex>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={sorted}
        data-testid="regimes-table"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('reports.regimesEmpty') }}
        columns={[
          {
            title: t('reports.col.regime'),
            render: (_, r) => (
              <Flex vertical gap={2}>
                <Link to={`/reports/regimes/${encodeURIComponent(r.id)}`}>{r.name}</Link>
                {r.status === 'proposed' && (
                  <Tag color="orange" style={{ width: 'fit-content' }} data-testid="regime-proposed">
                    {t('reports.proposed')}
                  </Tag>
                )}
              </Flex>
            ),
          },
          {
            title: t('reports.col.status'),
            width: 130,
            render: (_, r) => (
              <Tag color={STATUS_COLOR[r.status]}>{t(`reports.regimeStatus.${r.status}`)}</Tag>
            ),
          },
          {
            title: t('reports.col.frequency'),
            width: 110,
            render: (_, r) => t(`reports.frequency.${r.frequency}`),
          },
          { title: t('reports.col.deadline'), width: 220, render: (_, r) => r.deadlineText ?? '' },
          { title: t('reports.col.receiver'), width: 200, render: (_, r) => r.receivingUnit.name },
          {
            title: t('reports.col.units'),
            width: 110,
            render: (_, r) => t('reports.unitCount', { count: r.units.length }),
          },
          { title: t('reports.col.periods'), width: 80, dataIndex: 'periodCount' },
          {
            title: '',
            width: 130,
            render: (_, r) =>
              r.status === 'active' ? (
                <Link
                  to={`/reports/regimes/${encodeURIComponent(r.id)}/board`}
                  data-testid="regime-board-link"
                >
                  {t('reports.board')}
                </Link>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}

export default function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'regimes' ? 'regimes' : 'owed';
  return (
    <Flex vertical gap={8} data-testid="reports-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('reports.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'owed' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'owed', label: t('reports.tabOwed'), children: <OwedReports /> },
          { key: 'regimes', label: t('reports.tabRegimes'), children: <RegimeList /> },
        ]}
      />
    </Flex>
  );
}
