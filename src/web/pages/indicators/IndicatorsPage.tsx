import { useQuery } from '@tanstack/react-query';
import { DownloadOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { indicatorsApi } from '../../api/endpoints';
import { queries } from '../../api/queries';
import type { IndicatorFilters, IndicatorRow } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { EChart } from '../../components/EChart';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { DomainSelect, PlanSelect, useActivePlans } from '../../components/TrackingPickers';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { sparklineOption } from '../../lib/charts';
import { formatIsoDate } from '../../lib/format';
import { labelOfCode } from '../../lib/periodPicker';
import { pickableUnits } from '../../lib/unitScope';
import { EvaluationTag, ForecastCell, formatIndicatorValue } from './IndicatorCells';

const noRows: IndicatorRow[] = [];

function Sparkline({ row }: { row: IndicatorRow }) {
  const option = useMemo(
    () =>
      sparklineOption(
        row.sparkline.map((p) => ({ label: labelOfCode(p.periodCode), value: p.value })),
        null,
      ),
    [row.sparkline],
  );
  if (row.sparkline.length < 2) return null;
  return <EChart option={option} style={{ height: 36, width: 120 }} data-testid="sparkline" />;
}

export default function IndicatorsPage() {
  const me = useMe();
  const [filters, setFilters] = useState<IndicatorFilters>({});
  const [q, setQ] = useState('');
  const set = (patch: Partial<IndicatorFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const { units } = useOrgTree();
  const pickable = useMemo(() => pickableUnits(me, units), [me, units]);
  const { data: plans } = useActivePlans();
  const { data: rows = noRows, isFetching: loading } = useQuery(queries.indicators(filters));
  // Filtering by a domain narrows the rows; the choice keeps offering the domains seen before.
  const [seenDomains, setSeenDomains] = useState<string[]>([]);
  const domains = useMemo(() => {
    const found = rows.flatMap((r) => (r.domain ? [r.domain] : []));
    return [...new Set([...(filters.domain ? seenDomains : []), ...found])];
  }, [rows, filters.domain, seenDomains]);
  if (!filters.domain && domains.join('\n') !== seenDomains.join('\n')) setSeenDomains(domains);
  const [exporting, setExporting] = useState(false);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await indicatorsApi.exportXlsx(filters.planId);
    } catch {
      // the API client has shown the error
    } finally {
      setExporting(false);
    }
  };

  const numbered = rows.some((r) => r.ordinal);
  const columns: ColumnsType<IndicatorRow> = [
    ...(numbered ? [{ title: t('indicators.col.stt'), dataIndex: 'ordinal', width: 56 }] : []),
    {
      title: t('indicators.col.content'),
      key: 'content',
      render: (_v, row) => (
        <Flex vertical gap={2}>
          <Link to={`/indicators/${encodeURIComponent(row.id)}`} data-testid="indicator-link">
            {row.content}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[row.domain, row.leadUnits.map((u) => u.name).join(', ')].filter(Boolean).join(' · ')}
          </Typography.Text>
          {row.flags.length > 0 && (
            <Tooltip title={row.flags.map((f) => f.message).join(' ')}>
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                <WarningOutlined /> {t('indicators.flags', { count: row.flags.length })}
              </Typography.Text>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      title: t('indicators.col.target'),
      key: 'target',
      width: 110,
      render: (_v, row) => row.target ?? t('common.none'),
    },
    {
      title: t('indicators.col.latest'),
      key: 'latest',
      width: 130,
      render: (_v, row) =>
        row.latest ? (
          <Flex vertical gap={0}>
            <Typography.Text strong>{formatIndicatorValue(row.latest.value, row.unit)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.latest.periodLabel}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('indicators.noValue')}</Typography.Text>
        ),
    },
    {
      title: t('indicators.col.asOf'),
      key: 'asOf',
      width: 100,
      render: (_v, row) => formatIsoDate(row.latest?.asOf) || t('common.none'),
    },
    {
      title: t('indicators.col.evaluation'),
      key: 'evaluation',
      width: 130,
      render: (_v, row) => <EvaluationTag verdict={row.verdict} />,
    },
    {
      title: t('indicators.col.forecast'),
      key: 'forecast',
      width: 160,
      render: (_v, row) => <ForecastCell row={row} />,
    },
    {
      title: t('indicators.col.trend'),
      key: 'trend',
      width: 132,
      render: (_v, row) => <Sparkline row={row} />,
    },
  ];

  return (
    <Card
      title={t('indicators.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={() => void exportXlsx()}
          data-testid="indicators-export"
        >
          {t('indicators.export')}
        </Button>
      }
      data-testid="indicators-page"
    >
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(value) => set({ q: value.trim() || undefined })}
          placeholder={t('indicators.search')}
          style={{ width: 360 }}
          data-testid="indicator-filter-q"
        />
        <PlanSelect
          plans={plans}
          value={filters.planId}
          onChange={(planId) => set({ planId })}
          style={{ width: 260 }}
        />
        {pickable && (
          <OrgUnitTreeSelect
            units={pickable}
            value={filters.unitId ?? null}
            onChange={(unitId) => set({ unitId })}
            allowClear
            placeholder={t('tracking.allUnits')}
            style={{ width: 220 }}
          />
        )}
        <DomainSelect
          domains={domains}
          value={filters.domain}
          onChange={(domain) => set({ domain })}
          style={{ width: 220 }}
        />
      </Flex>
      <Table<IndicatorRow>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: loading ? ' ' : t('indicators.empty') }}
        pagination={{
          pageSize: 50,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        data-testid="indicators-table"
      />
    </Card>
  );
}
