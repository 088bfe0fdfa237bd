import { rolesSchema } from '../../domain/access/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access/permissions.js';
import type { AuditService } from '../audit/audit.service.js';
import { randomToken, sha256 } from '../credentials/secrets.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { UserRepository } from '../users/users.repository.js';
import { ApiTokenRepository, type ApiTokenRecord } from './tokens.repository.js';

const ENTITY = 'apiToken';
const TOKEN_PREFIX = 'bc_';

export class ApiTokenService {
  private readonly repository = new ApiTokenRepository();
  private readonly users = new UserRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext): Promise<ApiTokenRecord[]> {
    requirePermission(ctx, 'tokens.manage');
    return this.repository.list(this.db);
  }

  /** The secret is returned once and never stored. */
  async create(ctx: RequestContext, input: { userId: string; name: string }) {
    requirePermission(ctx, 'tokens.manage');
    const token = `${TOKEN_PREFIX}${randomToken(32)}`;
    const prefix = token.slice(0, 10);
    return this.db.transaction().execute(async (trx) => {
      const user = await this.users.findById(trx, input.userId);
      if (!user) throw AppError.validation('Người dùng không tồn tại.');
      if (user.disabled) throw AppError.validation('Không thể tạo khóa API cho tài khoản đã bị khóa.');
      const id = await this.repository.insert(trx, {
        userId: user.id,
        name: input.name,
        prefix,
        tokenHash: sha256(token),
        createdBy: ctx.actor?.userId ?? null,
      });
      await this.audit.record(trx, ctx, {
        action: 'create',
        entityType: ENTITY,
        entityId: id,
        after: { name: input.name, userId: user.id, prefix },
      });
      return { id, token, name: input.name, prefix };
    });
  }

  /** Inside the caller's transaction: a disabled account keeps no working token. */
  async revokeAllOf(trx: Kysely<Database>, userId: string): Promise<void> {
    await this.repository.revokeForUser(trx, userId);
  }

  async revoke(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, 'tokens.manage');
    await this.db.transaction().execute(async (trx) => {
      const before = await this.repository.findById(trx, id);
      if (!before) throw AppError.notFound('khóa API');
      if (before.revoked_at) return;
      await this.repository.revoke(trx, id);
      await this.audit.record(trx, ctx, {
        action: 'revoke',
        entityType: ENTITY,
        entityId: id,
        before: { name: before.name, prefix: before.prefix },
      });
    });
  }

  async authenticate(token: string): Promise<Actor | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const owner = await this.repository.findActiveOwner(this.db, sha256(token));
    if (!owner || owner.disabled_at) return null;
    await this.repository.touch(this.db, owner.token_id);
    return {
      userId: owner.id,
      username: owner.username,
      roles: parseStored(rolesSchema, owner.roles, 'vai trò của người dùng'),
      orgUnitId: owner.org_unit_id,
    };
  }
}
