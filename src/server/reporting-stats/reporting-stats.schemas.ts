import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/index.js';

const isoDate = z.string().refine(isIsoDate, { message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' });

export const statsQuery = z.strictObject({
  regimeId: z.uuid(),
  period: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .optional()
    .describe('Mã kỳ: 2024-H1, 2024-Q2, 2024-W27, adhoc …; bỏ trống là mọi kỳ đã đến hạn'),
});
export type StatsQuery = z.infer<typeof statsQuery>;

export const boardParams = z.strictObject({ id: z.uuid() });
export const boardQuery = z.strictObject({
  from: isoDate.optional().describe('Hạn gửi từ ngày'),
  to: isoDate.optional().describe('Hạn gửi đến ngày'),
});
export type BoardQuery = z.infer<typeof boardQuery>;

export const ratesSchema = z.object({
  expected: z.number(),
  submitted: z.number(),
  onTime: z.number(),
  late: z.number(),
  missing: z.number(),
  pending: z.number(),
  reportingRate: z.number().nullable().describe('Đã gửi / phải gửi × 100'),
  onTimeRate: z.number().nullable().describe('Gửi đúng hạn / phải gửi × 100'),
});

const unitRef = z.object({ id: z.string(), name: z.string() });

export const ratesResponse = ratesSchema.extend({
  regimeId: z.string(),
  period: z.string().nullable(),
  periods: z.number().describe('Số kỳ được tính'),
  missingUnits: z.array(unitRef).describe('Đơn vị quá hạn chưa gửi'),
  lateUnits: z.array(unitRef),
});

const CELLS = ['onTime', 'late', 'missing', 'pending', 'draft', 'returned', 'accepted'] as const;

export const boardResponse = z.object({
  regime: unitRef,
  periods: z.array(
    z.object({ id: z.string(), code: z.string(), label: z.string(), dueAt: z.string(), rates: ratesSchema }),
  ),
  units: z.array(
    unitRef.extend({
      rates: ratesSchema,
      cells: z.array(
        z.object({
          periodId: z.string(),
          cell: z.enum(CELLS),
          timeliness: z.enum(['onTime', 'late', 'missing', 'pending']),
          status: z.enum(['draft', 'submitted', 'returned', 'accepted']).nullable(),
          submissionId: z.string().nullable(),
          submittedAt: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const treeResponse = z.object({
  regimeId: z.string(),
  period: z.string().nullable(),
  rootId: z.string().describe('Cơ quan nhận báo cáo'),
  nodes: z
    .array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        parentId: z.string().nullable(),
        depth: z.number(),
        own: ratesSchema,
        total: ratesSchema,
        childrenExpected: z.number(),
        childrenReported: z.number().describe('"58/63 sở đã báo cáo": số đơn vị trực thuộc đã gửi đủ'),
        missingChildren: z.array(unitRef),
      }),
    )
    .describe(
      'Cây theo thứ tự duyệt sâu; đơn vị báo cáo nằm dưới đơn vị cấp trên gần nhất cũng phải báo cáo',
    ),
});
