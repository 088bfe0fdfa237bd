import { api, clearCsrfToken, download, refreshCsrfToken } from './client';
import type {
  ApiToken,
  BulkStatusInput,
  CalendarAdjustmentInput,
  CalendarYear,
  IndicatorDetail,
  IndicatorFilters,
  IndicatorRow,
  IndicatorValueInput,
  MyWork,
  NotificationList,
  StatsBreakdown,
  StatsBy,
  StatsFilters,
  TaskDetail,
  TaskFilters,
  TaskList,
  TaskPartInput,
  TaskPeopleInput,
  TaskStats,
  TaskTriggerInput,
  TaskTriggerResult,
  TaskUpdateInput,
  TaskAttachment,
  AuditPage,
  AuditQuery,
  CreatedToken,
  CreateOrgUnitInput,
  CreateUserInput,
  Health,
  ImportPreview,
  ImportResult,
  LoginResponse,
  Me,
  OrgUnit,
  OrgUnitTree,
  PlanCommitInput,
  PlanDetail,
  PlanImportPreview,
  PlanImportResult,
  PlanReviewInput,
  PlanSummary,
  UpdateOrgUnitInput,
  UpdateUserInput,
  User,
} from './types';

const enc = encodeURIComponent;

export const healthApi = {
  get: () => api.get<Health>('/api/health', undefined, { silent: true, anonymous: true }),
};

export const authApi = {
  /** Logs in; the caller renders the error (wrong password, rate limit) in the form. */
  async login(username: string, password: string): Promise<Me> {
    const { user } = await api.post<LoginResponse>(
      '/api/auth/login',
      { username, password },
      { silent: true, anonymous: true, noCsrf: true },
    );
    await refreshCsrfToken();
    return user;
  },
  /** The current session's user, or null when not logged in. */
  async me(): Promise<Me | null> {
    try {
      const me = await api.get<Me>('/api/me', undefined, { silent: true, anonymous: true });
      await refreshCsrfToken();
      return me;
    } catch (err) {
      if ((err as { status?: number }).status === 401) return null;
      throw err;
    }
  },
  async logout(): Promise<void> {
    try {
      await api.post<undefined>('/api/auth/logout', {}, { silent: true, anonymous: true });
    } finally {
      clearCsrfToken();
    }
  },
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<undefined>('/api/me/password', { currentPassword, newPassword }, { silent: true }),
};

export const orgUnitsApi = {
  tree: () => api.get<OrgUnitTree>('/api/org-units'),
  create: (input: CreateOrgUnitInput) => api.post<OrgUnit>('/api/org-units', input),
  update: (id: string, input: UpdateOrgUnitInput) => api.patch<OrgUnit>(`/api/org-units/${enc(id)}`, input),
  move: (id: string, parentId: string | null) =>
    api.post<OrgUnit>(`/api/org-units/${enc(id)}/move`, { parentId }),
  remove: (id: string) => api.delete(`/api/org-units/${enc(id)}`),
  export: (format: 'json' | 'xlsx') => download('/api/org-units/export', { format }, `don-vi.${format}`),
  previewImport(file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<ImportPreview>('/api/org-units/import/preview', form);
  },
  commitImport: (previewId: string) =>
    api.post<ImportResult>(`/api/org-units/import/${enc(previewId)}/commit`, {}),
};

export const usersApi = {
  list: (orgUnitId?: string) => api.get<{ users: User[] }>('/api/users', { orgUnitId }),
  create: (input: CreateUserInput) => api.post<User>('/api/users', input),
  update: (id: string, input: UpdateUserInput) => api.patch<User>(`/api/users/${enc(id)}`, input),
  disable: (id: string) => api.post<User>(`/api/users/${enc(id)}/disable`),
  enable: (id: string) => api.post<User>(`/api/users/${enc(id)}/enable`),
  resetPassword: (id: string) =>
    api.post<{ temporaryPassword: string }>(`/api/users/${enc(id)}/reset-password`),
};

export const tokensApi = {
  list: () => api.get<{ tokens: ApiToken[] }>('/api/tokens'),
  create: (userId: string, name: string) => api.post<CreatedToken>('/api/tokens', { userId, name }),
  revoke: (id: string) => api.delete(`/api/tokens/${enc(id)}`),
};

export const auditApi = {
  search: (query: AuditQuery) => api.get<AuditPage>('/api/audit', { ...query }),
};

