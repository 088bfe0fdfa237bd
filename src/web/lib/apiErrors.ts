import { ApiError } from '../api/client';
import { t } from '../i18n';

/** Someone else saved first: the version the user started from is no longer current. */
export function isStale(err: unknown): boolean {
  return err instanceof ApiError && err.status === 409;
}

/** What to show for a failed call the caller renders itself (silent calls). */
export function errorText(err: unknown): string {
  if (isStale(err)) return t('tracking.stale');
  return err instanceof ApiError ? err.message : t('errors.network');
}
