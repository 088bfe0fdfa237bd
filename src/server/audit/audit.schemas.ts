import { z } from 'zod';
import { jsonValueSchema } from '../common/stored.js';

const isoDateTime = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'Ngày giờ không hợp lệ');

export const auditQuery = z.strictObject({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  username: z.string().max(50).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const auditItem = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: jsonValueSchema.nullable().describe('Bản ghi trước khi đổi (JSON), null khi tạo mới'),
  after: jsonValueSchema.nullable().describe('Bản ghi sau khi đổi (JSON), null khi xóa'),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
