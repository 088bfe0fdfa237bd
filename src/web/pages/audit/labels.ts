import { tOr } from '../../i18n';

/** Entity types the server records today; the filter offers these. */
export const AUDIT_ENTITY_TYPES = ['orgUnit', 'user', 'apiToken', 'session'] as const;

/** Vietnamese label for an audit action, or the raw code if we do not know it yet. */
export function auditActionLabel(action: string): string {
  return tOr(`audit.action.${action.replace(/\./g, '_')}`, action);
}

export function auditEntityLabel(entityType: string): string {
  return tOr(`audit.entity.${entityType}`, entityType);
}
