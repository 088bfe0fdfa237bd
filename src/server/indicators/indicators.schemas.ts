import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/index.js';
import { VERDICTS, VERDICT_LABELS } from '../../domain/targets/index.js';
import { planRefSchema } from '../plans/plans.schemas.js';

const COMPARATORS = ['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'growthGt', 'growthGte'] as const;
const number = z.number();
const breakdown = z
  .string()
  .trim()
  .max(200)
  .describe('Phân tổ ("xã miền núi"); bỏ trống là toàn bộ chỉ tiêu');
const isoDate = z.string().refine(isIsoDate, { message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' });

export const indicatorIdParams = z.strictObject({ id: z.uuid() });
export const planIdParams = z.strictObject({ planId: z.uuid() });
export const ruleParams = z.strictObject({ planId: z.uuid(), ruleId: z.uuid() });

export const listQuery = z.strictObject({
  planId: z.uuid().optional(),
  unitId: z.uuid().optional().describe('Đơn vị chủ trì hoặc phối hợp (kể cả đơn vị trực thuộc)'),
  domain: z.string().trim().max(500).optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const exportQuery = z.strictObject({ planId: z.uuid().optional() });

export const putValueBody = z.strictObject({
  period: z.string().trim().min(1).max(10).describe('2024, 2024-H1, 2024-9M, 2024-Q3, 2024-07, 2024-W27'),
  value: number.optional(),
  numerator: number.optional(),
  denominator: number.optional(),
  asOf: isoDate.describe('Số liệu tính đến ngày, YYYY-MM-DD'),
  source: z.string().trim().min(1).max(500).optional(),
  breakdown: breakdown.optional(),
  version: z.number().int().min(1).optional().describe('Bắt buộc khi kỳ này đã có số liệu'),
  confirmViolations: z.boolean().optional().describe('Vẫn lưu khi số liệu vi phạm quy tắc kiểm tra'),
});
export type PutValueInput = z.infer<typeof putValueBody>;

export const targetInputSchema = z.strictObject({
  period: z.string().trim().min(1).max(10),
  breakdown: breakdown.optional(),
  comparator: z.enum(COMPARATORS),
  value: number.optional(),
  min: number.optional(),
  max: number.optional(),
  unit: z.string().trim().min(1).max(50).describe("'percent', 'count', 'rank' hoặc đơn vị tính"),
});
export type TargetInput = z.infer<typeof targetInputSchema>;

export const putTargetsBody = z.strictObject({
  targets: z.array(targetInputSchema).max(200),
  aggregation: z
    .enum(['cumulative', 'additive', 'average'])
    .optional()
    .describe('Cách số liệu các kỳ hợp thành cả năm; mặc định cộng dồn (cumulative)'),
});
export type PutTargetsInput = z.infer<typeof putTargetsBody>;

export const ruleKey = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .describe('<mã chỉ tiêu> hoặc <mã chỉ tiêu>#<phân tổ>');
export const addRuleBody = z.strictObject({
  kind: z.enum(['partLeqTotal', 'sumEquals', 'rateLeq100']),
  parts: z.array(ruleKey).min(1).max(50),
  total: ruleKey.optional(),
  description: z.string().trim().min(1).max(1000).optional(),
});
export type AddRuleInput = z.infer<typeof addRuleBody>;

const targetSchema = z.object({
  comparator: z.enum(COMPARATORS),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string(),
  period: z.literal('year').optional(),
  scope: z.string().optional(),
  subject: z.string().optional(),
  raw: z.string(),
});

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const evaluation = z.enum(['met', 'notMet']).nullable();
/** The domain's one label set: `evaluationLabel` is always VERDICT_LABELS[verdict]. */
const verdict = z.enum(VERDICTS).describe(
  Object.entries(VERDICT_LABELS)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; '),
);
const latestSchema = z.object({
  periodCode: z.string(),
  periodLabel: z.string(),
  value: z.number(),
  asOf: z.string(),
  source: z.string().nullable(),
});
const forecastSchema = z.object({
  value: z.number(),
  method: z.enum(['linear', 'carried']),
  text: z.string(),
});
const flagSchema = z.object({
  code: z.enum(['ruleViolation', 'targetUnparsed']),
  periodCode: z.string().nullable(),
  message: z.string(),
});
const breakdownSchema = z.object({
  breakdown: z.string(),
  target: z.string().nullable(),
  latest: latestSchema.nullable(),
  evaluation,
  verdict,
  evaluationLabel: z.string(),
  forecast: forecastSchema.nullable(),
});

export const indicatorRowSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planYear: z.number(),
  ordinal: z.string().nullable(),
  domain: z.string().nullable(),
  content: z.string(),
  leadUnits: z.array(unitRef),
  coordinatorUnits: z.array(unitRef),
  target: z.string().nullable().describe('Chỉ tiêu cả năm, dạng ngắn: "≥ 75%"'),
  unit: z.string().nullable(),
  latest: latestSchema.nullable(),
  evaluation,
  verdict,
  evaluationLabel: z.string().describe('VERDICT_LABELS[verdict]'),
  forecast: forecastSchema.nullable(),
  summary: z.string().describe('"Chưa đạt. Dự báo đến cuối năm 2024 đạt 80% (…)"'),
  sparkline: z.array(z.object({ periodCode: z.string(), asOf: z.string(), value: z.number() })),
  breakdowns: z.array(breakdownSchema).describe('Kết quả theo từng phân tổ có chỉ tiêu riêng'),
  flags: z.array(flagSchema),
});

export const ruleSchema = z.object({
  id: z.string(),
  planId: z.string(),
  kind: z.enum(['partLeqTotal', 'sumEquals', 'rateLeq100']),
  parts: z.array(z.string()),
  total: z.string().nullable(),
  description: z.string(),
  createdAt: z.string(),
});

export const indicatorDetailSchema = indicatorRowSchema.extend({
  plan: planRefSchema,
  annualTargets: z.array(
    z.object({
      breakdown: z.string(),
      target: targetSchema,
      text: z.string(),
      origin: z.enum(['plan', 'assigned']),
    }),
  ),
  targets: z.array(
    z.object({
      id: z.string(),
      periodCode: z.string(),
      periodLabel: z.string(),
      breakdown: z.string(),
      target: targetSchema,
      text: z.string(),
    }),
  ),
  values: z.array(
    z.object({
      id: z.string(),
      periodCode: z.string(),
      periodLabel: z.string(),
      breakdown: z.string(),
      value: z.number().nullable(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      asOf: z.string(),
      source: z.string().nullable(),
      enteredBy: z.string().nullable(),
      enteredByName: z.string().nullable(),
      version: z.number(),
      updatedAt: z.string(),
      target: z.string().nullable().describe('Chỉ tiêu dùng để đánh giá số liệu này'),
      evaluation,
      verdict,
      evaluationLabel: z.string(),
      flags: z.array(flagSchema),
    }),
  ),
  rules: z.array(ruleSchema),
  history: z.array(
    z.object({
      year: z.number(),
      planId: z.string(),
      planTitle: z.string(),
      itemId: z.string(),
      target: z.string().nullable(),
      latest: latestSchema.nullable(),
      evaluation,
      verdict,
      evaluationLabel: z.string(),
      change: z.number().nullable().describe('So với năm trước (điểm phần trăm với tỷ lệ)'),
    }),
  ),
  permissions: z.object({ canEnterValues: z.boolean(), canManage: z.boolean() }),
});
