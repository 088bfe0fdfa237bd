import { z } from 'zod';
import { TEAM_ROLES } from '../../domain/fake-news/access.js';
import { periodCodeSchema } from '../common/period.js';
import {
  AGENCIES,
  CASE_ACTIONS,
  CASE_STATUSES,
  CHANNELS,
  PLATFORMS,
  REFERRAL_TARGETS,
  SEVERITIES,
  VERDICTS,
} from '../../domain/fake-news/workflow.js';
import { attachmentSchema } from '../attachments/attachments.schemas.js';

/** Markup is refused, not stored: a report is read by staff and may be quoted on public pages. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|javascript\s*:|\bon[a-z]+\s*=/i;
export const MARKUP_MESSAGE =
  'Nội dung không được chứa mã HTML hoặc mã lệnh (ví dụ <script>). Hãy mô tả bằng lời thường.';

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự.`)
    .refine((s) => !MARKUP.test(s), MARKUP_MESSAGE);

export const urlList = z
  .array(
    z
      .string()
      .trim()
      .max(2000)
      .regex(
        /^https?:\/\/\S+$/i,
        'Đường dẫn phải bắt đầu bằng http:// hoặc https:// và không có khoảng trắng.',
      ),
  )
  .max(5, 'Tối đa 5 đường dẫn.');

/** The fields of a report, from the public form or from staff. */
export const reportFields = z.strictObject({
  urls: urlList,
  description: plainText(4000).pipe(
    z.string().min(10, 'Hãy mô tả nội dung nghi là tin giả (ít nhất 10 ký tự).'),
  ),
  platform: z.enum(PLATFORMS).nullable(),
  contact: plainText(200).nullable(),
});
export type ReportFields = z.infer<typeof reportFields>;

export const staffIntakeBody = reportFields.extend({ channel: z.enum(CHANNELS) });

/** The public form's text parts; the screenshots come as file parts of the same multipart body. */
export const publicReportParts = reportFields.extend({
  challenge: z.string().max(300),
  nonce: z.coerce.number().int().min(0),
  /** A field people never see; bots that fill every field give themselves away. */
  website: z.string().max(0, 'Phản ánh không hợp lệ.').optional(),
});

export const challengeResponse = z.object({
  challenge: z.string(),
  bits: z.number().int(),
  expiresAt: z.string(),
});

export const intakeResponse = z.object({
  trackingCode: z.string(),
  caseCode: z.string(),
  /** True when the report joined a case that already held its link or text. */
  joinedExisting: z.boolean(),
});

export const publicStatusResponse = z.object({
  trackingCode: z.string(),
  caseCode: z.string(),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  receivedOn: z.string(),
  verdictLabel: z.string().nullable(),
  published: z.boolean(),
});

export const publishedCaseSchema = z.object({
  code: z.string(),
  title: z.string(),
  verdict: z.enum(VERDICTS),
  verdictLabel: z.string(),
  platform: z.enum(PLATFORMS).nullable(),
  notice: z.string(),
  publishedAt: z.string(),
  stampUrl: z.string(),
});
export const publishedListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const publishedListResponse = z.object({ items: z.array(publishedCaseSchema) });

export const teamMemberSchema = z.object({
  userId: z.string(),
  username: z.string(),
  fullName: z.string(),
  agency: z.enum(AGENCIES),
  role: z.enum(TEAM_ROLES),
});
export const teamResponse = z.object({ members: z.array(teamMemberSchema) });
export const teamMemberBody = z.strictObject({ agency: z.enum(AGENCIES), role: z.enum(TEAM_ROLES) });
export const myTeamResponse = z.object({ member: teamMemberSchema.nullable() });

export const caseSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(CASE_STATUSES),
  channel: z.enum(CHANNELS),
  platform: z.enum(PLATFORMS).nullable(),
  domain: z.string().nullable(),
  severity: z.enum(SEVERITIES).nullable(),
  verdict: z.enum(VERDICTS).nullable(),
  receivedOn: z.string(),
  stepDeadline: z.string().nullable(),
  standing: z.enum(['onTime', 'dueToday', 'overdue']).nullable(),
  reports: z.number().int(),
  published: z.boolean(),
  referredTo: z.enum(REFERRAL_TARGETS).nullable(),
});
export const caseListQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
});
export const caseListResponse = z.object({ items: z.array(caseSummarySchema) });

