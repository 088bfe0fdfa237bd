import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Empty, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { queries } from '../../api/queries';
import { submissionsApi, type ReportPeriod } from '../../api/reports';
import { t } from '../../i18n';
import { StatusTags, vietnamDateTime } from './tags';

const noPeriods: ReportPeriod[] = [];
// Periods due within this many days count as "coming up" and are listed with the overdue ones.
const HORIZON_DAYS = 45;

/** Still owed: not with the receiver or accepted. Overdue ones never drop out of the list. */
function needsAction(p: ReportPeriod, horizon: string): boolean {
  const status = p.mine?.status ?? null;
  if (status === 'submitted' || status === 'accepted') return false;
  return p.mine?.timeliness === 'missing' || p.dueDate <= horizon;
}

/** "Báo cáo phải nộp": the periods the user's unit owes, overdue first. */
export function OwedReports() {
  const { data: periods = noPeriods, isFetching: loading } = useQuery(queries.owedPeriods());
  const [all, setAll] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const navigate = useNavigate();

  const rows = useMemo(() => {
    const horizon = dayjs().add(HORIZON_DAYS, 'day').format('YYYY-MM-DD');
    const shown = all ? periods : periods.filter((p) => needsAction(p, horizon));
    const rank = (p: ReportPeriod) => (p.mine?.timeliness === 'missing' ? 0 : 1);
    return [...shown].sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt));
  }, [periods, all]);

  const open = async (p: ReportPeriod) => {
    setOpening(p.id);
    try {
      const id = p.mine?.submissionId ?? (await submissionsApi.lookup(p.id, p.mine?.unitId)).id;
      void navigate(`/reports/submissions/${encodeURIComponent(id)}`);
    } finally {
      setOpening(null);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('reports.owedHint')}</Typography.Text>
        <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="owed-show-all">
          {t('reports.showAll')}
        </Checkbox>
      </Flex>
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        data-testid="owed-table"
        rowClassName={(p) => (p.mine?.timeliness === 'missing' ? 'owed-overdue' : '')}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.owedEmpty')} />,
        }}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          { title: t('reports.col.regime'), dataIndex: 'regimeName' },
          { title: t('reports.col.period'), dataIndex: 'label', width: 150 },
          { title: t('reports.col.due'), width: 160, render: (_, p) => vietnamDateTime(p.dueAt) },
          {
            title: t('reports.col.status'),
            width: 230,
            render: (_, p) =>
              p.mine ? <StatusTags status={p.mine.status} timeliness={p.mine.timeliness} /> : null,
          },
          {
            title: '',
            width: 130,
            render: (_, p) => (
              <Button
                size="small"
                type="primary"
                ghost
                loading={opening === p.id}
                onClick={() => void open(p)}
                data-testid={`owed-open-${p.code}-${p.regimeId}`}
                data-period={p.label}
              >
                {t('reports.open')}
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
}
