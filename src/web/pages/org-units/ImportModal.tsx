import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Spin, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { orgUnitsApi } from '../../api/endpoints';
import type { ImportAction, ImportPreview, ImportPreviewRow, ImportResult } from '../../api/types';
import { t } from '../../i18n';

const actionColor: Record<ImportAction, string> = { create: 'green', update: 'blue', unchanged: 'default' };
const actionRank: Record<ImportAction, number> = { create: 1, update: 2, unchanged: 3 };

/** Rows with errors first, then what will change, then the rest — so nothing important hides on page 2. */
function orderRows(rows: readonly ImportPreviewRow[]) {
  return rows
    .map((row, i) => ({ ...row, key: i }))
    .sort(
      (a, b) =>
        (a.errors.length ? 0 : actionRank[a.action]) - (b.errors.length ? 0 : actionRank[b.action]) ||
        a.key - b.key,
    );
}

const columns: ColumnsType<ImportPreviewRow> = [
  { title: t('orgImport.col.code'), dataIndex: 'code', width: 140 },
  { title: t('orgImport.col.name'), dataIndex: 'name' },
  {
    title: t('orgImport.col.parentCode'),
    dataIndex: 'parentCode',
    width: 140,
    render: (v: string | null) => v ?? t('common.none'),
  },
  {
    title: t('orgImport.col.action'),
    dataIndex: 'action',
    width: 120,
    render: (a: ImportAction) => <Tag color={actionColor[a]}>{t(`orgImport.action.${a}`)}</Tag>,
  },
  {
    title: t('orgImport.col.errors'),
    dataIndex: 'errors',
    render: (errors: string[]) =>
      errors.map((e) => (
        <Typography.Text key={e} type="danger" style={{ display: 'block' }}>
          {e}
        </Typography.Text>
      )),
  },
];

interface Props {
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}

/** Upload → preview (what would change, row errors) → confirm. Nothing is written before confirming. */
export function ImportModal({ onClose, onImported }: Props) {
  const [checking, setChecking] = useState(false);
  const [committing, setCommitting] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  const check = async (file: File) => {
    setChecking(true);
    try {
      setPreview(await orgUnitsApi.previewImport(file));
    } catch {
      setPreview(null);
    } finally {
      setChecking(false);
    }
  };

  const commit = async () => {
    if (!preview) return;
    setCommitting(true);
    try {
      onImported(await orgUnitsApi.commitImport(preview.previewId));
    } catch {
      // shown by the API client
    } finally {
      setCommitting(false);
    }
  };

  const s = preview?.summary;
  const nothingToDo = s ? s.create + s.update === 0 : true;
  const footer = preview ? (
    <Space>
      <Button onClick={() => setPreview(null)}>{t('orgImport.chooseAnother')}</Button>
      <Button
        type="primary"
        onClick={() => void commit()}
        loading={committing}
        disabled={(s?.errors ?? 0) > 0 || nothingToDo}
        data-testid="org-import-commit"
      >
        {t('orgImport.commit')}
      </Button>
    </Space>
  ) : (
    <Button onClick={onClose}>{t('common.close')}</Button>
  );

  return (
    <Modal open title={t('orgImport.title')} width={900} onCancel={onClose} footer={footer} destroyOnHidden>
      {!preview && (
        <Spin spinning={checking} description={t('orgImport.checking')}>
          <Upload.Dragger
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void check(file);
              return false;
            }}
            data-testid="org-import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('orgImport.dropHint')}</p>
            <p className="ant-upload-hint">{t('orgImport.formatHint')}</p>
          </Upload.Dragger>
        </Spin>
      )}
      {preview && s && (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="org-import-preview">
          <Alert
            type={s.errors > 0 ? 'error' : 'info'}
            showIcon
            title={t('orgImport.summary', { ...s })}
            description={s.errors > 0 ? t('orgImport.hasErrors') : undefined}
          />
          <Table<ImportPreviewRow>
            size="small"
            columns={columns}
            dataSource={orderRows(preview.rows)}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            rowClassName={(r) => (r.errors.length ? 'diff-removed' : '')}
          />
        </Space>
      )}
    </Modal>
  );
}
