import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { attachmentUrl } from '../../api/endpoints';
import type { TaskTimelineEntry } from '../../api/types';
import { t } from '../../i18n';
import { formatBytes } from '../../lib/attachments';
import { formatDateTime, formatIsoDate } from '../../lib/format';
import { STATUS_COLORS } from '../../lib/taskBoard';

const KIND_COLORS: Record<TaskTimelineEntry['kind'], string> = {
  progress: 'blue',
  status: 'green',
  part: 'gray',
  trigger: 'orange',
  assignment: 'gray',
};

function evidenceText(evidence: NonNullable<TaskTimelineEntry['evidence']>): string {
  const head = [
    evidence.number,
    evidence.date ? t('taskDetail.timeline.evidenceDate', { date: formatIsoDate(evidence.date) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [head, evidence.text].filter(Boolean).join(' – ');
}

function Entry({ entry }: { entry: TaskTimelineEntry }) {
  return (
    <Flex vertical gap={4} data-testid="timeline-entry">
      <Flex wrap gap={6} align="center">
        <Typography.Text strong>{t(`taskDetail.timeline.kind.${entry.kind}`)}</Typography.Text>
        {entry.occurrenceLabel && <Tag style={{ marginInlineEnd: 0 }}>{entry.occurrenceLabel}</Tag>}
        {entry.unit && (
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {entry.unit.shortName ?? entry.unit.name}
          </Tag>
        )}
        {entry.statusTo && (
          <Typography.Text>
            {entry.statusFrom ? (
              t('taskDetail.timeline.statusChange', {
                from: t(`taskStatus.${entry.statusFrom}`),
                to: t(`taskStatus.${entry.statusTo}`),
              })
            ) : (
              <Tag color={STATUS_COLORS[entry.statusTo]}>{t(`taskStatus.${entry.statusTo}`)}</Tag>
            )}
          </Typography.Text>
        )}
      </Flex>
      {entry.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</Typography.Text>}
      {entry.progress !== null && (
        <Typography.Text type="secondary">
          {t('taskDetail.timeline.progress', { value: entry.progress })}
        </Typography.Text>
      )}
      {entry.reason && (
        <Typography.Text type="warning">
          {t('taskDetail.timeline.reason', { reason: entry.reason })}
        </Typography.Text>
      )}
      {entry.evidence && evidenceText(entry.evidence) && (
        <Typography.Text data-testid="timeline-evidence">
          {t('taskDetail.timeline.evidence', { text: evidenceText(entry.evidence) })}
        </Typography.Text>
      )}
      {entry.attachments.length > 0 && (
        <Flex wrap gap={8}>
          {entry.attachments.map((a) => (
            <a key={a.id} href={attachmentUrl(a.id)} download={a.filename} data-testid="timeline-attachment">
              <PaperClipOutlined /> {a.filename}{' '}
              <Typography.Text type="secondary">({formatBytes(a.sizeBytes)})</Typography.Text>
            </a>
          ))}
        </Flex>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[entry.author?.name ?? t('taskDetail.timeline.system'), formatDateTime(entry.createdAt)].join(' · ')}
      </Typography.Text>
    </Flex>
  );
}

export function TaskTimeline({ entries }: { entries: TaskTimelineEntry[] }) {
  return (
    <Card title={t('taskDetail.timeline.title')} data-testid="task-timeline">
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('taskDetail.timeline.empty')} />
      ) : (
        <Timeline
          items={entries.map((entry) => ({
            key: entry.id,
            color: KIND_COLORS[entry.kind],
            content: <Entry entry={entry} />,
          }))}
        />
      )}
    </Card>
  );
}
