import { useQuery, useQueryClient } from '@tanstack/react-query';
import { EditOutlined, KeyOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usersApi } from '../../api/endpoints';
import { keys, queries, useInvalidate } from '../../api/queries';
import type { OrgUnitNode, User } from '../../api/types';
import { OrgUnitTreeSelect } from '../../components/OrgUnitTreeSelect';
import { RoleTags } from '../../components/RoleTags';
import { SecretModal } from '../../components/SecretModal';
import { t } from '../../i18n';
import { showSuccess } from '../../lib/feedback';
import { formatDateTime } from '../../lib/format';
import { foldText } from '../../lib/orgTree';
import { UserFormModal } from './UserFormModal';

const noUsers: User[] = [];

type Dialog =
  { kind: 'form'; user: User | null } | { kind: 'secret'; username: string; password: string } | null;

export function UsersTab({ units }: { units: readonly OrgUnitNode[] }) {
  const [params, setParams] = useSearchParams();
  const unitFilter = params.get('orgUnitId') ?? undefined;
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const usersQuery = queries.users(unitFilter);
  const { data: users = noUsers, isFetching: loading } = useQuery(usersQuery);
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const reload = () => invalidate(keys.users);

  const shown = useMemo(() => {
    const q = foldText(query);
    return q
      ? users.filter((u) => foldText(`${u.username} ${u.fullName} ${u.email ?? ''}`).includes(q))
      : users;
  }, [users, query]);

  const replace = (saved: User) =>
    queryClient.setQueryData(usersQuery.queryKey, (list) =>
      list?.map((u) => (u.id === saved.id ? saved : u)),
    );

  const setDisabled = async (user: User, disabled: boolean) => {
    try {
      replace(await (disabled ? usersApi.disable(user.id) : usersApi.enable(user.id)));
      showSuccess(disabled ? t('users.disabledDone') : t('users.enabledDone'));
    } catch {
      // shown by the API client
    }
  };

  const resetPassword = async (user: User) => {
    try {
      const { temporaryPassword } = await usersApi.resetPassword(user.id);
      setDialog({ kind: 'secret', username: user.username, password: temporaryPassword });
    } catch {
      // shown by the API client
    }
  };

  const columns: ColumnsType<User> = [
    {
      title: t('users.col.username'),
      dataIndex: 'username',
      sorter: (a, b) => a.username.localeCompare(b.username),
    },
    {
      title: t('users.col.fullName'),
      dataIndex: 'fullName',
      sorter: (a, b) => a.fullName.localeCompare(b.fullName, 'vi'),
    },
    { title: t('users.col.unit'), dataIndex: 'orgUnitName' },
    { title: t('users.col.roles'), dataIndex: 'roles', render: (_v, u) => <RoleTags roles={u.roles} /> },
    {
      title: t('users.col.status'),
      dataIndex: 'disabled',
      render: (disabled: boolean) =>
        disabled ? (
          <Tag color="red">{t('users.disabled')}</Tag>
        ) : (
          <Tag color="green">{t('users.active')}</Tag>
        ),
    },
    {
      title: t('users.col.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (v: string | null) =>
        v ? formatDateTime(v) : <Typography.Text type="secondary">{t('users.never')}</Typography.Text>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 280,
      render: (_v, u) => (
        <Space size={0} data-testid={`user-actions-${u.username}`}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setDialog({ kind: 'form', user: u })}
          >
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={u.disabled ? t('users.enableConfirm', u) : t('users.disableConfirm', u)}
            okText={t('common.yes')}
            cancelText={t('common.cancel')}
            onConfirm={() => void setDisabled(u, !u.disabled)}
          >
            <Button
              type="link"
              size="small"
              danger={!u.disabled}
              icon={u.disabled ? <UnlockOutlined /> : <LockOutlined />}
              data-testid="user-toggle-disabled"
            >
              {u.disabled ? t('users.enable') : t('users.disable')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('users.resetConfirm', u)}
            okText={t('common.yes')}
            cancelText={t('common.cancel')}
            onConfirm={() => void resetPassword(u)}
          >
            <Button type="link" size="small" icon={<KeyOutlined />} data-testid="user-reset-password">
              {t('users.resetPassword')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <OrgUnitTreeSelect
            units={units}
            value={unitFilter}
            allowClear
            placeholder={t('users.allUnits')}
            onChange={(id) => setParams(id ? { orgUnitId: id } : {}, { replace: true })}
            style={{ width: 320 }}
            data-testid="users-unit-filter"
          />
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: 280 }}
          />
        </Space>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'form', user: null })}
          data-testid="users-create"
        >
          {t('users.create')}
        </Button>
      </Space>
      <Table<User>
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={shown}
        size="middle"
        locale={{ emptyText: <Empty description={t('users.empty')} /> }}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        data-testid="users-table"
      />
      {dialog?.kind === 'form' && (
        <UserFormModal
          user={dialog.user}
          units={units}
          defaultUnitId={unitFilter}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            showSuccess(dialog.user ? t('common.saved') : t('users.created'));
            void reload();
          }}
        />
      )}
      {dialog?.kind === 'secret' && (
        <SecretModal
          title={t('users.tempPasswordTitle', { username: dialog.username })}
          hint={t('users.tempPasswordHint')}
          secret={dialog.password}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
