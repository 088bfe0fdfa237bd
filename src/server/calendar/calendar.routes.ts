import { z } from 'zod';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from '../../domain/calendar/index.js';
import { emptyBody, errorResponses, type ZodApp } from '../common/http.js';
import { adjustmentInputSchema, calendarYearSchema, isoDateSchema } from './calendar.schemas.js';
import type { CalendarService } from './calendar.service.js';

const tags = ['Lịch làm việc'];

export function calendarRoutes(app: ZodApp, calendar: CalendarService): void {
  app.get('/api/calendar/:year', {
    schema: {
      tags,
      summary: 'Ngày lễ, ngày nghỉ bù và ngày làm bù của một năm',
      params: z.strictObject({ year: z.coerce.number().int().min(CALENDAR_MIN_YEAR).max(CALENDAR_MAX_YEAR) }),
      response: { 200: calendarYearSchema, ...errorResponses },
    },
    handler: (req) => calendar.year(req.ctx, req.params.year),
  });
  app.put('/api/calendar/adjustments', {
    schema: {
      tags,
      summary: 'Ghi ngày nghỉ bù hoặc ngày làm bù theo thông báo của Chính phủ',
      body: adjustmentInputSchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(204).send(await calendar.record(req.ctx, req.body).then(() => null)),
  });
  app.delete('/api/calendar/adjustments/:date', {
    schema: {
      tags,
      summary: 'Xóa một điều chỉnh lịch đã ghi',
      params: z.strictObject({ date: isoDateSchema }),
      body: emptyBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.status(204).send(await calendar.remove(req.ctx, req.params.date).then(() => null)),
  });
}
