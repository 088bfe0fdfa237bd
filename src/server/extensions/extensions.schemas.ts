import { z } from 'zod';
import { EXTENSION_STATUSES } from '../../domain/directives/kinds.js';
import { isoDateSchema } from '../common/dates.js';

export const extensionTaskParams = z.strictObject({ id: z.uuid() });
export const extensionIdParams = z.strictObject({ extensionId: z.uuid() });

export const extensionRequestBody = z.strictObject({
  occurrenceId: z.uuid().optional().describe('Lần thực hiện; không có thì lấy lần hiện tại'),
  reason: z.string().trim().min(5, 'Hãy ghi lý do đề nghị gia hạn.').max(2000),
  proposedDate: isoDateSchema.describe('Hạn mới đề nghị'),
});
export type ExtensionRequestInput = z.infer<typeof extensionRequestBody>;

export const extensionDecisionBody = z.strictObject({
  approve: z.boolean().describe('true: đồng ý gia hạn; false: không đồng ý'),
  date: isoDateSchema.optional().describe('Hạn được duyệt, nếu khác hạn đề nghị'),
  note: z.string().trim().max(2000).optional().describe('Ý kiến của người quyết định'),
});
export type ExtensionDecisionInput = z.infer<typeof extensionDecisionBody>;

export const extensionSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  occurrenceId: z.string(),
  requestedBy: z.string(),
  unitName: z.string().nullable(),
  reason: z.string(),
  proposedDate: z.string(),
  previousDeadline: z.string().describe('Hạn đang có hiệu lực khi đề nghị'),
  status: z.enum(EXTENSION_STATUSES),
  statusLabel: z.string(),
  approvedDate: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ExtensionView = z.infer<typeof extensionSchema>;

export const extensionListResponse = z.object({ extensions: z.array(extensionSchema) });

export const pendingExtensionSchema = extensionSchema.extend({
  taskContent: z.string(),
  sourceNumber: z.string().nullable(),
  sourceTitle: z.string(),
});
export const pendingExtensionsResponse = z.object({ extensions: z.array(pendingExtensionSchema) });

export const oversightQuery = z.strictObject({});
