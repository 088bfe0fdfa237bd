import { rolesSchema } from '../../domain/access/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface SessionOwner {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  user: {
    id: string;
    username: string;
    roles: string[];
    orgUnitId: string;
    disabled: boolean;
    mustChangePassword: boolean;
  };
}

export class SessionRepository {
  async insert(
    db: Kysely<Database>,
    session: {
      id: string;
      userId: string;
      csrfToken: string;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
    },
  ): Promise<void> {
    await db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        expires_at: session.expiresAt,
        ip: session.ip,
        user_agent: session.userAgent,
      })
      .execute();
  }

  async findActive(db: Kysely<Database>, id: string, now: Date): Promise<SessionOwner | undefined> {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id',
        'sessions.csrf_token',
        'sessions.expires_at',
        'users.id as user_id',
        'users.username',
        'users.roles',
        'users.org_unit_id',
        'users.disabled_at',
        'users.must_change_password',
      ])
      .where('sessions.id', '=', id)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
    return (
      row && {
        sessionId: row.id,
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
        user: {
          id: row.user_id,
          username: row.username,
          roles: parseStored(rolesSchema, row.roles, 'vai trò của người dùng'),
          orgUnitId: row.org_unit_id,
          disabled: row.disabled_at !== null,
          mustChangePassword: row.must_change_password,
        },
      }
    );
  }

  async extend(db: Kysely<Database>, id: string, expiresAt: Date): Promise<void> {
    await db
      .updateTable('sessions')
      .set({ expires_at: expiresAt, last_seen_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  async delete(db: Kysely<Database>, id: string): Promise<void> {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteForUser(db: Kysely<Database>, userId: string, exceptSessionId?: string): Promise<void> {
    let query = db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptSessionId) query = query.where('id', '<>', exceptSessionId);
    await query.execute();
  }

  async deleteExpired(db: Kysely<Database>, now: Date): Promise<void> {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }
}
