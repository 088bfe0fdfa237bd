import { emptyBody, errorResponses, type ZodApp } from '../common/http.js';
import type { ReportPeriodService } from './report-periods.service.js';
import {
  activateResponse,
  createRegimeBody,
  periodListQuery,
  periodListResponse,
  regimeIdParams,
  regimeListQuery,
  regimeListResponse,
  regimeSchema,
  updateRegimeBody,
} from './report-regimes.schemas.js';
import type { ReportRegimeService } from './report-regimes.service.js';

const tags = ['Chế độ báo cáo'];

export function reportRegimeRoutes(
  app: ZodApp,
  regimes: ReportRegimeService,
  periods: ReportPeriodService,
): void {
  app.get('/api/report-regimes', {
    schema: {
      tags,
      summary: 'Danh sách chế độ báo cáo (lọc theo đơn vị báo cáo hoặc nhận, kế hoạch, trạng thái)',
      querystring: regimeListQuery,
      response: { 200: regimeListResponse, ...errorResponses },
    },
    handler: (req) => regimes.list(req.ctx, req.query),
  });
  app.get('/api/report-regimes/:id', {
    schema: {
      tags,
      summary: 'Một chế độ báo cáo, với điều còn thiếu trước khi ban hành',
      params: regimeIdParams,
      response: { 200: regimeSchema, ...errorResponses },
    },
    handler: (req) => regimes.get(req.ctx, req.params.id),
  });
  app.post('/api/report-regimes', {
    schema: {
      tags,
      summary: 'Tạo chế độ báo cáo (kể cả báo cáo đột xuất: thời hạn, đề cương và đơn vị riêng)',
      body: createRegimeBody,
      response: { 201: regimeSchema, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await regimes.create(req.ctx, req.body)),
  });
  app.put('/api/report-regimes/:id', {
    schema: {
      tags,
      summary: 'Sửa chế độ báo cáo (kiểm tra phiên bản; đã ban hành thì kỳ báo cáo được tính lại)',
      params: regimeIdParams,
      body: updateRegimeBody,
      response: { 200: regimeSchema, ...errorResponses },
    },
    handler: (req) => regimes.update(req.ctx, req.params.id, req.body),
  });
  app.post('/api/report-regimes/:id/activate', {
    schema: {
      tags,
      summary: 'Ban hành chế độ báo cáo và tạo các kỳ báo cáo của năm (chạy lại không tạo trùng)',
      params: regimeIdParams,
      body: emptyBody,
      response: { 200: activateResponse, ...errorResponses },
    },
    handler: (req) => regimes.activate(req.ctx, req.params.id),
  });
  app.get('/api/report-periods', {
    schema: {
      tags,
      summary: 'Kỳ báo cáo: thời gian chốt số liệu, hạn gửi; mine=1 chỉ các kỳ đơn vị tôi phải báo cáo',
      querystring: periodListQuery,
      response: { 200: periodListResponse, ...errorResponses },
    },
    handler: (req) => periods.list(req.ctx, req.query),
  });
}
