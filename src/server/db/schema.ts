import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../../domain/access/roles.js';
import type { ReportDraft, ReportHeader } from '../../domain/consolidation/index.js';
import type { PlanSection, RegimeDeadline } from '../../domain/plan-import/types.js';
import type {
  CutOffRule,
  DeadlineRule,
  OutlineSection,
  ReportingUnits,
  SubmissionState,
} from '../../domain/reporting/index.js';
import type { RichDoc } from '../../domain/rich-text/document.js';
import type { ParsedTarget, Target } from '../../domain/targets/index.js';
import type { Timeframe } from '../../domain/timeframe/index.js';
import type { TaskStatus, TriggerEvent, ValidationRule } from '../../domain/tracking/index.js';
import type { StoredFigure } from '../../domain/consolidation/schema.js';
import type { Evidence } from '../../domain/tracking/schema.js';
import type { JsonValue, StoredJson } from './stored.js';
import type { ExtensionStatus, TaskPriority, TaskSourceKind } from '../../domain/directives/index.js';
import type { FakeNewsTables } from './schema-fake-news.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb columns are written as JSON text so that pg and PGlite serialise them the same way. */
type Json<T> = ColumnType<T, string, string>;

export interface OrgUnitTable {
  id: Generated<string>;
  parent_id: string | null;
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  aliases: Json<string[]>;
  sort_order: Generated<number>;
  /** The leader the unit reports to: tasks it leads default to them as lãnh đạo phụ trách. */
  leader_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  email: string | null;
  org_unit_id: string;
  roles: StoredJson<Role[]>;
  password_hash: string;
  must_change_password: Generated<boolean>;
  disabled_at: Date | null;
  last_login_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Date;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: StoredJson<JsonValue> | null;
  after: StoredJson<JsonValue> | null;
  request_id: string | null;
  ip: string | null;
}

export interface AppSettingTable {
  key: string;
  value: StoredJson<JsonValue>;
  updated_at: Timestamp;
}

export interface ImportPreviewTable {
  id: Generated<string>;
  kind: string;
  created_by: string | null;
  /** Parsed with the schema of its `kind` (plans/plan-preview.schema.ts, org-units). */
  payload: StoredJson<JsonValue>;
  created_at: Timestamp;
  expires_at: Date;
}

export interface PlanTable {
  id: Generated<string>;
  number: string | null;
  version: Generated<number>;
  status: Generated<string>;
  doc_type: string | null;
  title: string;
  agency: string | null;
  parent_agency: string | null;
  place: string | null;
  issued_on: string | null;
  year: number;
  legal_bases: Json<string[]>;
  sections: StoredJson<PlanSection[]>;
  source_filename: string | null;
  is_sample: Generated<boolean>;
  /** What kind of source document this is: an annual plan, a conclusion notice, a directive… */
  source_kind: Generated<TaskSourceKind>;
  /** Who signed the source document (người ký), when known. */
  signer: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanItemTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  kind: 'indicator' | 'task';
  part: string | null;
  /** The plan's domain catalogue name (plan_domains.name): what every grouping reads. */
  domain: string | null;
  /** The domain heading as the plan wrote it ("LĨNH VỰC … QUỐC GIA"). */
  domain_heading: string | null;
  domain_index: string | null;
  ordinal: string | null;
  sub_ordinal: number | null;
  sub_label: string | null;
  content: string;
  output: string | null;
  lead_raw: Json<string[]>;
  coordinators_raw: Json<string[]>;
  timeframe: StoredJson<Timeframe>;
  timeframe_kind: string;
  due_date: string | null;
  target: StoredJson<ParsedTarget> | null;
  warnings: Json<string[]>;
  source_lines: Json<number[]> | null;
  /** Domain, content and output folded for diacritic-insensitive search (see domain/text/search-text.ts). */
  search_text: string;
  /** Lãnh đạo phụ trách, đầu mối (in the lead unit), priority and who assigned it (decides extensions). */
  leader_id: ColumnType<string | null, string | null | undefined, string | null>;
  focal_person_id: ColumnType<string | null, string | null | undefined, string | null>;
  priority: Generated<TaskPriority>;
  assigned_by: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A plan's domain catalogue: one row per domain, with the headings of the plan filed under it. */
export interface PlanDomainTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  name: string;
  headings: Json<string[]>;
}

