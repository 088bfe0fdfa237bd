import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  LinkOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Flex, Input, Space, Tag, Tooltip, Typography } from 'antd';
import { Fragment, useState } from 'react';
import type { DraftBlock, DraftEdit } from '../../api/reports';
import { t } from '../../i18n';

type Content = DraftBlock['content'];
type Table = Extract<Content, { kind: 'table' }>['table'];
type Cell = Extract<Table['rows'][number], { kind: 'data' }>['cells'][number];

/** Tables, indicator figures and the completion sentence come from the data: shown linked, not editable. */
export function isLinked(block: DraftBlock): boolean {
  if (block.content.kind === 'table') return true;
  if (block.edited) return false;
  const source = block.source ?? block.id;
  return source === 'completion' || source.startsWith('indicator:');
}

export function blockText(content: Content): string {
  switch (content.kind) {
    case 'heading':
    case 'paragraph':
      return content.text;
    case 'list':
      return content.items.join('\n');
    case 'table':
      return '';
  }
}

function CellText({ cell }: { cell: Cell }) {
  if (typeof cell === 'string') return <>{cell}</>;
  return (
    <>
      {cell.map((run, i) => {
        let node = <Fragment>{run.text}</Fragment>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}

function TableView({ table }: { table: Table }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <Typography.Text strong>{table.name}</Typography.Text>
      <table className="cons-table">
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} style={{ width: `${c.width}%` }}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) =>
            row.kind === 'group' ? (
              <tr key={i}>
                <td colSpan={table.columns.length}>
                  <strong>{row.text}</strong>
                </td>
              </tr>
            ) : (
              <tr key={i} style={row.bold ? { fontWeight: 600 } : undefined}>
                {row.cells.map((cell, j) => (
                  <td key={j} style={{ textAlign: table.columns[j]?.align ?? 'left' }}>
                    <CellText cell={cell} />
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

export function ContentView({ content }: { content: Content }) {
  switch (content.kind) {
    case 'heading':
      return (
        <Typography.Title
          level={content.level <= 1 ? 5 : 5}
          style={{ margin: '6px 0 2px', fontSize: content.level <= 1 ? 16 : 15 }}
        >
          {content.text}
        </Typography.Title>
      );
    case 'paragraph':
      return <p style={content.italic ? { fontStyle: 'italic' } : undefined}>{content.text}</p>;
    case 'list':
      return (
        <ul style={{ margin: 0, paddingInlineStart: 22 }}>
          {content.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <TableView table={content.table} />;
  }
}

interface BlockProps {
  block: DraftBlock;
  /** Where "move up" puts it: after this block (null: first in the body); undefined when it cannot move up. */
  upAfter: string | null | undefined;
  /** Where "move down" puts it; undefined when it is last in its part. */
  downAfter: string | undefined;
  pendingRemoval: boolean;
  flash: boolean;
  canEdit: boolean;
  onEdit: (edits: DraftEdit[]) => Promise<boolean>;
  onRemove: () => void;
  onUndo: () => void;
}

export function DraftBlockView({
  block,
  upAfter,
  downAfter,
  pendingRemoval,
  flash,
  canEdit,
  onEdit,
  onRemove,
  onUndo,
}: BlockProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const linked = isLinked(block);
  const className = [
    'cons-block',
    linked ? 'cons-block-linked' : '',
    pendingRemoval ? 'cons-block-removed' : '',
    flash ? 'cons-block-flash' : '',
  ].join(' ');

  if (pendingRemoval)
    return (
      <div className={className} id={`block-${block.id}`}>
        <Flex justify="space-between" align="center">
          <span>{t('consolidation.removed', { location: block.location })}</span>
          <Button size="small" onClick={onUndo} data-testid="block-undo" style={{ textDecoration: 'none' }}>
            {t('consolidation.undo')}
          </Button>
        </Flex>
      </div>
    );

  const tools = canEdit && editing === null && (
    <Space size={0} className="cons-block-tools">
      {!linked && (
        <Tooltip title={t('consolidation.editBlock')}>
          <Button
            size="small"
            type="text"
            icon={<EditOutlined />}
            onClick={() => setEditing(blockText(block.content))}
            data-testid="block-edit"
          />
        </Tooltip>
      )}
      <Tooltip title={t('consolidation.moveUp')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          disabled={upAfter === undefined}
          onClick={() => void onEdit([{ op: 'move', blockId: block.id, afterId: upAfter ?? null }])}
        />
      </Tooltip>
      <Tooltip title={t('consolidation.moveDown')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          disabled={downAfter === undefined}
          onClick={() =>
            downAfter !== undefined && void onEdit([{ op: 'move', blockId: block.id, afterId: downAfter }])
          }
        />
      </Tooltip>
      <Tooltip title={t('consolidation.addParagraph')}>
        <Button
          size="small"
          type="text"
          icon={<PlusOutlined />}
          onClick={() => setAdding('')}
          data-testid="block-add"
        />
      </Tooltip>
      <Tooltip title={t('consolidation.removeBlock')}>
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          data-testid="block-remove"
        />
      </Tooltip>
    </Space>
  );

  const editor = (
    value: string,
    set: (v: string) => void,
    save: () => void,
    cancel: () => void,
    testId: string,
  ) => (
    <Flex vertical gap={6}>
      <Input.TextArea
        value={value}
        onChange={(e) => set(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 16 }}
        data-testid={`${testId}-text`}
        autoFocus
      />
      <Space>
        <Button
          size="small"
          type="primary"
          onClick={save}
          disabled={value.trim() === ''}
          data-testid={`${testId}-save`}
        >
          {t('consolidation.saveBlock')}
        </Button>
        <Button size="small" onClick={cancel}>
          {t('consolidation.cancelEdit')}
        </Button>
      </Space>
    </Flex>
  );

  return (
    <div
      className={className}
      id={`block-${block.id}`}
      data-testid="draft-block"
      data-block-id={block.id}
      data-linked={linked}
    >
      {tools}
      {(linked || block.edited) && (
        <Flex gap={4} style={{ marginBottom: 2 }}>
          {linked && (
            <Tooltip title={t('consolidation.linkedHint')}>
              <Tag icon={<LinkOutlined />} color="green">
                {t('consolidation.linked')}
              </Tag>
            </Tooltip>
          )}
          {block.edited && <Tag color="gold">{t('consolidation.edited')}</Tag>}
        </Flex>
      )}
      {editing !== null ? (
        editor(
          editing,
          setEditing,
          () =>
            void onEdit([{ op: 'rewrite', blockId: block.id, text: editing }]).then(
              (ok) => ok && setEditing(null),
            ),
          () => setEditing(null),
          'block-editor',
        )
      ) : (
        <ContentView content={block.content} />
      )}
      {adding !== null && (
        <div style={{ marginTop: 6 }}>
          {editor(
            adding,
            setAdding,
            () =>
              void onEdit([{ op: 'insert', afterId: block.id, text: adding }]).then(
                (ok) => ok && setAdding(null),
              ),
            () => setAdding(null),
            'block-insert',
          )}
        </div>
      )}
    </div>
  );
}
