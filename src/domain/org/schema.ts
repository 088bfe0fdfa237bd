import { z } from 'zod';
import type { ExchangeUnit } from './import-plan.js';
import { ORG_UNIT_KINDS } from './org-unit.js';

/** A unit as an exchange file (CSV, XLSX, JSON) gives it, after its row was read: what a preview stores. */
export const exchangeUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORG_UNIT_KINDS),
  parentCode: z.string().nullable(),
  aliases: z.array(z.string()),
  sortOrder: z.number(),
}) satisfies z.ZodType<ExchangeUnit>;
