import type { Role } from '../../domain/access/roles';
import type { z } from 'zod';
import type { OrgUnit, OrgUnitKind, OrgUnitNode } from '../../domain/org/org-unit';
import type { tokenSchema } from '../../server/tokens/tokens.schemas';
import type { userSchema } from '../../server/users/users.schemas';
import type { planSummarySchema } from '../../server/plans/plans.schemas';
import type { PlanStatus } from '../../domain/plans/plan-status';
import type { RegimeDeadline, RegimeFrequency } from '../../domain/plan-import/types';
import type { DomainEntry } from '../../domain/plans/domain-catalogue';
import type { ImportItem, ImportRegime, ItemEdit, PlanImportResult } from '../../domain/plans/import-result';
import type { ParsedTarget, Target } from '../../domain/targets';
import type { Timeframe, TimeframeKind } from '../../domain/timeframe';
import type { TaskStatus, Timeliness } from '../../domain/tracking';
import type {
  bulkStatusBody,
  partUpdateBody,
  peopleBody,
  taskDetailSchema,
  taskListResponse,
  taskRowSchema,
  taskUpdateBody,
  triggerBody,
  triggerResponse,
} from '../../server/tasks/tasks.schemas';
import type {
  indicatorDetailSchema,
  indicatorRowSchema,
  putValueBody,
} from '../../server/indicators/indicators.schemas';
import type { breakdownResponse, taskStatsResponse } from '../../server/stats/stats.schemas';
import type { myWorkResponse } from '../../server/my-work/my-work.schemas';
import type { notificationListSchema } from '../../server/notifications/notifications.schemas';
import type { adjustmentInputSchema, calendarYearSchema } from '../../server/calendar/calendar.schemas';

export type { Role, OrgUnit, OrgUnitKind, OrgUnitNode };

/** Response shapes come from the server's Zod schemas (type-only imports: nothing of the server is bundled). */
export type User = z.infer<typeof userSchema>;
/** `GET /api/me` answers with the user record. */
export type Me = User;
export type ApiToken = z.infer<typeof tokenSchema>;
export type {
  DomainEntry,
  ImportItem,
  ImportRegime,
  ItemEdit,
  PlanImportResult,
  ParsedTarget,
  Target,
  Timeframe,
  TimeframeKind,
};
export type { RegimeDeadline, RegimeFrequency };

/** Error body of every failed API call. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface Health {
  status: 'ok';
  db: 'pglite' | 'postgres';
  version: string;
}

export interface LoginResponse {
  user: Me;
}

export interface CsrfResponse {
  token: string;
}

export interface OrgUnitTree {
  units: OrgUnitNode[];
}

export interface CreateOrgUnitInput {
  parentId: string | null;
  code: string;
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  aliases?: string[];
  /** Not in the written contract; the server accepts it (0–100000). */
  sortOrder?: number;
}

export type UpdateOrgUnitInput = Partial<
  Pick<OrgUnit, 'code' | 'name' | 'shortName' | 'kind' | 'aliases' | 'sortOrder'>
>;

export type ImportAction = 'create' | 'update' | 'unchanged';

export interface ImportPreviewRow {
  code: string;
  name: string;
  parentCode: string | null;
  action: ImportAction;
  errors: string[];
}

export interface ImportPreview {
  previewId: string;
  rows: ImportPreviewRow[];
  summary: { create: number; update: number; unchanged: number; errors: number };
}

export interface ImportResult {
  created: number;
  updated: number;
}

export interface CreateUserInput {
  username: string;
  fullName: string;
  email?: string;
  orgUnitId: string;
  roles: Role[];
  password: string;
}

export type UpdateUserInput = Partial<Pick<User, 'fullName' | 'email' | 'orgUnitId' | 'roles'>>;

