import type { Role } from '../../domain/access/roles';
import type { OrgUnitKind } from '../../domain/org/org-unit';
import type { RegimeDeadline, RegimeFrequency } from '../../domain/plan-import/types';
import type { ImportItem, ImportRegime, ItemEdit, PlanImportResult } from '../../domain/plans/import-result';
import type { ParsedTarget, Target } from '../../domain/targets';
import type { Timeframe, TimeframeKind } from '../../domain/timeframe';

export type { Role, OrgUnitKind };
export type {
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

export interface Me {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  roles: Role[];
  orgUnitId: string;
  orgUnitName: string;
  mustChangePassword: boolean;
}

export interface LoginResponse {
  user: Me;
}

export interface CsrfResponse {
  token: string;
}

export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  aliases: string[];
  sortOrder: number;
}

export interface OrgUnitNode extends OrgUnit {
  children: OrgUnitNode[];
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

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  roles: Role[];
  orgUnitId: string;
  orgUnitName: string;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
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

export interface ApiToken {
  id: string;
  name: string;
  userId: string;
  username: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

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

export type PlanStatus = 'active' | 'superseded';

export interface PlanSummary {
  id: string;
  /** Số, ký hiệu, e.g. `40/KH-STTTT`. */
  number: string | null;
  version: number;
  /** `active`, or `superseded` once a newer version of the same number was imported. */
  status: PlanStatus | (string & {});
  title: string;
  year: number;
  /** Ngày ban hành, `YYYY-MM-DD`. */
  issuedOn: string | null;
  agency: string | null;
  isSample: boolean;
  indicatorCount: number;
  taskCount: number;
  createdAt: string;
}

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
  domain: string | null;
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
}

export interface PlanCommitInput extends PlanReviewInput {
  mode: PlanImportMode;
}
