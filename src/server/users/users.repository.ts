import { rolesSchema } from '../../domain/access/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { Role } from '../../domain/access/roles.js';
import type { Database, UserRow } from '../db/schema.js';

export interface UserRecord {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  roles: Role[];
  orgUnitId: string;
  orgUnitName: string;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

type UserWithUnit = UserRow & { org_unit_name: string };

function toRecord(row: UserWithUnit): UserRecord {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    email: row.email,
    roles: parseStored(rolesSchema, row.roles, 'vai trò của người dùng'),
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
    disabled: row.disabled_at !== null,
    mustChangePassword: row.must_change_password,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
  };
}

export interface NewUser {
  username: string;
  fullName: string;
  email: string | null;
  orgUnitId: string;
  roles: Role[];
  passwordHash: string;
  mustChangePassword: boolean;
}

export interface UserPatch {
  fullName?: string | undefined;
  email?: string | null | undefined;
  orgUnitId?: string | undefined;
  roles?: Role[] | undefined;
}

export class UserRepository {
  private selectWithUnit(db: Kysely<Database>) {
    return db
      .selectFrom('users')
      .innerJoin('org_units', 'org_units.id', 'users.org_unit_id')
      .selectAll('users')
      .select('org_units.name as org_unit_name');
  }

  async list(db: Kysely<Database>, filter: { orgUnitIds?: string[] | undefined }): Promise<UserRecord[]> {
    let query = this.selectWithUnit(db).orderBy('users.username');
    if (filter.orgUnitIds) {
      if (filter.orgUnitIds.length === 0) return [];
      query = query.where('users.org_unit_id', 'in', filter.orgUnitIds);
    }
    return (await query.execute()).map(toRecord);
  }

  async findById(db: Kysely<Database>, id: string): Promise<UserRecord | undefined> {
    const row = await this.selectWithUnit(db).where('users.id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  }

  /** Includes the password hash: for login and password changes only. */
  async findCredentials(db: Kysely<Database>, username: string) {
    const row = await this.selectWithUnit(db)
      .where((eb) => eb(eb.fn('lower', ['users.username']), '=', username.toLowerCase()))
      .executeTakeFirst();
    return row && { user: toRecord(row), passwordHash: row.password_hash };
  }

  async passwordHashOf(db: Kysely<Database>, id: string): Promise<string | undefined> {
    const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
    return row?.password_hash;
  }

  async insert(db: Kysely<Database>, user: NewUser): Promise<string> {
    const row = await db
      .insertInto('users')
      .values({
        username: user.username,
        full_name: user.fullName,
        email: user.email,
        org_unit_id: user.orgUnitId,
        roles: JSON.stringify(user.roles),
        password_hash: user.passwordHash,
        must_change_password: user.mustChangePassword,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(db: Kysely<Database>, id: string, patch: UserPatch): Promise<void> {
    await db
      .updateTable('users')
      .set({
        ...(patch.fullName !== undefined ? { full_name: patch.fullName } : {}),
        ...(patch.email !== undefined ? { email: patch.email } : {}),
        ...(patch.orgUnitId !== undefined ? { org_unit_id: patch.orgUnitId } : {}),
        ...(patch.roles !== undefined ? { roles: JSON.stringify(patch.roles) } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
  }

  async setDisabled(db: Kysely<Database>, id: string, disabled: boolean): Promise<void> {
    await db
      .updateTable('users')
      .set({ disabled_at: disabled ? new Date() : null, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  async setPassword(
    db: Kysely<Database>,
    id: string,
    passwordHash: string,
    mustChange: boolean,
  ): Promise<void> {
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: mustChange, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  async touchLogin(db: Kysely<Database>, id: string): Promise<void> {
    await db.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', id).execute();
  }

  async count(db: Kysely<Database>): Promise<number> {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
