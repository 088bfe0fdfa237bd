import { z } from 'zod';
import { FREQUENCIES, type Timeframe } from './types.js';

/**
 * The shape of a `Timeframe` as stored (plan_items.timeframe) and sent (plan and task details). The
 * domain writes it; the schema checks it on the way back in and describes it in the OpenAPI document.
 */
const base = { raw: z.string(), dueDates: z.array(z.string()) };
const frequency = z.enum(FREQUENCIES);
const quarter = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const trigger = z.enum([
  'event',
  'plan',
  'request',
  'need',
  'arising',
  'newDocument',
  'schedule',
  'application',
  'guidance',
  'assignment',
]);

export const timeframeSchema = z
  .discriminatedUnion('kind', [
    z.object({ ...base, kind: z.literal('wholeYear'), year: z.number() }),
    z.object({ ...base, kind: z.literal('continuous') }),
    z.object({ ...base, kind: z.literal('quarter'), year: z.number(), quarters: z.array(quarter) }),
    z.object({ ...base, kind: z.literal('month'), year: z.number(), months: z.array(z.number()) }),
    z.object({
      ...base,
      kind: z.literal('deadline'),
      deadlines: z.array(
        z.object({ date: z.string(), label: z.string().optional(), frequency: frequency.optional() }),
      ),
      everyYear: z.boolean(),
    }),
    z.object({
      ...base,
      kind: z.literal('recurring'),
      year: z.number(),
      frequency: frequency.nullable(),
      frequencies: z.array(frequency),
      dueDay: z.number().optional(),
      schedule: z.array(z.object({ frequency, dueDates: z.array(z.string()) })),
    }),
    z.object({ ...base, kind: z.literal('triggered'), trigger, detail: z.string().optional() }),
    z.object({ ...base, kind: z.literal('unspecified') }),
    z.object({ ...base, kind: z.literal('unknown') }),
  ])
  .describe(
    'Thời gian thực hiện: {raw, kind, dueDates[], …}; kind: wholeYear | continuous | quarter | month | deadline | recurring | triggered | unspecified | unknown',
  ) satisfies z.ZodType<Timeframe>;
