import { ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { describeTimeframe } from '../../../domain/timeframe';
import type { PlanSummary } from '../../api/types';
import { t } from '../../i18n';
import { formatIsoDate } from '../../lib/format';
import { describeTarget, type PlanRow, type UnitEntry } from '../../lib/planRows';

/** Long unit names and targets wrap inside their cell instead of being cut off. */
const wrapTag = { marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' } as const;

/** Resolved units as tags (the document's wording in the tooltip); unresolved wording as a warning tag. */
export function UnitTags({ entries }: { entries: readonly UnitEntry[] }) {
  if (entries.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {entries.map((entry, i) =>
        entry.unit ? (
          <Tooltip key={`${entry.raw}-${i}`} title={t('planItems.rawText', { raw: entry.raw })}>
            <Tag color="blue" style={wrapTag} data-testid="unit-tag">
              {entry.unit.label}
            </Tag>
          </Tooltip>
        ) : (
          <Tooltip key={`${entry.raw}-${i}`} title={t('planItems.unresolved')}>
            <Tag color="warning" icon={<WarningOutlined />} style={wrapTag} data-testid="unit-unresolved">
              {entry.raw}
            </Tag>
          </Tooltip>
        ),
      )}
    </Flex>
  );
}

export function TimeframeCell({ row }: { row: Pick<PlanRow, 'timeframe' | 'dueDate'> }) {
  const { timeframe } = row;
  const label = describeTimeframe(timeframe);
  const problem = timeframe.kind === 'unknown' || timeframe.kind === 'unspecified';
  return (
    <Tooltip title={timeframe.raw ? t('planItems.rawText', { raw: timeframe.raw }) : undefined}>
      <Flex vertical>
        <Typography.Text type={problem ? 'warning' : undefined}>{label}</Typography.Text>
        {row.dueDate && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('planItems.dueDate', { date: formatIsoDate(row.dueDate) })}
          </Typography.Text>
        )}
      </Flex>
    </Tooltip>
  );
}

export function TargetCell({ row }: { row: Pick<PlanRow, 'kind' | 'target'> }) {
  if (row.kind !== 'indicator' || !row.target) return null;
  if (row.target.status === 'unparsed' || row.target.targets.length === 0) {
    return (
      <Tooltip title={t('planItems.targetUnparsedHint')}>
        <Tag color="warning" data-testid="target-unparsed">
          {t('planItems.targetUnparsed')}
        </Tag>
      </Tooltip>
    );
  }
  return (
    <Flex wrap gap={4}>
      {row.target.targets.map((target, i) => (
        <Tooltip key={i} title={target.subject ?? target.raw}>
          <Tag color="geekblue" style={wrapTag}>
            {describeTarget(target)}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

export function WarningsIcon({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Tooltip
      title={
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      }
    >
      <ExclamationCircleOutlined
        style={{ color: '#faad14', fontSize: 16 }}
        aria-label={t('planItems.warningCount', { count: warnings.length })}
        data-testid="row-warnings"
      />
    </Tooltip>
  );
}

/** Content with sub-rows ("- …" under a numbered row) indented. */
export function ContentCell({
  row,
  extra,
}: {
  row: Pick<PlanRow, 'content' | 'subOrdinal'>;
  extra?: ReactNode;
}) {
  const sub = row.subOrdinal !== null;
  return (
    <div className={sub ? 'plan-subrow' : undefined}>
      {sub && <span className="plan-subrow-dash">–</span>}
      <span style={{ whiteSpace: 'pre-line' }}>{row.content}</span>
      {extra}
    </div>
  );
}

/** The columns the plan page and the import preview share. */
export function sharedColumns(): Record<
  'stt' | 'lead' | 'coordinators' | 'timeframe' | 'target',
  ColumnType<PlanRow>
> {
  return {
    stt: {
      title: t('planItems.col.stt'),
      dataIndex: 'stt',
      width: 56,
      align: 'center',
      render: (stt: string, row) =>
        row.ordinal ? stt : <Typography.Text type="secondary">{stt}</Typography.Text>,
    },
    lead: {
      title: t('planItems.col.lead'),
      key: 'lead',
      width: 150,
      render: (_v, row) => <UnitTags entries={row.lead} />,
    },
    coordinators: {
      title: t('planItems.col.coordinators'),
      key: 'coordinators',
      width: 170,
      render: (_v, row) => <UnitTags entries={row.coordinators} />,
    },
    timeframe: {
      title: t('planItems.col.timeframe'),
      key: 'timeframe',
      width: 160,
      render: (_v, row) => <TimeframeCell row={row} />,
    },
    target: {
      title: t('planItems.col.target'),
      key: 'target',
      width: 150,
      render: (_v, row) => <TargetCell row={row} />,
    },
  };
}

export function PlanStatusTags({ plan }: { plan: Pick<PlanSummary, 'status' | 'version' | 'isSample'> }) {
  const superseded = plan.status === 'superseded';
  return (
    <Flex wrap gap={4} data-testid="plan-status">
      {superseded ? <Tag>{t('plans.superseded')}</Tag> : <Tag color="green">{t('plans.active')}</Tag>}
      {plan.version > 1 && <Tag color="blue">{t('plans.versionTag', { version: plan.version })}</Tag>}
      {plan.isSample && <Tag color="orange">{t('plans.sample')}</Tag>}
    </Flex>
  );
}
