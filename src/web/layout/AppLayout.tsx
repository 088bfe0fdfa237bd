import { HomeOutlined } from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { healthApi } from '../api/endpoints';
import { useMe } from '../auth/AuthContext';
import { t } from '../i18n';
import { visibleModules } from './navigation';
import { NotificationBell } from './NotificationBell';
import { UserBox } from './UserBox';

function useServerVersion(): string | null {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    healthApi.get().then(
      (h) => setVersion(h.version),
      () => setVersion(null),
    );
  }, []);
  return version;
}

export function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const version = useServerVersion();
  const modules = visibleModules(me);
  const selected = modules.find((m) => location.pathname.startsWith(m.path))?.path ?? '/';

  const items = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    ...modules.map((m) => ({
      key: m.path,
      icon: m.icon,
      label: <span data-testid={`menu-${m.key}`}>{t(`nav.${m.key}`)}</span>,
    })),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={220}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div className="app-logo">{collapsed ? 'b' : t('app.name')}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          items={items}
          onClick={({ key }) => void navigate(key)}
          data-testid="side-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          {/* With a one-time password the server answers only the password change: no page loads behind the dialog. */}
          {me.mustChangePassword ? null : <NotificationBell />}
          <UserBox />
        </Layout.Header>
        <Layout.Content className="app-content">
          {me.mustChangePassword ? (
            <Typography.Paragraph data-testid="must-change-password">
              {t('password.mustChange')}
            </Typography.Paragraph>
          ) : (
            <Outlet />
          )}
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '12px 24px' }}>
          <Typography.Text type="secondary">
            {t('app.name')} · {t('app.tagline')}
            {version ? ` · ${t('app.version', { version })}` : ''}
          </Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
