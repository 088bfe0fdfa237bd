import { Button, Checkbox, Collapse, Empty, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { TimeframeKind } from '../../api/types';
import { t } from '../../i18n';
import { foldText } from '../../lib/orgTree';
import {
  filterRows,
  groupRows,
  domainTitle,
  partTitle,
  TIMEFRAME_KINDS,
  unitsInRows,
  type PlanRow,
  type RowFilter,
} from '../../lib/planRows';
import { ContentCell, sharedColumns, WarningsIcon } from './cells';

/** Longer domains page their rows, so a plan of thousands of rows still opens quickly. */
const DOMAIN_PAGE_SIZE = 100;

function columnsFor(kind: PlanRow['kind'], withOutput: boolean): ColumnsType<PlanRow> {
  const shared = sharedColumns();
  return [
    shared.stt,
    {
      title: t('planItems.col.content'),
      dataIndex: 'content',
      render: (_v, row) => <ContentCell row={row} />,
    },
    shared.lead,
    shared.coordinators,
    shared.timeframe,
    ...(kind === 'indicator' ? [shared.target] : []),
    ...(withOutput
      ? [
          {
            title: t('planItems.col.output'),
            dataIndex: 'output',
            width: 160,
            render: (v: string | null) => v ?? '',
          },
        ]
      : []),
    {
      title: '',
      key: 'warnings',
      width: 40,
      align: 'center',
      render: (_v, row) => <WarningsIcon warnings={row.warnings} />,
    },
  ];
}

/** The plan's indicators and tasks: filters, then part → domain sections that fold. */
export function PlanItemsView({ rows }: { rows: readonly PlanRow[] }) {
  const [filter, setFilter] = useState<RowFilter>({});
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const patch = (next: Partial<RowFilter>) => setFilter((f) => ({ ...f, ...next }));

  const units = useMemo(() => unitsInRows(rows), [rows]);
  const kinds = useMemo(() => {
    const counts = new Map<TimeframeKind, number>();
    for (const row of rows) counts.set(row.timeframe.kind, (counts.get(row.timeframe.kind) ?? 0) + 1);
    return TIMEFRAME_KINDS.filter((k) => counts.has(k)).map((k) => ({
      value: k,
      label: t('planItems.unitOption', { name: t(`timeframeKind.${k}`), count: counts.get(k) ?? 0 }),
    }));
  }, [rows]);
  const warningRows = useMemo(() => rows.filter((r) => r.warnings.length > 0).length, [rows]);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const groups = useMemo(() => groupRows(shown), [shown]);
  const withOutput = useMemo(() => rows.some((r) => r.output), [rows]);
  const allDomainKeys = useMemo(() => groupRows(rows).flatMap((p) => p.domains.map((d) => d.key)), [rows]);

  if (rows.length === 0) return <Empty description={t('planDetail.noItems')} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-items">
      <Flex wrap gap={8} align="center">
        <Input.Search
          allowClear
          placeholder={t('planItems.filter.search')}
          onChange={(e) => patch({ text: e.target.value })}
          style={{ width: 320 }}
          data-testid="plan-filter-text"
        />
        <Select
          allowClear
          showSearch={{
            filterOption: (input, option) => foldText(option?.label ?? '').includes(foldText(input)),
          }}
          placeholder={t('planItems.filter.unit')}
          options={units.map((u) => ({
            value: u.id,
            label: t('planItems.unitOption', { name: u.label, count: u.count }),
          }))}
          onChange={(v: string | undefined) => patch({ unitId: v })}
          style={{ width: 260 }}
          data-testid="plan-filter-unit"
        />
        <Select
          allowClear
          placeholder={t('planItems.filter.timeframe')}
          options={kinds}
          onChange={(v: TimeframeKind | undefined) => patch({ timeframeKind: v })}
          style={{ width: 220 }}
          data-testid="plan-filter-timeframe"
        />
        <Checkbox
          onChange={(e) => patch({ warningsOnly: e.target.checked })}
          disabled={warningRows === 0}
          data-testid="plan-filter-warnings"
        >
          {t('planItems.filter.warningsOnly')} ({warningRows})
        </Checkbox>
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" data-testid="plan-items-shown">
          {t('planDetail.shown', { shown: shown.length, total: rows.length })}
        </Typography.Text>
        <Flex gap={4}>
          <Button size="small" onClick={() => setCollapsed(new Set())}>
            {t('planDetail.expandAll')}
          </Button>
          <Button size="small" onClick={() => setCollapsed(new Set(allDomainKeys))}>
            {t('planDetail.collapseAll')}
          </Button>
        </Flex>
      </Flex>
      {groups.length === 0 && <Empty description={t('planDetail.noMatch')} />}
      {groups.map((part) => (
        <div key={part.key} data-testid={`plan-part-${part.part ?? part.kind}`}>
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {partTitle(part)} <Tag style={{ marginInlineStart: 8 }}>{part.count}</Tag>
          </Typography.Title>
          <Collapse
            styles={{ body: { padding: 0 } }}
            activeKey={part.domains.map((d) => d.key).filter((k) => !collapsed.has(k))}
            onChange={(keys) => {
              const open = new Set(Array.isArray(keys) ? keys : [keys]);
              setCollapsed((prev) => {
                const next = new Set(prev);
                for (const d of part.domains) {
                  if (open.has(d.key)) next.delete(d.key);
                  else next.add(d.key);
                }
                return next;
              });
            }}
            items={part.domains.map((domain) => ({
              key: domain.key,
              label: (
                <Flex justify="space-between" gap={8} data-testid="plan-domain">
                  <Typography.Text strong>{domainTitle(domain)}</Typography.Text>
                  <Tag style={{ marginInlineEnd: 0 }}>
                    {t('planItems.groupCount', { count: domain.rows.length })}
                  </Tag>
                </Flex>
              ),
              children: (
                <Table<PlanRow>
                  rowKey="key"
                  size="small"
                  columns={columnsFor(part.kind, withOutput)}
                  dataSource={domain.rows}
                  pagination={
                    domain.rows.length > DOMAIN_PAGE_SIZE
                      ? { pageSize: DOMAIN_PAGE_SIZE, size: 'small', showSizeChanger: false }
                      : false
                  }
                  tableLayout="fixed"
                  rowClassName={(r) => (r.warnings.length ? 'plan-row-warning' : '')}
                  scroll={{ x: 900 }}
                />
              ),
            }))}
          />
        </div>
      ))}
    </Space>
  );
}
