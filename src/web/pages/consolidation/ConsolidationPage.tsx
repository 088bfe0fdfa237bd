import { useQuery } from '@tanstack/react-query';
import { FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Radio, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { keys, queries, useInvalidate } from '../../api/queries';
import { consolidationApi, type ConsolidatedList } from '../../api/reports';
import type { OrgUnitNode } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { can } from '../../auth/permissions';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { showSuccess } from '../../lib/feedback';
import '../reports/reports.css';

type Kind = 'department' | 'upward';
const noReports: ConsolidatedList['reports'] = [];

/** The agency a compiler works for: the parent of their division, or their own unit at the top. */
function agencyOf(units: readonly OrgUnitNode[], unitId: string): string | null {
  const find = (nodes: readonly OrgUnitNode[], parent: OrgUnitNode | null): string | null => {
    for (const n of nodes) {
      if (n.id === unitId) return parent?.id ?? n.id;
      const inside = find(n.children, n);
      if (inside) return inside;
    }
    return null;
  };
  return find(units, null);
}

export default function ConsolidationPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { units } = useOrgTree();
  const defaultUnit = useMemo(() => agencyOf(units, me.orgUnitId), [units, me.orgUnitId]);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [period, setPeriod] = useState(`${new Date().getFullYear()}-H1`);
  const [kind, setKind] = useState<Kind>('department');
  const [busy, setBusy] = useState(false);
  const chosenUnit = unitId ?? defaultUnit;
  const canBuild = can(me, 'reports.consolidate');

  const { data: reports = noReports, isFetching: loading } = useQuery(queries.consolidatedReports());
  const invalidate = useInvalidate();

  const build = async () => {
    if (!chosenUnit) return;
    setBusy(true);
    try {
      const report = await consolidationApi.build({ unitId: chosenUnit, period: period.trim(), kind });
      void invalidate(keys.consolidation);
      showSuccess(t('consolidation.built'));
      void navigate(`/consolidation/${encodeURIComponent(report.id)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="consolidation-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('consolidation.title')}
      </Typography.Title>
      {canBuild && (
        <Card size="small">
          <Flex gap={16} wrap align="flex-end">
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('consolidation.unit')}</Typography.Text>
              <OrgUnitTreeSelect
                units={units}
                value={chosenUnit}
                onChange={(v) => setUnitId(v ?? null)}
                style={{ width: 360 }}
                data-testid="consolidation-unit"
              />
            </Flex>
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('consolidation.period')}</Typography.Text>
              <Input
                value={period}
                onChange={(e) => setPeriod(e.target.value)}
                style={{ width: 160 }}
                placeholder={t('consolidation.periodHint', { example: '2024-H1' })}
                data-testid="consolidation-period"
              />
            </Flex>
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('consolidation.kind')}</Typography.Text>
              <Radio.Group
                value={kind}
                onChange={(e) => setKind(e.target.value as Kind)}
                options={(['department', 'upward'] as const).map((k) => ({
                  value: k,
                  label: t(`consolidation.kinds.${k}`),
                }))}
                data-testid="consolidation-kind"
              />
            </Flex>
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              loading={busy}
              disabled={!chosenUnit || period.trim() === ''}
              onClick={() => void build()}
              data-testid="consolidation-build"
            >
              {t('consolidation.build')}
            </Button>
          </Flex>
        </Card>
      )}
      <Card size="small" title={t('consolidation.existing')}>
        <Table
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={reports}
          locale={{ emptyText: t('consolidation.noReports') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            {
              title: t('consolidation.unit'),
              render: (_, r) => <Link to={`/consolidation/${encodeURIComponent(r.id)}`}>{r.unitName}</Link>,
            },
            { title: t('consolidation.period'), dataIndex: 'periodLabel', width: 200 },
            {
              title: t('consolidation.kind'),
              width: 320,
              render: (_, r) => t(`consolidation.kinds.${r.kind}`),
            },
            {
              title: '',
              width: 240,
              render: (_, r) =>
                t('consolidation.version', { version: r.version, date: formatDateTime(r.updatedAt) }),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
