import { Flex, Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { TaskRow } from '../../api/types';
import { Deadline, StatusTag, TimelinessTag, UnitNames } from '../../components/TaskTags';
import { t } from '../../i18n';

interface Props {
  rows: TaskRow[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  selected: readonly TaskRow[];
  onSelect: (rows: TaskRow[]) => void;
}

export function taskLink(row: Pick<TaskRow, 'id'>): string {
  return `/tasks/${encodeURIComponent(row.id)}`;
}

export function TaskTable({ rows, total, loading, page, pageSize, onPage, selected, onSelect }: Props) {
  const columns: ColumnsType<TaskRow> = [
    {
      title: t('tasks.col.stt'),
      key: 'stt',
      width: 64,
      render: (_v, row) => [row.ordinal, row.subOrdinal ? `.${row.subOrdinal}` : ''].join('') || '',
    },
    {
      title: t('tasks.col.content'),
      key: 'content',
      render: (_v, row) => (
        <Flex vertical gap={2}>
          <Link to={taskLink(row)} data-testid="task-link">
            {row.content}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[row.plan.number, row.domain].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('tasks.col.lead'),
      key: 'lead',
      width: 150,
      render: (_v, row) => <UnitNames units={row.leadUnits} color="blue" />,
    },
    {
      title: t('tasks.col.coordinators'),
      key: 'coordinators',
      width: 150,
      responsive: ['xl'],
      render: (_v, row) => <UnitNames units={row.coordinatorUnits} />,
    },
    {
      title: t('tasks.col.deadline'),
      key: 'deadline',
      width: 130,
      render: (_v, row) =>
        row.current ? (
          <Flex vertical gap={2}>
            <Deadline
              deadline={row.current.deadline}
              dueDate={row.current.dueDate}
              overdue={row.current.timeliness === 'overdue'}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.current.label}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{row.timeframe}</Typography.Text>
        ),
    },
    {
      title: t('tasks.col.status'),
      key: 'status',
      width: 170,
      render: (_v, row) =>
        row.current && (
          <Flex vertical gap={4} align="start">
            <StatusTag status={row.current.status} />
            <TimelinessTag timeliness={row.current.timeliness} />
          </Flex>
        ),
    },
    {
      title: t('tasks.col.progress'),
      key: 'progress',
      width: 120,
      render: (_v, row) =>
        row.current && (
          <Flex vertical gap={0}>
            <Progress percent={row.current.progress} size="small" />
            {row.occurrenceCounts.total > 1 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('tracking.occurrences', row.occurrenceCounts)}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
  ];

  return (
    <Table<TaskRow>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={rows}
      rowClassName={(row) => (row.current?.timeliness === 'overdue' ? 'task-row-overdue' : '')}
      rowSelection={{
        selectedRowKeys: selected.map((r) => r.id),
        // antd keeps the records of other pages when preserveSelectedRowKeys is on
        onChange: (_keys, records) =>
          onSelect((records as (TaskRow | undefined)[]).filter((r): r is TaskRow => r !== undefined)),
        getCheckboxProps: (row) => ({ disabled: !row.current }),
        preserveSelectedRowKeys: true,
      }}
      locale={{ emptyText: loading ? ' ' : t('tasks.empty') }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (n) => t('common.total', { total: n }),
        onChange: onPage,
      }}
      data-testid="tasks-table"
    />
  );
}
