import { z } from 'zod';
import { emptyBody, errorResponses, type ZodApp } from '../common/http.js';
import type { UserService } from './users.service.js';
import { createUserBody, listUsersQuery, updateUserBody, userIdParams, userSchema } from './users.schemas.js';

const tags = ['Người dùng'];

export function userRoutes(app: ZodApp, users: UserService): void {
  app.get('/api/users', {
    schema: {
      tags,
      summary: 'Danh sách người dùng',
      querystring: listUsersQuery,
      response: { 200: z.object({ users: z.array(userSchema) }), ...errorResponses },
    },
    handler: async (req) => ({ users: await users.list(req.ctx, req.query.orgUnitId) }),
  });
  app.post('/api/users', {
    schema: {
      tags,
      summary: 'Tạo người dùng',
      body: createUserBody,
      response: { 201: userSchema, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await users.create(req.ctx, req.body)),
  });
  app.get('/api/users/:id', {
    schema: {
      tags,
      summary: 'Một người dùng',
      params: userIdParams,
      response: { 200: userSchema, ...errorResponses },
    },
    handler: (req) => users.get(req.ctx, req.params.id),
  });
  app.patch('/api/users/:id', {
    schema: {
      tags,
      summary: 'Sửa người dùng',
      params: userIdParams,
      body: updateUserBody,
      response: { 200: userSchema, ...errorResponses },
    },
    handler: (req) => users.update(req.ctx, req.params.id, req.body),
  });
  app.post('/api/users/:id/disable', {
    schema: {
      tags,
      summary: 'Khóa tài khoản',
      params: userIdParams,
      body: emptyBody,
      response: { 200: userSchema, ...errorResponses },
    },
    handler: (req) => users.setDisabled(req.ctx, req.params.id, true),
  });
  app.post('/api/users/:id/enable', {
    schema: {
      tags,
      summary: 'Mở khóa tài khoản',
      params: userIdParams,
      body: emptyBody,
      response: { 200: userSchema, ...errorResponses },
    },
    handler: (req) => users.setDisabled(req.ctx, req.params.id, false),
  });
  app.post('/api/users/:id/reset-password', {
    schema: {
      tags,
      summary: 'Cấp lại mật khẩu tạm thời',
      params: userIdParams,
      body: emptyBody,
      response: { 200: z.object({ temporaryPassword: z.string() }), ...errorResponses },
    },
    handler: (req) => users.resetPassword(req.ctx, req.params.id),
  });
}
