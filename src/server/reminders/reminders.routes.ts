import { errorResponses, type ZodApp } from '../common/http.js';
import { reminderSettingsInput, reminderSettingsSchema } from './reminders.schemas.js';
import type { ReminderService } from './reminders.service.js';

const tags = ['Thông báo'];

export function reminderRoutes(app: ZodApp, reminders: ReminderService): void {
  app.get('/api/settings/reminders', {
    schema: {
      tags,
      summary: 'Cài đặt nhắc việc: số ngày làm việc nhắc trước hạn, bật/tắt',
      response: { 200: reminderSettingsSchema, ...errorResponses },
    },
    handler: (req) => reminders.settings(req.ctx),
  });
  app.put('/api/settings/reminders', {
    schema: {
      tags,
      summary: 'Đổi cài đặt nhắc việc',
      body: reminderSettingsInput,
      response: { 200: reminderSettingsSchema, ...errorResponses },
    },
    handler: (req) => reminders.updateSettings(req.ctx, req.body),
  });
}
