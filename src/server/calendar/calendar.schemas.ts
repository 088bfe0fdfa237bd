import { z } from 'zod';

import { isoDateSchema } from '../common/dates.js';

export { isoDateSchema };

export const adjustmentInputSchema = z.strictObject({
  date: isoDateSchema,
  kind: z.enum(['dayOff', 'workday']),
  note: z.string().trim().min(1, 'Hãy ghi căn cứ (số văn bản thông báo lịch nghỉ).').max(500),
});

export const calendarYearSchema = z.object({
  year: z.number().int(),
  hasAdjustments: z.boolean(),
  days: z.array(
    z.object({
      date: z.string(),
      isWorkingDay: z.boolean(),
      holidays: z.array(z.string()),
      adjustment: z
        .object({ kind: z.enum(['dayOff', 'workday']), note: z.string(), recorded: z.boolean() })
        .nullable(),
    }),
  ),
});
