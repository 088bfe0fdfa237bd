import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access/permissions.js';
import { isRole } from '../../domain/access/roles.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { UserRepository } from '../users/users.repository.js';
import { hashPassword, verifyPassword } from '../credentials/password.js';
import { randomToken, sha256 } from '../credentials/secrets.js';
import { SessionRepository } from '../credentials/sessions.repository.js';

export interface AuthenticatedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  /** A one-time password is in use: only changing it (or signing out) is allowed. */
  mustChangePassword: boolean;
}

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

export class AuthService {
  private readonly users = new UserRepository();
  private readonly sessions = new SessionRepository();
  /** Verified against when the username is unknown, so that timing does not reveal which usernames exist. */
  private readonly decoyHash: Promise<string> = hashPassword(randomToken(16));

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly sessionTtlHours: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async login(ctx: RequestContext, username: string, password: string, userAgent: string | null) {
    const found = await this.users.findCredentials(this.db, username);
    const ok = await verifyPassword(found?.passwordHash ?? (await this.decoyHash), password);
    if (!found || !ok) throw invalidCredentials();
    if (found.user.disabled)
      throw new AppError('ACCOUNT_DISABLED', 'Tài khoản đã bị khóa. Hãy liên hệ quản trị hệ thống.');
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(this.now().getTime() + this.sessionTtlHours * 3_600_000);
    const user = found.user;
    await this.db.transaction().execute(async (trx) => {
      await this.sessions.deleteExpired(trx, this.now());
      await this.sessions.insert(trx, {
        id: sha256(token),
        userId: user.id,
        csrfToken,
        expiresAt,
        ip: ctx.ip,
        userAgent,
      });
      await this.users.touchLogin(trx, user.id);
      const actorCtx = {
        ...ctx,
        actor: { userId: user.id, username: user.username, roles: user.roles, orgUnitId: user.orgUnitId },
      };
      await this.audit.record(trx, actorCtx, { action: 'login', entityType: 'session', entityId: user.id });
    });
    return { token, csrfToken, expiresAt, user };
  }

  /** Resolves a session cookie; sliding expiry is extended at most every few minutes to spare writes. */
  async authenticate(token: string): Promise<AuthenticatedSession | null> {
    const sessionId = sha256(token);
    const now = this.now();
    const session = await this.sessions.findActive(this.db, sessionId, now);
    if (!session || session.user.disabled) return null;
    const fullTtl = this.sessionTtlHours * 3_600_000;
    if (session.expiresAt.getTime() - now.getTime() < fullTtl - 5 * 60_000) {
      await this.sessions.extend(this.db, sessionId, new Date(now.getTime() + fullTtl));
    }
    const { user } = session;
    return {
      sessionId,
      csrfToken: session.csrfToken,
      mustChangePassword: session.user.mustChangePassword,
      actor: {
        userId: user.id,
        username: user.username,
        roles: user.roles.filter(isRole),
        orgUnitId: user.orgUnitId,
      },
    };
  }

  async logout(ctx: RequestContext, sessionId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.sessions.delete(trx, sessionId);
      await this.audit.record(trx, ctx, {
        action: 'logout',
        entityType: 'session',
        entityId: ctx.actor?.userId ?? null,
      });
    });
  }

  async me(actor: Actor) {
    const user = await this.users.findById(this.db, actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập.');
    return user;
  }
}
