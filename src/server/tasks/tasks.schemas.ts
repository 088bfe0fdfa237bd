import type { Evidence } from '../../domain/tracking/schema.js';
import { parsedTargetSchema } from '../../domain/targets/schema.js';
import { z } from 'zod';
import { TASK_STATUSES, TIMELINESS_LABELS, type Timeliness } from '../../domain/tracking/index.js';
import { attachmentSchema } from '../attachments/attachments.schemas.js';
import { isoDateSchema } from '../calendar/calendar.schemas.js';
import { planRefSchema } from '../plans/plans.schemas.js';
import { TASK_PRIORITIES, TASK_SOURCE_KINDS } from '../../domain/directives/kinds.js';

const TIMELINESS = Object.keys(TIMELINESS_LABELS) as [Timeliness, ...Timeliness[]];

export const taskIdParams = z.strictObject({ id: z.uuid() });
export const taskUnitParams = z.strictObject({ id: z.uuid(), unitId: z.uuid() });
export const taskUpdateParams = z.strictObject({ id: z.uuid(), updateId: z.uuid() });
export const attachmentIdParams = z.strictObject({ id: z.uuid() });
export const planItemsQuery = z.strictObject({ kind: z.enum(['task', 'indicator']).optional() });

const listFilters = {
  planId: z.uuid().optional().describe('Kế hoạch; không có thì lấy các kế hoạch đang hiệu lực'),
  unitId: z.uuid().optional().describe('Đơn vị chủ trì hoặc phối hợp (theo role)'),
  role: z.enum(['lead', 'coordinator', 'any']).default('any'),
  domain: z.string().trim().min(1).max(300).optional().describe('Lĩnh vực, đúng như trong kế hoạch'),
  status: z.enum(TASK_STATUSES).optional().describe('Trạng thái của lần thực hiện hiện tại'),
  dueFrom: isoDateSchema.optional().describe('Hạn từ ngày (tính cả ngày này)'),
  dueBefore: isoDateSchema.optional().describe('Hạn đến ngày (tính cả ngày này)'),
  sourceKind: z
    .enum(TASK_SOURCE_KINDS)
    .optional()
    .describe('Loại văn bản nguồn: kế hoạch, thông báo kết luận…'),
  leaderId: z.uuid().optional().describe('Lãnh đạo phụ trách'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Tìm theo nội dung, sản phẩm, lĩnh vực; không phân biệt dấu'),
};

export const taskExportQuery = z.strictObject(listFilters);
export const taskListQuery = z.strictObject({
  ...listFilters,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TaskListQuery = z.infer<typeof taskExportQuery> & { page?: number; pageSize?: number };

const statusSchema = z.enum(TASK_STATUSES);

export const evidenceSchema: z.ZodType<Evidence> = z.strictObject({
  number: z.string().trim().max(200).optional().describe('Số, ký hiệu văn bản: 462/KH-UBND'),
  date: isoDateSchema.optional().describe('Ngày văn bản'),
  text: z.string().trim().max(2000).optional().describe('Trích yếu hoặc mô tả kết quả'),
});
export type { Evidence };

const note = z.string().trim().min(1, 'Hãy ghi nội dung cập nhật.').max(5000);
const reason = z.string().trim().max(2000).optional();

export const taskUpdateBody = z.strictObject({
  occurrenceId: z.uuid().optional().describe('Lần thực hiện; không có thì lấy lần hiện tại'),
  version: z.number().int().min(1).describe('Phiên bản của lần thực hiện khi bắt đầu sửa'),
  status: statusSchema.optional(),
  progress: z.number().int().min(0).max(100).optional(),
  note,
  evidence: evidenceSchema.optional(),
  completedOn: isoDateSchema.optional().describe('Ngày hoàn thành; mặc định hôm nay'),
  reason,
});
export type TaskUpdateInput = z.infer<typeof taskUpdateBody>;

export const partUpdateBody = z.strictObject({
  version: z.number().int().min(1),
  status: statusSchema,
  note,
});
export type PartUpdateInput = z.infer<typeof partUpdateBody>;

export const peopleBody = z.strictObject({
  assignees: z.array(z.uuid()).max(50),
  watchers: z.array(z.uuid()).max(50),
});
export type PeopleInput = z.infer<typeof peopleBody>;

export const triggerBody = z
  .strictObject({
    date: isoDateSchema.describe('Ngày phát sinh sự kiện'),
    description: z.string().trim().min(1).max(300).optional().describe('Sự kiện: Công văn 123/UBND-KT'),
    dueInWorkingDays: z.number().int().min(0).max(365).optional(),
    dueDate: isoDateSchema.optional(),
  })
  .refine((b) => (b.dueInWorkingDays === undefined) !== (b.dueDate === undefined), {
    message:
      'Hãy nhập hạn: số ngày làm việc (dueInWorkingDays) hoặc ngày cụ thể (dueDate), chỉ một trong hai.',
  });
export type TriggerInput = z.infer<typeof triggerBody>;

export const bulkStatusBody = z.strictObject({
  items: z
    .array(z.strictObject({ occurrenceId: z.uuid(), version: z.number().int().min(1) }))
    .min(1)
    .max(500),
  status: statusSchema,
  note,
  reason,
  completedOn: isoDateSchema.optional(),
});
export type BulkStatusInput = z.infer<typeof bulkStatusBody>;

const unitRef = z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable() });

const occurrenceSchema = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  periodCode: z.string().nullable(),
  dueDate: z.string().nullable(),
  deadline: z.string().nullable().describe('Hạn, đã dời sang ngày làm việc kế tiếp nếu rơi vào ngày nghỉ'),
  status: statusSchema,
  progress: z.number(),
  completedOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
  timeliness: z.enum(TIMELINESS).describe('Tính từ ngày tháng, không lưu'),
  version: z.number(),
  source: z.string(),
});

