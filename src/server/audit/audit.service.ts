import { jsonValueSchema, parseStoredOrNull } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../common/context.js';
import { requirePermission } from '../common/context.js';
import type { Database } from '../db/schema.js';
import { AuditRepository, type AuditQuery } from './audit.repository.js';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_KEYS = new Set([
  'password',
  'passwordHash',
  'password_hash',
  'token',
  'tokenHash',
  'token_hash',
  'csrfToken',
  'csrf_token',
]);

/** Strips secrets before anything reaches the log. */
function redact(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !SECRET_KEYS.has(key))
      .map(([key, v]) => [key, v instanceof Date ? v.toISOString() : redact(v)]),
  );
}

export class AuditService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repository = new AuditRepository(),
  ) {}

  /** Call inside the transaction that makes the change. */
  record(trx: Kysely<Database>, ctx: RequestContext, change: AuditChange): Promise<void> {
    return this.repository.insert(trx, {
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: redact(change.before ?? null),
      after: redact(change.after ?? null),
      actorUserId: ctx.actor?.userId ?? null,
      actorUsername: ctx.actor?.username ?? (ctx.system ? ctx.requestId : null),
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
  }

  async search(ctx: RequestContext, query: AuditQuery) {
    requirePermission(ctx, 'audit.read');
    const { items, total } = await this.repository.search(this.db, query);
    return {
      total,
      items: items.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at.toISOString(),
        actorUsername: row.actor_username,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: parseStoredOrNull(jsonValueSchema, row.before, 'nhật ký: trạng thái trước'),
        after: parseStoredOrNull(jsonValueSchema, row.after, 'nhật ký: trạng thái sau'),
        requestId: row.request_id,
        ip: row.ip,
      })),
    };
  }

  entityTypes(ctx: RequestContext): Promise<string[]> {
    requirePermission(ctx, 'audit.read');
    return this.repository.listEntityTypes(this.db);
  }
}
