import { useQuery } from '@tanstack/react-query';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Spin, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { RegimeBoard } from '../../api/reports';
import { t } from '../../i18n';
import { vietnamDateTime } from './tags';
import { defaultPeriod } from '../../lib/reportingTree';
import { RegimeTreeView } from './RegimeTreeView';
import './reports.css';

type Unit = RegimeBoard['units'][number];
type Cell = Unit['cells'][number];
const CELLS: Cell['cell'][] = ['onTime', 'late', 'missing', 'pending', 'draft', 'returned', 'accepted'];

function BoardCell({ cell, title }: { cell: Cell['cell']; title?: string }) {
  const box = (
    <span className={`board-cell board-cell-${cell}`} data-cell={cell}>
      {t(`reports.cellShort.${cell}`)}
    </span>
  );
  return title ? <Tooltip title={title}>{box}</Tooltip> : box;
}

const rate = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10}%`);

/** Units down the side, periods across the top; each cell says whether the unit sent, and when. */
export default function RegimeBoardPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, isFetching: loading } = useQuery(queries.regimeBoard(id));
  if (!data)
    return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} spinning={loading} />;
  const [board, rates] = data;
  const view = params.get('view') === 'tree' ? 'tree' : 'grid';
  const treePeriod = params.get('period') ?? defaultPeriod(board.periods, new Date())?.code;
  const showView = (next: string, period = treePeriod) =>
    setParams(next === 'tree' && period ? { view: next, period } : {}, { replace: true });

  const columns = [
    {
      title: t('reports.boardUnit'),
      dataIndex: 'name',
      fixed: 'left' as const,
      width: 260,
      render: (name: string, u: Unit) => (
        <Flex vertical>
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 11 }}>
            {t('reports.reportingRate')}: {rate(u.rates.reportingRate)} · {t('reports.onTimeRate')}:{' '}
            {rate(u.rates.onTimeRate)}
          </Typography.Text>
        </Flex>
      ),
    },
    ...board.periods.map((p, i) => ({
      key: p.id,
      title: (
        <Tooltip
          title={`${vietnamDateTime(p.dueAt)} · ${t('reports.periodRate', { submitted: p.rates.submitted, expected: p.rates.expected })}`}
        >
          <Flex vertical align="center" style={{ fontSize: 11 }}>
            <span>{p.label}</span>
            <Typography.Text type="secondary" style={{ fontSize: 10 }}>
              {rate(p.rates.reportingRate)}
            </Typography.Text>
          </Flex>
        </Tooltip>
      ),
      width: 86,
      align: 'center' as const,
      render: (_: unknown, u: Unit) => {
        const cell = u.cells[i];
        if (!cell) return null;
        const title = t('reports.cellTitle', {
          unit: u.name,
          period: p.label,
          state: t(`reports.cell.${cell.cell}`),
        });
        const box = <BoardCell cell={cell.cell} title={title} />;
        return cell.submissionId ? (
          <Link to={`/reports/submissions/${encodeURIComponent(cell.submissionId)}`}>{box}</Link>
        ) : (
          box
        );
      },
    })),
  ];

  return (
    <Flex vertical gap={16} data-testid="regime-board">
      <Link to="/reports?tab=regimes">
        <ArrowLeftOutlined /> {t('reports.back')}
      </Link>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('reports.boardTitle', { name: board.regime.name })}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('reports.reportingRate')}
              value={rate(rates.reportingRate)}
              data-testid="board-reporting-rate"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('reports.onTimeRate')}
              value={rate(rates.onTimeRate)}
              data-testid="board-ontime-rate"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('reports.submitted')} value={`${rates.submitted}/${rates.expected}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card
            size="small"
            title={t('reports.missingUnits')}
            styles={{ body: { maxHeight: 90, overflow: 'auto' } }}
          >
            {rates.missingUnits.length === 0
              ? '—'
              : rates.missingUnits.map((u) => (
                  <Tag key={u.id} color="red">
                    {u.name}
                  </Tag>
                ))}
          </Card>
        </Col>
      </Row>
      <Tabs
        activeKey={view}
        onChange={(key) => showView(key)}
        items={[
          {
            key: 'grid',
            label: <span data-testid="board-view-grid">{t('reports.viewGrid')}</span>,
            children: (
              <Flex vertical gap={16}>
                <Flex gap={12} wrap align="center">
                  <Typography.Text type="secondary">{t('reports.legend')}:</Typography.Text>
                  {CELLS.map((c) => (
                    <Flex key={c} gap={4} align="center">
                      <BoardCell cell={c} />
                      <span style={{ fontSize: 12 }}>{t(`reports.cell.${c}`)}</span>
                    </Flex>
                  ))}
                </Flex>
                {board.periods.length === 0 ? (
                  <Empty description={t('reports.boardEmpty')} />
                ) : (
                  <Table
                    className="board-table"
                    size="small"
                    rowKey="id"
                    bordered
                    pagination={false}
                    dataSource={board.units}
                    columns={columns}
                    scroll={{ x: 260 + board.periods.length * 86 }}
                  />
                )}
              </Flex>
            ),
          },
          {
            key: 'tree',
            label: <span data-testid="board-view-tree">{t('reports.viewTree')}</span>,
            children:
              treePeriod === undefined ? (
                <Empty description={t('reports.boardEmpty')} />
              ) : (
                <RegimeTreeView
                  regimeId={id}
                  board={board}
                  period={treePeriod}
                  onPeriodChange={(code) => showView('tree', code)}
                />
              ),
          },
        ]}
      />
    </Flex>
  );
}
