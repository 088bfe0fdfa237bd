import { errorResponses, type ZodApp } from '../common/http.js';
import type { ExtensionService } from './extensions.service.js';
import {
  extensionDecisionBody,
  extensionIdParams,
  extensionListResponse,
  extensionRequestBody,
  extensionSchema,
  extensionTaskParams,
  pendingExtensionsResponse,
} from './extensions.schemas.js';

const tags = ['Gia hạn'];

export function extensionRoutes(app: ZodApp, extensions: ExtensionService): void {
  app.get('/api/tasks/:id/extensions', {
    schema: {
      tags,
      summary: 'Các đề nghị gia hạn của nhiệm vụ, cũ nhất trước (hạn trước mỗi lần, người duyệt)',
      params: extensionTaskParams,
      response: { 200: extensionListResponse, ...errorResponses },
    },
    handler: async (req) => ({ extensions: await extensions.list(req.ctx, req.params.id) }),
  });
  app.post('/api/tasks/:id/extensions', {
    schema: {
      tags,
      summary: 'Đơn vị chủ trì đề nghị gia hạn: lý do và hạn mới đề nghị',
      params: extensionTaskParams,
      body: extensionRequestBody,
      response: { 201: extensionSchema, ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await extensions.request(req.ctx, req.params.id, req.body)),
  });
  app.post('/api/extensions/:extensionId/decision', {
    schema: {
      tags,
      summary: 'Người giao nhiệm vụ đồng ý (có thể với hạn khác) hoặc không đồng ý gia hạn',
      params: extensionIdParams,
      body: extensionDecisionBody,
      response: { 200: extensionSchema, ...errorResponses },
    },
    handler: (req) => extensions.decide(req.ctx, req.params.extensionId, req.body),
  });
  app.get('/api/extensions/pending', {
    schema: {
      tags,
      summary: 'Đề nghị gia hạn chờ tôi quyết định (Việc của tôi)',
      response: { 200: pendingExtensionsResponse, ...errorResponses },
    },
    handler: async (req) => ({ extensions: await extensions.pending(req.ctx) }),
  });
}
