import { z } from 'zod';
import { emptyBody, errorResponses, type ZodApp } from '../common/http.js';
import type { IndicatorService } from './indicators.service.js';
import {
  addRuleBody,
  exportQuery,
  indicatorDetailSchema,
  indicatorIdParams,
  indicatorRowSchema,
  listQuery,
  planIdParams,
  putTargetsBody,
  putValueBody,
  ruleParams,
  ruleSchema,
} from './indicators.schemas.js';

const tags = ['Chỉ tiêu'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function indicatorRoutes(app: ZodApp, indicators: IndicatorService): void {
  app.get('/api/indicators', {
    schema: {
      tags,
      summary: 'Danh sách chỉ tiêu với số liệu mới nhất, đánh giá và dự báo (kế hoạch đang hiệu lực)',
      querystring: listQuery,
      response: { 200: z.object({ indicators: z.array(indicatorRowSchema) }), ...errorResponses },
    },
    handler: async (req) => ({ indicators: await indicators.list(req.ctx, req.query) }),
  });
  app.get('/api/indicators/export.xlsx', {
    schema: { tags, summary: 'Xuất bảng chỉ tiêu (XLSX)', querystring: exportQuery },
    handler: async (req, reply) => {
      const file = await indicators.exportXlsx(req.ctx, req.query.planId);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  });
  app.get('/api/indicators/:id', {
    schema: {
      tags,
      summary: 'Chỉ tiêu: chỉ tiêu các kỳ, số liệu, quy tắc kiểm tra, diễn biến qua các năm',
      params: indicatorIdParams,
      response: { 200: indicatorDetailSchema, ...errorResponses },
    },
    handler: (req) => indicators.detail(req.ctx, req.params.id),
  });
  app.put('/api/indicators/:id/values', {
    schema: {
      tags,
      summary: 'Nhập hoặc sửa số liệu một kỳ (kèm phiên bản khi kỳ đã có số liệu)',
      params: indicatorIdParams,
      body: putValueBody,
      response: { 200: indicatorDetailSchema, ...errorResponses },
    },
    handler: (req) => indicators.putValue(req.ctx, req.params.id, req.body),
  });
  app.put('/api/indicators/:id/targets', {
    schema: {
      tags,
      summary: 'Giao chỉ tiêu theo kỳ và theo phân tổ (thay toàn bộ), không mâu thuẫn với chỉ tiêu cả năm',
      params: indicatorIdParams,
      body: putTargetsBody,
      response: { 200: indicatorDetailSchema, ...errorResponses },
    },
    handler: (req) => indicators.putTargets(req.ctx, req.params.id, req.body),
  });
  app.get('/api/plans/:planId/indicator-rules', {
    schema: {
      tags,
      summary: 'Quy tắc kiểm tra số liệu của kế hoạch',
      params: planIdParams,
      response: { 200: z.object({ rules: z.array(ruleSchema) }), ...errorResponses },
    },
    handler: async (req) => ({ rules: await indicators.listRules(req.ctx, req.params.planId) }),
  });
  app.post('/api/plans/:planId/indicator-rules', {
    schema: {
      tags,
      summary: 'Thêm quy tắc kiểm tra (thành phần ≤ tổng, tổng thành phần = tổng, tỷ lệ ≤ 100%)',
      params: planIdParams,
      body: addRuleBody,
      response: { 201: ruleSchema, ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await indicators.addRule(req.ctx, req.params.planId, req.body)),
  });
  app.delete('/api/plans/:planId/indicator-rules/:ruleId', {
    schema: {
      tags,
      summary: 'Xóa quy tắc kiểm tra',
      params: ruleParams,
      body: emptyBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(204)
        .send(await indicators.removeRule(req.ctx, req.params.planId, req.params.ruleId).then(() => null)),
  });
}
