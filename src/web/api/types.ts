/**
 * Names for the shapes the pages use. Every one is read from the generated route table
 * (contract.ts), so a change on the server shows up here as a type error, not at run time.
 */
import type { Role } from '../../domain/access/roles';
import type { OrgUnit, OrgUnitKind, OrgUnitNode } from '../../domain/org/org-unit';
import type { PlanStatus } from '../../domain/plans/plan-status';
import type { RegimeDeadline, RegimeFrequency } from '../../domain/plan-import/types';
import type { DomainEntry } from '../../domain/plans/domain-catalogue';
import type { ItemEdit } from '../../domain/plans/import-result';
import type { ParsedTarget, Target } from '../../domain/targets';
import type { Timeframe, TimeframeKind } from '../../domain/timeframe';
import type { TaskStatus, Timeliness } from '../../domain/tracking';
import type { BodyOf, QueryOf, ResponseOf } from './contract';

export type { Role, OrgUnit, OrgUnitKind, OrgUnitNode, PlanStatus, TaskStatus, Timeliness };
export type { DomainEntry, ItemEdit, ParsedTarget, Target, Timeframe, TimeframeKind };
export type { RegimeDeadline, RegimeFrequency };

export type Health = ResponseOf<'/api/health'>;
export type Me = ResponseOf<'/api/me'>;
export type User = ResponseOf<'/api/users/{id}'>;
export type ApiToken = ResponseOf<'/api/tokens'>['tokens'][number];
export type CreatedToken = ResponseOf<'/api/tokens', 'post'>;

export type OrgUnitTree = ResponseOf<'/api/org-units'>;
export type CreateOrgUnitInput = BodyOf<'/api/org-units', 'post'>;
export type UpdateOrgUnitInput = BodyOf<'/api/org-units/{id}', 'patch'>;
export type ImportPreview = ResponseOf<'/api/org-units/import/preview', 'post'>;
export type ImportPreviewRow = ImportPreview['rows'][number];
export type ImportAction = ImportPreviewRow['action'];
export type ImportResult = ResponseOf<'/api/org-units/import/{previewId}/commit', 'post'>;
export type CreateUserInput = BodyOf<'/api/users', 'post'>;
export type UpdateUserInput = BodyOf<'/api/users/{id}', 'patch'>;

export type AuditPage = ResponseOf<'/api/audit'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = QueryOf<'/api/audit'>;

export type PlanSummary = ResponseOf<'/api/plans'>['plans'][number];
export type PlanDetail = ResponseOf<'/api/plans/{id}'>;
export type PlanItemDetail = PlanDetail['items'][number];
export type PlanItemKind = PlanItemDetail['kind'];
export type PlanUnitRef = PlanItemDetail['leadUnits'][number];
export type PlanRegime = PlanDetail['regimes'][number];
export type PlanImportPreview = ResponseOf<'/api/plans/import', 'post'>;
export type PlanImportResult = PlanImportPreview['result'];
export type ImportItem = PlanImportResult['items'][number];
export type ImportRegime = PlanImportResult['regimes'][number];
export type PlanReviewInput = BodyOf<'/api/plans/import/{previewId}/review', 'post'>;
export type PlanCommitInput = BodyOf<'/api/plans/import/{previewId}/commit', 'post'>;
export type PlanImportMode = PlanCommitInput['mode'];

// ---- Tracking (tasks, indicators, statistics, my work, notifications, calendar) ----

export type TaskList = ResponseOf<'/api/tasks'>;
export type TaskRow = TaskList['items'][number];
export type TaskOccurrenceSummary = NonNullable<TaskRow['current']>;
export type TaskFilters = Omit<QueryOf<'/api/tasks'>, 'page' | 'pageSize'>;
export type TaskRole = NonNullable<TaskFilters['role']>;
export type TaskDetail = ResponseOf<'/api/tasks/{id}'>;
export type TaskOccurrence = TaskDetail['occurrences'][number];
export type TaskTimelineEntry = TaskDetail['timeline'][number];
export type TaskAttachment = TaskTimelineEntry['attachments'][number];
export type TaskCoordinatorPart = TaskDetail['coordinatorUnits'][number];
export type TaskPerson = TaskDetail['people']['assignees'][number];
export type TaskUpdateInput = BodyOf<'/api/tasks/{id}/updates', 'post'>;
export type TaskPartInput = BodyOf<'/api/tasks/{id}/parts/{unitId}', 'put'>;
export type TaskPeopleInput = BodyOf<'/api/tasks/{id}/people', 'put'>;
export type TaskTriggerInput = BodyOf<'/api/tasks/{id}/triggers', 'post'>;
export type TaskTriggerResult = ResponseOf<'/api/tasks/{id}/triggers', 'post'>;
export type BulkStatusInput = BodyOf<'/api/tasks/bulk-status', 'post'>;

export type IndicatorFilters = QueryOf<'/api/indicators'>;
export type IndicatorRow = ResponseOf<'/api/indicators'>['indicators'][number];
export type IndicatorDetail = ResponseOf<'/api/indicators/{id}'>;
export type IndicatorValueRow = IndicatorDetail['values'][number];
export type IndicatorForecast = NonNullable<IndicatorRow['forecast']>;
export type IndicatorValueInput = BodyOf<'/api/indicators/{id}/values', 'put'>;

/** The page keeps "include sub-units" as a checkbox; the query carries it as 'true'. */
export type StatsFilters = Omit<QueryOf<'/api/stats/tasks'>, 'includeSubunits'> & {
  includeSubunits?: boolean;
};
export type TaskStats = ResponseOf<'/api/stats/tasks'>;
export type StatsBreakdown = ResponseOf<'/api/stats/tasks/breakdown'>;
export type StatsBy = StatsBreakdown['by'];

export type MyWork = ResponseOf<'/api/my-work'>;
export type MyWorkSection = MyWork['sections'][number];
export type MyWorkItem = MyWorkSection['items'][number];

export type NotificationList = ResponseOf<'/api/notifications'>;
export type AppNotification = NotificationList['items'][number];

export type CalendarYear = ResponseOf<'/api/calendar/{year}'>;
export type CalendarDay = CalendarYear['days'][number];
export type CalendarAdjustmentInput = BodyOf<'/api/calendar/adjustments', 'put'>;
