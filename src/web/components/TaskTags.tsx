import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { TaskStatus, Timeliness } from '../api/types';
import { t } from '../i18n';
import { formatIsoDate } from '../lib/format';
import { STATUS_COLORS, TIMELINESS_COLORS } from '../lib/taskBoard';

export function StatusTag({ status }: { status: TaskStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="status-tag" data-status={status}>
      {t(`taskStatus.${status}`)}
    </Tag>
  );
}

export function TimelinessTag({ timeliness }: { timeliness: Timeliness }) {
  return (
    <Tag color={TIMELINESS_COLORS[timeliness]} data-testid="timeliness-tag" data-timeliness={timeliness}>
      {t(`timeliness.${timeliness}`)}
    </Tag>
  );
}

interface DeadlineProps {
  deadline: string | null;
  dueDate?: string | null;
  overdue?: boolean;
}

/** The deadline in force; when a rest day moved it, the planned date is in the tooltip. */
export function Deadline({ deadline, dueDate, overdue }: DeadlineProps) {
  if (!deadline) return <Typography.Text type="secondary">{t('tracking.noDeadline')}</Typography.Text>;
  const text = (
    <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue}>
      {formatIsoDate(deadline)}
    </Typography.Text>
  );
  if (!dueDate || dueDate === deadline) return text;
  return (
    <Tooltip title={t('taskDetail.occ.movedDeadline', { date: formatIsoDate(dueDate) })}>{text}</Tooltip>
  );
}

interface UnitRef {
  id: string;
  name: string;
  shortName: string | null;
}

export function UnitNames({ units, color }: { units: readonly UnitRef[]; color?: string }) {
  if (units.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {units.map((u) => (
        <Tooltip key={u.id} title={u.name}>
          <Tag color={color} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
            {u.shortName ?? u.name}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
