import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access/permissions.js';
import type { RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { ApiTokenService } from '../tokens/tokens.service.js';
import type { AuthService } from './auth.service.js';
import { safeEqual } from '../credentials/secrets.js';

export const SESSION_COOKIE = 'baocao_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Login has no session yet; SameSite=Lax already stops cross-site form posts carrying one. A public
 * fake-news report is anonymous by design (the service drops any session), so a forged one could
 * only file what anyone may file.
 */
const CSRF_EXEMPT = new Set(['/api/auth/login', '/api/public/fake-news/reports']);
/** What a session with a one-time password may still do: see itself, change the password, sign out. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set([
  '/api/me',
  '/api/me/password',
  '/api/auth/csrf',
  '/api/auth/logout',
  '/api/auth/login',
  '/api/health',
]);

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    session: { id: string; csrfToken: string } | null;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AppError('UNAUTHENTICATED', 'Tiêu đề Authorization không hợp lệ.');
  return match[1];
}

/** Resolves who is calling (session cookie or API token) and enforces CSRF for cookie-carried requests. */
export function registerAuthentication(
  app: FastifyInstance,
  auth: AuthService,
  tokens: ApiTokenService,
): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    let actor: Actor | null = null;
    request.session = null;
    if (request.url.startsWith('/api/')) {
      const bearer = bearerToken(request);
      if (bearer) {
        actor = await tokens.authenticate(bearer);
        if (!actor) throw new AppError('UNAUTHENTICATED', 'Khóa API không hợp lệ hoặc đã bị thu hồi.');
      } else {
        const cookie = request.cookies[SESSION_COOKIE];
        const session = cookie ? await auth.authenticate(cookie) : null;
        if (session) {
          actor = session.actor;
          request.session = { id: session.sessionId, csrfToken: session.csrfToken };
        }
        const path = request.url.split('?')[0] ?? '';
        // A reset password is known to whoever handed it over: it only opens the door to choosing a new one.
        if (session?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path)) {
          throw new AppError(
            'PASSWORD_CHANGE_REQUIRED',
            'Bạn đang dùng mật khẩu dùng một lần: hãy đổi mật khẩu trước khi tiếp tục.',
          );
        }
        if (session && !SAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(path)) {
          const sent = request.headers['x-csrf-token'];
          if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
            throw new AppError(
              'CSRF_INVALID',
              'Phiên làm việc không hợp lệ (thiếu mã CSRF). Hãy tải lại trang.',
            );
          }
        }
      }
    }
    request.ctx = { actor, system: false, requestId: request.id, ip: request.ip };
    const matchedRoute = request.routeOptions.url !== undefined;
    const isPublic = request.routeOptions.config.public === true;
    // Authentication is checked before body validation, so anonymous callers learn nothing about the schema.
    if (request.url.startsWith('/api/') && matchedRoute && !isPublic && !actor) {
      throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập.');
    }
  });
}
