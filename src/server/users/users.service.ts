import type { Kysely } from 'kysely';
import { seesWholeOrganisation } from '../../domain/access/permissions.js';
import { buildTree } from '../../domain/org/tree.js';
import type { OrgUnitNode } from '../../domain/org/org-unit.js';
import type { AuditService } from '../audit/audit.service.js';
import { generatePassword, hashPassword, verifyPassword } from '../credentials/password.js';
import { assertPasswordPolicy } from '../credentials/password-policy.js';
import { SessionRepository } from '../credentials/sessions.repository.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { OrgUnitRepository } from '../org-units/org-units.repository.js';
import { UserRepository, type UserRecord } from './users.repository.js';
import type { CreateUserInput, UpdateUserInput } from './users.schemas.js';

const ENTITY = 'user';
const notFound = () => AppError.notFound('người dùng');

function subtreeIds(roots: OrgUnitNode[], rootId: string): string[] {
  const find = (nodes: OrgUnitNode[]): OrgUnitNode | undefined => {
    for (const node of nodes) {
      if (node.id === rootId) return node;
      const inner = find(node.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const collect = (node: OrgUnitNode): string[] => [node.id, ...node.children.flatMap(collect)];
  const root = find(roots);
  return root ? collect(root) : [];
}

/** Revokes every API token of a user: the tokens concept's, passed in by services.ts (tokens imports users). */
export type RevokeUserTokens = (trx: Kysely<Database>, userId: string) => Promise<void>;

export class UserService {
  private readonly repository = new UserRepository();
  private readonly units = new OrgUnitRepository();
  private readonly sessions = new SessionRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly revokeTokens: RevokeUserTokens,
  ) {}

  /** Admins, leaders and compilers see everyone; unit heads their subtree; others their own unit. */
  async list(ctx: RequestContext, orgUnitId?: string): Promise<UserRecord[]> {
    let visible = await this.visibleUnitIds(ctx);
    if (orgUnitId) {
      if (visible && !visible.includes(orgUnitId))
        throw AppError.forbidden('Bạn chỉ xem được người dùng của đơn vị mình.');
      visible = [orgUnitId];
    }
    return this.repository.list(this.db, { orgUnitIds: visible });
  }

  async get(ctx: RequestContext, id: string): Promise<UserRecord> {
    const user = await this.repository.findById(this.db, id);
    if (!user) throw notFound();
    const visible = await this.visibleUnitIds(ctx);
    if (visible && !visible.includes(user.orgUnitId))
      throw AppError.forbidden('Bạn chỉ xem được người dùng của đơn vị mình.');
    return user;
  }

  /** The units whose people the actor may see; undefined means all. */
  private async visibleUnitIds(ctx: RequestContext): Promise<string[] | undefined> {
    const actor = ctx.system ? null : requireActor(ctx);
    if (!actor || seesWholeOrganisation(actor)) return undefined;
    return actor.roles.includes('unitHead')
      ? subtreeIds(buildTree(await this.units.listAll(this.db)), actor.orgUnitId)
      : [actor.orgUnitId];
  }

  async create(ctx: RequestContext, input: CreateUserInput, options: { mustChangePassword?: boolean } = {}) {
    requirePermission(ctx, 'users.manage');
    const unit = await this.units.findById(this.db, input.orgUnitId);
    if (!unit) throw AppError.validation('Đơn vị không tồn tại.');
    assertPasswordPolicy(input.password, {
      username: input.username,
      unitCode: unit.code,
      fullName: input.fullName,
    });
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction().execute(async (trx) => {
      if (!(await this.units.findById(trx, input.orgUnitId)))
        throw AppError.validation('Đơn vị không tồn tại.');
      if (await this.repository.findCredentials(trx, input.username)) {
        throw AppError.conflict(`Tên đăng nhập "${input.username}" đã tồn tại.`);
      }
      const id = await this.repository
        .insert(trx, {
          username: input.username,
          fullName: input.fullName,
          email: input.email ?? null,
          orgUnitId: input.orgUnitId,
          roles: [...new Set(input.roles)],
          passwordHash,
          mustChangePassword: options.mustChangePassword ?? false,
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error)
            ? AppError.conflict(`Tên đăng nhập "${input.username}" đã tồn tại.`)
            : error;
        });
      const user = await this.repository.findById(trx, id);
      if (!user) throw notFound();
      await this.audit.record(trx, ctx, { action: 'create', entityType: ENTITY, entityId: id, after: user });
      return user;
    });
  }

  async update(ctx: RequestContext, id: string, patch: UpdateUserInput): Promise<UserRecord> {
    requirePermission(ctx, 'users.manage');
    return this.db.transaction().execute(async (trx) => {
      const before = await this.repository.findById(trx, id);
      if (!before) throw notFound();
      if (patch.orgUnitId && !(await this.units.findById(trx, patch.orgUnitId))) {
        throw AppError.validation('Đơn vị không tồn tại.');
      }
      if (
        ctx.actor?.userId === id &&
        patch.roles &&
        !patch.roles.includes('admin') &&
        before.roles.includes('admin')
      ) {
        throw AppError.validation('Bạn không thể tự bỏ vai trò quản trị của mình.');
      }
      await this.repository.update(trx, id, { ...patch, roles: patch.roles && [...new Set(patch.roles)] });
      const after = await this.repository.findById(trx, id);
      if (!after) throw notFound();
      await this.audit.record(trx, ctx, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  async setDisabled(ctx: RequestContext, id: string, disabled: boolean): Promise<UserRecord> {
    requirePermission(ctx, 'users.manage');
    if (disabled && ctx.actor?.userId === id)
      throw AppError.validation('Bạn không thể tự khóa tài khoản của mình.');
    return this.db.transaction().execute(async (trx) => {
      const before = await this.repository.findById(trx, id);
      if (!before) throw notFound();
      await this.repository.setDisabled(trx, id, disabled);
      // A disabled account loses its sessions and API tokens; re-enabling does not bring them back.
      if (disabled) {
        await this.sessions.deleteForUser(trx, id);
        await this.revokeTokens(trx, id);
      }
      const after = await this.repository.findById(trx, id);
      if (!after) throw notFound();
      await this.audit.record(trx, ctx, {
        action: disabled ? 'disable' : 'enable',
        entityType: ENTITY,
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /** Issues a one-time password the user must change at next login, and signs the user out everywhere. */
  async resetPassword(ctx: RequestContext, id: string): Promise<{ temporaryPassword: string }> {
    requirePermission(ctx, 'users.manage');
    const temporaryPassword = generatePassword();
    const passwordHash = await hashPassword(temporaryPassword);
    await this.db.transaction().execute(async (trx) => {
      if (!(await this.repository.findById(trx, id))) throw notFound();
      await this.repository.setPassword(trx, id, passwordHash, true);
      await this.sessions.deleteForUser(trx, id);
      await this.audit.record(trx, ctx, { action: 'resetPassword', entityType: ENTITY, entityId: id });
    });
    return { temporaryPassword };
  }

  /** Keeps the current session and ends every other one, since the old password may be known to someone else. */
  async changeOwnPassword(
    ctx: RequestContext,
    sessionId: string | null,
    currentPassword: string,
    newPassword: string,
  ) {
    const actor = requireActor(ctx);
    const currentHash = await this.repository.passwordHashOf(this.db, actor.userId);
    if (!currentHash || !(await verifyPassword(currentHash, currentPassword))) {
      throw AppError.validation('Mật khẩu hiện tại không đúng.');
    }
    if (currentPassword === newPassword)
      throw AppError.validation('Mật khẩu mới phải khác mật khẩu hiện tại.');
    const self = await this.repository.findById(this.db, actor.userId);
    const unit = self ? await this.units.findById(this.db, self.orgUnitId) : undefined;
    assertPasswordPolicy(newPassword, {
      username: self?.username ?? '',
      unitCode: unit?.code ?? null,
      fullName: self?.fullName ?? null,
    });
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction().execute(async (trx) => {
      await this.repository.setPassword(trx, actor.userId, passwordHash, false);
      await this.sessions.deleteForUser(trx, actor.userId, sessionId ?? undefined);
      await this.audit.record(trx, ctx, {
        action: 'changePassword',
        entityType: ENTITY,
        entityId: actor.userId,
      });
    });
  }
}
