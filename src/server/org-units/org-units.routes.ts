import { z } from 'zod';
import { emptyBody, errorResponses, readUploadedFile, uploadBody, type ZodApp } from '../common/http.js';
import type { OrgUnitService } from './org-units.service.js';
import {
  createOrgUnitBody,
  exportQuery,
  idParams,
  importPreviewResponse,
  moveOrgUnitBody,
  orgUnitNodeSchema,
  orgUnitSchema,
  previewIdParams,
  updateOrgUnitBody,
} from './org-units.schemas.js';

const tags = ['Đơn vị'];
const contentTypes = {
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function orgUnitRoutes(app: ZodApp, orgUnits: OrgUnitService): void {
  app.get('/api/org-units', {
    schema: {
      tags,
      summary: 'Cây đơn vị',
      response: { 200: z.object({ units: z.array(orgUnitNodeSchema) }), ...errorResponses },
    },
    handler: async (req) => ({ units: await orgUnits.tree(req.ctx) }),
  });
  app.post('/api/org-units', {
    schema: {
      tags,
      summary: 'Thêm đơn vị',
      body: createOrgUnitBody,
      response: { 201: orgUnitSchema, ...errorResponses },
    },
    handler: async (req, reply) => reply.status(201).send(await orgUnits.create(req.ctx, req.body)),
  });
  app.patch('/api/org-units/:id', {
    schema: {
      tags,
      summary: 'Sửa đơn vị',
      params: idParams,
      body: updateOrgUnitBody,
      response: { 200: orgUnitSchema, ...errorResponses },
    },
    handler: (req) => orgUnits.update(req.ctx, req.params.id, req.body),
  });
  app.post('/api/org-units/:id/move', {
    schema: {
      tags,
      summary: 'Chuyển đơn vị sang đơn vị cấp trên khác',
      params: idParams,
      body: moveOrgUnitBody,
      response: { 200: orgUnitSchema, ...errorResponses },
    },
    handler: (req) => orgUnits.move(req.ctx, req.params.id, req.body.parentId),
  });
  app.delete('/api/org-units/:id', {
    schema: {
      tags,
      summary: 'Xóa đơn vị (không còn đơn vị trực thuộc và người dùng)',
      params: idParams,
      body: emptyBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(204).send(await orgUnits.remove(req.ctx, req.params.id).then(() => null)),
  });
  app.get('/api/org-units/export', {
    schema: { tags, summary: 'Xuất cây đơn vị (JSON hoặc XLSX)', querystring: exportQuery },
    handler: async (req, reply) => {
      const file = await orgUnits.exportTree(req.ctx, req.query.format);
      return reply
        .type(contentTypes[req.query.format])
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  });
  app.post('/api/org-units/import/preview', {
    schema: {
      tags,
      summary: 'Xem trước khi nhập cây đơn vị (multipart, trường "file": .json hoặc .xlsx)',
      consumes: ['multipart/form-data'],
      body: uploadBody,
      response: { 200: importPreviewResponse, ...errorResponses },
    },
    handler: async (req) => orgUnits.previewImport(req.ctx, await readUploadedFile(req)),
  });
  app.post('/api/org-units/import/:previewId/commit', {
    schema: {
      tags,
      summary: 'Xác nhận nhập cây đơn vị',
      params: previewIdParams,
      body: emptyBody,
      response: { 200: z.object({ created: z.number(), updated: z.number() }), ...errorResponses },
    },
    handler: (req) => orgUnits.commitImport(req.ctx, req.params.previewId),
  });
}
