import { hasPermission, type Permission } from '../../domain/access/permissions';
import type { Me } from '../api/types';

/** The server's own permission table, so buttons show for exactly the roles the API lets through. */
export function can(me: Me, permission: Permission): boolean {
  return hasPermission(
    { userId: me.id, username: me.username, roles: me.roles, orgUnitId: me.orgUnitId },
    permission,
  );
}
