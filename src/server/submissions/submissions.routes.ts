import { errorResponses, readUploadedFile, uploadBody, type ZodApp } from '../common/http.js';
import { sendFile, uploadErrors } from '../attachments/attachment-download.js';
import { attachmentSchema } from '../attachments/attachments.schemas.js';
import {
  acceptBody,
  attachmentParams,
  commentBody,
  commentListResponse,
  commentSchema,
  lookupQuery,
  returnBody,
  saveBody,
  submissionIdParams,
  submissionSchema,
  submitBody,
  unlockBody,
  versionListResponse,
  versionParams,
  versionResponse,
} from './submissions.schemas.js';
import type { SubmissionService } from './submissions.service.js';

const tags = ['Báo cáo của đơn vị'];
const ok = { 200: submissionSchema, ...errorResponses };

export function submissionRoutes(app: ZodApp, submissions: SubmissionService): void {
  app.get('/api/submissions', {
    schema: {
      tags,
      summary: 'Báo cáo của một đơn vị cho một kỳ (tạo bản nháp nếu đơn vị phải báo cáo mà chưa có)',
      querystring: lookupQuery,
      response: ok,
    },
    handler: (req) => submissions.lookup(req.ctx, req.query),
  });
  app.get('/api/submissions/:id', {
    schema: {
      tags,
      summary: 'Báo cáo, kèm tiến độ nhiệm vụ và biểu mẫu số liệu',
      params: submissionIdParams,
      response: ok,
    },
    handler: (req) => submissions.get(req.ctx, req.params.id),
  });
  app.put('/api/submissions/:id', {
    schema: {
      tags,
      summary: 'Lưu bản nháp (kiểm tra phiên bản; không sửa được khi đã gửi hoặc đã khóa)',
      params: submissionIdParams,
      body: saveBody,
      response: ok,
    },
    handler: (req) => submissions.save(req.ctx, req.params.id, req.body),
  });
  app.post('/api/submissions/:id/submit', {
    schema: {
      tags,
      summary: 'Trưởng đơn vị gửi báo cáo',
      params: submissionIdParams,
      body: submitBody,
      response: ok,
    },
    handler: (req) => submissions.submit(req.ctx, req.params.id, req.body),
  });
  app.post('/api/submissions/:id/return', {
    schema: {
      tags,
      summary: 'Trả lại báo cáo để đơn vị sửa (kèm nội dung cần sửa)',
      params: submissionIdParams,
      body: returnBody,
      response: ok,
    },
    handler: (req) => submissions.returnToUnit(req.ctx, req.params.id, req.body),
  });
  app.post('/api/submissions/:id/accept', {
    schema: {
      tags,
      summary: 'Tiếp nhận và khóa báo cáo; số liệu được ghi vào chỉ tiêu với nguồn là báo cáo',
      params: submissionIdParams,
      body: acceptBody,
      response: ok,
    },
    handler: (req) => submissions.accept(req.ctx, req.params.id, req.body),
  });
  app.post('/api/submissions/:id/unlock', {
    schema: {
      tags,
      summary: 'Mở khóa báo cáo đã tiếp nhận (bắt buộc ghi lý do)',
      params: submissionIdParams,
      body: unlockBody,
      response: ok,
    },
    handler: (req) => submissions.unlock(req.ctx, req.params.id, req.body),
  });
  app.get('/api/submissions/:id/versions', {
    schema: {
      tags,
      summary: 'Các phiên bản đã lưu (gửi, trả lại, tiếp nhận, mở khóa)',
      params: submissionIdParams,
      response: { 200: versionListResponse, ...errorResponses },
    },
    handler: (req) => submissions.versions(req.ctx, req.params.id),
  });
  app.get('/api/submissions/:id/versions/:number', {
    schema: {
      tags,
      summary: 'Nội dung một phiên bản, kèm văn bản thuần để so sánh',
      params: versionParams,
      response: { 200: versionResponse, ...errorResponses },
    },
    handler: (req) => submissions.version(req.ctx, req.params.id, req.params.number),
  });
  app.get('/api/submissions/:id/comments', {
    schema: {
      tags,
      summary: 'Góp ý, trao đổi về báo cáo',
      params: submissionIdParams,
      response: { 200: commentListResponse, ...errorResponses },
    },
    handler: (req) => submissions.comments(req.ctx, req.params.id),
  });
  app.post('/api/submissions/:id/comments', {
    schema: {
      tags,
      summary: 'Thêm góp ý',
      params: submissionIdParams,
      body: commentBody,
      response: { 201: commentSchema, ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await submissions.addComment(req.ctx, req.params.id, req.body)),
  });
  app.post('/api/submissions/:id/attachments', {
    schema: {
      tags,
      summary: 'Đính kèm tệp vào báo cáo (multipart, trường "file", tối đa 10 MB)',
      params: submissionIdParams,
      consumes: ['multipart/form-data'],
      body: uploadBody,
      response: { 201: attachmentSchema, ...uploadErrors },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await submissions.attach(req.ctx, req.params.id, await readUploadedFile(req))),
  });
  app.get('/api/submissions/:id/attachments/:attachmentId', {
    schema: { tags, summary: 'Tải tệp đính kèm của báo cáo', params: attachmentParams },
    handler: async (req, reply) =>
      sendFile(reply, await submissions.attachment(req.ctx, req.params.id, req.params.attachmentId)),
  });
}
