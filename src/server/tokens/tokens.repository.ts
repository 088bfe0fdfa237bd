import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface ApiTokenRecord {
  id: string;
  name: string;
  userId: string;
  username: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export class ApiTokenRepository {
  async insert(
    db: Kysely<Database>,
    token: { userId: string; name: string; prefix: string; tokenHash: string; createdBy: string | null },
  ): Promise<string> {
    const row = await db
      .insertInto('api_tokens')
      .values({
        user_id: token.userId,
        name: token.name,
        prefix: token.prefix,
        token_hash: token.tokenHash,
        created_by: token.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async list(db: Kysely<Database>): Promise<ApiTokenRecord[]> {
    const rows = await db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id',
        'api_tokens.name',
        'api_tokens.user_id',
        'users.username',
        'api_tokens.prefix',
        'api_tokens.created_at',
        'api_tokens.last_used_at',
        'api_tokens.revoked_at',
      ])
      .orderBy('api_tokens.created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      userId: r.user_id,
      username: r.username,
      prefix: r.prefix,
      createdAt: r.created_at.toISOString(),
      lastUsedAt: r.last_used_at?.toISOString() ?? null,
      revokedAt: r.revoked_at?.toISOString() ?? null,
    }));
  }

  async findById(db: Kysely<Database>, id: string) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'user_id', 'prefix', 'revoked_at'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async findActiveOwner(db: Kysely<Database>, tokenHash: string) {
    return db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id as token_id',
        'users.id',
        'users.username',
        'users.roles',
        'users.org_unit_id',
        'users.disabled_at',
      ])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .executeTakeFirst();
  }

  async touch(db: Kysely<Database>, id: string): Promise<void> {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', id).execute();
  }

  async revokeForUser(db: Kysely<Database>, userId: string): Promise<void> {
    await db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async revoke(db: Kysely<Database>, id: string): Promise<void> {
    await db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).execute();
  }
}
