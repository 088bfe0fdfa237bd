import { Progress, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TaskOccurrence } from '../../api/types';
import { Deadline, StatusTag, TimelinessTag } from '../../components/TaskTags';
import { t } from '../../i18n';
import { formatIsoDate } from '../../lib/format';

export function OccurrencesTable({
  occurrences,
  currentId,
}: {
  occurrences: TaskOccurrence[];
  currentId?: string;
}) {
  const columns: ColumnsType<TaskOccurrence> = [
    { title: t('taskDetail.occ.label'), dataIndex: 'label' },
    {
      title: t('taskDetail.occ.deadline'),
      key: 'deadline',
      width: 130,
      render: (_v, o) => (
        <Deadline deadline={o.deadline} dueDate={o.dueDate} overdue={o.timeliness === 'overdue'} />
      ),
    },
    {
      title: t('taskDetail.occ.status'),
      key: 'status',
      width: 140,
      render: (_v, o) => <StatusTag status={o.status} />,
    },
    {
      title: t('taskDetail.occ.timeliness'),
      key: 'timeliness',
      width: 170,
      render: (_v, o) => <TimelinessTag timeliness={o.timeliness} />,
    },
    {
      title: t('taskDetail.occ.progress'),
      key: 'progress',
      width: 140,
      render: (_v, o) => <Progress percent={o.progress} size="small" />,
    },
    {
      title: t('taskDetail.occ.completedOn'),
      key: 'completedOn',
      width: 130,
      render: (_v, o) => formatIsoDate(o.completedOn) || t('common.none'),
    },
  ];
  return (
    <Table<TaskOccurrence>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={occurrences}
      rowClassName={(o) =>
        [
          o.timeliness === 'overdue' ? 'task-row-overdue' : '',
          o.id === currentId ? 'task-row-current' : '',
        ].join(' ')
      }
      pagination={occurrences.length > 12 ? { pageSize: 12, hideOnSinglePage: true } : false}
      locale={{ emptyText: t('taskDetail.noOccurrences') }}
      data-testid="task-occurrences"
    />
  );
}
