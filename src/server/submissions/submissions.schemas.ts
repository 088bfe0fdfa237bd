import { z } from 'zod';
import {
  evidenceSchema,
  submittedDataSchema,
  submittedSectionsSchema,
} from '../../domain/consolidation/schema.js';
import { stripControlCharacters } from '../../domain/rich-text/index.js';
import { attachmentSchema } from '../attachments/attachments.schemas.js';
import { richDocInput, richDocOutput } from './rich-text.schema.js';

const STATES = ['draft', 'submitted', 'returned', 'accepted'] as const;
const TIMELINESS = ['onTime', 'late', 'missing', 'pending'] as const;
const finite = z.number().refine(Number.isFinite, 'Số liệu phải là số hữu hạn.');
const LINE_BREAK: ReadonlySet<string> = new Set(['\n']);
const plainText = (max: number) =>
  z
    .string()
    .max(max)
    // Control characters other than line breaks have no place in a comment or a reason.
    .transform((s) => stripControlCharacters(s.replace(/\r\n?/g, '\n'), LINE_BREAK).trim());

export const submissionIdParams = z.strictObject({ id: z.uuid() });
export const versionParams = z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1) });
export const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

export const lookupQuery = z.strictObject({
  periodId: z.uuid(),
  unitId: z.uuid().optional().describe('Mặc định: đơn vị của người đăng nhập'),
});
export type LookupQuery = z.infer<typeof lookupQuery>;

export const dataEntrySchema = z.strictObject({
  value: finite.nullable().optional(),
  numerator: finite.nullable().optional(),
  denominator: finite.nullable().optional(),
  note: plainText(2000).optional(),
});
export type DataEntry = z.infer<typeof dataEntrySchema>;

export const saveBody = z.strictObject({
  version: z.number().int().min(1).describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả 409'),
  sections: z
    .record(z.string().min(1).max(240), richDocInput)
    .optional()
    .describe('Theo mã mục đề cương; mục "theo lĩnh vực" dùng mã "results:<tên lĩnh vực>"'),
  data: z.record(z.uuid(), dataEntrySchema).optional().describe('Theo mã chỉ tiêu trong biểu mẫu số liệu'),
});
export type SaveInput = z.infer<typeof saveBody>;

export const submitBody = z.strictObject({ version: z.number().int().min(1).optional() }).nullish();
export type SubmitInput = z.infer<typeof submitBody>;

export const returnBody = z.strictObject({
  version: z.number().int().min(1).optional(),
  comment: plainText(5000).refine((s) => s !== '', 'Hãy ghi nội dung cần sửa khi trả lại báo cáo.'),
});
export type ReturnInput = z.infer<typeof returnBody>;

export const acceptBody = z.strictObject({ version: z.number().int().min(1).optional() }).nullish();
export type AcceptInput = z.infer<typeof acceptBody>;

export const unlockBody = z.strictObject({
  reason: plainText(2000).refine((s) => s.length >= 5, 'Hãy ghi lý do mở khóa (ít nhất 5 ký tự).'),
});
export type UnlockInput = z.infer<typeof unlockBody>;

export const commentBody = z.strictObject({
  body: plainText(5000).refine((s) => s !== '', 'Hãy nhập nội dung góp ý.'),
  sectionKey: z.string().min(1).max(240).optional(),
});
export type CommentInput = z.infer<typeof commentBody>;

const unitRef = z.object({ id: z.string(), name: z.string() });
const figures = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});
const occurrence = z.object({
  occurrenceId: z.string(),
  planItemId: z.string(),
  content: z.string(),
  domain: z.string().nullable(),
  label: z.string(),
  dueDate: z.string().nullable(),
  deadline: z.string().nullable(),
  status: z.string(),
  progress: z.number(),
  completedOn: z.string().nullable(),
  evidence: evidenceSchema.nullable(),
});

export const submissionSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(STATES),
  locked: z.boolean(),
  timeliness: z.enum(TIMELINESS),
  submittedAt: z.string().nullable().describe('Lần gửi đầu tiên: căn cứ tính đúng hạn'),
  acceptedAt: z.string().nullable(),
  updatedAt: z.string(),
  unit: unitRef,
  period: z.object({
    id: z.string(),
    code: z.string(),
    label: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    cutOff: z.object({ from: z.string(), to: z.string() }),
    dueAt: z.string(),
  }),
  regime: z.object({
    id: z.string(),
    name: z.string(),
    content: z.string(),
    instructions: z.string(),
    frequency: z.string(),
    receivingUnit: unitRef,
    outline: z.array(z.object({ key: z.string(), title: z.string(), perDomain: z.boolean().optional() })),
  }),
  sections: z.record(z.string(), richDocOutput),
  data: submittedDataSchema.describe('Số liệu đã nhập, theo mã chỉ tiêu'),
  dataForm: z.array(
    z.object({
      indicatorId: z.string(),
      content: z.string(),
      reported: figures.extend({ note: z.string().nullable() }).nullable(),
      tracked: figures.extend({ asOf: z.string(), source: z.string().nullable() }).nullable(),
      writesBack: z
        .boolean()
        .describe('Khi tiếp nhận, số liệu được ghi vào chỉ tiêu (đơn vị chủ trì chỉ tiêu)'),
    }),
  ),
  taskProgress: z.object({
    done: z.array(occurrence),
    overdue: z.array(occurrence),
    inProgress: z.array(occurrence),
  }),
  attachments: z.array(attachmentSchema.omit({ sha256: true })),
  permissions: z.object({ canDraft: z.boolean(), canSubmit: z.boolean(), canReview: z.boolean() }),
});
export type SubmissionView = z.infer<typeof submissionSchema>;

export const versionListResponse = z.object({
  versions: z.array(
    z.object({
      number: z.number(),
      event: z.string(),
      comment: z.string().nullable(),
      createdByName: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const versionResponse = z.object({
  number: z.number(),
  event: z.string(),
  comment: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  sections: submittedSectionsSchema,
  data: submittedDataSchema,
  /** Each section as plain text, ready for a line diff. */
  plainText: z.record(z.string(), z.string()),
});

export const commentSchema = z.object({
  id: z.string(),
  sectionKey: z.string().nullable(),
  body: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export const commentListResponse = z.object({ comments: z.array(commentSchema) });
