import { z } from 'zod';
import type { PlanSection, RegimeDeadline } from './types.js';

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
