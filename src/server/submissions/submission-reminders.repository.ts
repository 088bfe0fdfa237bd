import { rolesSchema } from '../../domain/access/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface UnitMember {
  unitId: string;
  userId: string;
  fullName: string;
  email: string | null;
  roles: string[];
}

export class SubmissionReminderRepository {
  /** Active users of the given units. */
  async unitMembers(db: Kysely<Database>, unitIds: readonly string[]): Promise<UnitMember[]> {
    if (unitIds.length === 0) return [];
    const rows = await db
      .selectFrom('users')
      .select(['id', 'org_unit_id', 'full_name', 'email', 'roles'])
      .where('org_unit_id', 'in', unitIds)
      .where('disabled_at', 'is', null)
      .orderBy('username')
      .execute();
    return rows.map((r) => ({
      unitId: r.org_unit_id,
      userId: r.id,
      fullName: r.full_name,
      email: r.email,
      roles: parseStored(rolesSchema, r.roles, 'vai trò của người dùng'),
    }));
  }
}
