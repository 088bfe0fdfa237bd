import { z } from 'zod';
import { errorResponses, readUploadedFile, uploadBody, type ZodApp } from '../common/http.js';
import { importResultSchema, previewIdParams, reviewImportBody } from '../plans/plans.schemas.js';
import { taskIdParams, taskListResponse } from '../tasks/tasks.schemas.js';
import type { TaskSourceService } from './task-sources.service.js';
import {
  createSourceBody,
  createTaskBody,
  createdTaskResponse,
  directiveCommitBody,
  directivePreviewResponse,
  sourceIdParams,
  sourceListQuery,
  sourceListResponse,
  sourceSchema,
  taskPeopleBody,
  unitIdParams,
  unitLeaderBody,
} from './task-sources.schemas.js';

const tags = ['Văn bản giao nhiệm vụ'];
const ok = z.object({ ok: z.literal(true) });

export function taskSourceRoutes(app: ZodApp, sources: TaskSourceService): void {
  app.get('/api/task-sources', {
    schema: {
      tags,
      summary: 'Văn bản giao nhiệm vụ ngoài kế hoạch: thông báo kết luận, văn bản chỉ đạo…',
      querystring: sourceListQuery,
      response: { 200: sourceListResponse, ...errorResponses },
    },
    handler: async (req) => ({ sources: await sources.list(req.ctx, req.query.kind) }),
  });
  app.post('/api/task-sources', {
    schema: {
      tags,
      summary: 'Ghi một văn bản giao nhiệm vụ (nhập tay)',
      body: createSourceBody,
      response: { 201: sourceSchema, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await sources.create(req.ctx, req.body)),
  });
  app.post('/api/task-sources/:id/tasks', {
    schema: {
      tags,
      summary: 'Giao một nhiệm vụ theo văn bản: đơn vị chủ trì, phối hợp, hạn, lãnh đạo phụ trách, đầu mối',
      params: sourceIdParams,
      body: createTaskBody,
      response: { 201: createdTaskResponse, ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await sources.addTask(req.ctx, req.params.id, req.body)),
  });
  app.put('/api/tasks/:id/leadership', {
    schema: {
      tags,
      summary: 'Lãnh đạo phụ trách, đầu mối và mức độ ưu tiên của nhiệm vụ',
      params: taskIdParams,
      body: taskPeopleBody,
      response: { 200: ok, ...errorResponses },
    },
    handler: async (req) => {
      await sources.setPeople(req.ctx, req.params.id, req.body);
      return { ok: true as const };
    },
  });
  app.put('/api/org-units/:id/leader', {
    schema: {
      tags,
      summary: 'Lãnh đạo phụ trách đơn vị: mặc định cho các nhiệm vụ đơn vị chủ trì',
      params: unitIdParams,
      body: unitLeaderBody,
      response: { 200: ok, ...errorResponses },
    },
    handler: async (req) => {
      await sources.setUnitLeader(req.ctx, req.params.id, req.body.leaderId);
      return { ok: true as const };
    },
  });
  app.get('/api/my-oversight', {
    schema: {
      tags,
      summary: 'Việc tôi phụ trách: nhiệm vụ tôi là lãnh đạo phụ trách, quá hạn trước',
      response: { 200: taskListResponse, ...errorResponses },
    },
    handler: (req) => sources.oversight(req.ctx),
  });
  app.post('/api/task-sources/import', {
    schema: {
      tags,
      summary:
        'Đọc văn bản chỉ đạo (multipart, trường "file": .docx, .pdf, .txt): mỗi mục đánh số là một nhiệm vụ; chưa lưu gì',
      consumes: ['multipart/form-data'],
      body: uploadBody,
      response: {
        200: directivePreviewResponse,
        ...errorResponses,
        413: errorResponses[400],
        415: errorResponses[400],
      },
    },
    handler: async (req) => sources.previewDirective(req.ctx, await readUploadedFile(req)),
  });
  app.post('/api/task-sources/import/:previewId/review', {
    schema: {
      tags,
      summary: 'Đọc lại bản xem trước với các sửa đổi và ánh xạ đơn vị; chưa lưu gì',
      params: previewIdParams,
      body: reviewImportBody,
      response: { 200: importResultSchema, ...errorResponses },
    },
    handler: (req) => sources.reviewDirective(req.ctx, req.params.previewId, req.body),
  });
  app.post('/api/task-sources/import/:previewId/commit', {
    schema: {
      tags,
      summary: 'Lưu văn bản và các nhiệm vụ của nó trong một giao dịch',
      params: previewIdParams,
      body: directiveCommitBody,
      response: { 200: z.object({ sourceId: z.string() }), ...errorResponses },
    },
    handler: (req) => sources.commitDirective(req.ctx, req.params.previewId, req.body),
  });
}
