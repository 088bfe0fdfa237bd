import { z } from 'zod';
import { errorResponses, type ZodApp } from '../common/http.js';
import { auditItem, auditQuery } from './audit.schemas.js';
import type { AuditService } from './audit.service.js';

const tags = ['Nhật ký'];
export function auditRoutes(app: ZodApp, audit: AuditService): void {
  app.get('/api/audit', {
    schema: {
      tags,
      summary: 'Nhật ký thay đổi',
      querystring: auditQuery,
      response: { 200: z.object({ items: z.array(auditItem), total: z.number() }), ...errorResponses },
    },
    handler: (req) => audit.search(req.ctx, req.query),
  });
  app.get('/api/audit/entity-types', {
    schema: {
      tags,
      summary: 'Các loại đối tượng có trong nhật ký',
      response: { 200: z.object({ entityTypes: z.array(z.string()) }), ...errorResponses },
    },
    handler: async (req) => ({ entityTypes: await audit.entityTypes(req.ctx) }),
  });
}
