import { z } from 'zod';
import { richDocSchema } from '../rich-text/schema.js';
import type { ReportDraft, ReportHeader } from './draft.js';
import type { Evidence } from './facts.js';
import type { SubmittedFigure } from './submission-text.js';

/**
 * A report draft and its header as stored (consolidated_reports.draft, .header) and sent: the
 * service parses them on read, and the OpenAPI document describes them from here.
 */
const cell = z.union([
  z.string(),
  z.array(z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() })),
]);
const table = z.object({
  name: z.string(),
  columns: z.array(
    z.object({ title: z.string(), width: z.number(), align: z.enum(['left', 'center', 'right']).optional() }),
  ),
  rows: z.array(
    z.union([
      z.object({ kind: z.literal('group'), text: z.string() }),
      z.object({
        kind: z.literal('data'),
        cells: z.array(cell),
        bold: z.boolean().optional(),
        total: z.enum(['sum', 'average']).optional().describe('Dòng tổng cộng / bình quân'),
      }),
    ]),
  ),
});
const content = z.union([
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: z.string(),
  }),
  z.object({ kind: z.literal('paragraph'), text: z.string(), italic: z.boolean().optional() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('table'), table }),
]);
const block = z.object({
  id: z.string(),
  origin: z
    .enum(['computed', 'text'])
    .describe('computed: hệ thống tính từ dữ liệu; text: người tổng hợp viết'),
  source: z.string().nullable(),
  edited: z.boolean().describe('Đoạn do hệ thống tính nhưng đã được sửa lời; làm mới không ghi đè'),
  location: z.string().describe('Vị trí: "Mục 2.5.1", "Phụ lục I"'),
  appendix: z.string().nullable(),
  content,
});
export const draftSchema = z.object({
  kind: z.enum(['department', 'upward']),
  periodCode: z.string(),
  summary: z.string(),
  blocks: z.array(block),
  appendices: z.array(
    z.object({ id: z.string(), label: z.string(), title: z.string(), landscape: z.boolean() }),
  ),
  recipients: z.array(z.string()),
  removed: z.array(z.string()),
  completion: z
    .object({
      countBasis: z.enum(['tasks', 'occurrences']).optional().describe('Đơn vị đếm: nhiệm vụ'),
      asOf: z.string().optional().describe('Số liệu tính đến ngày'),
      sentence: z.string(),
      due: z.number(),
      done: z.number(),
      doneOnTime: z.number(),
      doneLate: z.number(),
      overdue: z.number(),
      inProgress: z.number().optional(),
      noDeadline: z.number().optional(),
      rate: z.number().nullable(),
    })
    .nullable()
    .describe('Tỷ lệ hoàn thành do hệ thống tính (completionRate), không nhập tay'),
  builtOn: z.string(),
}) satisfies z.ZodType<ReportDraft>;
export const headerSchema = z.object({
  parentAgency: z.string().nullable(),
  agency: z.string(),
  number: z.string().nullable(),
  symbol: z.string(),
  place: z.string(),
  date: z.string().nullable(),
  signature: z.object({ authority: z.string().optional(), title: z.string(), name: z.string() }),
}) satisfies z.ZodType<ReportHeader>;

/** The document that proves a task done, as stored with a task update (task_updates.evidence). */
export const evidenceSchema = z.object({
  number: z.string().optional().describe('Số, ký hiệu văn bản: 462/KH-UBND'),
  date: z.string().optional().describe('Ngày văn bản'),
  text: z.string().optional().describe('Trích yếu hoặc mô tả kết quả'),
}) satisfies z.ZodType<Evidence>;

/** One figure of a unit's data form as stored (submissions.data). */
export const submittedFigureSchema = z.object({
  value: z.number().nullable().optional(),
  numerator: z.number().nullable().optional(),
  denominator: z.number().nullable().optional(),
  note: z.string().optional(),
}) satisfies z.ZodType<SubmittedFigure>;

/** A figure as stored: a note is dropped rather than stored empty. */
export type StoredFigure = z.output<typeof submittedFigureSchema>;

/** A unit's data form as stored: {indicator item id: figure}. */
export const submittedDataSchema = z.record(z.string(), submittedFigureSchema);

/** A unit's report sections as stored (submissions.sections): {outline key: document}. */
export const submittedSectionsSchema = z.record(z.string(), richDocSchema);
