import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { t } from '../i18n';
import type { ModuleKey } from '../layout/navigation';

/** Honest placeholder for modules that are not built yet: no sample data. */
export function NotAvailablePage({ module }: { module: ModuleKey }) {
  return (
    <Result
      data-testid={`not-available-${module}`}
      status="info"
      title={t('notAvailable.title')}
      subTitle={t('notAvailable.subtitle', { module: t(`nav.${module}`) })}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
