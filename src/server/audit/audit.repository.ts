import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  actorUserId: string | null;
  actorUsername: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditQuery {
  entityType?: string | undefined;
  entityId?: string | undefined;
  username?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

const toJson = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

export class AuditRepository {
  /** Takes the transaction of the change it records, so the record and the change commit together. */
  async insert(trx: Kysely<Database>, entry: AuditEntry): Promise<void> {
    await trx
      .insertInto('audit_log')
      .values({
        action: entry.action,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        before: toJson(entry.before),
        after: toJson(entry.after),
        actor_user_id: entry.actorUserId,
        actor_username: entry.actorUsername,
        request_id: entry.requestId,
        ip: entry.ip,
      })
      .execute();
  }

  async search(db: Kysely<Database>, query: AuditQuery) {
    let base = db.selectFrom('audit_log');
    if (query.entityType) base = base.where('entity_type', '=', query.entityType);
    if (query.entityId) base = base.where('entity_id', '=', query.entityId);
    if (query.username)
      base = base.where('actor_username', 'ilike', `%${query.username.replace(/[\\%_]/g, '\\$&')}%`);
    if (query.from) base = base.where('occurred_at', '>=', new Date(query.from));
    if (query.to) base = base.where('occurred_at', '<=', new Date(query.to));
    const [items, count] = await Promise.all([
      base
        .selectAll()
        .orderBy('occurred_at', 'desc')
        .orderBy('id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<string | number | bigint>().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.total) };
  }

  async listEntityTypes(db: Kysely<Database>): Promise<string[]> {
    const rows = await db
      .selectFrom('audit_log')
      .select('entity_type')
      .distinct()
      .orderBy('entity_type')
      .execute();
    return rows.map((r) => r.entity_type);
  }
}
