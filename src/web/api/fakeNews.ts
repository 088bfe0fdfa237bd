/** The fake-news centre's calls (public and team); shapes come from the server's Zod schemas (type-only). */
import { sha256 } from '@noble/hashes/sha2';
import type { z } from 'zod';
import { solveWork } from '../../domain/fake-news/proof-of-work';
import type {
  assignBody,
  caseDetailSchema,
  caseListResponse,
  challengeResponse,
  classifyBody,
  concludeBody,
  figuresResponse,
  intakeResponse,
  myTeamResponse,
  outcomeBody,
  publicStatusResponse,
  publishBody,
  publishedListResponse,
  referBody,
  rejectBody,
  staffIntakeBody,
  teamResponse,
} from '../../server/fake-news/fake-news.schemas';
import { request } from './client';

export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type CaseList = z.infer<typeof caseListResponse>;
export type Intake = z.infer<typeof intakeResponse>;
export type PublicStatus = z.infer<typeof publicStatusResponse>;
export type PublishedList = z.infer<typeof publishedListResponse>;
export type Figures = z.infer<typeof figuresResponse>;
export type Team = z.infer<typeof teamResponse>;

const utf8 = new TextEncoder();
const hash = (s: string) => sha256(utf8.encode(s));

export interface PublicReportInput {
  urls: string[];
  description: string;
  platform: string | null;
  contact: string | null;
  screenshots: File[];
}

/** Fetches a challenge, does the proof of work (a second or two) and sends the report. */
export async function sendPublicReport(input: PublicReportInput): Promise<Intake> {
  const challenge = await request<z.infer<typeof challengeResponse>>(
    'GET',
    '/api/public/fake-news/challenge',
    {
      anonymous: true,
      silent: true,
    },
  );
  // Let the "checking" state paint before the loop holds the thread.
  await new Promise((resolve) => setTimeout(resolve, 30));
  const nonce = solveWork(hash, challenge.challenge, challenge.bits);
  const form = new FormData();
  for (const url of input.urls) form.append('urls', url);
  form.append('description', input.description);
  if (input.platform) form.append('platform', input.platform);
  if (input.contact) form.append('contact', input.contact);
  form.append('challenge', challenge.challenge);
  form.append('nonce', String(nonce ?? 0));
  for (const file of input.screenshots) form.append('screenshots', file, file.name);
  return request<Intake>('POST', '/api/public/fake-news/reports', {
    form,
    anonymous: true,
    silent: true,
    noCsrf: true,
  });
}

export const fakeNewsApi = {
  status: (code: string) =>
    request<PublicStatus>('GET', `/api/public/fake-news/reports/${encodeURIComponent(code)}`, {
      anonymous: true,
      silent: true,
    }),
  published: (q: string) =>
    request<PublishedList>('GET', '/api/public/fake-news/published', { query: { q }, anonymous: true }),
  me: () => request<z.infer<typeof myTeamResponse>>('GET', '/api/fake-news/me'),
  team: () => request<Team>('GET', '/api/fake-news/team'),
  cases: (query: { status?: string; q?: string }) =>
    request<CaseList>('GET', '/api/fake-news/cases', { query }),
  intake: (body: z.infer<typeof staffIntakeBody>) =>
    request<Intake>('POST', '/api/fake-news/cases', { body }),
  detail: (id: string) => request<CaseDetail>('GET', `/api/fake-news/cases/${id}`),
  classify: (id: string, body: z.infer<typeof classifyBody>) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/classify`, { body }),
  assign: (id: string, body: z.infer<typeof assignBody>) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/assign`, { body }),
  note: (id: string, body: string) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/notes`, { body: { body } }),
  conclude: (id: string, body: z.infer<typeof concludeBody>) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/conclude`, { body }),
  approve: (id: string, version: number) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/approve`, { body: { version } }),
  reject: (id: string, body: z.infer<typeof rejectBody>) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/reject`, { body }),
  publish: (id: string, body: z.infer<typeof publishBody>) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/publish`, { body }),
  refer: (id: string, body: z.infer<typeof referBody>) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/refer`, { body }),
  outcome: (id: string, body: z.infer<typeof outcomeBody>) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/outcome`, { body }),
  close: (id: string, version: number) =>
    request<CaseDetail>('POST', `/api/fake-news/cases/${id}/close`, { body: { version } }),
  figures: (period: string) => request<Figures>('GET', '/api/fake-news/figures', { query: { period } }),
  fileUrl: (fileId: string) => `/api/fake-news/files/${fileId}`,
};
