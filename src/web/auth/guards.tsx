import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Permission } from '../../domain/access/permissions';
import { t } from '../i18n';
import { isAdmin } from '../layout/navigation';
import { useAuth, useMe } from './AuthContext';
import { can } from './permissions';

export function FullPageSpin() {
  return (
    <div style={{ minHeight: '60vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

/** Renders children only with a session; otherwise sends the user to /login and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, reload } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'error') {
    return (
      <Result
        status="500"
        title={t('errors.title')}
        subTitle={state.message}
        extra={<Button onClick={() => void reload()}>{t('common.reload')}</Button>}
      />
    );
  }
  if (state.status === 'anonymous')
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

export function Forbidden({ subtitle }: { subtitle?: string }) {
  return <Result status="403" title={t('forbidden.title')} subTitle={subtitle ?? t('forbidden.subtitle')} />;
}

/** Admin-only pages; the server enforces this too. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const me = useMe();
  return isAdmin(me) ? <>{children}</> : <Forbidden />;
}

/** Pages for the roles holding a permission (the server's table); the server enforces it too. */
export function RequirePermission({
  permission,
  subtitle,
  children,
}: {
  permission: Permission;
  subtitle: string;
  children: ReactNode;
}) {
  const me = useMe();
  return can(me, permission) ? <>{children}</> : <Forbidden subtitle={subtitle} />;
}
