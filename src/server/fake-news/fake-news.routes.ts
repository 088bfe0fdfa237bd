import { z } from 'zod';
import { emptyBody, errorResponses, type ZodApp } from '../common/http.js';
import { sendFile } from '../attachments/attachment-download.js';
import type { PublicFakeNewsService } from './fake-news-public.service.js';
import type { FakeNewsService } from './fake-news.service.js';
import {
  assignBody,
  caseDetailSchema,
  caseIdParams,
  caseListQuery,
  caseListResponse,
  classifyBody,
  concludeBody,
  figuresQuery,
  figuresResponse,
  intakeResponse,
  myTeamResponse,
  noteBody,
  outcomeBody,
  publishBody,
  referBody,
  rejectBody,
  staffIntakeBody,
  teamMemberBody,
  teamResponse,
  versionBody,
} from './fake-news.schemas.js';

const tags = ['Tin giả'];
const detail = { 200: caseDetailSchema, ...errorResponses };
const userParams = z.strictObject({ userId: z.uuid() });

/** The team's routes: intake by staff, the case workflow, the team list and the period's figures. */
export function fakeNewsRoutes(
  app: ZodApp,
  service: FakeNewsService,
  publicService: PublicFakeNewsService,
): void {
  app.get('/api/fake-news/me', {
    schema: {
      tags,
      summary: 'Vai trò của tôi trong Tổ xử lý tin giả',
      response: { 200: myTeamResponse, ...errorResponses },
    },
    handler: (req) => service.me(req.ctx),
  });
  app.get('/api/fake-news/team', {
    schema: {
      tags,
      summary: 'Thành viên Tổ xử lý tin giả',
      response: { 200: teamResponse, ...errorResponses },
    },
    handler: (req) => service.team(req.ctx),
  });
  app.put('/api/fake-news/team/:userId', {
    schema: {
      tags,
      summary: 'Thêm hoặc đổi vai trò thành viên',
      params: userParams,
      body: teamMemberBody,
      response: { 200: teamResponse, ...errorResponses },
    },
    handler: (req) => service.setMember(req.ctx, req.params.userId, req.body),
  });
  app.delete('/api/fake-news/team/:userId', {
    schema: {
      tags,
      summary: 'Bỏ thành viên khỏi Tổ',
      params: userParams,
      body: emptyBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(204).send(await service.removeMember(req.ctx, req.params.userId).then(() => null)),
  });
  app.get('/api/fake-news/cases', {
    schema: {
      tags,
      summary: 'Danh sách vụ việc',
      querystring: caseListQuery,
      response: { 200: caseListResponse, ...errorResponses },
    },
    handler: (req) => service.list(req.ctx, req.query),
  });
  app.post('/api/fake-news/cases', {
    schema: {
      tags,
      summary: 'Tiếp nhận phản ánh (đường dây nóng, thư điện tử, văn bản, tự rà soát)',
      body: staffIntakeBody,
      response: { 201: intakeResponse, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await service.staffIntake(req.ctx, req.body)),
  });
  app.get('/api/fake-news/cases/:id', {
    schema: { tags, summary: 'Chi tiết vụ việc', params: caseIdParams, response: detail },
    handler: (req) => service.detail(req.ctx, req.params.id),
  });
  app.post('/api/fake-news/cases/:id/classify', {
    schema: { tags, summary: 'Phân loại', params: caseIdParams, body: classifyBody, response: detail },
    handler: (req) => service.classify(req.ctx, req.params.id, req.body),
  });
  app.post('/api/fake-news/cases/:id/assign', {
    schema: {
      tags,
      summary: 'Giao thành viên Tổ xác minh',
      params: caseIdParams,
      body: assignBody,
      response: detail,
    },
    handler: (req) => service.assign(req.ctx, req.params.id, req.body),
  });
  app.post('/api/fake-news/cases/:id/notes', {
    schema: { tags, summary: 'Ghi kết quả xác minh', params: caseIdParams, body: noteBody, response: detail },
    handler: (req) => service.addNote(req.ctx, req.params.id, req.body),
  });
  app.post('/api/fake-news/cases/:id/conclude', {
    schema: { tags, summary: 'Đề xuất kết luận', params: caseIdParams, body: concludeBody, response: detail },
    handler: (req) => service.conclude(req.ctx, req.params.id, req.body),
  });
  app.post('/api/fake-news/cases/:id/approve', {
    schema: {
      tags,
      summary: 'Lãnh đạo phê duyệt kết luận',
      params: caseIdParams,
      body: versionBody,
      response: detail,
    },
    handler: (req) => service.approve(req.ctx, req.params.id, req.body),
  });
  app.post('/api/fake-news/cases/:id/reject', {
    schema: {
      tags,
      summary: 'Lãnh đạo trả lại để xác minh thêm',
      params: caseIdParams,
      body: rejectBody,
      response: detail,
    },
    handler: (req) => service.reject(req.ctx, req.params.id, req.body),
  });
  app.post('/api/fake-news/cases/:id/publish', {
    schema: {
      tags,
      summary: 'Đóng dấu TIN GIẢ và công bố',
      params: caseIdParams,
      body: publishBody,
      response: detail,
    },
    handler: (req) =>
      service.publish(req.ctx, req.params.id, req.body, (row, shot) => publicService.stampFor(row, shot)),
  });
  app.post('/api/fake-news/cases/:id/refer', {
    schema: {
      tags,
      summary: 'Chuyển cơ quan chức năng xử lý',
      params: caseIdParams,
      body: referBody,
      response: detail,
    },
    handler: (req) => service.refer(req.ctx, req.params.id, req.body),
  });
  app.post('/api/fake-news/cases/:id/outcome', {
    schema: {
      tags,
      summary: 'Ghi kết quả xử lý (xử phạt, khóa tài khoản, khóa số)',
      params: caseIdParams,
      body: outcomeBody,
      response: detail,
    },
    handler: (req) => service.recordOutcome(req.ctx, req.params.id, req.body),
  });
  app.post('/api/fake-news/cases/:id/close', {
    schema: { tags, summary: 'Kết thúc vụ việc', params: caseIdParams, body: versionBody, response: detail },
    handler: (req) => service.close(req.ctx, req.params.id, req.body),
  });
  app.get('/api/fake-news/files/:id', {
    schema: { tags, summary: 'Tải ảnh chụp màn hình của phản ánh', params: caseIdParams },
    handler: async (req, reply) => sendFile(reply, await service.file(req.ctx, req.params.id)),
  });
  app.get('/api/fake-news/figures', {
    schema: {
      tags,
      summary: 'Số liệu của kỳ (theo kênh, lĩnh vực, nền tảng, kết quả; xử phạt)',
      querystring: figuresQuery,
      response: { 200: figuresResponse, ...errorResponses },
    },
    handler: (req) => service.figures(req.ctx, req.query.period),
  });
}
