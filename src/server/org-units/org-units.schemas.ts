import { z } from 'zod';
import { ORG_UNIT_KINDS } from '../../domain/org/org-unit.js';

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const orgUnitKindSchema = z.enum(ORG_UNIT_KINDS);

export const orgUnitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: orgUnitKindSchema,
  aliases: z.array(z.string()),
  sortOrder: z.number(),
});

export type OrgUnitNodeDto = z.infer<typeof orgUnitSchema> & { children: OrgUnitNodeDto[] };
export const orgUnitNodeSchema: z.ZodType<OrgUnitNodeDto> = orgUnitSchema
  .extend({
    get children() {
      return z.array(orgUnitNodeSchema);
    },
  })
  .meta({ id: 'OrgUnitNode' }); // recursive: the OpenAPI document refers to it by this id

export const orgUnitCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'Mã đơn vị chỉ gồm chữ, số và các ký tự . _ -');

export const createOrgUnitBody = z.strictObject({
  parentId: z.uuid().nullable(),
  code: orgUnitCodeSchema,
  name: trimmed(300),
  shortName: trimmed(100).nullish(),
  kind: orgUnitKindSchema,
  aliases: z.array(trimmed(100)).max(50).optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export type CreateOrgUnitInput = z.infer<typeof createOrgUnitBody>;

export const updateOrgUnitBody = z.strictObject({
  code: orgUnitCodeSchema.optional(),
  name: trimmed(300).optional(),
  shortName: trimmed(100).nullable().optional(),
  kind: orgUnitKindSchema.optional(),
  aliases: z.array(trimmed(100)).max(50).optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export type UpdateOrgUnitInput = z.infer<typeof updateOrgUnitBody>;

export const moveOrgUnitBody = z.strictObject({ parentId: z.uuid().nullable() });

export const idParams = z.strictObject({ id: z.uuid() });
export const previewIdParams = z.strictObject({ previewId: z.uuid() });

export const exportQuery = z.strictObject({ format: z.enum(['json', 'xlsx']).default('json') });

/** One row of an org-tree exchange file, JSON or XLSX. */
export const orgUnitExchangeRow = z.object({
  code: orgUnitCodeSchema,
  name: trimmed(300),
  shortName: trimmed(100).nullish(),
  kind: orgUnitKindSchema,
  parentCode: orgUnitCodeSchema.nullish(),
  aliases: z.array(trimmed(100)).max(50).default([]),
  sortOrder: z.number().int().min(0).max(100000).default(0),
});
export type OrgUnitExchangeRow = z.infer<typeof orgUnitExchangeRow>;

export const importPreviewResponse = z.object({
  previewId: z.string(),
  rows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      parentCode: z.string().nullable(),
      action: z.enum(['create', 'update', 'unchanged']),
      errors: z.array(z.string()),
    }),
  ),
  summary: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), errors: z.number() }),
});
export type ImportPreview = z.infer<typeof importPreviewResponse>;
