import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useOrgTree } from '../../components/useOrgTree';
import { t } from '../../i18n';
import { TokensTab } from './TokensTab';
import { UsersTab } from './UsersTab';

/** Admin page: user accounts and API tokens. */
export default function UsersPage() {
  const { units } = useOrgTree();
  const [tab, setTab] = useState('users');
  return (
    <Card title={t('users.title')} data-testid="users-page">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'users', label: t('users.tabUsers'), children: <UsersTab units={units} /> },
          { key: 'tokens', label: t('users.tabTokens'), children: <TokensTab /> },
        ]}
      />
    </Card>
  );
}
