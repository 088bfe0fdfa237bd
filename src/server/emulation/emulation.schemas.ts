import { z } from 'zod';
import { periodCodeSchema } from '../common/period.js';
import {
  DECREE_335_THRESHOLDS,
  DISCIPLINE_LEVELS,
  EMULATION_TITLES,
  QUALITY_RATINGS,
} from '../../domain/emulation/index.js';

const title = z.enum(EMULATION_TITLES).describe('Danh hiệu, hình thức khen thưởng');
const rating = z.enum(QUALITY_RATINGS).describe('Xếp loại: HTXSNV, HTTNV, HTNV, KHTNV');
const discipline = z.enum(DISCIPLINE_LEVELS);
const count = z.number().int().min(0).max(100);
const year = z.number().int().min(2000).max(2100);

/** The year's points configuration (Nghị định 335/2025 shape), stored per year and level. */
export const emulationConfig = z.strictObject({
  failurePercent: z.number().min(0).max(100),
  extensionIsFailure: z.boolean(),
  weights: z.strictObject({
    tasks: z.number().min(0).max(100),
    indicators: z.number().min(0).max(100),
    reports: z.number().min(0).max(100),
  }),
  thresholds: z
    .strictObject({
      excellent: z.number().min(0).max(100),
      good: z.number().min(0).max(100),
      done: z.number().min(0).max(100),
    })
    .refine((t) => t.excellent > t.good && t.good > t.done, {
      message: 'Ngưỡng điểm phải giảm dần: xuất sắc > tốt > hoàn thành.',
    }),
  /** Rules switched off for the year (e.g. the unconfirmed ones). */
  disabledTitles: z.array(title).max(EMULATION_TITLES.length),
  /** Lương cơ sở in đồng. */
  baseSalary: z.number().int().min(0).max(1_000_000_000),
  /** Share of council members in favour each title needs; titles not listed use the defaults. */
  votePercent: z.partialRecord(title, z.number().min(50).max(100)),
});
export type EmulationConfig = z.infer<typeof emulationConfig>;

export const DEFAULT_CONFIG: Readonly<Record<'individual' | 'unit', EmulationConfig>> = {
  individual: {
    failurePercent: 25,
    extensionIsFailure: true,
    weights: { tasks: 100, indicators: 0, reports: 0 },
    thresholds: DECREE_335_THRESHOLDS,
    disabledTitles: [],
    baseSalary: 2_340_000,
    votePercent: {},
  },
  unit: {
    failurePercent: 25,
    extensionIsFailure: true,
    weights: { tasks: 60, indicators: 25, reports: 15 },
    thresholds: DECREE_335_THRESHOLDS,
    disabledTitles: [],
    baseSalary: 2_340_000,
    votePercent: {},
  },
};

export const settingsParams = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  level: z.enum(['individual', 'unit']),
});

