import { z } from 'zod';
import type { ParsedTarget, Target } from './types.js';

/** A target as stored (indicator_targets.target, inside plan_items.target) and sent. */
export const targetSchema = z.object({
  comparator: z.enum(['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'growthGt', 'growthGte']),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().describe("'percent', 'count', 'rank' hoặc đơn vị như văn bản ghi ('tỷ đồng')"),
  period: z.literal('year').optional(),
  scope: z.string().optional(),
  subject: z.string().optional(),
  raw: z.string(),
}) satisfies z.ZodType<Target>;

/** Every target of an indicator's row, as read from the plan (plan_items.target). */
export const parsedTargetSchema = z
  .object({
    targets: z.array(targetSchema),
    status: z.enum(['parsed', 'unparsed']),
    raw: z.string(),
  })
  .describe(
    'Chỉ tiêu: {status: parsed | unparsed, raw, targets: [{comparator, value?, min?, max?, unit, scope?, subject?}]}',
  ) satisfies z.ZodType<ParsedTarget>;
