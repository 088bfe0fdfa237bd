import { useQuery } from '@tanstack/react-query';
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { tokensApi } from '../../api/endpoints';
import { keys, queries, useInvalidate } from '../../api/queries';
import type { ApiToken, CreatedToken } from '../../api/types';
import { SecretModal } from '../../components/SecretModal';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { formatDateTime } from '../../lib/format';
import { CreateTokenModal } from './CreateTokenModal';

const noTokens: ApiToken[] = [];

type Dialog = { kind: 'create' } | { kind: 'secret'; token: CreatedToken } | null;

export function TokensTab() {
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data: tokens = noTokens, isFetching: loading } = useQuery(queries.tokens());
  const invalidate = useInvalidate();
  const reload = () => invalidate(keys.tokens);

  const revoke = async (token: ApiToken) => {
    try {
      await tokensApi.revoke(token.id);
      showSuccess(t('tokens.revokedDone'));
      await reload();
    } catch {
      // shown by the API client
    }
  };

  const columns: ColumnsType<ApiToken> = [
    { title: t('tokens.col.name'), dataIndex: 'name' },
    { title: t('tokens.col.user'), dataIndex: 'username' },
    {
      title: t('tokens.col.prefix'),
      dataIndex: 'prefix',
      render: (p: string) => <Typography.Text code>{p}…</Typography.Text>,
    },
    { title: t('tokens.col.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('tokens.col.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      render: (v: string | null) =>
        v ? formatDateTime(v) : <Typography.Text type="secondary">{t('tokens.neverUsed')}</Typography.Text>,
    },
    {
      title: t('tokens.col.status'),
      dataIndex: 'revokedAt',
      render: (v: string | null) =>
        v ? (
          <Tag color="red" title={formatDateTime(v)}>
            {t('tokens.revoked')}
          </Tag>
        ) : (
          <Tag color="green">{t('tokens.active')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_v, token) =>
        token.revokedAt ? null : (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: token.name })}
            okText={t('tokens.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => void revoke(token)}
          >
            <Button danger type="text" icon={<StopOutlined />}>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'flex-end' }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'create' })}
          data-testid="tokens-create"
        >
          {t('tokens.create')}
        </Button>
      </Space>
      <Table<ApiToken>
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={tokens}
        size="middle"
        locale={{ emptyText: <Empty description={t('tokens.empty')} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="tokens-table"
      />
      {dialog?.kind === 'create' && (
        <CreateTokenModal
          onClose={() => setDialog(null)}
          onCreated={(token) => {
            setDialog({ kind: 'secret', token });
            showSuccess(t('tokens.created'));
            void reload();
          }}
        />
      )}
      {dialog?.kind === 'secret' && (
        <SecretModal
          title={t('tokens.secretTitle', { name: dialog.token.name })}
          hint={t('tokens.secretHint')}
          secret={dialog.token.token}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
