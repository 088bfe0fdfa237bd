import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppConfig } from '../config.js';
import { requireActor } from '../common/context.js';
import { AppError } from '../common/errors.js';
import { errorResponses, emptyBody, type ZodApp } from '../common/http.js';
import type { UserService } from '../users/users.service.js';
import { changePasswordBody } from '../users/users.schemas.js';
import { SESSION_COOKIE } from './auth.plugin.js';
import { csrfResponse, loginBody, loginResponse, meResponse } from './auth.schemas.js';
import type { AuthService } from './auth.service.js';

const tags = ['Đăng nhập'];

function currentSession(req: FastifyRequest): { id: string; csrfToken: string } {
  if (!req.session) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập.');
  return req.session;
}

export function authRoutes(
  app: ZodApp,
  deps: { auth: AuthService; users: UserService; config: AppConfig },
): void {
  const { auth, users, config } = deps;
  const setSessionCookie = (reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      expires,
    });

  app.post('/api/auth/login', {
    config: { public: true, rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: 60_000 } },
    schema: {
      tags,
      summary: 'Đăng nhập',
      body: loginBody,
      response: { 200: loginResponse, ...errorResponses, 429: errorResponses[400] },
    },
    handler: async (req, reply) => {
      const session = await auth.login(
        req.ctx,
        req.body.username,
        req.body.password,
        req.headers['user-agent'] ?? null,
      );
      return setSessionCookie(reply, session.token, session.expiresAt).send({ user: session.user });
    },
  });
  app.post('/api/auth/logout', {
    schema: { tags, summary: 'Đăng xuất', body: emptyBody, response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await auth.logout(req.ctx, currentSession(req).id);
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send(null);
    },
  });
  app.get('/api/auth/csrf', {
    schema: {
      tags,
      summary: 'Mã CSRF của phiên, gửi lại trong tiêu đề x-csrf-token',
      response: { 200: csrfResponse, ...errorResponses },
    },
    handler: (req) => ({ token: currentSession(req).csrfToken }),
  });
  app.get('/api/me', {
    schema: { tags, summary: 'Người dùng hiện tại', response: { 200: meResponse, ...errorResponses } },
    handler: (req) => auth.me(requireActor(req.ctx)),
  });
  app.post('/api/me/password', {
    schema: {
      tags,
      summary: 'Đổi mật khẩu',
      body: changePasswordBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(204)
        .send(
          await users
            .changeOwnPassword(
              req.ctx,
              req.session?.id ?? null,
              req.body.currentPassword,
              req.body.newPassword,
            )
            .then(() => null),
        ),
  });
}
