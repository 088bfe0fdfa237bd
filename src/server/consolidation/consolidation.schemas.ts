import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/index.js';
import { draftSchema, headerSchema } from '../../domain/consolidation/schema.js';
import { periodCodeSchema } from '../common/period.js';

const isoDate = z.string().refine(isIsoDate, { message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' });
const periodCode = periodCodeSchema().describe('Kỳ báo cáo: 2024-H1, 2024-Q2, 2024 …');

export const reportIdParams = z.strictObject({ id: z.uuid() });

export const createBody = z.strictObject({
  unitId: z.uuid().describe('Đơn vị tổng hợp (Sở, Bộ …)'),
  period: periodCode,
  kind: z
    .enum(['department', 'upward'])
    .describe('department: báo cáo của Sở; upward: tổng hợp báo cáo các đơn vị gửi lên'),
  regimeId: z
    .uuid()
    .optional()
    .describe('Chỉ lấy báo cáo theo chế độ này; bỏ trống: mọi chế độ gửi đến đơn vị'),
});
export type CreateInput = z.infer<typeof createBody>;

export const listQuery = z.strictObject({
  unitId: z.uuid().optional(),
  period: z.string().trim().max(10).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

const text = z.string().max(20_000);
const blockId = z.string().min(1).max(300);
export const editSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('rewrite'), blockId, text }),
  z.strictObject({
    op: z.literal('insert'),
    afterId: blockId.nullable(),
    text,
    kind: z.enum(['paragraph', 'heading']).optional(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  }),
  z.strictObject({ op: z.literal('move'), blockId, afterId: blockId.nullable() }),
  z.strictObject({ op: z.literal('remove'), blockId }),
]);

export const headerPatch = z.strictObject({
  parentAgency: z.string().trim().max(300).nullable().optional(),
  agency: z.string().trim().min(1).max(300).optional(),
  number: z.string().trim().max(20).nullable().optional().describe('Số văn bản; bỏ trống khi chưa cấp số'),
  symbol: z.string().trim().min(1).max(50).optional().describe('Ký hiệu: BC-STTTT'),
  place: z.string().trim().max(100).optional(),
  date: isoDate.nullable().optional(),
  signature: z
    .strictObject({
      authority: z.string().trim().max(100).optional(),
      title: z.string().trim().min(1).max(100),
      name: z.string().trim().max(100),
    })
    .optional(),
});

export const updateBody = z.strictObject({
  version: z.number().int().min(1).describe('Phiên bản của bản thảo khi bắt đầu sửa'),
  edits: z.array(editSchema).max(500).optional(),
  header: headerPatch.optional(),
  summary: z.string().trim().min(1).max(1000).optional().describe('Trích yếu'),
  recipients: z.array(z.string().trim().min(1).max(300)).max(50).optional().describe('Nơi nhận'),
});
export type UpdateInput = z.infer<typeof updateBody>;

export const reportSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  periodCode: z.string(),
  periodLabel: z.string(),
  kind: z.enum(['department', 'upward']),
  regimeId: z.string().nullable(),
  version: z.number(),
  draft: draftSchema,
  header: headerSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const reportSummarySchema = reportSchema.omit({ draft: true, header: true });
export const listResponse = z.object({ reports: z.array(reportSummarySchema) });

export const changeSchema = z.object({
  blockId: z.string(),
  location: z.string(),
  change: z.enum(['updated', 'added', 'dropped', 'kept']).describe('kept: dữ liệu đổi nhưng giữ lời đã sửa'),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export const refreshResponse = z.object({ report: reportSchema, changes: z.array(changeSchema) });

export const checksResponse = z.object({
  issues: z.array(
    z.object({
      code: z
        .enum(['ruleViolation', 'rateAbove100', 'figureMismatch'])
        .describe('figureMismatch: lời văn ghi số liệu khác với dữ liệu; cần xác nhận khi tải về'),
      message: z.string(),
      blockId: z.string().nullable(),
      location: z.string(),
      keys: z.array(z.string()),
      figure: z
        .object({
          measure: z.string().describe('Số liệu nói đến: "tỷ lệ hoàn thành nhiệm vụ"'),
          sentence: z.string().describe('Câu trong lời văn'),
          stated: z.string().describe('Lời văn ghi: "33%", "2/9"'),
          actual: z.string().describe('Dữ liệu: "27% (4/15 nhiệm vụ)"'),
        })
        .optional(),
    }),
  ),
});

export const downloadQuery = z.strictObject({
  acknowledge: z
    .string()
    .trim()
    .min(10, { message: 'Lý do tải về khi số liệu còn mâu thuẫn phải có ít nhất 10 ký tự.' })
    .max(1000)
    .optional()
    .describe(
      'Lý do vẫn tải về khi lời văn còn số liệu khác dữ liệu; được ghi vào nhật ký. Thiếu thì trả 409 kèm danh sách.',
    ),
});

/** The body of the 409 a download gets while the text contradicts the data. */
export const contradictionsError = z.object({
  error: z.object({
    code: z.literal('FIGURES_CONTRADICT'),
    message: z.string(),
    details: z.object({
      contradictions: z.array(
        z.object({
          blockId: z.string().nullable(),
          location: z.string(),
          measure: z.string(),
          sentence: z.string(),
          stated: z.string(),
          actual: z.string(),
        }),
      ),
    }),
  }),
});
