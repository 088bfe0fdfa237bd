import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useAuth, useMe } from '../auth/AuthContext';
import { RoleTags } from '../components/RoleTags';
import { t } from '../i18n';
import { showSuccess } from '../lib/feedback';
import { ChangePasswordModal } from './ChangePasswordModal';

/** Header block: who is logged in, where, with which roles; change password; log out. */
export function UserBox() {
  const me = useMe();
  const { logout, reload } = useAuth();
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [loggingOut, setLoggingOut] = useState(false);

  const onLogout = async () => {
    setLoggingOut(true);
    await logout();
    showSuccess(t('header.loggedOut'));
  };

  return (
    <>
      <Flex align="center" gap={12} data-testid="header-user">
        <Avatar icon={<UserOutlined />} style={{ background: '#1f5fa8' }} />
        <Flex vertical style={{ lineHeight: 1.3 }}>
          <Typography.Text strong data-testid="header-fullname">
            {me.fullName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="header-unit">
            {me.orgUnitName}
          </Typography.Text>
        </Flex>
        <span>
          <RoleTags roles={me.roles} />
        </span>
      </Flex>
      <Space>
        <Button icon={<KeyOutlined />} onClick={() => setPasswordOpen(true)} data-testid="change-password">
          {t('header.changePassword')}
        </Button>
        <Button
          icon={<LogoutOutlined />}
          loading={loggingOut}
          onClick={() => void onLogout()}
          data-testid="logout"
        >
          {t('header.logout')}
        </Button>
      </Space>
      <ChangePasswordModal
        open={passwordOpen || me.mustChangePassword}
        forced={me.mustChangePassword}
        onClose={() => setPasswordOpen(false)}
        onLogout={() => void onLogout()}
        onChanged={() => {
          setPasswordOpen(false);
          void reload();
        }}
      />
    </>
  );
}
