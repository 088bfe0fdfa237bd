import { z } from 'zod';
import { emptyBody, errorResponses, type ZodApp } from '../common/http.js';
import { notificationListSchema, notificationQuery } from './notifications.schemas.js';
import type { NotificationService } from './notifications.service.js';

const tags = ['Thông báo'];

export function notificationRoutes(app: ZodApp, notifications: NotificationService): void {
  app.get('/api/notifications', {
    schema: {
      tags,
      summary: 'Thông báo của tôi, mới nhất trước, kèm số chưa đọc',
      querystring: notificationQuery,
      response: { 200: notificationListSchema, ...errorResponses },
    },
    handler: (req) => notifications.list(req.ctx, req.query),
  });
  app.post('/api/notifications/:id/read', {
    schema: {
      tags,
      summary: 'Đánh dấu một thông báo đã đọc',
      params: z.strictObject({ id: z.uuid() }),
      body: emptyBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(204).send(await notifications.markRead(req.ctx, req.params.id).then(() => null)),
  });
  app.post('/api/notifications/read-all', {
    schema: {
      tags,
      summary: 'Đánh dấu mọi thông báo của tôi đã đọc',
      body: emptyBody,
      response: { 200: z.object({ updated: z.number().int() }), ...errorResponses },
    },
    handler: (req) => notifications.markAllRead(req.ctx),
  });
}
