import { clearCsrfToken, client, ok, refreshCsrfToken, saveDownload, transport, uploadOf } from './client';
import type {
  AuditQuery,
  BulkStatusInput,
  CalendarAdjustmentInput,
  CreateOrgUnitInput,
  CreateUserInput,
  IndicatorFilters,
  IndicatorValueInput,
  Me,
  PlanCommitInput,
  PlanDetail,
  PlanImportPreview,
  PlanReviewInput,
  StatsBy,
  StatsFilters,
  TaskFilters,
  TaskPartInput,
  TaskPeopleInput,
  TaskTriggerInput,
  TaskUpdateInput,
  UpdateOrgUnitInput,
  UpdateUserInput,
} from './types';

const silent = { fetch: transport({ silent: true }) };
const path = <T>(p: T) => ({ params: { path: p } });

export const healthApi = {
  get: () => ok(client.GET('/api/health', { fetch: transport({ silent: true, anonymous: true }) })),
};

export const authApi = {
  /** Logs in; the caller renders the error (wrong password, rate limit) in the form. */
  async login(username: string, password: string): Promise<Me> {
    const { user } = await ok(
      client.POST('/api/auth/login', {
        body: { username, password },
        fetch: transport({ silent: true, anonymous: true, noCsrf: true }),
      }),
    );
    await refreshCsrfToken();
    return user;
  },
  /** The current session's user, or null when not logged in. */
  async me(): Promise<Me | null> {
    try {
      const me = await ok(client.GET('/api/me', { fetch: transport({ silent: true, anonymous: true }) }));
      await refreshCsrfToken();
      return me;
    } catch (err) {
      if ((err as { status?: number }).status === 401) return null;
      throw err;
    }
  },
  async logout(): Promise<void> {
    try {
      await ok(
        client.POST('/api/auth/logout', { body: {}, fetch: transport({ silent: true, anonymous: true }) }),
      );
    } finally {
      clearCsrfToken();
    }
  },
  changePassword: (currentPassword: string, newPassword: string) =>
    ok(client.POST('/api/me/password', { body: { currentPassword, newPassword }, ...silent })),
};

export const orgUnitsApi = {
  tree: () => ok(client.GET('/api/org-units')),
  create: (input: CreateOrgUnitInput) => ok(client.POST('/api/org-units', { body: input })),
  update: (id: string, input: UpdateOrgUnitInput) =>
    ok(client.PATCH('/api/org-units/{id}', { ...path({ id }), body: input })),
  move: (id: string, parentId: string | null) =>
    ok(client.POST('/api/org-units/{id}/move', { ...path({ id }), body: { parentId } })),
  remove: (id: string) => ok(client.DELETE('/api/org-units/{id}', { ...path({ id }), body: {} })),
  export: (format: 'json' | 'xlsx') =>
    saveDownload(
      client.GET('/api/org-units/export', { params: { query: { format } }, parseAs: 'blob' }),
      `don-vi.${format}`,
    ),
  previewImport: (file: File) => ok(client.POST('/api/org-units/import/preview', uploadOf(file))),
  commitImport: (previewId: string) =>
    ok(client.POST('/api/org-units/import/{previewId}/commit', { ...path({ previewId }), body: {} })),
};

export const usersApi = {
  list: (orgUnitId?: string) => ok(client.GET('/api/users', { params: { query: { orgUnitId } } })),
  create: (input: CreateUserInput) => ok(client.POST('/api/users', { body: input })),
  update: (id: string, input: UpdateUserInput) =>
    ok(client.PATCH('/api/users/{id}', { ...path({ id }), body: input })),
  disable: (id: string) => ok(client.POST('/api/users/{id}/disable', { ...path({ id }), body: {} })),
  enable: (id: string) => ok(client.POST('/api/users/{id}/enable', { ...path({ id }), body: {} })),
  resetPassword: (id: string) =>
    ok(client.POST('/api/users/{id}/reset-password', { ...path({ id }), body: {} })),
};

export const tokensApi = {
  list: () => ok(client.GET('/api/tokens')),
  create: (userId: string, name: string) => ok(client.POST('/api/tokens', { body: { userId, name } })),
  revoke: (id: string) => ok(client.DELETE('/api/tokens/{id}', { ...path({ id }), body: {} })),
};

export const auditApi = {
  search: (query: AuditQuery) => ok(client.GET('/api/audit', { params: { query } })),
};

