import { z } from 'zod';
import { emptyBody, errorResponses, type ZodApp } from '../common/http.js';
import { tokenSchema } from './tokens.schemas.js';
import type { ApiTokenService } from './tokens.service.js';

const tags = ['Khóa API'];

export function tokenRoutes(app: ZodApp, tokens: ApiTokenService): void {
  app.get('/api/tokens', {
    schema: {
      tags,
      summary: 'Danh sách khóa API',
      response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...errorResponses },
    },
    handler: async (req) => ({ tokens: await tokens.list(req.ctx) }),
  });
  app.post('/api/tokens', {
    schema: {
      tags,
      summary: 'Tạo khóa API (chỉ hiển thị một lần)',
      body: z.strictObject({ userId: z.uuid(), name: z.string().trim().min(1).max(100) }),
      response: {
        201: z.object({ id: z.string(), token: z.string(), name: z.string(), prefix: z.string() }),
        ...errorResponses,
      },
    },
    handler: async (req, reply) => reply.status(201).send(await tokens.create(req.ctx, req.body)),
  });
  app.delete('/api/tokens/:id', {
    schema: {
      tags,
      summary: 'Thu hồi khóa API',
      params: z.strictObject({ id: z.uuid() }),
      body: emptyBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(204).send(await tokens.revoke(req.ctx, req.params.id).then(() => null)),
  });
}
