import { Badge, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { submissionsApi } from '../../api/reports';
import type { MyWork } from '../../api/types';
import { t } from '../../i18n';
import { formatIsoDate } from '../../lib/format';

type ReportsDue = MyWork['reportsDue'];
type ReportItem = ReportsDue['items'][number];

function statusTag(item: ReportItem) {
  if (item.overdue) return <Tag color="red">{t('myWork.reportOverdue')}</Tag>;
  if (item.status === 'returned') return <Tag color="orange">{t('myWork.reportReturned')}</Tag>;
  if (item.status === 'draft') return <Tag color="blue">{t('myWork.reportDraft')}</Tag>;
  return <Tag>{t('myWork.reportNotStarted')}</Tag>;
}

/** "Báo cáo phải nộp": the reports the unit owes, overdue ones always in view; opens the draft. */
export function ReportsDueCard({ reports, unitId }: { reports: ReportsDue; unitId: string }) {
  const navigate = useNavigate();
  const [opening, setOpening] = useState<string | null>(null);
  const overdue = reports.items.some((item) => item.overdue);

  const open = async (item: ReportItem) => {
    setOpening(item.periodId);
    try {
      const id = item.submissionId ?? (await submissionsApi.lookup(item.periodId, unitId)).id;
      void navigate(`/reports/submissions/${encodeURIComponent(id)}`);
    } finally {
      setOpening(null);
    }
  };

  return (
    <Card
      size="small"
      className={overdue ? 'work-section work-section-overdue' : 'work-section'}
      title={
        <Flex align="center" gap={8}>
          <span>{t('myWork.section.reportsDue')}</span>
          <Badge
            count={reports.count}
            showZero
            color={overdue ? '#cf1322' : '#8c8c8c'}
            overflowCount={999}
            data-testid="work-count-reportsDue"
          />
        </Flex>
      }
      data-testid="work-section-reportsDue"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('myWork.hint.reportsDue')}
      </Typography.Paragraph>
      {reports.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myWork.noReportsDue')} />
      ) : (
        <List
          size="small"
          dataSource={reports.items}
          rowKey={(item) => item.periodId}
          renderItem={(item) => (
            <List.Item
              className={item.overdue ? 'work-item work-item-overdue' : 'work-item'}
              data-testid="work-report"
            >
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', textAlign: 'left', whiteSpace: 'normal' }}
                  loading={opening === item.periodId}
                  onClick={() => void open(item)}
                  data-testid="work-report-open"
                >
                  {item.regimeName} – {item.periodLabel}
                </Button>
                <Flex wrap gap={6} align="center">
                  <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>
                    {t('myWork.reportDue', { date: formatIsoDate(item.dueAt.slice(0, 10)) })}
                  </Typography.Text>
                  {statusTag(item)}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
