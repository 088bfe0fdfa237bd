import { z } from 'zod';
import { type IsoWeekday, isIsoDate } from '../../domain/calendar/index.js';
import { REGIME_FREQUENCIES } from '../../domain/reporting/index.js';
import {
  cutOffRuleSchema as storedCutOffRule,
  deadlineRuleSchema as storedDeadlineRule,
  regimeSourceSchema,
  reportingUnitsSchema as storedReportingUnits,
} from '../../domain/reporting/schema.js';

const isoDate = z.string().refine(isIsoDate, { message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' });
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM.')
  .describe('Giờ Việt Nam, HH:MM');
const weekday = z
  .number()
  .int()
  .min(1)
  .max(7)
  .describe('1 = thứ Hai … 7 = Chủ nhật')
  .transform((n) => n as IsoWeekday);
const day = z.number().int().min(1).max(31);
const onRestDay = z.enum(['keep', 'previousWorkingDay', 'nextWorkingDay']).optional();

export const deadlineRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('weekday'), weekday, time: time.optional(), onRestDay }),
  z.strictObject({
    kind: z.literal('dayOfMonth'),
    day,
    monthOffset: z.number().int().min(-11).max(12).optional(),
    time: time.optional(),
    onRestDay,
  }),
  z.strictObject({ kind: z.literal('dayOfLastMonthOfQuarter'), day, time: time.optional(), onRestDay }),
  z.strictObject({
    kind: z.literal('fixedDate'),
    day,
    month: z.number().int().min(1).max(12),
    yearOffset: z.number().int().min(0).max(1).optional(),
    time: time.optional(),
    onRestDay,
  }),
  z.strictObject({
    kind: z.literal('workingDaysAfterPeriodEnd'),
    days: z.number().int().min(1).max(366),
    time: time.optional(),
  }),
  z.strictObject({
    kind: z.literal('workingDaysAfterCutOff'),
    days: z.number().int().min(1).max(366),
    time: time.optional(),
  }),
  z.strictObject({
    kind: z.literal('explicit'),
    at: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d)?$/,
        'Thời hạn phải có dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM.',
      )
      .describe('Giờ Việt Nam; không có giờ là hết ngày'),
  }),
]);

export const cutOffRuleSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('standard') })
    .describe('Nghị định 09: từ ngày 15 tháng trước kỳ đến ngày 14'),
  z.strictObject({ kind: z.literal('calendar') }),
  z.strictObject({ kind: z.literal('weekEndingOn'), weekday }),
  z.strictObject({ kind: z.literal('explicit'), from: isoDate, to: isoDate }),
]);

export const reportingUnitsSchema = z.union([
  z.array(z.uuid()).max(1000).describe('Danh sách đơn vị thực hiện báo cáo'),
  z.strictObject({ childrenOf: z.uuid() }).describe('Mọi đơn vị trực thuộc đơn vị này'),
]);

const outlineSectionSchema = z.strictObject({
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'Mã mục đề cương chỉ gồm chữ không dấu, số, "-" và "_".'),
  title: z.string().trim().min(1).max(300),
  perDomain: z.boolean().optional(),
});

const regimeFields = {
  name: z.string().trim().min(1, 'Hãy nhập tên báo cáo.').max(500),
  content: z.string().trim().max(5000),
  scope: z.enum(['internal', 'administrative', 'statistical']),
  reportingUnits: reportingUnitsSchema,
  receivingUnitId: z.uuid(),
  frequency: z.enum(REGIME_FREQUENCIES),
  periodIndexes: z.array(z.number().int().min(1).max(53)).max(53).nullable(),
  year: z.number().int().min(2000).max(2100),
  cutOffRule: cutOffRuleSchema,
  deadlineRule: deadlineRuleSchema,
  outline: z.array(outlineSectionSchema).min(1).max(50),
  dataForm: z.array(z.uuid()).max(200).describe('Mã các chỉ tiêu (plan item) trong biểu mẫu số liệu'),
  instructions: z.string().trim().max(10_000),
  sendingMethods: z.array(z.string().trim().min(1).max(100)).max(10),
};