export const plansApi = {
  list: () => api.get<{ plans: PlanSummary[] }>('/api/plans'),
  get: (id: string) => api.get<PlanDetail>(`/api/plans/${enc(id)}`, undefined, { silent: true }),
  /** Uploads a plan document for a preview; errors are rendered by the caller (silent). */
  previewImport(file: File, onProgress: (percent: number) => void) {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<PlanImportPreview>('/api/plans/import', form, {
      silent: true,
      onUploadProgress: onProgress,
    });
  },
  review: (previewId: string, input: PlanReviewInput) =>
    api.post<PlanImportResult>(`/api/plans/import/${enc(previewId)}/review`, input, { silent: true }),
  commit: (previewId: string, input: PlanCommitInput) =>
    api.post<{ planId: string }>(`/api/plans/import/${enc(previewId)}/commit`, input, { silent: true }),
};

export const tasksApi = {
  list: (filters: TaskFilters, page: number, pageSize: number) =>
    api.get<TaskList>('/api/tasks', { ...filters, page, pageSize }),
  get: (id: string) => api.get<TaskDetail>(`/api/tasks/${enc(id)}`, undefined, { silent: true }),
  /** 409 when the occurrence changed since it was read; the caller shows it (silent). */
  update: (id: string, input: TaskUpdateInput) =>
    api.post<TaskDetail>(`/api/tasks/${enc(id)}/updates`, input, { silent: true }),
  attach(id: string, updateId: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<TaskAttachment>(`/api/tasks/${enc(id)}/updates/${enc(updateId)}/attachments`, form, {
      silent: true,
    });
  },
  updatePart: (id: string, unitId: string, input: TaskPartInput) =>
    api.put<TaskDetail>(`/api/tasks/${enc(id)}/parts/${enc(unitId)}`, input, { silent: true }),
  setPeople: (id: string, input: TaskPeopleInput) =>
    api.put<TaskDetail>(`/api/tasks/${enc(id)}/people`, input),
  trigger: (id: string, input: TaskTriggerInput) =>
    api.post<TaskTriggerResult>(`/api/tasks/${enc(id)}/triggers`, input, { silent: true }),
  bulkStatus: (input: BulkStatusInput) =>
    api.post<{ updated: number }>('/api/tasks/bulk-status', input, { silent: true }),
  exportXlsx: (filters: TaskFilters) => download('/api/tasks/export.xlsx', { ...filters }, 'nhiem-vu.xlsx'),
};

/** A plain link: the browser sends the session cookie, and GET needs no CSRF token. */
export const attachmentUrl = (id: string) => `/api/attachments/${enc(id)}`;

export const indicatorsApi = {
  list: (filters: IndicatorFilters) =>
    api.get<{ indicators: IndicatorRow[] }>('/api/indicators', { ...filters }),
  get: (id: string) => api.get<IndicatorDetail>(`/api/indicators/${enc(id)}`, undefined, { silent: true }),
  /** 400 with the rule violations unless confirmViolations; the caller shows them (silent). */
  putValue: (id: string, input: IndicatorValueInput) =>
    api.put<IndicatorDetail>(`/api/indicators/${enc(id)}/values`, input, { silent: true }),
  exportXlsx: (planId?: string) => download('/api/indicators/export.xlsx', { planId }, 'chi-tieu.xlsx'),
};

export const statsApi = {
  tasks: (filters: StatsFilters) => api.get<TaskStats>('/api/stats/tasks', { ...filters }),
  breakdown: (filters: StatsFilters, by: StatsBy) =>
    api.get<StatsBreakdown>('/api/stats/tasks/breakdown', { ...filters, by }),
};

export const myWorkApi = {
  get: (unitId?: string) => api.get<MyWork>('/api/my-work', { unitId }),
};

export const notificationsApi = {
  list: (unreadOnly: boolean) =>
    api.get<NotificationList>('/api/notifications', { unread: unreadOnly ? 1 : undefined }, { silent: true }),
  read: (id: string) => api.post<undefined>(`/api/notifications/${enc(id)}/read`),
  readAll: () => api.post<{ updated: number }>('/api/notifications/read-all'),
};

export const calendarApi = {
  year: (year: number) => api.get<CalendarYear>(`/api/calendar/${year}`),
  record: (input: CalendarAdjustmentInput) => api.put<undefined>('/api/calendar/adjustments', input),
  remove: (date: string) => api.delete(`/api/calendar/adjustments/${enc(date)}`),
};
