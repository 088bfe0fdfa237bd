import { z } from 'zod';
import { PLAN_STATUSES } from '../../domain/plans/plan-status.js';
import type { ParsedTarget } from '../../domain/targets/index.js';
import type { Timeframe } from '../../domain/timeframe/index.js';

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

export const planIdParams = z.strictObject({ id: z.uuid() });
export const previewIdParams = z.strictObject({ previewId: z.uuid() });

export const itemEditSchema = z.strictObject({
  index: z.number().int().min(0),
  content: z.string().trim().min(1).max(5000).optional(),
  lead: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  coordinators: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  timeframe: z.string().max(500).optional(),
  output: z.string().max(1000).nullable().optional(),
});

/** One domain of the plan's catalogue: the name reports print and the plan's headings filed under it. */
export const domainEntrySchema = z.strictObject({
  name: z.string().trim().min(1).max(300).describe('Tên lĩnh vực, viết hoa chữ đầu câu'),
  headings: z
    .array(z.string().max(1000))
    .min(1)
    .max(200)
    .describe('Các đề mục của kế hoạch thuộc lĩnh vực này'),
});

export const commitImportBody = z.strictObject({
  mode: z.enum(['new', 'update', 'version']).default('new'),
  /** Raw unit text → org unit id; each mapping is saved as an alias of that unit. */
  unitMappings: z.record(z.string().trim().min(1).max(200), z.uuid()).optional(),
  edits: z.array(itemEditSchema).max(2000).optional(),
  /** The domain catalogue as the compiler confirmed or split it; absent, the proposal is taken. */
  domains: z.array(domainEntrySchema).max(200).optional(),
});
export type CommitImportInput = z.infer<typeof commitImportBody>;

export const reviewImportBody = commitImportBody.omit({ mode: true });

/** The plan an item belongs to, as a task's or an indicator's detail names it. */
export const planRefSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  year: z.number(),
  status: z.string(),
});

export const planSummarySchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  version: z.number(),
  status: z.enum(PLAN_STATUSES),
  title: z.string(),
  year: z.number(),
  issuedOn: z.string().nullable(),
  agency: z.string().nullable(),
  isSample: z.boolean(),
  indicatorCount: z.number(),
  taskCount: z.number(),
  createdAt: z.string(),
});

const documentSchema = z.object({
  number: z.string().nullable(),
  symbol: z.string().optional(),
  date: z.string().nullable().describe('Ngày ban hành, YYYY-MM-DD'),
  place: z.string().nullable(),
  agency: z.string().nullable(),
  parentAgency: z.string().nullable(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  year: z.number().nullable(),
});

const regimeSchema = z.object({
  name: z.string(),
  frequency: z.enum(['weekly', 'monthly', 'quarterly', 'semiannual', 'nineMonths', 'annual']),
  deadline: z.object({
    raw: z.string(),
    weekday: z.number().optional(),
    time: z.string().optional(),
    dayOfMonth: z.number().optional(),
    monthOfQuarter: z.literal('last').optional(),
    day: z.number().optional(),
    month: z.number().optional(),
  }),
  recipient: z.string().nullable(),
  recipientUnitId: z.string().nullable(),
  sourceText: z.string(),
});

const itemSchema = z.object({
  kind: z.enum(['indicator', 'task']),
  part: z.string().nullable(),
  domain: z.string().nullable().describe('Đề mục lĩnh vực, nguyên văn'),
  domainName: z.string().nullable().describe('Tên lĩnh vực theo danh mục của kế hoạch'),
  domainIndex: z.string().nullable(),
  ordinal: z.string().nullable(),
  subOrdinal: z.number().nullable(),
  content: z.string(),
  lead: z.array(z.string()).describe('Đơn vị chủ trì, nguyên văn'),
  coordinators: z.array(z.string()).describe('Đơn vị phối hợp, nguyên văn'),
  leadUnitIds: z.array(z.string().nullable()),
  coordinatorUnitIds: z.array(z.string().nullable()),
  timeframe: z
    .custom<Timeframe>(isObject)
    .describe(
      '{raw, kind, dueDates[], …}; kind: wholeYear | continuous | quarter | month | deadline | recurring | triggered | unspecified | unknown',
    ),
  output: z.string().nullable(),
  target: z
    .custom<ParsedTarget>(isObject)
    .nullable()
    .describe(
      '{status: parsed | unparsed, raw, targets: [{comparator, value?, min?, max?, unit, scope?, subject?}]}',
    ),
  lines: z.tuple([z.number(), z.number()]),
  warnings: z.array(z.string()),
});

/** The stable JSON contract of `plan parse --json` and of the import preview (see README). */
export const importResultSchema = z.object({
  document: documentSchema,
  legalBases: z.array(z.string()),
  sections: z.array(z.object({ heading: z.string(), level: z.number(), text: z.string() })),
  regimes: z.array(regimeSchema),
  items: z.array(itemSchema),
  domains: z
    .array(z.object({ name: z.string(), headings: z.array(z.string()) }))
    .describe('Danh mục lĩnh vực: đề xuất khi xem trước, hoặc như người tổng hợp đã xác nhận, tách'),
  unmatchedUnits: z.array(z.string()),
  warnings: z.array(z.string()),
});

export const importPreviewResponse = z.object({
  previewId: z.string(),
  existingPlan: z.object({ id: z.string(), version: z.number(), title: z.string() }).nullable(),
  result: importResultSchema,
});

export const planDetailSchema = planSummarySchema.extend({
  docType: z.string().nullable(),
  parentAgency: z.string().nullable(),
  place: z.string().nullable(),
  legalBases: z.array(z.string()),
  regimes: z.array(z.record(z.string(), z.unknown())),
  domains: z.array(z.object({ name: z.string(), headings: z.array(z.string()) })),
  items: z.array(z.record(z.string(), z.unknown())),
});
