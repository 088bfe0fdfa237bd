import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { emptyBody, errorResponse, errorResponses, type ZodApp } from '../common/http.js';
import { sendFile } from '../attachments/attachment-download.js';
import type { ConsolidationService, PdfResult } from './consolidation.service.js';
import {
  checksResponse,
  contradictionsError,
  createBody,
  downloadQuery,
  listQuery,
  listResponse,
  refreshResponse,
  reportIdParams,
  reportSchema,
  updateBody,
} from './consolidation.schemas.js';
import type { ReportFile } from './report-files.js';

const tags = ['Báo cáo tổng hợp'];
const download = {
  200: z.file().describe('Tệp tải về (DOCX, XLSX, PDF)'),
  ...errorResponses,
  409: errorResponse.or(contradictionsError),
};

/** Files go out as downloads only, with the Vietnamese name kept in filename*. */
async function send(reply: FastifyReply, pending: Promise<ReportFile | PdfResult>) {
  const file = await pending;
  if ('unavailable' in file)
    return reply.code(501).send({ error: { code: 'NOT_AVAILABLE', message: file.unavailable } });
  return sendFile(reply, file);
}

export function consolidationRoutes(app: ZodApp, reports: ConsolidationService): void {
  app.post('/api/consolidated-reports', {
    schema: {
      tags,
      summary: 'Lập bản thảo báo cáo tổng hợp từ dữ liệu theo dõi và báo cáo đã duyệt của các đơn vị',
      body: createBody,
      response: { 200: reportSchema, ...errorResponses },
    },
    handler: (req) => reports.build(req.ctx, req.body),
  });
  app.get('/api/consolidated-reports', {
    schema: {
      tags,
      summary: 'Danh sách báo cáo tổng hợp',
      querystring: listQuery,
      response: { 200: listResponse, ...errorResponses },
    },
    handler: (req) => reports.list(req.ctx, req.query),
  });
  app.get('/api/consolidated-reports/:id', {
    schema: {
      tags,
      summary: 'Bản thảo báo cáo tổng hợp',
      params: reportIdParams,
      response: { 200: reportSchema, ...errorResponses },
    },
    handler: (req) => reports.get(req.ctx, req.params.id),
  });
  app.put('/api/consolidated-reports/:id', {
    schema: {
      tags,
      summary: 'Sửa bản thảo: viết lại, thêm, chuyển, xóa đoạn; số, ngày, người ký (409 khi bản thảo đã đổi)',
      params: reportIdParams,
      body: updateBody,
      response: { 200: reportSchema, ...errorResponses },
    },
    handler: (req) => reports.update(req.ctx, req.params.id, req.body),
  });
  app.post('/api/consolidated-reports/:id/refresh', {
    schema: {
      tags,
      summary: 'Tính lại số liệu theo dữ liệu mới nhất, giữ các chỗ đã sửa; trả về các thay đổi',
      params: reportIdParams,
      body: emptyBody,
      response: { 200: refreshResponse, ...errorResponses },
    },
    handler: (req) => reports.refresh(req.ctx, req.params.id),
  });
  app.get('/api/consolidated-reports/:id/checks', {
    schema: {
      tags,
      summary: 'Kiểm tra số liệu mâu thuẫn (tổng thành phần, tỷ lệ quá 100%, quy tắc chỉ tiêu) kèm vị trí',
      params: reportIdParams,
      response: { 200: checksResponse, ...errorResponses },
    },
    handler: (req) => reports.checks(req.ctx, req.params.id),
  });
  app.get('/api/consolidated-reports/:id/document.docx', {
    schema: {
      tags,
      summary: 'Tải văn bản Word theo thể thức Nghị định 30/2020',
      params: reportIdParams,
      querystring: downloadQuery,
      response: download,
    },
    handler: (req, reply) => send(reply, reports.docx(req.ctx, req.params.id, req.query.acknowledge)),
  });
  app.get('/api/consolidated-reports/:id/tables.xlsx', {
    schema: {
      tags,
      summary: 'Tải các bảng số liệu (Excel)',
      params: reportIdParams,
      querystring: downloadQuery,
      response: download,
    },
    handler: (req, reply) => send(reply, reports.xlsx(req.ctx, req.params.id, req.query.acknowledge)),
  });
  app.get('/api/consolidated-reports/:id/document.pdf', {
    schema: {
      tags,
      summary: 'Tải PDF (chỉ khi máy chủ có LibreOffice; nếu không trả 501)',
      params: reportIdParams,
      querystring: downloadQuery,
      response: { ...download, 501: errorResponse },
    },
    handler: (req, reply) => send(reply, reports.pdf(req.ctx, req.params.id, req.query.acknowledge)),
  });
}
