import { useQuery } from '@tanstack/react-query';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Result, Row, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { keys, queries, useInvalidate } from '../../api/queries';
import type { TaskDetail } from '../../api/types';
import { FullPageSpin } from '../../auth/guards';
import { Deadline, StatusTag, TimelinessTag, UnitNames } from '../../components/TaskTags';
import { t } from '../../i18n';
import { CoordinatingParts } from './CoordinatingParts';
import { OccurrencesTable } from './OccurrencesTable';
import { PeopleCard } from './PeopleCard';
import { SourcingCard } from './SourcingCard';
import { TaskTimeline } from './TaskTimeline';
import { TaskUpdateForm } from './TaskUpdateForm';
import { TriggerCard } from './TriggerCard';

/** Changes whenever any occurrence is saved, so the update form starts again from fresh versions. */
const versionsOf = (task: TaskDetail) => task.occurrences.map((o) => `${o.id}:${o.version}`).join(',');

export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { data: task, isFetching: loading, isError: failed } = useQuery(queries.task(id));
  const invalidate = useInvalidate();
  const reload = useCallback(() => invalidate(keys.tasks, keys.stats, keys.myWork), [invalidate]);

  if (!task && loading) return <FullPageSpin />;
  if (!task || failed) {
    return (
      <Result
        status="404"
        title={t('taskDetail.notFound')}
        extra={
          <Link to="/tasks">
            <Button type="primary">{t('taskDetail.back')}</Button>
          </Link>
        }
      />
    );
  }
  const current = task.current;
  const triggered = task.timeframeKind === 'triggered';

  return (
    <Flex vertical gap={16} data-testid="task-detail">
      <Link to="/tasks">
        <ArrowLeftOutlined /> {t('taskDetail.back')}
      </Link>
      <Card data-testid="task-header">
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="task-content">
            {task.content}
          </Typography.Title>
          {current && (
            <Flex wrap gap={8} align="center" data-testid="task-current">
              <StatusTag status={current.status} />
              <TimelinessTag timeliness={current.timeliness} />
              <Typography.Text type="secondary">{current.label}</Typography.Text>
              <Deadline
                deadline={current.deadline}
                dueDate={current.dueDate}
                overdue={current.timeliness === 'overdue'}
              />
            </Flex>
          )}
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('taskDetail.plan')}>
              <Link to={`/plans/${encodeURIComponent(task.plan.id)}`}>
                {[task.plan.number, task.plan.title].filter(Boolean).join(' – ')}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('taskDetail.domain')}>
              {task.domain ?? t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('taskDetail.timeframe')}>{task.timeframe}</Descriptions.Item>
            <Descriptions.Item label={t('taskDetail.output')}>
              {task.output ?? t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('taskDetail.lead')}>
              <UnitNames units={task.leadUnits} color="blue" />
            </Descriptions.Item>
            <Descriptions.Item label={t('taskDetail.coordinators')}>
              <UnitNames units={task.coordinatorUnits} />
            </Descriptions.Item>
          </Descriptions>
        </Space>
      </Card>
      <Card title={t('taskDetail.occurrences', { count: task.occurrences.length })}>
        <OccurrencesTable occurrences={task.occurrences} currentId={current?.id} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            {task.permissions.canUpdate ? (
              <TaskUpdateForm
                key={versionsOf(task)}
                task={task}
                occurrenceId={search.get('occurrence')}
                onSaved={reload}
              />
            ) : (
              <Card title={t('taskDetail.update.title')}>
                <Typography.Text type="secondary">{t('taskDetail.update.readOnly')}</Typography.Text>
              </Card>
            )}
            {triggered && task.permissions.canManage && <TriggerCard task={task} onSaved={reload} />}
            {task.coordinatorUnits.length > 0 && <CoordinatingParts task={task} onSaved={reload} />}
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <SourcingCard task={task} onSaved={() => void reload()} />
            <PeopleCard task={task} onSaved={reload} />
            <TaskTimeline entries={task.timeline} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
