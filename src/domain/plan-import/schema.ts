import { z } from 'zod';
import type { PlanParseResult, PlanSection, RegimeDeadline, RegimeFrequency } from './types.js';

/** A regime's deadline as the plan words it (plan_regimes.deadline). */
export const regimeDeadlineSchema = z.object({
  raw: z.string(),
  weekday: z.number().optional(),
  time: z.string().optional(),
  dayOfMonth: z.number().optional(),
  monthOfQuarter: z.literal('last').optional(),
  day: z.number().optional(),
  month: z.number().optional(),
}) satisfies z.ZodType<RegimeDeadline>;

/** The plan's own sections (plans.sections). */
export const planSectionsSchema = z.array(
  z.object({ heading: z.string(), level: z.literal([1, 2, 3]), text: z.string() }),
) satisfies z.ZodType<PlanSection[]>;

/** How often a plan's section IV asks for a report (plan_regimes.frequency). */
export const regimeFrequencySchema = z.enum([
  'weekly',
  'monthly',
  'quarterly',
  'semiannual',
  'nineMonths',
  'annual',
]) satisfies z.ZodType<RegimeFrequency>;
const frequency = regimeFrequencySchema;

/** Where a plan's regime stands: proposed on import, then adopted as a report regime or archived. */
export const regimeStatusSchema = z.enum(['proposed', 'active', 'archived']);

/** A plan as read from its document, before units are resolved: what an import preview stores. */
export const planParseResultSchema = z.object({
  document: z.object({
    number: z.string().nullable(),
    symbol: z.string().optional(),
    date: z.string().nullable(),
    place: z.string().nullable(),
    agency: z.string().nullable(),
    parentAgency: z.string().nullable(),
    type: z.string().nullable(),
    title: z.string().nullable(),
    year: z.number().nullable(),
    yearSource: z.enum(['title', 'date', 'heading', 'attachment']).optional(),
  }),
  legalBases: z.array(z.string()),
  sections: planSectionsSchema,
  regimes: z.array(
    z.object({
      name: z.string(),
      frequency,
      deadline: regimeDeadlineSchema,
      recipient: z.string().nullable(),
      sourceText: z.string(),
    }),
  ),
  items: z.array(
    z.object({
      kind: z.enum(['indicator', 'task']),
      part: z.string().nullable(),
      domain: z.string().nullable(),
      domainIndex: z.string().nullable(),
      ordinal: z.string().nullable(),
      subOrdinal: z.number().nullable(),
      subLabel: z.string().nullable(),
      content: z.string(),
      lead: z.array(z.string()),
      coordinators: z.array(z.string()),
      timeframeRaw: z.string(),
      output: z.string().nullable(),
      lines: z.tuple([z.number(), z.number()]),
      warnings: z.array(z.string()),
    }),
  ),
  warnings: z.array(z.string()),
}) satisfies z.ZodType<PlanParseResult>;