export const plansApi = {
  list: () => ok(client.GET('/api/plans')),
  get: (id: string): Promise<PlanDetail> => ok(client.GET('/api/plans/{id}', { ...path({ id }), ...silent })),
  /** Uploads a plan document for a preview; errors are rendered by the caller (silent). */
  previewImport(file: File, onProgress: (percent: number) => void): Promise<PlanImportPreview> {
    const upload = uploadOf(file);
    return ok(
      client.POST('/api/plans/import', {
        ...upload,
        fetch: transport({ silent: true, onUploadProgress: onProgress, form: upload.bodySerializer() }),
      }),
    );
  },
  review: (previewId: string, input: PlanReviewInput) =>
    ok(
      client.POST('/api/plans/import/{previewId}/review', { ...path({ previewId }), body: input, ...silent }),
    ),
  commit: (previewId: string, input: PlanCommitInput) =>
    ok(
      client.POST('/api/plans/import/{previewId}/commit', { ...path({ previewId }), body: input, ...silent }),
    ),
};

export const tasksApi = {
  list: (filters: TaskFilters, page: number, pageSize: number) =>
    ok(client.GET('/api/tasks', { params: { query: { ...filters, page, pageSize } } })),
  get: (id: string) => ok(client.GET('/api/tasks/{id}', { ...path({ id }), ...silent })),
  /** 409 when the occurrence changed since it was read; the caller shows it (silent). */
  update: (id: string, input: TaskUpdateInput) =>
    ok(client.POST('/api/tasks/{id}/updates', { ...path({ id }), body: input, ...silent })),
  attach: (id: string, updateId: string, file: File) =>
    ok(
      client.POST('/api/tasks/{id}/updates/{updateId}/attachments', {
        ...path({ id, updateId }),
        ...uploadOf(file),
        ...silent,
      }),
    ),
  updatePart: (id: string, unitId: string, input: TaskPartInput) =>
    ok(client.PUT('/api/tasks/{id}/parts/{unitId}', { ...path({ id, unitId }), body: input, ...silent })),
  setPeople: (id: string, input: TaskPeopleInput) =>
    ok(client.PUT('/api/tasks/{id}/people', { ...path({ id }), body: input })),
  trigger: (id: string, input: TaskTriggerInput) =>
    ok(client.POST('/api/tasks/{id}/triggers', { ...path({ id }), body: input, ...silent })),
  bulkStatus: (input: BulkStatusInput) =>
    ok(client.POST('/api/tasks/bulk-status', { body: input, ...silent })),
  exportXlsx: (filters: TaskFilters) =>
    saveDownload(
      client.GET('/api/tasks/export.xlsx', { params: { query: filters }, parseAs: 'blob' }),
      'nhiem-vu.xlsx',
    ),
};

/** A plain link: the browser sends the session cookie, and GET needs no CSRF token. */
export const attachmentUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

export const indicatorsApi = {
  list: (filters: IndicatorFilters) => ok(client.GET('/api/indicators', { params: { query: filters } })),
  get: (id: string) => ok(client.GET('/api/indicators/{id}', { ...path({ id }), ...silent })),
  /** 400 with the rule violations unless confirmViolations; the caller shows them (silent). */
  putValue: (id: string, input: IndicatorValueInput) =>
    ok(client.PUT('/api/indicators/{id}/values', { ...path({ id }), body: input, ...silent })),
  exportXlsx: (planId?: string) =>
    saveDownload(
      client.GET('/api/indicators/export.xlsx', { params: { query: { planId } }, parseAs: 'blob' }),
      'chi-tieu.xlsx',
    ),
};

const statsQuery = ({ includeSubunits, ...filters }: StatsFilters) => ({
  ...filters,
  includeSubunits: includeSubunits ? ('true' as const) : undefined,
});

export const statsApi = {
  tasks: (filters: StatsFilters) =>
    ok(client.GET('/api/stats/tasks', { params: { query: statsQuery(filters) } })),
  breakdown: (filters: StatsFilters, by: StatsBy) =>
    ok(client.GET('/api/stats/tasks/breakdown', { params: { query: { ...statsQuery(filters), by } } })),
};

export const myWorkApi = {
  get: (unitId?: string) => ok(client.GET('/api/my-work', { params: { query: { unitId } } })),
};

export const notificationsApi = {
  list: (unreadOnly: boolean) =>
    ok(
      client.GET('/api/notifications', {
        params: { query: { unread: unreadOnly ? '1' : undefined } },
        ...silent,
      }),
    ),
  read: (id: string) => ok(client.POST('/api/notifications/{id}/read', { ...path({ id }), body: {} })),
  readAll: () => ok(client.POST('/api/notifications/read-all', { body: {} })),
};

export const calendarApi = {
  year: (year: number) => ok(client.GET('/api/calendar/{year}', path({ year }))),
  record: (input: CalendarAdjustmentInput) => ok(client.PUT('/api/calendar/adjustments', { body: input })),
  remove: (date: string) =>
    ok(client.DELETE('/api/calendar/adjustments/{date}', { ...path({ date }), body: {} })),
};
