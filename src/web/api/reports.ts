/** Reporting (#5) and consolidation (#6) calls; shapes come from the server's Zod schemas (type-only). */
import type { attachmentSchema } from '../../server/attachments/attachments.schemas';
import type { z } from 'zod';
import type {
  activateResponse,
  createRegimeBody,
  periodListResponse,
  periodSchema,
  regimeListResponse,
  regimeSchema,
  updateRegimeBody,
} from '../../server/report-regimes/report-regimes.schemas';
import type {
  commentListResponse,
  commentSchema,
  saveBody,
  submissionSchema,
  versionListResponse,
  versionResponse,
} from '../../server/submissions/submissions.schemas';
import type {
  boardResponse,
  ratesResponse,
  treeResponse,
} from '../../server/reporting-stats/reporting-stats.schemas';
import type {
  checksResponse,
  contradictionsError,
  createBody,
  editSchema,
  headerPatch,
  listResponse,
  refreshResponse,
  reportSchema,
  updateBody,
} from '../../server/consolidation/consolidation.schemas';
import { api, download } from './client';

export type Regime = z.infer<typeof regimeSchema>;
export type RegimeList = z.infer<typeof regimeListResponse>;
export type CreateRegimeInput = z.input<typeof createRegimeBody>;
export type UpdateRegimeInput = z.input<typeof updateRegimeBody>;
export type ActivateResult = z.infer<typeof activateResponse>;
export type ReportPeriod = z.infer<typeof periodSchema>;
export type PeriodList = z.infer<typeof periodListResponse>;
export type Submission = z.infer<typeof submissionSchema>;
export type SaveSubmissionInput = z.input<typeof saveBody>;
export type SubmissionVersions = z.infer<typeof versionListResponse>;
export type SubmissionVersion = z.infer<typeof versionResponse>;
export type SubmissionComment = z.infer<typeof commentSchema>;
export type SubmissionAttachment = z.infer<typeof attachmentSchema>;
export type ReportingRates = z.infer<typeof ratesResponse>;
export type RegimeBoard = z.infer<typeof boardResponse>;
export type ReportingTree = z.infer<typeof treeResponse>;
export type ConsolidatedReport = z.infer<typeof reportSchema>;
export type ConsolidatedList = z.infer<typeof listResponse>;
export type DraftBlock = ConsolidatedReport['draft']['blocks'][number];
export type DraftEdit = z.input<typeof editSchema>;
export type HeaderPatch = z.input<typeof headerPatch>;
export type ConsolidatedUpdate = z.input<typeof updateBody>;
export type RefreshResult = z.infer<typeof refreshResponse>;
export type ConsistencyChecks = z.infer<typeof checksResponse>;
export type Contradiction = z.infer<typeof contradictionsError>['error']['details']['contradictions'][number];
export type CreateConsolidatedInput = z.input<typeof createBody>;

const enc = encodeURIComponent;

export const regimesApi = {
  list: (query: { unitId?: string; planId?: string; status?: Regime['status'] } = {}) =>
    api.get<RegimeList>('/api/report-regimes', query),
  get: (id: string) => api.get<Regime>(`/api/report-regimes/${enc(id)}`),
  create: (input: CreateRegimeInput) => api.post<Regime>('/api/report-regimes', input),
  update: (id: string, input: UpdateRegimeInput) => api.put<Regime>(`/api/report-regimes/${enc(id)}`, input),
  activate: (id: string) => api.post<ActivateResult>(`/api/report-regimes/${enc(id)}/activate`),
  periods: (query: { regimeId?: string; mine?: '0' | '1'; from?: string; to?: string }) =>
    api.get<PeriodList>('/api/report-periods', query),
  board: (id: string) => api.get<RegimeBoard>(`/api/report-regimes/${enc(id)}/board`),
  rates: (regimeId: string, period?: string) =>
    api.get<ReportingRates>('/api/stats/reporting', { regimeId, period }),
  tree: (regimeId: string, period?: string) =>
    api.get<ReportingTree>('/api/stats/reporting/tree', { regimeId, period }),
};

const sub = (id: string) => `/api/submissions/${enc(id)}`;

export const submissionsApi = {
  lookup: (periodId: string, unitId?: string) =>
    api.get<Submission>('/api/submissions', { periodId, unitId }),
  get: (id: string) => api.get<Submission>(sub(id)),
  /** Autosave: the caller shows the outcome (a stale version is a normal event, not an error popup). */
  save: (id: string, input: SaveSubmissionInput) => api.put<Submission>(sub(id), input, { silent: true }),
  submit: (id: string, version: number) => api.post<Submission>(`${sub(id)}/submit`, { version }),
  returnToUnit: (id: string, version: number, comment: string) =>
    api.post<Submission>(`${sub(id)}/return`, { version, comment }),
  accept: (id: string, version: number) => api.post<Submission>(`${sub(id)}/accept`, { version }),
  unlock: (id: string, reason: string) => api.post<Submission>(`${sub(id)}/unlock`, { reason }),
  versions: (id: string) => api.get<SubmissionVersions>(`${sub(id)}/versions`),
  version: (id: string, n: number) => api.get<SubmissionVersion>(`${sub(id)}/versions/${n}`),
  comments: (id: string) => api.get<{ comments: SubmissionComment[] }>(`${sub(id)}/comments`),
  addComment: (id: string, body: string, sectionKey?: string) =>
    api.post<SubmissionComment>(`${sub(id)}/comments`, { body, sectionKey }),
  attach: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<SubmissionAttachment>(`${sub(id)}/attachments`, form);
  },
  downloadAttachment: (id: string, attachmentId: string, filename: string) =>
    download(`${sub(id)}/attachments/${enc(attachmentId)}`, {}, filename),
};

const cons = (id: string) => `/api/consolidated-reports/${enc(id)}`;

export const consolidationApi = {
  build: (input: CreateConsolidatedInput) => api.post<ConsolidatedReport>('/api/consolidated-reports', input),
  list: (query: { unitId?: string; period?: string } = {}) =>
    api.get<ConsolidatedList>('/api/consolidated-reports', query),
  get: (id: string) => api.get<ConsolidatedReport>(cons(id)),
  update: (id: string, input: ConsolidatedUpdate) => api.put<ConsolidatedReport>(cons(id), input),
  refresh: (id: string) => api.post<RefreshResult>(`${cons(id)}/refresh`),
  checks: (id: string) => api.get<ConsistencyChecks>(`${cons(id)}/checks`),
  /** Silent: a 409 FIGURES_CONTRADICT is answered by asking for a reason, not by an error toast. */
  docx: (id: string, fallback: string, acknowledge?: string) =>
    download(`${cons(id)}/document.docx`, { acknowledge }, fallback, { silent: true }),
  xlsx: (id: string, fallback: string, acknowledge?: string) =>
    download(`${cons(id)}/tables.xlsx`, { acknowledge }, fallback, { silent: true }),
};

export type CommentList = z.infer<typeof commentListResponse>;
