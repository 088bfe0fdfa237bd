import { z } from 'zod';
import { DEFAULT_DUE_SOON_WORKING_DAYS, TASK_STATUSES } from '../../domain/tracking/index.js';
import { completionCountsSchema, isoDateSchema } from '../stats/stats.schemas.js';

export const myWorkQuery = z.strictObject({
  unitId: z.uuid().optional(),
  asOf: isoDateSchema.optional(),
  /** Items listed per section; `count` always gives the full number. */
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type MyWorkQuery = z.infer<typeof myWorkQuery>;

export const TASK_SECTION_KEYS = [
  'overdue',
  'dueSoon',
  'awaitingUpdate',
  'coordinating',
  'assignedToMe',
] as const;
export type TaskSectionKey = (typeof TASK_SECTION_KEYS)[number];

const statusSchema = z.enum(TASK_STATUSES);

/** One occurrence of a task on the desk; `kind` leaves room for other kinds of work item later. */
export const taskWorkItem = z.object({
  kind: z.literal('task'),
  occurrenceId: z.string(),
  taskId: z.string(),
  planId: z.string(),
  content: z.string(),
  label: z.string(),
  periodCode: z.string().nullable(),
  deadline: z.string().nullable(),
  status: statusSchema,
  progress: z.number().int(),
  timeliness: z.enum(['doneOnTime', 'doneLate', 'overdue', 'dueSoon', 'onTrack', 'noDeadline']),
  role: z.enum(['lead', 'coordinator']).nullable(),
  /** The asking unit's own part, when it coordinates. */
  partStatus: statusSchema.nullable(),
  leadUnitName: z.string(),
});
export type TaskWorkItem = z.infer<typeof taskWorkItem>;

/**
 * Sections are a list keyed by `key`, so that another kind (report submissions owed, `reportsDue`)
 * joins as one more entry with its own item shape, without changing the ones already here.
 */
export const taskSection = z.object({
  key: z.enum(TASK_SECTION_KEYS),
  title: z.string(),
  /** All items in the section, also those beyond `limit`. */
  count: z.number().int(),
  /** Items are occurrences (lượt thực hiện): a monthly task overdue for two months is two items. */
  countBasis: z.literal('occurrences'),
  items: z.array(taskWorkItem),
});
export type TaskSection = z.infer<typeof taskSection>;

/** A report the unit owes (Báo cáo phải nộp): not yet sent, or returned for corrections. */
export const reportWorkItem = z.object({
  kind: z.literal('report'),
  periodId: z.string(),
  submissionId: z.string().nullable(),
  regimeName: z.string(),
  periodLabel: z.string(),
  /** ISO instant with the +07:00 offset. */
  dueAt: z.string(),
  status: z.enum(['draft', 'returned']).nullable(),
  overdue: z.boolean(),
});
export type ReportWorkItem = z.infer<typeof reportWorkItem>;

export const reportsDueSection = z.object({
  key: z.literal('reportsDue'),
  title: z.string(),
  count: z.number().int(),
  items: z.array(reportWorkItem),
});

export const myWorkResponse = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  asOf: z.string(),
  dueSoonWorkingDays: z.number().int(),
  /** The last deadline counted as due soon. */
  dueSoonUntil: z.string(),
  /**
   * The unit's tasks it leads in the active plans, as of `asOf`, by the completion rule
   * (domain/tracking/completion.ts): the same figures as GET /api/stats/tasks?unitId=…, per task
   * with the occurrences beside; `occurrences.overdue` equals the count of the overdue section.
   */
  summary: completionCountsSchema.extend({ occurrences: completionCountsSchema }),
  sections: z.array(taskSection),
  /** Reports owed: overdue ones always, the others due within the next REPORTS_DUE_HORIZON_DAYS days. */
  reportsDue: reportsDueSection,
});
export type MyWorkResponse = z.infer<typeof myWorkResponse>;

/** How far ahead "Báo cáo phải nộp" looks for reports not yet due. */
export const REPORTS_DUE_HORIZON_DAYS = 14;

export const MY_WORK_DESCRIPTION = `Việc của một đơn vị (mặc định đơn vị của người dùng) và của chính người dùng, tại ngày asOf (mặc định hôm nay), chỉ trong các kế hoạch đang hiệu lực; mỗi mục là một lần thực hiện chưa xong (chưa hoàn thành, không bị hủy), sắp theo thời hạn (không có hạn xếp cuối).
- overdue (Quá hạn): đơn vị chủ trì, thời hạn đã qua — luôn hiện, dù quá hạn bao lâu.
- dueSoon (Sắp đến hạn): đơn vị chủ trì, thời hạn từ hôm nay đến hết ${DEFAULT_DUE_SOON_WORKING_DAYS} ngày làm việc tới (dueSoonUntil).
- awaitingUpdate (Chờ cập nhật): việc thường xuyên hoặc định kỳ của kỳ đang diễn ra, đơn vị chủ trì, chưa có cập nhật tiến độ hay trạng thái nào.
- coordinating (Phối hợp): đơn vị phối hợp và phần việc của đơn vị chưa xong; hiện lần quá hạn, lần đến hạn kế tiếp và việc thường xuyên của kỳ đang diễn ra.
- assignedToMe (Được giao cho tôi): người dùng được phân công, theo cùng quy tắc như coordinating.
- reportsDue (Báo cáo phải nộp): báo cáo đơn vị chưa gửi hoặc bị trả lại — quá hạn luôn hiện, còn lại đến hạn trong ${REPORTS_DUE_HORIZON_DAYS} ngày tới.
summary: số liệu nhiệm vụ đơn vị chủ trì theo cùng quy tắc hoàn thành như /api/stats/tasks (theo nhiệm vụ, kèm theo lượt thực hiện). Các mục tính theo lượt thực hiện (countBasis = occurrences). count là tổng số mục của mục đó; items chỉ liệt kê tối đa limit mục. Nhân viên chỉ xem được đơn vị mình, trưởng đơn vị thêm các đơn vị cấp dưới, lãnh đạo/tổng hợp/quản trị mọi đơn vị.`;
