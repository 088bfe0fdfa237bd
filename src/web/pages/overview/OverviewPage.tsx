import {
  Card,
  Checkbox,
  Col,
  DatePicker,
  Empty,
  Flex,
  Row,
  Select,
  Spin,
  Statistic,
  Tag,
  Segmented,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { StatsBreakdown, StatsFilters } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { EChart } from '../../components/EChart';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { DomainSelect, PlanSelect, useActivePlans, useDomains } from '../../components/TrackingPickers';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { breakdownOption, breakdownRowsInChartOrder, formatRate, STANDING_COLORS } from '../../lib/charts';
import { periodGroups } from '../../lib/periodPicker';
import { pickableUnits, seesEverything } from '../../lib/unitScope';
import { OCCURRENCE_STANDINGS } from '../../../domain/tracking/completion';
import { writeTaskFilters } from '../../lib/taskFilters';

// Được giao, đến hạn, then where each one stands by the completion rule.
const COUNT_KEYS = ['assigned', 'due', ...OCCURRENCE_STANDINGS] as const;
type CountKey = (typeof COUNT_KEYS)[number];

const COLORS: Partial<Record<CountKey, string>> = STANDING_COLORS;

function StatCard({
  id,
  title,
  value,
  suffix,
  color,
  hint,
}: {
  id: string;
  title: string;
  value: number | string;
  suffix?: string;
  color?: string;
  hint?: string;
}) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic
        title={title}
        value={value}
        suffix={suffix}
        groupSeparator="."
        decimalSeparator=","
        styles={{ content: color ? { color } : undefined }}
        data-testid={`overview-stat-${id}`}
      />
      {hint && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`overview-hint-${id}`}>
          {hint}
        </Typography.Text>
      )}
    </Card>
  );
}

interface ChartCardProps {
  title: string;
  data: StatsBreakdown | null;
  loading: boolean;
  onRow?: (key: string | null) => void;
  testId: string;
}

function BreakdownCard({ title, data, loading, onRow, testId }: ChartCardProps) {
  const rows = useMemo(() => (data ? data.rows.filter((r) => r.assigned > 0) : []), [data]);
  const option = useMemo(() => breakdownOption(rows), [rows]);
  const ordered = useMemo(() => breakdownRowsInChartOrder(rows), [rows]);
  return (
    <Card title={title} size="small" data-testid={testId}>
      <Spin spinning={loading}>
        {rows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.noData')} />
        ) : (
          <EChart
            option={option}
            style={{ height: Math.max(180, 60 + rows.length * 34) }}
            onItemClick={onRow ? (i) => onRow(ordered[i]?.key ?? null) : undefined}
          />
        )}
      </Spin>
    </Card>
  );
}

