/** Reporting (#5) and consolidation (#6) calls; every shape is read from the generated route table. */
import { client, ok, saveDownload, transport, uploadOf } from './client';
import type { BodyOf, QueryOf, ResponseOf, paths } from './contract';

export type Regime = ResponseOf<'/api/report-regimes/{id}'>;
export type RegimeList = ResponseOf<'/api/report-regimes'>;
export type CreateRegimeInput = BodyOf<'/api/report-regimes', 'post'>;
export type UpdateRegimeInput = BodyOf<'/api/report-regimes/{id}', 'put'>;
export type ActivateResult = ResponseOf<'/api/report-regimes/{id}/activate', 'post'>;
export type PeriodList = ResponseOf<'/api/report-periods'>;
export type ReportPeriod = PeriodList['periods'][number];
export type Submission = ResponseOf<'/api/submissions/{id}'>;
export type SaveSubmissionInput = BodyOf<'/api/submissions/{id}', 'put'>;
export type SubmissionVersions = ResponseOf<'/api/submissions/{id}/versions'>;
export type SubmissionVersion = ResponseOf<'/api/submissions/{id}/versions/{number}'>;
export type CommentList = ResponseOf<'/api/submissions/{id}/comments'>;
export type SubmissionComment = CommentList['comments'][number];
export type SubmissionAttachment = ResponseOf<'/api/submissions/{id}/attachments', 'post'>;
export type ReportingRates = ResponseOf<'/api/stats/reporting'>;
export type RegimeBoard = ResponseOf<'/api/report-regimes/{id}/board'>;
export type ReportingTree = ResponseOf<'/api/stats/reporting/tree'>;
export type ConsolidatedReport = ResponseOf<'/api/consolidated-reports/{id}'>;
export type ConsolidatedList = ResponseOf<'/api/consolidated-reports'>;
export type DraftBlock = ConsolidatedReport['draft']['blocks'][number];
export type ConsolidatedUpdate = BodyOf<'/api/consolidated-reports/{id}', 'put'>;
export type DraftEdit = NonNullable<ConsolidatedUpdate['edits']>[number];
export type HeaderPatch = NonNullable<ConsolidatedUpdate['header']>;
export type RefreshResult = ResponseOf<'/api/consolidated-reports/{id}/refresh', 'post'>;
export type ConsistencyChecks = ResponseOf<'/api/consolidated-reports/{id}/checks'>;
type DocxConflict =
  paths['/api/consolidated-reports/{id}/document.docx']['get']['responses'][409]['content']['application/json'];
export type Contradiction = Extract<
  DocxConflict,
  { error: { code: 'FIGURES_CONTRADICT' } }
>['error']['details']['contradictions'][number];
export type CreateConsolidatedInput = BodyOf<'/api/consolidated-reports', 'post'>;

const id = (value: string) => ({ params: { path: { id: value } } });

export const regimesApi = {
  list: (query: QueryOf<'/api/report-regimes'> = {}) =>
    ok(client.GET('/api/report-regimes', { params: { query } })),
  get: (regimeId: string) => ok(client.GET('/api/report-regimes/{id}', id(regimeId))),
  create: (input: CreateRegimeInput) => ok(client.POST('/api/report-regimes', { body: input })),
  update: (regimeId: string, input: UpdateRegimeInput) =>
    ok(client.PUT('/api/report-regimes/{id}', { ...id(regimeId), body: input })),
  activate: (regimeId: string) =>
    ok(client.POST('/api/report-regimes/{id}/activate', { ...id(regimeId), body: {} })),
  periods: (query: QueryOf<'/api/report-periods'>) =>
    ok(client.GET('/api/report-periods', { params: { query } })),
  board: (regimeId: string) => ok(client.GET('/api/report-regimes/{id}/board', id(regimeId))),
  rates: (regimeId: string, period?: string) =>
    ok(client.GET('/api/stats/reporting', { params: { query: { regimeId, period } } })),
  tree: (regimeId: string, period?: string) =>
    ok(client.GET('/api/stats/reporting/tree', { params: { query: { regimeId, period } } })),
};

