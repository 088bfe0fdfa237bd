import { sendFile, uploadErrors } from '../attachments/attachment-download.js';
import { attachmentSchema } from '../attachments/attachments.schemas.js';
import { errorResponses, readUploadedFile, uploadBody, type ZodApp } from '../common/http.js';
import { planIdParams } from '../plans/plans.schemas.js';
import type { TaskService } from './tasks.service.js';
import {
  attachmentIdParams,
  bulkStatusBody,
  bulkStatusResponse,
  partUpdateBody,
  peopleBody,
  planItemsQuery,
  planItemsResponse,
  taskDetailSchema,
  taskExportQuery,
  taskIdParams,
  taskListQuery,
  taskListResponse,
  taskUnitParams,
  taskUpdateBody,
  taskUpdateParams,
  triggerBody,
  triggerResponse,
} from './tasks.schemas.js';

const tags = ['Nhiệm vụ'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function taskRoutes(app: ZodApp, tasks: TaskService): void {
  app.get('/api/plans/:id/items', {
    schema: {
      tags,
      summary: 'Các chỉ tiêu, nhiệm vụ của một kế hoạch, theo thứ tự trong văn bản',
      params: planIdParams,
      querystring: planItemsQuery,
      response: { 200: planItemsResponse, ...errorResponses },
    },
    handler: (req) => tasks.planItems(req.ctx, req.params.id, req.query.kind),
  });
  app.get('/api/tasks', {
    schema: {
      tags,
      summary: 'Danh sách nhiệm vụ trong phạm vi được xem, sắp theo hạn',
      querystring: taskListQuery,
      response: { 200: taskListResponse, ...errorResponses },
    },
    handler: (req) => tasks.list(req.ctx, req.query),
  });
  app.get('/api/tasks/export.xlsx', {
    schema: {
      tags,
      summary: 'Xuất danh sách nhiệm vụ (cùng bộ lọc) ra tệp Excel',
      querystring: taskExportQuery,
    },
    handler: async (req, reply) =>
      sendFile(reply, {
        filename: 'nhiem-vu.xlsx',
        contentType: XLSX,
        content: await tasks.exportXlsx(req.ctx, req.query),
      }),
  });
  app.get('/api/tasks/:id', {
    schema: {
      tags,
      summary: 'Chi tiết nhiệm vụ: các lần thực hiện, phần việc phối hợp, người thực hiện, diễn biến',
      params: taskIdParams,
      response: { 200: taskDetailSchema, ...errorResponses },
    },
    handler: (req) => tasks.detail(req.ctx, req.params.id),
  });
  app.post('/api/tasks/:id/updates', {
    schema: {
      tags,
      summary: 'Cập nhật tiến độ, trạng thái của một lần thực hiện (kiểm tra phiên bản)',
      params: taskIdParams,
      body: taskUpdateBody,
      response: { 200: taskDetailSchema, ...errorResponses },
    },
    handler: (req) => tasks.update(req.ctx, req.params.id, req.body),
  });
  app.post('/api/tasks/:id/updates/:updateId/attachments', {
    schema: {
      tags,
      summary: 'Đính kèm tệp minh chứng vào một cập nhật (multipart, trường "file", tối đa 10 MB)',
      params: taskUpdateParams,
      consumes: ['multipart/form-data'],
      body: uploadBody,
      response: { 201: attachmentSchema, ...uploadErrors },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await tasks.attach(req.ctx, req.params.id, req.params.updateId, await readUploadedFile(req))),
  });
  app.get('/api/attachments/:id', {
    schema: { tags, summary: 'Tải tệp đính kèm', params: attachmentIdParams },
    handler: async (req, reply) => sendFile(reply, await tasks.attachment(req.ctx, req.params.id)),
  });
  app.put('/api/tasks/:id/parts/:unitId', {
    schema: {
      tags,
      summary: 'Cập nhật phần việc của một đơn vị phối hợp (kiểm tra phiên bản)',
      params: taskUnitParams,
      body: partUpdateBody,
      response: { 200: taskDetailSchema, ...errorResponses },
    },
    handler: (req) => tasks.updatePart(req.ctx, req.params.id, req.params.unitId, req.body),
  });
  app.put('/api/tasks/:id/people', {
    schema: {
      tags,
      summary: 'Giao người thực hiện và người theo dõi nhiệm vụ',
      params: taskIdParams,
      body: peopleBody,
      response: { 200: taskDetailSchema, ...errorResponses },
    },
    handler: (req) => tasks.setPeople(req.ctx, req.params.id, req.body),
  });
  app.post('/api/tasks/:id/triggers', {
    schema: {
      tags,
      summary: 'Ghi nhận sự kiện phát sinh của nhiệm vụ theo sự kiện (ghi lại cùng sự kiện không thêm gì)',
      params: taskIdParams,
      body: triggerBody,
      response: { 200: triggerResponse, ...errorResponses },
    },
    handler: (req) => tasks.trigger(req.ctx, req.params.id, req.body),
  });
  app.post('/api/tasks/bulk-status', {
    schema: {
      tags,
      summary: 'Chuyển trạng thái nhiều nhiệm vụ cùng lúc: tất cả hoặc không gì cả',
      body: bulkStatusBody,
      response: { 200: bulkStatusResponse, ...errorResponses },
    },
    handler: (req) => tasks.bulkStatus(req.ctx, req.body),
  });
}