/** "Tổng quan": the counts of assigned work at a date, with the same definitions as the reports. */
export default function OverviewPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<StatsFilters>({});
  const set = (patch: Partial<StatsFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const { units } = useOrgTree();
  const pickable = useMemo(() => pickableUnits(me, units), [me, units]);
  const { data: plans } = useActivePlans();
  const { data: domains } = useDomains(filters.planId);
  const year = plans.find((p) => p.id === filters.planId)?.year ?? dayjs(filters.asOf).year();

  const stats = useQuery(queries.taskStats(filters));
  const byUnit = useQuery(queries.breakdown(filters, 'unit'));
  const byDomain = useQuery(queries.breakdown(filters, 'domain'));

  // Per task (what reports say) or per occurrence (lượt thực hiện): the same rule, two counts.
  const [basis, setBasis] = useState<'tasks' | 'occurrences'>('tasks');
  const s = stats.data ?? null;
  const shown = s === null ? null : basis === 'tasks' ? s : s.occurrences;
  const rate = shown?.completionRate ?? null;
  const onBasis = useCallback(
    (data: StatsBreakdown | null): StatsBreakdown | null =>
      data === null || basis === 'tasks'
        ? data
        : { ...data, rows: data.rows.map((r) => ({ ...r, ...r.occurrences, occurrences: r.occurrences })) },
    [basis],
  );
  const openTasks = (patch: { unitId?: string; domain?: string }) =>
    void navigate(
      `/tasks?${writeTaskFilters({ planId: filters.planId, role: 'lead', ...patch }).toString()}`,
    );

  return (
    <Flex vertical gap={16} data-testid="overview-page">
      <Card title={t('overview.title')}>
        <Flex wrap gap={8} data-testid="overview-filters">
          <PlanSelect
            plans={plans}
            value={filters.planId}
            onChange={(planId) => set({ planId, domain: undefined, period: undefined })}
            style={{ width: 260 }}
          />
          {pickable ? (
            <OrgUnitTreeSelect
              units={pickable}
              value={filters.unitId ?? null}
              onChange={(unitId) => set({ unitId })}
              allowClear
              placeholder={seesEverything(me) ? t('tracking.allUnits') : me.orgUnitName}
              style={{ width: 220 }}
              data-testid="overview-unit"
            />
          ) : (
            <Tag style={{ alignSelf: 'center', marginInlineEnd: 0 }}>{me.orgUnitName}</Tag>
          )}
          {filters.unitId && (
            <Checkbox
              checked={filters.includeSubunits ?? false}
              onChange={(e) => set({ includeSubunits: e.target.checked || undefined })}
              style={{ alignSelf: 'center' }}
            >
              {t('overview.includeSubunits')}
            </Checkbox>
          )}
          <DomainSelect
            domains={domains}
            value={filters.domain}
            onChange={(domain) => set({ domain })}
            style={{ width: 220 }}
          />
          <Select<string>
            allowClear
            value={filters.period}
            onChange={(period) => set({ period })}
            placeholder={t('overview.periodAll')}
            options={periodGroups(year).map((g) => ({
              label: t(`indicatorDetail.periodKind.${g.kind}`),
              options: g.options.map((o) => ({ value: o.code, label: o.label })),
            }))}
            style={{ width: 200 }}
            aria-label={t('overview.period')}
            data-testid="overview-period"
          />
          <DatePicker
            format="DD/MM/YYYY"
            value={filters.asOf ? dayjs(filters.asOf) : null}
            onChange={(d) => set({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
            placeholder={t('overview.asOf')}
            data-testid="overview-as-of"
          />
          <Segmented
            value={basis}
            onChange={(v) => setBasis(v === 'occurrences' ? 'occurrences' : 'tasks')}
            options={[
              { value: 'tasks', label: t('overview.basisTasks') },
              { value: 'occurrences', label: t('overview.basisOccurrences') },
            ]}
            data-testid="overview-basis-switch"
          />
        </Flex>
      </Card>
      <Spin spinning={stats.isFetching}>
        <Row gutter={[12, 12]} data-testid="overview-stats">
          {COUNT_KEYS.map((key) => (
            <Col key={key} xs={12} md={8} xl={6} xxl={3}>
              <StatCard
                id={key}
                title={t(`overview.stat.${key}`)}
                value={shown ? shown[key] : '–'}
                color={COLORS[key]}
              />
            </Col>
          ))}
          <Col xs={24} md={16} xl={12} xxl={6}>
            <StatCard
              id="completionRate"
              title={t('overview.stat.completionRate')}
              value={rate === null ? t('overview.rateNone') : rate}
              suffix={rate === null ? undefined : '%'}
              hint={
                shown && shown.due > 0
                  ? t(basis === 'tasks' ? 'overview.rateSentence' : 'overview.rateSentenceOccurrences', {
                      done: shown.dueDone,
                      due: shown.due,
                    })
                  : t('overview.rateHint')
              }
            />
          </Col>
        </Row>
        {s && basis === 'tasks' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="overview-basis">
            {t('overview.basis', {
              label: s.basisLabel,
              done: s.occurrences.dueDone,
              due: s.occurrences.due,
              rate: formatRate(s.occurrences.completionRate),
              overdue: s.occurrences.overdue,
            })}
          </Typography.Paragraph>
        )}
      </Spin>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <BreakdownCard
            title={t('overview.byUnit')}
            data={onBasis(byUnit.data ?? null)}
            loading={byUnit.isFetching}
            onRow={(unitId) => unitId && openTasks({ unitId })}
            testId="overview-by-unit"
          />
        </Col>
        <Col xs={24} xl={12}>
          <BreakdownCard
            title={t('overview.byDomain')}
            data={onBasis(byDomain.data ?? null)}
            loading={byDomain.isFetching}
            onRow={(domain) => domain && openTasks({ domain })}
            testId="overview-by-domain"
          />
        </Col>
      </Row>
    </Flex>
  );
}