const namedRef = z.object({ id: z.string(), name: z.string() });

export const taskSourcingSchema = z.object({
  source: z
    .object({
      kind: z.enum(TASK_SOURCE_KINDS),
      kindLabel: z.string(),
      number: z.string().nullable(),
      date: z.string().nullable(),
      issuer: z.string().nullable(),
      title: z.string().describe('Trích yếu'),
      itemNumber: z.string().nullable().describe('Mục trong văn bản: "3", "2.a"'),
    })
    .describe('Văn bản nguồn giao nhiệm vụ'),
  leader: namedRef.nullable().describe('Lãnh đạo phụ trách'),
  focalPerson: namedRef.nullable().describe('Đầu mối ở đơn vị chủ trì'),
  priority: z.enum(TASK_PRIORITIES),
  priorityLabel: z.string(),
  assignedBy: z.string().nullable().describe('Người giao (quyết định gia hạn), khi giao ngoài kế hoạch'),
  extensions: z.object({
    count: z.number().int().describe('Số lần gia hạn được duyệt'),
    previousDeadlines: z.array(z.string()).describe('Các hạn trước mỗi lần gia hạn, cũ nhất trước'),
    approvedBy: z.array(z.string()),
    pending: z.boolean().describe('Có đề nghị gia hạn chờ quyết định'),
  }),
});
export type TaskSourcing = z.infer<typeof taskSourcingSchema>;

export const taskRowSchema = z.object({
  id: z.string(),
  planId: z.string(),
  plan: z.object({ number: z.string().nullable(), title: z.string() }),
  ordinal: z.string().nullable(),
  subOrdinal: z.number().nullable(),
  domain: z.string().nullable(),
  content: z.string(),
  output: z.string().nullable(),
  leadUnits: z.array(unitRef),
  coordinatorUnits: z.array(unitRef.extend({ partStatus: statusSchema })),
  timeframe: z.string().describe('Thời gian thực hiện, cách viết chuẩn'),
  timeframeKind: z.string(),
  current: occurrenceSchema
    .pick({
      id: true,
      label: true,
      status: true,
      progress: true,
      dueDate: true,
      deadline: true,
      completedOn: true,
      timeliness: true,
      version: true,
    })
    .nullable()
    .describe('Lần thực hiện sớm nhất chưa xong có hạn; nếu không có, lần gần nhất'),
  occurrenceCounts: z.object({ done: z.number(), total: z.number() }),
  sourcing: taskSourcingSchema,
});
export type TaskRow = z.infer<typeof taskRowSchema>;

export const taskListResponse = z.object({ items: z.array(taskRowSchema), total: z.number() });

const personRef = z.object({ id: z.string(), name: z.string(), orgUnitId: z.string() });

const timelineEntry = z.object({
  id: z.string(),
  kind: z.enum(['progress', 'status', 'part', 'trigger', 'assignment']),
  occurrenceId: z.string().nullable(),
  occurrenceLabel: z.string().nullable(),
  unit: unitRef.nullable(),
  author: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
  statusFrom: statusSchema.nullable(),
  statusTo: statusSchema.nullable(),
  progress: z.number().nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  evidence: z
    .object({ number: z.string().optional(), date: z.string().optional(), text: z.string().optional() })
    .nullable(),
  attachments: z.array(attachmentSchema),
  createdAt: z.string(),
});

export const taskDetailSchema = taskRowSchema.omit({ plan: true, coordinatorUnits: true }).extend({
  plan: planRefSchema,
  part: z.string().nullable(),
  timeframeRaw: z.string(),
  coordinatorUnits: z.array(
    unitRef.extend({
      partStatus: statusSchema,
      partNote: z.string().nullable(),
      partVersion: z.number(),
      partUpdatedAt: z.string().nullable(),
    }),
  ),
  occurrences: z.array(occurrenceSchema),
  people: z.object({ assignees: z.array(personRef), watchers: z.array(personRef) }),
  timeline: z.array(timelineEntry).describe('Mới nhất trước'),
  permissions: z.object({
    canUpdate: z.boolean(),
    canManage: z.boolean(),
    canUpdateParts: z.array(z.string()).describe('Các đơn vị phối hợp mà người dùng được cập nhật phần việc'),
  }),
});
export type TaskDetail = z.infer<typeof taskDetailSchema>;

export const triggerResponse = z.object({
  created: z.boolean().describe('false: sự kiện này đã được ghi nhận trước đó, không thêm gì'),
  occurrenceId: z.string(),
  task: taskDetailSchema,
});

export const bulkStatusResponse = z.object({ updated: z.number() });

export const planItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['task', 'indicator']),
  part: z.string().nullable(),
  domain: z.string().nullable(),
  ordinal: z.string().nullable(),
  subOrdinal: z.number().nullable(),
  content: z.string(),
  output: z.string().nullable(),
  leadUnits: z.array(unitRef),
  coordinatorUnits: z.array(unitRef),
  timeframe: z.string(),
  timeframeKind: z.string(),
  target: parsedTargetSchema.nullable(),
});
export const planItemsResponse = z.object({ items: z.array(planItemSchema) });
