import { EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { ImportItem, ItemEdit } from '../../../api/types';
import { t } from '../../../i18n';
import {
  countWarningKinds,
  duplicateOrdinals,
  filterRows,
  WARNING_KINDS,
  type PlanRow,
  type RowFilter,
  type WarningKind,
} from '../../../lib/planRows';
import { ContentCell, sharedColumns } from '../cells';
import { ItemEditModal } from './ItemEditModal';

interface Props {
  rows: readonly PlanRow[];
  /** The rows as the last review returned them (edits applied). */
  items: readonly ImportItem[];
  /** The rows as the document gave them. */
  originals: readonly ImportItem[];
  edits: Readonly<Record<number, ItemEdit>>;
  planYear: number;
  unitNames: readonly { value: string; label: string }[];
  onEdit: (index: number, edit: ItemEdit | null) => void;
}

function rowLabel(row: PlanRow): string {
  const section = [row.part, row.domainIndex].filter(Boolean).join('.');
  const stt =
    row.subOrdinal !== null
      ? [row.ordinal, row.subLabel ?? row.subOrdinal].filter((v) => v !== null).join('.')
      : row.stt;
  return [section, stt].filter(Boolean).join('.') || String(row.index + 1);
}

/** Every row read from the document, its warnings, and a way to correct it. */
export function PreviewItemsTable({ rows, items, originals, edits, planYear, unitNames, onEdit }: Props) {
  const [filter, setFilter] = useState<RowFilter>({});
  const [editing, setEditing] = useState<number | null>(null);
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const patch = (next: Partial<RowFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage((p) => ({ ...p, current: 1 }));
  };

  const duplicates = useMemo(() => duplicateOrdinals(rows), [rows]);
  const kindCounts = useMemo(() => countWarningKinds(rows, duplicates), [rows, duplicates]);
  const warningRows = useMemo(() => rows.filter((r) => r.warnings.length > 0).length, [rows]);
  const shown = useMemo(() => filterRows(rows, filter, duplicates), [rows, filter, duplicates]);

  const shared = sharedColumns();
  const columns: ColumnsType<PlanRow> = [
    {
      title: t('planItems.col.section'),
      key: 'section',
      width: 72,
      render: (_v, row) => (
        <Tooltip title={row.domain}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {rowLabel(row)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('planItems.col.content'),
      key: 'content',
      render: (_v, row) => (
        <ContentCell
          row={row}
          extra={
            <>
              {row.output && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('planItems.col.output')}: {row.output}
                </Typography.Text>
              )}
              {edits[row.index] && (
                <Tag color="blue" style={{ marginInlineStart: 6 }} data-testid="row-edited">
                  {t('planImport.table.edited')}
                </Tag>
              )}
              {row.warnings.map((w, i) => (
                <Typography.Text
                  key={i}
                  type="warning"
                  style={{ display: 'block', fontSize: 12, marginTop: 2 }}
                  data-testid="row-warning"
                >
                  <WarningOutlined /> {w}
                </Typography.Text>
              ))}
            </>
          }
        />
      ),
    },
    shared.lead,
    shared.coordinators,
    shared.timeframe,
    shared.target,
    {
      title: '',
      key: 'edit',
      width: 56,
      fixed: 'right',
      render: (_v, row) => (
        <Tooltip title={t('planImport.table.edit')}>
          <Button
            type="text"
            icon={<EditOutlined />}
            aria-label={t('planImport.table.edit')}
            onClick={() => setEditing(row.index)}
            data-testid={`edit-row-${row.index}`}
          />
        </Tooltip>
      ),
    },
  ];

  const editingRow = editing === null ? undefined : rows[editing];
  const editingItem = editing === null ? undefined : items[editing];
  const editingOriginal = editing === null ? undefined : originals[editing];

  return (
    <Flex vertical gap={12} data-testid="plan-preview-items">
      <Flex wrap gap={8} align="center">
        <Input.Search
          allowClear
          placeholder={t('planItems.filter.search')}
          onChange={(e) => patch({ text: e.target.value })}
          style={{ width: 300 }}
          data-testid="preview-filter-text"
        />
        <Checkbox
          checked={filter.warningsOnly ?? false}
          onChange={(e) => patch({ warningsOnly: e.target.checked })}
          data-testid="preview-filter-warnings"
        >
          {t('planItems.filter.warningsOnly')} ({warningRows})
        </Checkbox>
        {WARNING_KINDS.filter((k) => kindCounts.has(k)).map((kind: WarningKind) => (
          <Tag.CheckableTag
            key={kind}
            checked={filter.warningKind === kind}
            onChange={(checked) => patch({ warningKind: checked ? kind : undefined })}
            style={{ border: '1px solid #ffe58f' }}
            data-testid={`preview-kind-${kind}`}
          >
            {t(`warningKind.${kind}`)}: {kindCounts.get(kind) ?? 0}
          </Tag.CheckableTag>
        ))}
      </Flex>
      <Table<PlanRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={shown}
        rowClassName={(r) =>
          [r.warnings.length ? 'plan-row-warning' : '', edits[r.index] ? 'plan-row-edited' : ''].join(' ')
        }
        scroll={{ x: 1100 }}
        tableLayout="fixed"
        pagination={{
          ...page,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        locale={{ emptyText: t('planDetail.noMatch') }}
        data-testid="preview-table"
      />
      {editing !== null && editingRow && editingItem && editingOriginal && (
        <ItemEditModal
          index={editing}
          label={rowLabel(editingRow)}
          current={editingItem}
          original={editingOriginal}
          edited={Boolean(edits[editing])}
          planYear={planYear}
          unitNames={unitNames}
          onApply={(edit) => {
            onEdit(editing, edit);
            setEditing(null);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
