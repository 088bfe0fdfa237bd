import { z } from 'zod';
import { isPeriodCode } from '../../domain/calendar/index.js';

import { isoDateSchema } from '../common/dates.js';

export { isoDateSchema };

const periodSchema = z
  .string()
  .trim()
  .refine(
    (value) => isPeriodCode(value),
    'Kỳ không hợp lệ: dùng 2024 (năm), 2024-H1 (6 tháng), 2024-9M (9 tháng), 2024-Q2 (quý), 2024-07 (tháng) hoặc 2024-W27 (tuần).',
  );

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

export const statsFilterQuery = z.strictObject({
  planId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  role: z.enum(['lead', 'coordinator', 'any']).default('lead'),
  includeSubunits: flag.default(false),
  domain: z.string().trim().min(1).max(500).optional(),
  period: periodSchema.optional(),
  asOf: isoDateSchema.optional(),
});
export type StatsFilterQuery = z.infer<typeof statsFilterQuery>;

export const breakdownQuery = statsFilterQuery.extend({ by: z.enum(['unit', 'domain']) });
export type BreakdownQuery = z.infer<typeof breakdownQuery>;

const counts = {
  assigned: z.number().int(),
  due: z.number().int(),
  dueDone: z.number().int(),
  doneOnTime: z.number().int(),
  doneLate: z.number().int(),
  inProgress: z.number().int(),
  overdue: z.number().int(),
  cancelled: z.number().int(),
  completionRate: z.number().nullable(),
};

export const statsScopeSchema = z.object({
  planId: z.string().nullable(),
  unitId: z.string().nullable(),
  role: z.enum(['lead', 'coordinator', 'any']),
  includeSubunits: z.boolean(),
  domain: z.string().nullable(),
  period: z.string().nullable(),
});

export const taskStatsResponse = z.object({ asOf: z.string(), ...counts, scope: statsScopeSchema });
export type TaskStatsResponse = z.infer<typeof taskStatsResponse>;

export const breakdownResponse = z.object({
  by: z.enum(['unit', 'domain']),
  asOf: z.string(),
  scope: statsScopeSchema,
  rows: z.array(z.object({ key: z.string().nullable(), label: z.string(), ...counts })),
});
export type BreakdownResponse = z.infer<typeof breakdownResponse>;

/** Written into the OpenAPI document: what each number means. */
export const STATS_DEFINITIONS = `Thống kê nhiệm vụ được giao, tính theo lần thực hiện (task_occurrences): nhiệm vụ hằng tháng là 12 lần được giao. Tính tại ngày asOf (mặc định hôm nay); "đã hoàn thành tại ngày A" nghĩa là ngày hoàn thành ≤ A. Thời hạn (deadline) là hạn trong kế hoạch đã dời sang ngày làm việc kế tiếp nếu rơi vào ngày nghỉ.
- assigned (được giao): mọi lần thực hiện không bị hủy trong phạm vi lọc.
- due (đến hạn): có thời hạn và thời hạn ≤ A.
- doneOnTime (hoàn thành đúng hạn): hoàn thành ≤ A và ≤ thời hạn (hoặc không có thời hạn).
- doneLate (hoàn thành trễ hạn): hoàn thành ≤ A và sau thời hạn.
- overdue (quá hạn): chưa hoàn thành tại A và thời hạn < A.
- inProgress (đang thực hiện trong hạn): chưa hoàn thành tại A và thời hạn ≥ A hoặc không có thời hạn.
- dueDone: số đã hoàn thành trong số đến hạn.
- completionRate (tỷ lệ hoàn thành): dueDone / due, phần trăm, một chữ số thập phân, làm tròn nửa lên (không hiện 100 khi còn việc chưa xong); null khi due = 0.
- cancelled: số lần thực hiện đã hủy — không tính vào bất kỳ số nào khác.
doneOnTime + doneLate + overdue + inProgress = assigned.
Lọc: planId (mặc định mọi kế hoạch đang hiệu lực); unitId với role lead (chủ trì, mặc định), coordinator (phối hợp) hoặc any, includeSubunits=1 gồm cả đơn vị cấp dưới; domain (lĩnh vực, đúng nguyên văn); period (mã kỳ: việc có hạn trong kỳ, việc thường xuyên có kỳ báo cáo giao với kỳ). Người không xem toàn cơ quan chỉ xem được đơn vị của mình (trưởng đơn vị: cả đơn vị cấp dưới); không ghi unitId thì lấy đơn vị của mình.`;
