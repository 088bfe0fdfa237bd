import { z } from 'zod';
import { MAX_REMINDER_DAYS_BEFORE } from '../../domain/reminders/index.js';

const daysBeforeMessage = `Số ngày làm việc nhắc trước hạn phải là số nguyên từ 0 đến ${MAX_REMINDER_DAYS_BEFORE}.`;

export const reminderSettingsInput = z.strictObject({
  daysBefore: z
    .number({ error: daysBeforeMessage })
    .int(daysBeforeMessage)
    .min(0, daysBeforeMessage)
    .max(MAX_REMINDER_DAYS_BEFORE, daysBeforeMessage),
  enabled: z.boolean({ error: 'Hãy cho biết bật hay tắt nhắc việc (enabled: true/false).' }),
});

export type ReminderSettings = z.infer<typeof reminderSettingsInput>;

export const reminderSettingsSchema = z.object({
  daysBefore: z.number().int(),
  enabled: z.boolean(),
  /** Overdue reminders repeat after this many working days; fixed, shown so the screen can say it. */
  overdueEveryWorkingDays: z.number().int(),
  /** Whether an SMTP server is configured (BAOCAO_SMTP_URL); without one reminders stay in the app. */
  emailConfigured: z.boolean(),
});
