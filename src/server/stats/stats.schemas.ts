import { z } from 'zod';
import { TASK_SOURCE_KINDS } from '../../domain/directives/kinds.js';

import { isoDateSchema } from '../common/dates.js';
import { periodCodeSchema } from '../common/period.js';

export { isoDateSchema };

const periodSchema = periodCodeSchema();

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

export const statsFilterQuery = z.strictObject({
  planId: z.uuid().optional().describe('Kế hoạch hoặc văn bản nguồn (thông báo kết luận, văn bản chỉ đạo…)'),
  sourceKind: z.enum(TASK_SOURCE_KINDS).optional().describe('Loại văn bản nguồn của nhiệm vụ'),
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

const countFields = {
  countBasis: z.enum(['tasks', 'occurrences']),
  /** "Tính theo nhiệm vụ" / "Tính theo lượt thực hiện": what the numbers count, for display. */
  basisLabel: z.string(),
  assigned: z.number().int(),
  due: z.number().int(),
  dueDone: z.number().int(),
  doneOnTime: z.number().int(),
  doneLate: z.number().int(),
  overdue: z.number().int(),
  inProgress: z.number().int(),
  noDeadline: z.number().int(),
  cancelled: z.number().int(),
  extended: z.number().int().describe('Đã gia hạn: có gia hạn được duyệt'),
  doneOnTimeExtended: z
    .number()
    .int()
    .describe('Trong số đúng hạn: xong sau hạn ban đầu, trước hạn đã gia hạn'),
  completionRate: z.number().nullable(),
};

export const completionCountsSchema = z.object(countFields);
export type CompletionCountsView = z.infer<typeof completionCountsSchema>;

/** Counted per task (the top level, what reports say) with the occurrences as a second count. */
const counts = { ...countFields, occurrences: completionCountsSchema };

export const statsScopeSchema = z.object({
  planId: z.string().nullable(),
  sourceKind: z.enum(TASK_SOURCE_KINDS).nullable(),
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

/** Written into the OpenAPI document: what each number means (domain/tracking/completion.ts). */
export const STATS_DEFINITIONS = `Một quy tắc hoàn thành cho mọi nơi (API, Tổng quan, Việc của tôi, báo cáo). Tính tại ngày asOf (mặc định hôm nay); "đã hoàn thành tại ngày A" nghĩa là ngày hoàn thành ≤ A. Thời hạn là hạn đang có hiệu lực: hạn trong kế hoạch dời sang ngày làm việc kế tiếp nếu rơi vào ngày nghỉ (gia hạn được duyệt thay thời hạn này).
Mỗi lượt thực hiện (một tháng của nhiệm vụ hằng tháng, một quý của nhiệm vụ hằng quý, một lần phát sinh) thuộc kỳ khi hạn của nó nằm trong kỳ; việc thường xuyên thuộc mọi kỳ mà kỳ báo cáo của nó giao với kỳ. Tại ngày A, lượt không bị hủy ở đúng một trong: hoàn thành đúng hạn, hoàn thành trễ hạn, quá hạn (chưa xong, thời hạn < A), trong hạn (chưa xong, thời hạn ≥ A), không thời hạn. Đến hạn = đã hoàn thành + quá hạn.
Nhiệm vụ được đánh giá theo các lượt của nó trong kỳ: quá hạn nếu có lượt quá hạn; nếu không, hoàn thành trễ hạn nếu có lượt hoàn thành trễ; hoàn thành đúng hạn nếu có lượt hoàn thành và mọi lượt đến hạn đều đúng hạn; trong hạn nếu chưa lượt nào đến hạn; không thời hạn nếu chỉ có việc thường xuyên; đã hủy nếu mọi lượt bị hủy.
Các số ở mức trên cùng tính theo nhiệm vụ (countBasis = tasks, như báo cáo viết "10/15 nhiệm vụ"); occurrences là cùng các số tính theo lượt thực hiện (countBasis = occurrences).
- assigned (được giao, không kể đã hủy) = due + inProgress + noDeadline; due (đến hạn) = doneOnTime + doneLate + overdue; dueDone = doneOnTime + doneLate.
- completionRate (tỷ lệ hoàn thành) = dueDone / due, phần trăm, một chữ số thập phân, làm tròn nửa lên (không hiện 100 khi còn việc chưa xong, không hiện 0 khi đã có việc xong); null khi due = 0.
- noDeadline (không thời hạn) và cancelled (đã hủy) được đếm riêng, không vào tỷ lệ.
- Gia hạn: hoàn thành trước hạn đã gia hạn được tính là đúng hạn (hạn đang có hiệu lực); extended (đã gia hạn) đếm riêng các nhiệm vụ có gia hạn được duyệt, doneOnTimeExtended là số nhiệm vụ đúng hạn nhờ gia hạn (xong sau hạn ban đầu).
Lọc: planId (mặc định mọi kế hoạch đang hiệu lực); unitId với role lead (chủ trì, mặc định), coordinator (phối hợp) hoặc any, includeSubunits=1 gồm cả đơn vị cấp dưới; domain (lĩnh vực, đúng nguyên văn); period (mã kỳ). Người không xem toàn cơ quan chỉ xem được đơn vị của mình (trưởng đơn vị: cả đơn vị cấp dưới); không ghi unitId thì lấy đơn vị của mình.`;