export const outcomeSchema = z.strictObject({
  sanctioned: z.boolean(),
  subjectsFined: z.number().int().min(0).max(10_000),
  fineAmount: z.number().int().min(0).max(100_000_000_000),
  accountsBlocked: z.number().int().min(0).max(1_000_000),
  numbersLocked: z.number().int().min(0).max(1_000_000),
  note: plainText(2000).nullable(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const caseDetailSchema = caseSummarySchema.extend({
  agencies: z.array(z.enum(AGENCIES)),
  conclusion: z.string().nullable(),
  notice: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  referredAt: z.string().nullable(),
  referralNote: z.string().nullable(),
  outcome: outcomeSchema.nullable(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
  actions: z.array(z.enum(CASE_ACTIONS)),
  assignees: z.array(teamMemberSchema),
  reports: z.number().int(),
  reportList: z.array(
    z.object({
      id: z.string(),
      trackingCode: z.string(),
      channel: z.enum(CHANNELS),
      urls: z.array(z.string()),
      description: z.string(),
      platform: z.enum(PLATFORMS).nullable(),
      contact: z.string().nullable(),
      createdAt: z.string(),
      attachments: z.array(attachmentSchema),
    }),
  ),
  notes: z.array(
    z.object({ id: z.string(), author: z.string().nullable(), body: z.string(), createdAt: z.string() }),
  ),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseIdParams = z.strictObject({ id: z.uuid() });
const versioned = { version: z.number().int().min(1) };
export const classifyBody = z.strictObject({
  ...versioned,
  domain: plainText(200).pipe(z.string().min(1, 'Hãy chọn lĩnh vực.')),
  severity: z.enum(SEVERITIES),
  platform: z.enum(PLATFORMS),
  agencies: z.array(z.enum(AGENCIES)).min(1, 'Hãy chọn ít nhất một cơ quan liên quan.'),
});
export const assignBody = z.strictObject({ ...versioned, userIds: z.array(z.uuid()).min(1).max(20) });
export const noteBody = z.strictObject({ body: plainText(4000).pipe(z.string().min(1, 'Ghi chú trống.')) });
export const concludeBody = z.strictObject({
  ...versioned,
  verdict: z.enum(VERDICTS),
  conclusion: plainText(4000).pipe(z.string().min(10, 'Hãy ghi căn cứ kết luận (ít nhất 10 ký tự).')),
});
export const versionBody = z.strictObject(versioned);
export const rejectBody = z.strictObject({ ...versioned, reason: plainText(2000).pipe(z.string().min(1)) });
export const publishBody = z.strictObject({
  ...versioned,
  notice: plainText(4000).pipe(z.string().min(10, 'Hãy viết nội dung thông báo công khai.')),
});
export const referBody = z.strictObject({
  ...versioned,
  to: z.enum(REFERRAL_TARGETS),
  note: plainText(2000).nullable(),
});
export const outcomeBody = outcomeSchema.extend(versioned);

export const figuresQuery = z.strictObject({
  period: periodCodeSchema({
    kinds: ['year', 'nineMonths', 'half', 'quarter', 'month'],
    help: 'dùng 2024 (năm), 2024-H1 (6 tháng), 2024-9M (9 tháng), 2024-Q2 (quý) hoặc 2024-07 (tháng)',
  }),
});
export const figuresResponse = z.object({
  periodCode: z.string(),
  periodLabel: z.string(),
  received: z.number().int(),
  confirmed: z.number().int(),
  published: z.number().int(),
  referred: z.number().int(),
  sanctioned: z.number().int(),
  subjectsFined: z.number().int(),
  fineAmount: z.number(),
  accountsBlocked: z.number().int(),
  numbersLocked: z.number().int(),
  closed: z.number().int(),
  meanHandlingWorkingDays: z.number().nullable(),
  byChannel: z.record(z.enum(CHANNELS), z.number().int()),
  byPlatform: z.record(z.string(), z.number().int()),
  byVerdict: z.record(z.string(), z.number().int()),
  byDomain: z.record(z.string(), z.number().int()),
  sentences: z.array(z.string()),
});
export type FiguresView = z.infer<typeof figuresResponse>;