export const submissionsApi = {
  lookup: (periodId: string, unitId?: string) =>
    ok(client.GET('/api/submissions', { params: { query: { periodId, unitId } } })),
  get: (submissionId: string) => ok(client.GET('/api/submissions/{id}', id(submissionId))),
  /** Autosave: the caller shows the outcome (a stale version is a normal event, not an error popup). */
  save: (submissionId: string, input: SaveSubmissionInput) =>
    ok(
      client.PUT('/api/submissions/{id}', {
        ...id(submissionId),
        body: input,
        fetch: transport({ silent: true }),
      }),
    ),
  submit: (submissionId: string, version: number) =>
    ok(client.POST('/api/submissions/{id}/submit', { ...id(submissionId), body: { version } })),
  returnToUnit: (submissionId: string, version: number, comment: string) =>
    ok(client.POST('/api/submissions/{id}/return', { ...id(submissionId), body: { version, comment } })),
  accept: (submissionId: string, version: number) =>
    ok(client.POST('/api/submissions/{id}/accept', { ...id(submissionId), body: { version } })),
  unlock: (submissionId: string, reason: string) =>
    ok(client.POST('/api/submissions/{id}/unlock', { ...id(submissionId), body: { reason } })),
  versions: (submissionId: string) => ok(client.GET('/api/submissions/{id}/versions', id(submissionId))),
  version: (submissionId: string, number: number) =>
    ok(
      client.GET('/api/submissions/{id}/versions/{number}', {
        params: { path: { id: submissionId, number } },
      }),
    ),
  comments: (submissionId: string) => ok(client.GET('/api/submissions/{id}/comments', id(submissionId))),
  addComment: (submissionId: string, body: string, sectionKey?: string) =>
    ok(client.POST('/api/submissions/{id}/comments', { ...id(submissionId), body: { body, sectionKey } })),
  attach: (submissionId: string, file: File) =>
    ok(client.POST('/api/submissions/{id}/attachments', { ...id(submissionId), ...uploadOf(file) })),
  downloadAttachment: (submissionId: string, attachmentId: string, filename: string) =>
    saveDownload(
      client.GET('/api/submissions/{id}/attachments/{attachmentId}', {
        params: { path: { id: submissionId, attachmentId } },
        parseAs: 'blob',
      }),
      filename,
    ),
};

/** Silent: a 409 FIGURES_CONTRADICT is answered by asking for a reason, not by an error toast. */
const fileOf = (reportId: string, acknowledge: string | undefined) => ({
  params: { path: { id: reportId }, query: { acknowledge } },
  parseAs: 'blob' as const,
  fetch: transport({ silent: true }),
});

export const consolidationApi = {
  build: (input: CreateConsolidatedInput) => ok(client.POST('/api/consolidated-reports', { body: input })),
  list: (query: QueryOf<'/api/consolidated-reports'> = {}) =>
    ok(client.GET('/api/consolidated-reports', { params: { query } })),
  get: (reportId: string) => ok(client.GET('/api/consolidated-reports/{id}', id(reportId))),
  update: (reportId: string, input: ConsolidatedUpdate) =>
    ok(client.PUT('/api/consolidated-reports/{id}', { ...id(reportId), body: input })),
  refresh: (reportId: string) =>
    ok(client.POST('/api/consolidated-reports/{id}/refresh', { ...id(reportId), body: {} })),
  checks: (reportId: string) => ok(client.GET('/api/consolidated-reports/{id}/checks', id(reportId))),
  docx: (reportId: string, fallback: string, acknowledge?: string) =>
    saveDownload(
      client.GET('/api/consolidated-reports/{id}/document.docx', fileOf(reportId, acknowledge)),
      fallback,
    ),
  xlsx: (reportId: string, fallback: string, acknowledge?: string) =>
    saveDownload(
      client.GET('/api/consolidated-reports/{id}/tables.xlsx', fileOf(reportId, acknowledge)),
      fallback,
    ),
};