export const createRegimeBody = z.strictObject({
  ...regimeFields,
  content: regimeFields.content.optional(),
  scope: regimeFields.scope.optional(),
  periodIndexes: regimeFields.periodIndexes.optional(),
  year: regimeFields.year.optional().describe('Mặc định: năm của thời hạn (báo cáo đột xuất) hoặc năm nay'),
  outline: regimeFields.outline.optional(),
  dataForm: regimeFields.dataForm.optional(),
  instructions: regimeFields.instructions.optional(),
  sendingMethods: regimeFields.sendingMethods.optional(),
  planId: z.uuid().nullable().optional(),
});
export type CreateRegimeInput = z.infer<typeof createRegimeBody>;

export const updateRegimeBody = z
  .strictObject(regimeFields)
  .partial()
  .extend({
    version: z.number().int().min(1).describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả 409'),
  });
export type UpdateRegimeInput = z.infer<typeof updateRegimeBody>;

export const regimeIdParams = z.strictObject({ id: z.uuid() });

export const regimeListQuery = z.strictObject({
  unitId: z.uuid().optional().describe('Chế độ mà đơn vị này phải báo cáo hoặc là nơi nhận'),
  planId: z.uuid().optional(),
  status: z.enum(['proposed', 'active', 'archived']).optional(),
});
export type RegimeListQuery = z.infer<typeof regimeListQuery>;

const unitRef = z.object({ id: z.string(), name: z.string() });

export const regimeSchema = z.object({
  id: z.string(),
  planId: z.string().nullable(),
  name: z.string(),
  content: z.string(),
  scope: z.string(),
  reportingUnits: storedReportingUnits,
  receivingUnit: unitRef,
  units: z
    .array(unitRef)
    .describe('Đơn vị thực hiện báo cáo (đã xác định từ danh sách hoặc đơn vị cấp trên)'),
  frequency: z.enum(REGIME_FREQUENCIES),
  periodIndexes: z.array(z.number()).nullable(),
  year: z.number(),
  cutOffRule: storedCutOffRule,
  deadlineRule: storedDeadlineRule,
  deadlineText: z.string().nullable(),
  outline: z.array(z.object({ key: z.string(), title: z.string(), perDomain: z.boolean().optional() })),
  dataForm: z.array(z.object({ id: z.string(), content: z.string() })),
  instructions: z.string(),
  sendingMethods: z.array(z.string()),
  status: z.enum(['proposed', 'active', 'archived']),
  source: regimeSourceSchema.nullable().describe('Câu của kế hoạch mà chế độ được đọc ra'),
  warnings: z.array(z.string()),
  problems: z.array(z.string()).describe('Điều còn thiếu, phải sửa trước khi ban hành'),
  notes: z.array(z.string()).describe('Lưu ý không chặn việc ban hành chế độ báo cáo nội bộ'),
  periodCount: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const regimeListResponse = z.object({ regimes: z.array(regimeSchema) });

export const activateResponse = z.object({
  regime: regimeSchema,
  periodsCreated: z.number(),
  notes: z.array(z.string()),
});

export const periodListQuery = z.strictObject({
  regimeId: z.uuid().optional(),
  mine: z.enum(['0', '1']).optional().describe('1: chỉ các kỳ đơn vị của tôi phải báo cáo'),
  from: isoDate.optional().describe('Hạn gửi từ ngày'),
  to: isoDate.optional().describe('Hạn gửi đến ngày'),
});
export type PeriodListQuery = z.infer<typeof periodListQuery>;

export const periodSchema = z.object({
  id: z.string(),
  regimeId: z.string(),
  regimeName: z.string(),
  code: z.string(),
  label: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  cutOff: z.object({ from: z.string(), to: z.string() }),
  dueAt: z.string().describe('ISO 8601, giờ Việt Nam (+07:00)'),
  dueDate: z.string(),
  expectedUnits: z.number(),
  mine: z
    .object({
      unitId: z.string(),
      submissionId: z.string().nullable(),
      status: z.enum(['draft', 'submitted', 'returned', 'accepted']).nullable(),
      timeliness: z.enum(['onTime', 'late', 'missing', 'pending']),
    })
    .nullable(),
});
export const periodListResponse = z.object({ periods: z.array(periodSchema) });
