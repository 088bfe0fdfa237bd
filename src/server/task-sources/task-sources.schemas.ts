import { z } from 'zod';
import { TASK_PRIORITIES, TASK_SOURCE_KINDS } from '../../domain/directives/kinds.js';
import { isoDateSchema } from '../common/dates.js';
import { commitImportBody, importPreviewResponse } from '../plans/plans.schemas.js';

export const sourceIdParams = z.strictObject({ id: z.uuid() });
export const sourceKindSchema = z.enum(TASK_SOURCE_KINDS);

const text = (max: number) => z.string().trim().min(1).max(max);

export const createSourceBody = z.strictObject({
  kind: sourceKindSchema.describe('Loại văn bản: conclusionNotice (thông báo kết luận), directive, …'),
  number: text(100).optional().describe('Số, ký hiệu: 125/TB-STTTT'),
  date: isoDateSchema.describe('Ngày văn bản'),
  issuer: text(300).optional().describe('Cơ quan ban hành'),
  title: text(1000).describe('Trích yếu'),
  signer: text(200).optional().describe('Người ký'),
});
export type CreateSourceInput = z.infer<typeof createSourceBody>;

export const sourceListQuery = z.strictObject({ kind: sourceKindSchema.optional() });

export const sourceSchema = z.object({
  id: z.string(),
  kind: sourceKindSchema,
  kindLabel: z.string(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  title: z.string(),
  signer: z.string().nullable(),
  status: z.string(),
  tasks: z.number().int().describe('Số nhiệm vụ giao trong văn bản'),
});
export const sourceListResponse = z.object({ sources: z.array(sourceSchema) });
export type TaskSourceView = z.infer<typeof sourceSchema>;

export const createTaskBody = z.strictObject({
  content: text(5000).describe('Nội dung nhiệm vụ'),
  itemNumber: text(20).optional().describe('Mục trong văn bản: "3"'),
  leadUnitId: z.uuid().describe('Đơn vị chủ trì'),
  coordinatorUnitIds: z.array(z.uuid()).max(50).default([]),
  dueDate: isoDateSchema.optional().describe('Hạn hoàn thành; không có: không thời hạn'),
  leaderId: z.uuid().optional().describe('Lãnh đạo phụ trách; mặc định: lãnh đạo phụ trách đơn vị chủ trì'),
  focalPersonId: z.uuid().optional().describe('Đầu mối ở đơn vị chủ trì'),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
});
export type CreateTaskInput = z.infer<typeof createTaskBody>;

export const taskPeopleBody = z.strictObject({
  leaderId: z.uuid().nullable(),
  focalPersonId: z.uuid().nullable(),
  priority: z.enum(TASK_PRIORITIES),
});
export type TaskPeopleInput = z.infer<typeof taskPeopleBody>;

export const unitLeaderBody = z.strictObject({ leaderId: z.uuid().nullable() });
export const unitIdParams = z.strictObject({ id: z.uuid() });

export const directivePreviewResponse = importPreviewResponse.extend({
  suggestedKind: sourceKindSchema.describe('Loại văn bản đọc được từ dòng tên loại; người dùng xác nhận'),
});
export const directiveCommitBody = commitImportBody.extend({
  sourceKind: sourceKindSchema.describe('Loại văn bản nguồn đã xác nhận'),
});
export type DirectiveCommitInput = z.infer<typeof directiveCommitBody>;

export const createdTaskResponse = z.object({ taskId: z.string() });
