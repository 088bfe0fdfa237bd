import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { RegimeBoard } from '../../api/reports';
import { t } from '../../i18n';
import { nestTree, type TreeRow } from '../../lib/reportingTree';
import { StatusTags } from './tags';

type Cell = RegimeBoard['units'][number]['cells'][number];

interface Props {
  regimeId: string;
  board: RegimeBoard;
  /** Code of the period shown; the page keeps it in the address so a reload stays on it. */
  period: string;
  onPeriodChange: (code: string) => void;
}

/**
 * Completeness down the reporting tree for one period: at every level how many of the units below
 * have reported ("5/6 đã báo cáo"), how many on time, and which are still missing.
 */
export function RegimeTreeView({ regimeId, board, period, onPeriodChange }: Props) {
  const { data: tree = null, isFetching: loading } = useQuery(queries.regimeTree(regimeId, period));
  const periodId = board.periods.find((p) => p.code === period)?.id;
  const cells = new Map<string, Cell>();
  for (const unit of board.units) {
    const cell = unit.cells.find((c) => c.periodId === periodId);
    if (cell) cells.set(unit.id, cell);
  }

  const columns = [
    {
      title: t('reports.tree.unit'),
      key: 'unit',
      width: 380,
      render: (_: unknown, r: TreeRow) => {
        const missing = r.own.missing > 0;
        return (
          <Typography.Text
            type={missing ? 'danger' : undefined}
            strong={r.depth === 0}
            data-testid="tree-unit"
            data-missing={missing ? 'true' : 'false'}
          >
            {r.name}
          </Typography.Text>
        );
      },
    },
    {
      title: t('reports.tree.reportedCol'),
      key: 'reported',
      width: 160,
      render: (_: unknown, r: TreeRow) =>
        r.childrenExpected === 0 ? null : (
          <Tag
            color={r.childrenReported === r.childrenExpected ? 'green' : 'orange'}
            data-testid="tree-reported"
          >
            {t('reports.tree.reported', { reported: r.childrenReported, expected: r.childrenExpected })}
          </Tag>
        ),
    },
    {
      title: t('reports.tree.onTime'),
      key: 'onTime',
      width: 90,
      align: 'center' as const,
      render: (_: unknown, r: TreeRow) => <span data-testid="tree-ontime">{r.total.onTime}</span>,
    },
    {
      title: t('reports.tree.late'),
      key: 'late',
      width: 90,
      align: 'center' as const,
      render: (_: unknown, r: TreeRow) => r.total.late,
    },
    {
      title: t('reports.tree.missing'),
      key: 'missing',
      render: (_: unknown, r: TreeRow) =>
        r.childrenExpected === 0 ? null : r.missingChildren.length === 0 ? (
          <Typography.Text type="secondary">{t('reports.tree.noneMissing')}</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {r.missingChildren.map((u) => (
              <Tag key={u.id} color="red" data-testid="tree-missing-unit">
                {u.name}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      title: t('reports.tree.status'),
      key: 'status',
      width: 210,
      render: (_: unknown, r: TreeRow) => {
        const cell = r.own.expected > 0 ? cells.get(r.unitId) : undefined;
        if (!cell) return null;
        const tags = <StatusTags status={cell.status} timeliness={cell.timeliness} />;
        return cell.submissionId ? (
          <Link to={`/reports/submissions/${encodeURIComponent(cell.submissionId)}`}>{tags}</Link>
        ) : (
          tags
        );
      },
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="regime-tree">
      <Flex gap={12} align="center" wrap>
        <Typography.Text strong>{t('reports.tree.period')}</Typography.Text>
        <Select
          style={{ width: 260 }}
          value={period}
          onChange={onPeriodChange}
          options={board.periods.map((p) => ({ value: p.code, label: p.label }))}
          data-testid="tree-period"
        />
        <Typography.Text type="danger">{t('reports.tree.missingHint')}</Typography.Text>
      </Flex>
      {tree && tree.nodes.length > 1 ? (
        <Table<TreeRow>
          // a new period remounts the table so it opens fully expanded again
          key={tree.period ?? ''}
          className="report-tree"
          size="small"
          rowKey="unitId"
          bordered
          loading={loading}
          pagination={false}
          dataSource={nestTree(tree.nodes)}
          columns={columns}
          rowClassName={(r) => (r.own.missing > 0 ? 'report-tree-missing' : '')}
          expandable={{ defaultExpandAllRows: true }}
        />
      ) : (
        !loading && <Empty description={t('reports.tree.empty')} />
      )}
    </Flex>
  );
}
