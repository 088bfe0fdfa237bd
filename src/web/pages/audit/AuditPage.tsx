import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { queries } from '../../api/queries';
import type { AuditEntry, AuditPage as AuditResult } from '../../api/types';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { JsonDiff } from './JsonDiff';
import { auditActionLabel, auditEntityLabel } from './labels';

const noEntries: AuditResult = { items: [], total: 0 };

const columns: ColumnsType<AuditEntry> = [
  {
    title: t('audit.col.occurredAt'),
    dataIndex: 'occurredAt',
    width: 180,
    render: (v: string) => formatDateTime(v, true),
  },
  {
    title: t('audit.col.actor'),
    dataIndex: 'actorUsername',
    render: (v: string | null) =>
      v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
  },
  {
    title: t('audit.col.action'),
    dataIndex: 'action',
    render: (v: string) => (
      <Tag color="blue" title={v}>
        {auditActionLabel(v)}
      </Tag>
    ),
  },
  {
    title: t('audit.col.entityType'),
    dataIndex: 'entityType',
    render: (v: string) => <span title={v}>{auditEntityLabel(v)}</span>,
  },
  {
    title: t('audit.col.entityId'),
    dataIndex: 'entityId',
    ellipsis: true,
    render: (v: string | null) =>
      v ? <Typography.Text copyable={{ text: v }}>{v}</Typography.Text> : t('common.none'),
  },
  {
    title: t('audit.col.ip'),
    dataIndex: 'ip',
    width: 140,
    render: (v: string | null) => v ?? t('common.none'),
  },
];

/** Admin page: who changed what, when; filterable, paginated on the server. */
export default function AuditPage() {
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const { data: result = noEntries, isFetching: loading } = useQuery(
    queries.audit({ ...filters, page, pageSize }),
  );

  return (
    <Card title={t('audit.title')} data-testid="audit-page">
      <AuditFilters
        onChange={(f) => {
          setFilters(f);
          setPage(1);
        }}
      />
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={result.items}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
        expandable={{
          expandedRowRender: (entry) => (
            <>
              <JsonDiff before={entry.before} after={entry.after} />
              {entry.requestId && (
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
                  {t('audit.requestId', { id: entry.requestId })}
                </Typography.Text>
              )}
            </>
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: result.total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        data-testid="audit-table"
      />
    </Card>
  );
}
