import { z } from 'zod';
import type { TriggerEvent } from './occurrences.js';
import type { ValidationRule } from './validation-rules.js';

/** A validation rule as stored (indicator_rules.rule). */
export const validationRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('partLeqTotal'), part: z.string(), total: z.string() }),
  z.object({ kind: z.literal('sumEquals'), parts: z.array(z.string()).readonly(), total: z.string() }),
  z.object({ kind: z.literal('rateLeq100'), key: z.string() }),
]) satisfies z.ZodType<ValidationRule>;

/** The event that started a triggered occurrence, as stored (task_occurrences.trigger). */
export const triggerEventSchema = z.intersection(
  z.object({ date: z.string(), id: z.string().optional(), description: z.string().optional() }),
  z.union([z.object({ dueInWorkingDays: z.number() }), z.object({ dueDate: z.string() })]),
) satisfies z.ZodType<TriggerEvent>;

/** The document cited as evidence of a task update, as stored (task_updates.evidence). */
export interface Evidence {
  number?: string | undefined;
  date?: string | undefined;
  text?: string | undefined;
}
