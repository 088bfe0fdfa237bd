import { SwapOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Dropdown, Empty, Flex, Spin, Typography } from 'antd';
import { useMemo, useState, type DragEvent } from 'react';
import { Link } from 'react-router-dom';
import { TASK_STATUSES } from '../../../domain/tracking';
import { tasksApi } from '../../api/endpoints';
import type { TaskRow, TaskStatus } from '../../api/types';
import { Deadline, TimelinessTag, UnitNames } from '../../components/TaskTags';
import { t } from '../../i18n';
import { errorText, isStale } from '../../lib/apiErrors';
import { showSuccess, showWarning } from '../../lib/feedback';
import { shorten } from '../../lib/format';
import { groupByStatus, moveTargets } from '../../lib/taskBoard';
import { StatusChangeModal, type StatusChange } from './StatusChangeModal';
import { taskLink } from './TaskTable';

interface Props {
  rows: TaskRow[];
  total: number;
  loading: boolean;
  reload: () => Promise<void>;
}

interface Move {
  row: TaskRow & { current: NonNullable<TaskRow['current']> };
  to: TaskStatus;
}

const DRAG_TYPE = 'application/x-baocao-task';

function TaskCard({ row, onMove }: { row: TaskRow; onMove: (to: TaskStatus) => void }) {
  const current = row.current;
  const targets = current ? moveTargets(current.status) : [];
  const overdue = current?.timeliness === 'overdue';
  return (
    <Card
      size="small"
      className={overdue ? 'kanban-card kanban-card-overdue' : 'kanban-card'}
      draggable={targets.length > 0}
      onDragStart={(e: DragEvent) => {
        e.dataTransfer.setData(DRAG_TYPE, row.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      data-testid={`kanban-card-${row.id}`}
    >
      <Flex vertical gap={6}>
        <Link to={taskLink(row)} className="kanban-card-title">
          {row.content}
        </Link>
        <UnitNames units={row.leadUnits} color="blue" />
        {current && (
          <Flex justify="space-between" align="center" wrap gap={4}>
            <Deadline deadline={current.deadline} dueDate={current.dueDate} overdue={overdue} />
            <TimelinessTag timeliness={current.timeliness} />
          </Flex>
        )}
        {targets.length > 0 && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: targets.map((to) => ({
                key: to,
                label: t('tasks.board.moveTo', { status: t(`taskStatus.${to}`) }),
              })),
              onClick: ({ key }) => onMove(key as TaskStatus),
            }}
          >
            <Button size="small" icon={<SwapOutlined />} data-testid="kanban-move">
              {t('tasks.board.move')}
            </Button>
          </Dropdown>
        )}
      </Flex>
    </Card>
  );
}

/** Kanban by the status of each task's current occurrence; a move is a progress update with the version read. */
export function TaskBoard({ rows, total, loading, reload }: Props) {
  const { columns, unscheduled } = useMemo(() => groupByStatus(rows), [rows]);
  const [move, setMove] = useState<Move | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState<TaskStatus | null>(null);

  const startMove = (row: TaskRow, to: TaskStatus) => {
    const current = row.current;
    if (!current) return;
    if (!moveTargets(current.status).includes(to)) {
      if (current.status !== to) {
        showWarning(
          t('tasks.board.notAllowed', { from: t(`taskStatus.${current.status}`), to: t(`taskStatus.${to}`) }),
        );
      }
      return;
    }
    setError(null);
    setMove({ row: { ...row, current }, to });
  };

  const onDrop = (e: DragEvent, to: TaskStatus) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer.getData(DRAG_TYPE);
    const row = rows.find((r) => r.id === id);
    if (row) startMove(row, to);
  };

  const submit = async (change: StatusChange) => {
    if (!move) return;
    const { row } = move;
    try {
      await tasksApi.update(row.id, {
        occurrenceId: row.current.id,
        version: row.current.version,
        ...change,
      });
      showSuccess(t('tasks.board.moved', { status: t(`taskStatus.${change.status}`) }));
      setMove(null);
      await reload();
    } catch (err) {
      if (isStale(err)) {
        showWarning(t('tracking.stale'));
        setMove(null);
        await reload();
        return;
      }
      setError(errorText(err));
    }
  };

  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('tasks.board.hint')}</Typography.Text>
        {total > rows.length && (
          <Alert type="info" showIcon title={t('tasks.board.truncated', { shown: rows.length, total })} />
        )}
        {unscheduled.length > 0 && (
          <Typography.Text type="secondary">
            {t('tasks.board.unscheduled', { count: unscheduled.length })}
          </Typography.Text>
        )}
        <div className="kanban" data-testid="kanban">
          {TASK_STATUSES.map((status) => (
            <div
              key={status}
              className={over === status ? 'kanban-column kanban-column-over' : 'kanban-column'}
              onDragOver={(e) => {
                if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                e.preventDefault();
                setOver(status);
              }}
              onDragLeave={() => setOver((o) => (o === status ? null : o))}
              onDrop={(e) => onDrop(e, status)}
              data-testid={`kanban-column-${status}`}
            >
              <Flex justify="space-between" align="center" className="kanban-column-head">
                <Typography.Text strong>{t(`taskStatus.${status}`)}</Typography.Text>
                <Badge count={columns[status].length} showZero color="#8c8c8c" />
              </Flex>
              <Flex vertical gap={8}>
                {columns[status].length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.board.empty')} />
                ) : (
                  columns[status].map((row) => (
                    <TaskCard key={row.id} row={row} onMove={(to) => startMove(row, to)} />
                  ))
                )}
              </Flex>
            </div>
          ))}
        </div>
      </Flex>
      <StatusChangeModal
        open={move !== null}
        title={
          move
            ? t('tasks.board.moveTitle', {
                content: shorten(move.row.content, 60),
                status: t(`taskStatus.${move.to}`),
              })
            : ''
        }
        statuses={move ? [move.to] : []}
        fromStatuses={move ? [move.row.current.status] : []}
        initialNote={move ? t('tasks.board.defaultNote', { status: t(`taskStatus.${move.to}`) }) : ''}
        error={error}
        onCancel={() => setMove(null)}
        onSubmit={submit}
      />
    </Spin>
  );
}
