import { z } from 'zod';
import { errorResponses, readUploadedFile, uploadBody, type ZodApp } from '../common/http.js';
import type { PlanService } from './plans.service.js';
import {
  commitImportBody,
  importPreviewResponse,
  importResultSchema,
  reviewImportBody,
  planDetailSchema,
  planIdParams,
  planSummarySchema,
  previewIdParams,
} from './plans.schemas.js';

const tags = ['Kế hoạch'];

export function planRoutes(app: ZodApp, plans: PlanService): void {
  app.get('/api/plans', {
    schema: {
      tags,
      summary: 'Danh sách kế hoạch',
      response: { 200: z.object({ plans: z.array(planSummarySchema) }), ...errorResponses },
    },
    handler: async (req) => ({ plans: await plans.list(req.ctx) }),
  });
  app.get('/api/plans/:id', {
    schema: {
      tags,
      summary: 'Kế hoạch với chỉ tiêu, nhiệm vụ và chế độ báo cáo đề xuất',
      params: planIdParams,
      response: { 200: planDetailSchema, ...errorResponses },
    },
    handler: (req) => plans.get(req.ctx, req.params.id),
  });
  app.post('/api/plans/import', {
    schema: {
      tags,
      summary: 'Đọc tệp kế hoạch (multipart, trường "file") và trả bản xem trước; chưa lưu gì',
      consumes: ['multipart/form-data'],
      body: uploadBody,
      response: {
        200: importPreviewResponse,
        ...errorResponses,
        413: errorResponses[400],
        415: errorResponses[400],
      },
    },
    handler: async (req) => plans.preview(req.ctx, await readUploadedFile(req)),
  });
  app.post('/api/plans/import/:previewId/review', {
    schema: {
      tags,
      summary: 'Đọc lại bản xem trước với các sửa đổi và ánh xạ đơn vị; chưa lưu gì',
      params: previewIdParams,
      body: reviewImportBody,
      response: { 200: importResultSchema, ...errorResponses },
    },
    handler: (req) => plans.review(req.ctx, req.params.previewId, req.body),
  });
  app.post('/api/plans/import/:previewId/commit', {
    schema: {
      tags,
      summary: 'Lưu kế hoạch từ bản xem trước trong một giao dịch (mode: new | update | version)',
      params: previewIdParams,
      body: commitImportBody,
      response: { 200: z.object({ planId: z.string() }), ...errorResponses },
    },
    handler: (req) => plans.commit(req.ctx, req.params.previewId, req.body),
  });
}
