import { z } from 'zod';
import type { CutOffRule } from './cut-off.js';
import type { DeadlineRule } from './deadline-rules.js';
import type { OutlineSection, ReportingUnits } from './regime.js';

/**
 * A regime's rules as stored (report_regimes) and sent: the shapes only. What a user types is
 * checked with the stricter request schemas of server/report-regimes before it is stored.
 */
const weekday = z.literal([1, 2, 3, 4, 5, 6, 7]).describe('1 = thứ Hai … 7 = Chủ nhật');
const time = z.string().optional().describe('Giờ Việt Nam, HH:MM');
const onRestDay = z.enum(['keep', 'previousWorkingDay', 'nextWorkingDay']).optional();

export const deadlineRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekday'), weekday, time, onRestDay }),
  z.object({
    kind: z.literal('dayOfMonth'),
    day: z.number(),
    monthOffset: z.number().optional(),
    time,
    onRestDay,
  }),
  z.object({ kind: z.literal('dayOfLastMonthOfQuarter'), day: z.number(), time, onRestDay }),
  z.object({
    kind: z.literal('fixedDate'),
    day: z.number(),
    month: z.number(),
    yearOffset: z.number().optional(),
    time,
    onRestDay,
  }),
  z.object({ kind: z.literal('workingDaysAfterPeriodEnd'), days: z.number(), time }),
  z.object({ kind: z.literal('workingDaysAfterCutOff'), days: z.number(), time }),
  z.object({
    kind: z.literal('explicit'),
    at: z.string().describe('YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM, giờ Việt Nam'),
  }),
]) satisfies z.ZodType<DeadlineRule>;

export const cutOffRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('standard') }).describe('Nghị định 09: từ ngày 15 tháng trước kỳ đến ngày 14'),
  z.object({ kind: z.literal('calendar') }),
  z.object({ kind: z.literal('weekEndingOn'), weekday }),
  z.object({ kind: z.literal('explicit'), from: z.string(), to: z.string() }),
]) satisfies z.ZodType<CutOffRule>;

export const reportingUnitsSchema = z.union([
  z.array(z.string()).readonly().describe('Danh sách đơn vị thực hiện báo cáo'),
  z.object({ childrenOf: z.string() }).readonly().describe('Mọi đơn vị trực thuộc đơn vị này'),
]) satisfies z.ZodType<ReportingUnits>;

export const outlineSchema = z.array(
  z.object({ key: z.string(), title: z.string(), perDomain: z.boolean().optional() }),
) satisfies z.ZodType<OutlineSection[]>;

/** The plan sentence a proposed regime was read from. */
export const regimeSourceSchema = z.object({ text: z.string(), recipient: z.string().nullable() });