/** What the system cannot know, entered with its evidence. */
export const evidenceSchema = z.strictObject({
  discipline,
  initiatives: count,
  provincialImpact: count,
  researchAccepted: count,
  /** Earlier years: ratings and titles held before the system, from decisions on paper. */
  history: z
    .array(
      z.strictObject({
        year,
        rating: rating.nullable(),
        discipline,
        initiatives: count,
        provincialImpact: count,
        researchAccepted: count,
        held: z.array(title).max(8),
      }),
    )
    .max(10),
  /** The documents behind the figures: decision numbers, recognition of initiatives … */
  note: z.string().trim().max(2000),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const criterionSchema = z.strictObject({
  key: z.string().trim().min(1).max(40),
  label: z.string().trim().min(1).max(300),
  max: z.number().min(0).max(100),
});
export const criteriaSchema = z.array(criterionSchema).max(30);
export const councilIdsSchema = z.array(z.uuid()).min(1).max(30);
export const criterionScores = z.record(z.string().max(40), z.number().min(0).max(100));

export const scoresQuery = z.strictObject({
  unitId: z.uuid().describe('Đơn vị (Sở): các phòng và người của đơn vị'),
  period: periodCodeSchema({
    kinds: ['year', 'quarter', 'month'],
    help: 'kỳ chấm điểm phải là năm (2026), quý (2026-Q4) hoặc tháng (2026-11)',
  }),
});
export type ScoresQuery = z.infer<typeof scoresQuery>;

export const idParams = z.strictObject({ id: z.uuid() });

export const createCampaignBody = z.strictObject({
  unitId: z.uuid(),
  year,
  name: z.string().trim().min(1).max(300),
  chairId: z.uuid(),
  councilIds: councilIdsSchema,
  criteria: criteriaSchema,
});
export type CreateCampaignInput = z.infer<typeof createCampaignBody>;

export const registerBody = z.discriminatedUnion('subjectKind', [
  z.strictObject({ subjectKind: z.literal('person'), userId: z.uuid(), title, evidence: evidenceSchema }),
  z.strictObject({ subjectKind: z.literal('unit'), unitId: z.uuid(), title, evidence: evidenceSchema }),
]);
export type RegisterInput = z.infer<typeof registerBody>;

export const selfAssessBody = z.strictObject({ scores: criterionScores, rating });
export const headAssessBody = z.strictObject({ rating });
export const councilScoreBody = z.strictObject({ scores: criterionScores });
export const finalRatingBody = z.strictObject({ rating });
export const voteBody = z.strictObject({ approve: z.boolean() });
export const stageBody = z.strictObject({ stage: z.enum(['scoring', 'voting']) });
export const documentParams = z.strictObject({
  id: z.uuid(),
  kind: z.enum(['minutes', 'proposal', 'decision']),
});

const ref = z.object({ id: z.string(), name: z.string() });
export const scoreLine = z.object({
  component: z.enum(['tasks', 'indicators', 'reports']),
  sourceId: z.string(),
  label: z.string(),
  max: z.number(),
  earned: z.number(),
  failures: z.array(z.string()),
  /** Where the source is shown: the task, the indicator or the reporting board. */
  link: z.string(),
});
const component = z.object({ earned: z.number(), max: z.number(), weight: z.number(), points: z.number() });
export const workTallySchema = z.object({
  assigned: z.number(),
  due: z.number(),
  done: z.number(),
  onTime: z.number(),
  late: z.number(),
  overdue: z.number(),
  extended: z.number(),
  completionRate: z.number().nullable(),
});
export const subjectScore = z.object({
  kind: z.enum(['person', 'unit']),
  id: z.string(),
  name: z.string(),
  unit: ref,
  tally: workTallySchema,
  lines: z.array(scoreLine),
  components: z.object({ tasks: component, indicators: component, reports: component }),
  points: z.number().nullable(),
  fromPoints: rating.nullable(),
  proposed: rating.nullable(),
  capped: z.boolean(),
});
export type SubjectScore = z.infer<typeof subjectScore>;
export const scoresResponse = z.object({
  periodCode: z.string(),
  asOf: z.string(),
  units: z.array(subjectScore),
  people: z.array(subjectScore),
});

const condition = z.object({ code: z.string(), text: z.string(), met: z.boolean() });
export const titleCheckSchema = z.object({
  title,
  name: z.string(),
  article: z.string(),
  confirmed: z.boolean(),
  enabled: z.boolean(),
  eligible: z.boolean(),
  conditions: z.array(condition),
  verdict: z.string(),
});
export const entrySchema = z.object({
  id: z.string(),
  subjectKind: z.enum(['person', 'unit']),
  subject: ref,
  unit: ref,
  title,
  evidence: evidenceSchema,
  selfScores: criterionScores.nullable(),
  selfRating: rating.nullable(),
  headRating: rating.nullable(),
  councilScores: criterionScores.nullable(),
  finalRating: rating.nullable(),
  result: z.enum(['approved', 'rejected']).nullable(),
  score: subjectScore.nullable(),
  check: titleCheckSchema,
  votes: z.object({
    members: z.number(),
    votes: z.number(),
    approve: z.number(),
    approvePercent: z.number(),
    requiredPercent: z.number(),
    passed: z.boolean(),
  }),
  myVote: z.boolean().nullable(),
  reward: z.number().nullable(),
});
export type EntryView = z.infer<typeof entrySchema>;
export const campaignSchema = z.object({
  id: z.string(),
  unit: ref,
  year: z.number(),
  name: z.string(),
  stage: z.enum(['registration', 'scoring', 'voting', 'decided']),
  chair: ref,
  council: z.array(ref),
  criteria: criteriaSchema,
  decidedAt: z.string().nullable(),
  isCouncilMember: z.boolean(),
  canManage: z.boolean(),
  entries: z.array(entrySchema),
});
export type CampaignView = z.infer<typeof campaignSchema>;
export const campaignListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      year: z.number(),
      stage: campaignSchema.shape.stage,
      unit: ref,
    }),
  ),
});
