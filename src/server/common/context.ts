import type { Actor } from '../../domain/access/permissions.js';
import { hasPermission, type Permission } from '../../domain/access/permissions.js';
import { AppError } from './errors.js';

/** Who is acting and from which request: passed to every service call so that audit and permissions see it. */
export interface RequestContext {
  actor: Actor | null;
  /** True for the CLI and start-up seeding: trusted, yet still audited under `requestId`. */
  system: boolean;
  requestId: string | null;
  ip: string | null;
}

export function systemContext(label = 'system'): RequestContext {
  return { actor: null, system: true, requestId: label, ip: null };
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập.');
  return ctx.actor;
}

export function requirePermission(ctx: RequestContext, permission: Permission): void {
  if (ctx.system) return;
  if (!hasPermission(requireActor(ctx), permission)) throw AppError.forbidden();
}
