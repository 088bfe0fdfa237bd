import type { Role } from '../../domain/access/roles';
import type { OrgUnitKind } from '../../domain/org/org-unit';

export type { Role, OrgUnitKind };

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