export interface PlanItemUnitTable {
  plan_item_id: string;
  org_unit_id: string;
  role: 'lead' | 'coordinator';
  raw_text: string;
  /** A coordinating unit's own part: its sub-status and notes. */
  part_status: Generated<TaskStatus>;
  part_note: string | null;
  part_version: Generated<number>;
  part_updated_at: Date | null;
}

export interface CalendarAdjustmentTable {
  date: string;
  kind: 'dayOff' | 'workday';
  note: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface TaskOccurrenceTable {
  id: Generated<string>;
  plan_item_id: string;
  plan_id: string;
  key: string;
  period_code: string | null;
  due_date: string | null;
  /** `due_date` moved to the next working day; what on time is measured against. */
  deadline: string | null;
  label: string;
  source: string;
  status: Generated<TaskStatus>;
  progress: Generated<number>;
  completed_on: string | null;
  cancel_reason: string | null;
  trigger: StoredJson<TriggerEvent> | null;
  /** The date an approved extension granted; the deadline is this date on a working day. */
  extended_to: ColumnType<string | null, string | null | undefined, string | null>;
  /** The deadline before the first approved extension; null while never extended. */
  original_deadline: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface TaskPersonTable {
  plan_item_id: string;
  user_id: string;
  role: 'assignee' | 'watcher';
  created_at: Timestamp;
}

export type TaskUpdateKind = 'progress' | 'status' | 'part' | 'trigger' | 'assignment';

export interface TaskUpdateTable {
  id: Generated<string>;
  plan_item_id: string;
  occurrence_id: string | null;
  kind: TaskUpdateKind;
  org_unit_id: string | null;
  author_id: string | null;
  author_name: string | null;
  status_from: string | null;
  status_to: string | null;
  progress: number | null;
  note: string | null;
  /** Why work was stopped or reopened, when the status change needs one. */
  reason: ColumnType<string | null, string | null | undefined, string | null>;
  difficulties: ColumnType<string | null, string | null | undefined, string | null>;
  proposals: ColumnType<string | null, string | null | undefined, string | null>;
  evidence: StoredJson<Evidence> | null;
  created_at: Timestamp;
}

export interface AttachmentTable {
  id: Generated<string>;
  owner_type: string;
  owner_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  created_by: string | null;
  created_at: Timestamp;
}

export interface IndicatorTargetTable {
  id: Generated<string>;
  plan_item_id: string;
  period_code: string;
  breakdown: Generated<string>;
  target: StoredJson<Target>;
  created_at: Timestamp;
}

export interface IndicatorValueTable {
  id: Generated<string>;
  plan_item_id: string;
  period_code: string;
  breakdown: Generated<string>;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  as_of: string;
  source: string | null;
  entered_by: string | null;
  entered_by_name: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IndicatorRuleTable {
  id: Generated<string>;
  plan_id: string;
  rule: StoredJson<ValidationRule>;
  description: string;
  created_at: Timestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Timestamp;
  read_at: Date | null;
}

export interface ReminderDeliveryTable {
  subject_type: string;
  subject_id: string;
  step: string;
  sent_at: Timestamp;
  recipients: number;
  emails: number;
}

export interface PlanRegimeTable {
  id: Generated<string>;
  plan_id: string;
  name: string;
  frequency: string;
  deadline: StoredJson<RegimeDeadline>;
  recipient_raw: string | null;
  recipient_unit_id: string | null;
  source_text: string | null;
  status: Generated<string>;
}

export interface ReportRegimeTable {
  id: Generated<string>;
  plan_id: string | null;
  name: string;
  content: Generated<string>;
  scope: Generated<string>;
  reporting_units: StoredJson<ReportingUnits>;
  receiving_unit_id: string;
  frequency: string;
  period_indexes: Json<number[]> | null;
  year: number;
  cut_off_rule: StoredJson<CutOffRule>;
  deadline_rule: StoredJson<DeadlineRule>;
  outline: StoredJson<OutlineSection[]>;
  data_form: Json<string[]>;
  instructions: Generated<string>;
  sending_methods: ColumnType<string[], string | undefined, string>;
  status: Generated<'proposed' | 'active' | 'archived'>;
  source: StoredJson<{ text: string; recipient: string | null }> | null;
  warnings: Json<string[]>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportPeriodTable {
  id: Generated<string>;
  regime_id: string;
  code: string;
  label: string;
  starts_on: string;
  ends_on: string;
  cut_off_from: string;
  cut_off_to: string;
  due_at: Date;
  unit_ids: Json<string[]> | null;
}

export type { SubmissionState };

export interface SubmissionTable {
  id: Generated<string>;
  period_id: string;
  org_unit_id: string;
  status: Generated<SubmissionState>;
  sections: StoredJson<Record<string, RichDoc>>;
  data: StoredJson<Record<string, StoredFigure>>;
  version: Generated<number>;
  locked: Generated<boolean>;
  submitted_at: Date | null;
  submitted_by: string | null;
  accepted_at: Date | null;
  accepted_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface SubmissionVersionTable {
  id: Generated<string>;
  submission_id: string;
  number: number;
  event: string;
  sections: StoredJson<Record<string, RichDoc>>;
  data: StoredJson<Record<string, StoredFigure>>;
  comment: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Timestamp;
}

export interface SubmissionCommentTable {
  id: Generated<string>;
  submission_id: string;
  section_key: string | null;
  body: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Timestamp;
}

export interface ConsolidatedReportTable {
  id: Generated<string>;
  org_unit_id: string;
  period_code: string;
  kind: 'department' | 'upward';
  regime_id: string | null;
  draft: StoredJson<ReportDraft>;
  header: StoredJson<ReportHeader>;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TaskExtensionTable {
  id: Generated<string>;
  plan_item_id: string;
  occurrence_id: string;
  requested_by: string | null;
  requested_by_name: string;
  org_unit_id: string | null;
  reason: string;
  proposed_date: string;
  previous_deadline: string;
  status: Generated<ExtensionStatus>;
  approved_date: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decision_note: string | null;
  decided_at: Date | null;
  created_at: Timestamp;
}

export interface EmulationSettingTable {
  year: number;
  level: 'individual' | 'unit';
  config: StoredJson<JsonValue>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface EmulationCampaignTable {
  id: Generated<string>;
  org_unit_id: string;
  year: number;
  name: string;
  stage: Generated<'registration' | 'scoring' | 'voting' | 'decided'>;
  chair_id: string;
  council_ids: StoredJson<JsonValue>;
  criteria: StoredJson<JsonValue>;
  decided_at: Date | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EmulationEntryTable {
  id: Generated<string>;
  campaign_id: string;
  subject_kind: 'person' | 'unit';
  user_id: string | null;
  org_unit_id: string;
  title: string;
  evidence: StoredJson<JsonValue>;
  self_scores: StoredJson<Record<string, number>> | null;
  self_rating: string | null;
  head_rating: string | null;
  council_scores: StoredJson<Record<string, number>> | null;
  final_rating: string | null;
  result: 'approved' | 'rejected' | null;
  registered_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EmulationVoteTable {
  entry_id: string;
  voter_id: string;
  approve: boolean;
  created_at: Timestamp;
}

export interface Database extends FakeNewsTables {
  org_units: OrgUnitTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingTable;
  import_previews: ImportPreviewTable;
  plans: PlanTable;
  plan_items: PlanItemTable;
  plan_domains: PlanDomainTable;
  plan_item_units: PlanItemUnitTable;
  plan_regimes: PlanRegimeTable;
  calendar_adjustments: CalendarAdjustmentTable;
  task_occurrences: TaskOccurrenceTable;
  task_people: TaskPersonTable;
  task_updates: TaskUpdateTable;
  attachments: AttachmentTable;
  indicator_targets: IndicatorTargetTable;
  indicator_values: IndicatorValueTable;
  indicator_rules: IndicatorRuleTable;
  notifications: NotificationTable;
  reminder_deliveries: ReminderDeliveryTable;
  report_regimes: ReportRegimeTable;
  report_periods: ReportPeriodTable;
  submissions: SubmissionTable;
  submission_versions: SubmissionVersionTable;
  submission_comments: SubmissionCommentTable;
  consolidated_reports: ConsolidatedReportTable;
  emulation_settings: EmulationSettingTable;
  emulation_campaigns: EmulationCampaignTable;
  emulation_entries: EmulationEntryTable;
  emulation_votes: EmulationVoteTable;
  task_extensions: TaskExtensionTable;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type NewOrgUnitRow = Insertable<OrgUnitTable>;
export type OrgUnitUpdate = Updateable<OrgUnitTable>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
