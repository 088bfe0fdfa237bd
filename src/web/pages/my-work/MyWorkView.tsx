import { useQuery } from '@tanstack/react-query';
import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Flex, List, Row, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { MyWorkItem, MyWorkSection } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { Deadline, StatusTag, TimelinessTag } from '../../components/TaskTags';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { formatRate } from '../../lib/charts';
import { formatIsoDate } from '../../lib/format';
import { pickableUnits } from '../../lib/unitScope';
import { LeadershipCards } from './LeadershipCards';
import { ReportsDueCard } from './ReportsDueCard';

function WorkItem({ item }: { item: MyWorkItem }) {
  const overdue = item.timeliness === 'overdue';
  return (
    <List.Item className={overdue ? 'work-item work-item-overdue' : 'work-item'} data-testid="work-item">
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Link
          to={`/tasks/${encodeURIComponent(item.taskId)}?occurrence=${encodeURIComponent(item.occurrenceId)}`}
          data-testid="work-item-link"
        >
          {item.content}
        </Link>
        <Flex wrap gap={6} align="center">
          <Deadline deadline={item.deadline} overdue={overdue} />
          <Typography.Text type="secondary">· {item.label}</Typography.Text>
          <TimelinessTag timeliness={item.timeliness} />
          <StatusTag status={item.partStatus ?? item.status} />
          {item.role === 'coordinator' && <Tag style={{ marginInlineEnd: 0 }}>{item.leadUnitName}</Tag>}
        </Flex>
      </Flex>
    </List.Item>
  );
}

function SectionCard({ section, limit }: { section: MyWorkSection; limit: number }) {
  const overdue = section.key === 'overdue';
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? section.items : section.items.slice(0, limit);
  const folded = section.items.length - shown.length;
  const hidden = section.count - section.items.length;
  return (
    <Card
      size="small"
      className={overdue && section.count > 0 ? 'work-section work-section-overdue' : 'work-section'}
      title={
        <Flex align="center" gap={8}>
          <span>{t(`myWork.section.${section.key}`)}</span>
          <Badge
            count={section.count}
            showZero
            color={overdue && section.count > 0 ? '#cf1322' : '#8c8c8c'}
            overflowCount={999}
            data-testid={`work-count-${section.key}`}
          />
        </Flex>
      }
      data-testid={`work-section-${section.key}`}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t(`myWork.hint.${section.key}`)}
      </Typography.Paragraph>
      {section.items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={overdue ? t('myWork.noOverdue') : t('myWork.empty')}
        />
      ) : (
        <List
          size="small"
          dataSource={shown}
          renderItem={(item) => <WorkItem item={item} />}
          rowKey={(item) => item.occurrenceId}
          className="work-list"
        />
      )}
      {folded > 0 && (
        <Button
          type="link"
          size="small"
          onClick={() => setExpanded(true)}
          style={{ paddingInline: 0 }}
          data-testid="work-more"
        >
          {t('myWork.showMore', { count: folded })}
        </Button>
      )}
      {expanded && hidden > 0 && (
        <Typography.Text type="secondary">{t('myWork.more', { count: hidden })}</Typography.Text>
      )}
    </Card>
  );
}

/** "Việc của tôi": the user's and their unit's open work, overdue first and always shown. */
export function MyWorkView({ limit = 10 }: { limit?: number }) {
  const me = useMe();
  const { units } = useOrgTree();
  const pickable = useMemo(() => pickableUnits(me, units), [me, units]);
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const { data = null, isFetching: loading, refetch: reload } = useQuery(queries.myWork(unitId));

  // Overdue always comes first; the others keep the server's order.
  const sections = data
    ? [...data.sections].sort((a, b) => Number(b.key === 'overdue') - Number(a.key === 'overdue'))
    : [];

  return (
    <Card
      loading={!data && loading}
      title={
        <Flex align="center" gap={12} wrap>
          <span>{t('myWork.title')}</span>
          {data && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {data.unit.name} · {t('myWork.asOf', { date: formatIsoDate(data.asOf) })}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center">
          {pickable && (
            <OrgUnitTreeSelect
              units={pickable}
              value={unitId ?? me.orgUnitId}
              onChange={(id) => setUnitId(id)}
              style={{ width: 240 }}
              data-testid="work-unit"
            />
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} aria-label={t('common.reload')} />
          <Link to="/tasks">{t('myWork.viewAll')}</Link>
        </Flex>
      }
      data-testid="my-work"
    >
      {data && (
        <Typography.Paragraph type="secondary" data-testid="work-summary">
          {t('myWork.summary', {
            done: data.summary.dueDone,
            due: data.summary.due,
            rate: formatRate(data.summary.completionRate),
            overdue: data.summary.overdue,
            overdueOccurrences: data.summary.occurrences.overdue,
            inProgress: data.summary.inProgress,
          })}
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        {sections.map((section) => (
          <Col key={section.key} xs={24} lg={12} xxl={section.key === 'overdue' ? 12 : 6}>
            <SectionCard section={section} limit={limit} />
          </Col>
        ))}
        {data && (
          <Col xs={24} lg={12} xxl={12}>
            <ReportsDueCard reports={data.reportsDue} unitId={data.unit.id} />
          </Col>
        )}
        <LeadershipCards />
      </Row>
    </Card>
  );
}