export interface CreatedToken {
  id: string;
  token: string;
  name: string;
  prefix: string;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export interface AuditQuery {
  entityType?: string;
  username?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export type { PlanStatus };

export type PlanSummary = z.infer<typeof planSummarySchema>;

export interface PlanUnitRef {
  id: string;
  code: string;
  /** Short name when the unit has one. */
  name: string;
  /** The wording in the document that resolved to this unit. */
  raw: string;
}

export type PlanItemKind = 'indicator' | 'task';

export interface PlanItemDetail {
  id: string;
  kind: PlanItemKind;
  part: string | null;
  /** The domain catalogue's name, as reports and statistics group it. */
  domain: string | null;
  /** The heading as the plan wrote it; null for plans stored before the catalogue. */
  domainHeading: string | null;
  domainIndex: string | null;
  ordinal: string | null;
  subOrdinal: number | null;
  content: string;
  output: string | null;
  lead: string[];
  coordinators: string[];
  leadUnits: PlanUnitRef[];
  coordinatorUnits: PlanUnitRef[];
  timeframe: Timeframe;
  dueDate: string | null;
  target: ParsedTarget | null;
  warnings: string[];
}

export interface PlanRegime {
  id: string;
  name: string;
  frequency: RegimeFrequency;
  deadline: RegimeDeadline;
  recipient: string | null;
  recipientUnitId: string | null;
  status: 'proposed' | (string & {});
}

export interface PlanDetail extends PlanSummary {
  docType: string | null;
  parentAgency: string | null;
  place: string | null;
  legalBases: string[];
  regimes: PlanRegime[];
  /** The plan's domain catalogue. */
  domains: DomainEntry[];
  items: PlanItemDetail[];
}

export interface PlanImportPreview {
  previewId: string;
  existingPlan: { id: string; version: number; title: string } | null;
  result: PlanImportResult;
}

export type PlanImportMode = 'new' | 'update' | 'version';

export interface PlanReviewInput {
  unitMappings?: Record<string, string>;
  edits?: ItemEdit[];
  domains?: DomainEntry[];
}

export interface PlanCommitInput extends PlanReviewInput {
  mode: PlanImportMode;
}

// ---- Tracking (tasks, indicators, statistics, my work, notifications, calendar) ----

export type { TaskStatus, Timeliness };
export type TaskRow = z.infer<typeof taskRowSchema>;
export type TaskOccurrenceSummary = NonNullable<TaskRow['current']>;
export type TaskList = z.infer<typeof taskListResponse>;
export type TaskDetail = z.infer<typeof taskDetailSchema>;
export type TaskOccurrence = TaskDetail['occurrences'][number];
export type TaskTimelineEntry = TaskDetail['timeline'][number];
export type TaskAttachment = TaskTimelineEntry['attachments'][number];
export type TaskCoordinatorPart = TaskDetail['coordinatorUnits'][number];
export type TaskPerson = TaskDetail['people']['assignees'][number];
export type TaskUpdateInput = z.input<typeof taskUpdateBody>;
export type TaskPartInput = z.input<typeof partUpdateBody>;
export type TaskPeopleInput = z.input<typeof peopleBody>;
export type TaskTriggerInput = z.input<typeof triggerBody>;
export type TaskTriggerResult = z.infer<typeof triggerResponse>;
export type BulkStatusInput = z.input<typeof bulkStatusBody>;
export type TaskRole = 'lead' | 'coordinator' | 'any';

/** Filters of the task list and its XLSX export (all optional, as query parameters). */
export interface TaskFilters {
  planId?: string;
  unitId?: string;
  role?: TaskRole;
  domain?: string;
  status?: TaskStatus;
  dueFrom?: string;
  dueBefore?: string;
  q?: string;
}

export type IndicatorRow = z.infer<typeof indicatorRowSchema>;
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;
export type IndicatorValueRow = IndicatorDetail['values'][number];
export type IndicatorForecast = NonNullable<IndicatorRow['forecast']>;
export type IndicatorValueInput = z.input<typeof putValueBody>;

export interface IndicatorFilters {
  planId?: string;
  unitId?: string;
  domain?: string;
  q?: string;
}

export type TaskStats = z.infer<typeof taskStatsResponse>;
export type StatsBreakdown = z.infer<typeof breakdownResponse>;
export type StatsBy = StatsBreakdown['by'];

export interface StatsFilters {
  planId?: string;
  unitId?: string;
  role?: TaskRole;
  includeSubunits?: boolean;
  domain?: string;
  period?: string;
  asOf?: string;
}

export type MyWork = z.infer<typeof myWorkResponse>;
export type MyWorkSection = MyWork['sections'][number];
export type MyWorkItem = MyWorkSection['items'][number];

export type NotificationList = z.infer<typeof notificationListSchema>;
export type AppNotification = NotificationList['items'][number];

export type CalendarYear = z.infer<typeof calendarYearSchema>;
export type CalendarDay = CalendarYear['days'][number];
export type CalendarAdjustmentInput = z.input<typeof adjustmentInputSchema>;
