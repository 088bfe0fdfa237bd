import { api, clearCsrfToken, download, refreshCsrfToken } from './client';
import type {
  ApiToken,
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
