import { z } from 'zod';
import { PLAN_STATUSES } from '../../domain/plans/plan-status.js';
import {
  regimeDeadlineSchema,
  regimeFrequencySchema,
  regimeStatusSchema,
} from '../../domain/plan-import/schema.js';
import { parsedTargetSchema } from '../../domain/targets/schema.js';
import { timeframeSchema } from '../../domain/timeframe/schema.js';

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
  /** Required when the preview says the issuer is neither the importing agency nor its parent. */
  confirmIssuer: z.boolean().optional(),
});
export type CommitImportInput = z.infer<typeof commitImportBody>;

export const reviewImportBody = commitImportBody.omit({ mode: true, confirmIssuer: true });

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
  yearSource: z.enum(['title', 'date', 'heading', 'attachment']).optional(),
});

const regimeSchema = z.object({
  name: z.string(),
  frequency: regimeFrequencySchema,
  deadline: regimeDeadlineSchema,
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
  subLabel: z.string().nullable().describe('Nhãn dòng con như văn bản in: "1" của "2.1", "a" của "a)"'),
  content: z.string(),
  lead: z.array(z.string()).describe('Đơn vị chủ trì, nguyên văn'),
  coordinators: z.array(z.string()).describe('Đơn vị phối hợp, nguyên văn'),
  leadUnitIds: z.array(z.string().nullable()),
  coordinatorUnitIds: z.array(z.string().nullable()),
  timeframe: timeframeSchema,
  output: z.string().nullable(),
  target: parsedTargetSchema.nullable(),
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
  unitSuggestions: z.array(
    z.object({
      raw: z.string(),
      candidates: z.array(
        z.object({
          unitId: z.string(),
          name: z.string(),
          shortName: z.string().nullable(),
          score: z.number().describe('0–1, độ giống tên'),
        }),
      ),
    }),
  ),
  issuer: z.object({
    status: z.enum(['own', 'parent', 'other', 'unknown']).describe('other: cần xác nhận trước khi lưu'),
    issuer: z.string().nullable(),
    importingUnit: z.string().nullable(),
    parentUnit: z.string().nullable(),
    needsConfirmation: z.boolean(),
  }),
  planYear: z.object({
    year: z.number(),
    source: z
      .enum(['title', 'date', 'heading', 'attachment', 'current'])
      .describe('current: văn bản không ghi năm'),
  }),
  warnings: z.array(z.string()),
});

export const importPreviewResponse = z.object({
  previewId: z.string(),
  existingPlan: z.object({ id: z.string(), version: z.number(), title: z.string() }).nullable(),
  result: importResultSchema,
});

const unitLink = z.object({ id: z.string(), code: z.string(), name: z.string(), raw: z.string() });

/** One row of a stored plan, as the plan's detail lists it. */
const planItemDetailSchema = z.object({
  id: z.string(),
  kind: z.enum(['indicator', 'task']),
  part: z.string().nullable(),
  domain: z.string().nullable().describe('Tên lĩnh vực theo danh mục của kế hoạch'),
  domainHeading: z.string().nullable().describe('Đề mục lĩnh vực, nguyên văn'),
  domainIndex: z.string().nullable(),
  ordinal: z.string().nullable(),
  subOrdinal: z.number().nullable(),
  subLabel: z.string().nullable(),
  content: z.string(),
  output: z.string().nullable(),
  lead: z.array(z.string()).describe('Đơn vị chủ trì, nguyên văn'),
  coordinators: z.array(z.string()).describe('Đơn vị phối hợp, nguyên văn'),
  leadUnits: z.array(unitLink),
  coordinatorUnits: z.array(unitLink),
  timeframe: timeframeSchema,
  dueDate: z.string().nullable(),
  target: parsedTargetSchema.nullable(),
  warnings: z.array(z.string()),
});

export const planDetailSchema = planSummarySchema.extend({
  docType: z.string().nullable(),
  parentAgency: z.string().nullable(),
  place: z.string().nullable(),
  legalBases: z.array(z.string()),
  regimes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      frequency: regimeFrequencySchema,
      deadline: regimeDeadlineSchema,
      recipient: z.string().nullable(),
      recipientUnitId: z.string().nullable(),
      status: regimeStatusSchema,
    }),
  ),
  domains: z.array(z.object({ name: z.string(), headings: z.array(z.string()) })),
  items: z.array(planItemDetailSchema),
});
