import { Badge, Card, Col, Empty, Flex, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { extensionsApi, taskSourcesApi } from '../../api/task-sources';
import { Deadline, TimelinessTag } from '../../components/TaskTags';
import { t } from '../../i18n';
import { formatIsoDate } from '../../lib/format';

const taskLink = (id: string) => `/tasks/${encodeURIComponent(id)}`;

/** Việc của tôi, for whoever gives work: extension requests to decide and the tasks they oversee. */
export function LeadershipCards() {
  const { data } = useQuery({
    // Under my-work: a decision or a task update there refreshes these cards too.
    queryKey: ['my-work', 'leadership'],
    queryFn: async () => {
      const [pending, oversight] = await Promise.all([extensionsApi.pending(), taskSourcesApi.oversight()]);
      return { pending: pending.extensions, oversight: oversight.items };
    },
  });
  if (!data || (data.pending.length === 0 && data.oversight.length === 0)) return null;
  return (
    <>
      <Col xs={24} lg={12} xxl={12}>
        <Card
          size="small"
          className="work-section"
          title={
            <Flex align="center" gap={8}>
              <span>{t('extensions.pendingTitle')}</span>
              <Badge
                count={data.pending.length}
                showZero
                color="#d48806"
                data-testid="work-count-extensions"
              />
            </Flex>
          }
          data-testid="work-section-extensions"
        >
          {data.pending.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('extensions.pendingEmpty')} />
          ) : (
            <List
              size="small"
              dataSource={data.pending}
              renderItem={(e) => (
                <List.Item>
                  <Flex vertical>
                    <Link to={taskLink(e.taskId)}>{e.taskContent}</Link>
                    <Typography.Text type="secondary">
                      {t('extensions.line', {
                        who: e.requestedBy,
                        unit: e.unitName ?? '',
                        date: formatIsoDate(e.proposedDate),
                        reason: e.reason,
                      })}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12} xxl={12}>
        <Card
          size="small"
          className="work-section"
          title={t('extensions.oversightTitle')}
          data-testid="work-section-oversight"
        >
          {data.oversight.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('extensions.oversightEmpty')} />
          ) : (
            <List
              size="small"
              dataSource={data.oversight}
              renderItem={(row) => (
                <List.Item>
                  <Flex vertical>
                    <Link to={taskLink(row.id)}>{row.content}</Link>
                    {row.current && (
                      <Flex gap={8} align="center">
                        <TimelinessTag timeliness={row.current.timeliness} />
                        <Deadline
                          deadline={row.current.deadline}
                          dueDate={row.current.dueDate}
                          overdue={row.current.timeliness === 'overdue'}
                        />
                      </Flex>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </>
  );
}
