import { z } from 'zod';

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

export const commitImportBody = z.strictObject({
  mode: z.enum(['new', 'update', 'version']).default('new'),
  /** Raw unit text → org unit id; each mapping is saved as an alias of that unit. */
  unitMappings: z.record(z.string().trim().min(1).max(200), z.uuid()).optional(),
  edits: z.array(itemEditSchema).max(2000).optional(),
});
export type CommitImportInput = z.infer<typeof commitImportBody>;

export const planSummarySchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  version: z.number(),
  status: z.string(),
  title: z.string(),
  year: z.number(),
  issuedOn: z.string().nullable(),
  agency: z.string().nullable(),
  isSample: z.boolean(),
  indicatorCount: z.number(),
  taskCount: z.number(),
  createdAt: z.string(),
});

/** The import result is documented in README ("Plan import JSON"); its nested shapes are left open here. */
export const importResultSchema = z.object({
  document: z.record(z.string(), z.unknown()),
  legalBases: z.array(z.string()),
  sections: z.array(z.unknown()),
  regimes: z.array(z.record(z.string(), z.unknown())),
  items: z.array(z.record(z.string(), z.unknown())),
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
  items: z.array(z.record(z.string(), z.unknown())),
});
