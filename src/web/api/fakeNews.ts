/** The fake-news centre's calls (public and team); shapes come from the server's Zod schemas (type-only). */
import { sha256 } from '@noble/hashes/sha2';
import { solveWork } from '../../domain/fake-news/proof-of-work';
import { client, ok, transport } from './client';
import type { BodyOf, QueryOf, ResponseOf } from './contract';

export type CaseDetail = ResponseOf<'/api/fake-news/cases/{id}'>;
export type CaseList = ResponseOf<'/api/fake-news/cases'>;
export type Intake = ResponseOf<'/api/public/fake-news/reports', 'post'>;
export type PublicStatus = ResponseOf<'/api/public/fake-news/reports/{code}'>;
export type PublishedList = ResponseOf<'/api/public/fake-news/published'>;
export type Figures = ResponseOf<'/api/fake-news/figures'>;
export type Team = ResponseOf<'/api/fake-news/team'>;

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
  const challenge = await ok(
    client.GET('/api/public/fake-news/challenge', { fetch: transport({ anonymous: true, silent: true }) }),
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
  return ok(
    client.POST('/api/public/fake-news/reports', {
      body: {},
      bodySerializer: () => form,
      fetch: transport({ anonymous: true, silent: true, noCsrf: true }),
    }),
  );
}

const path = (id: string) => ({ params: { path: { id } } });
interface Steps {
  classify: BodyOf<'/api/fake-news/cases/{id}/classify', 'post'>;
  assign: BodyOf<'/api/fake-news/cases/{id}/assign', 'post'>;
  conclude: BodyOf<'/api/fake-news/cases/{id}/conclude', 'post'>;
  reject: BodyOf<'/api/fake-news/cases/{id}/reject', 'post'>;
  publish: BodyOf<'/api/fake-news/cases/{id}/publish', 'post'>;
  refer: BodyOf<'/api/fake-news/cases/{id}/refer', 'post'>;
  outcome: BodyOf<'/api/fake-news/cases/{id}/outcome', 'post'>;
}

export const fakeNewsApi = {
  status: (code: string) =>
    ok(
      client.GET('/api/public/fake-news/reports/{code}', {
        params: { path: { code } },
        fetch: transport({ anonymous: true, silent: true }),
      }),
    ),
  published: (q: string) =>
    ok(
      client.GET('/api/public/fake-news/published', {
        params: { query: { q } },
        fetch: transport({ anonymous: true }),
      }),
    ),
  me: () => ok(client.GET('/api/fake-news/me')),
  team: () => ok(client.GET('/api/fake-news/team')),
  cases: (query: QueryOf<'/api/fake-news/cases'>) =>
    ok(client.GET('/api/fake-news/cases', { params: { query } })),
  intake: (body: BodyOf<'/api/fake-news/cases', 'post'>) => ok(client.POST('/api/fake-news/cases', { body })),
  detail: (id: string) => ok(client.GET('/api/fake-news/cases/{id}', path(id))),
  classify: (id: string, body: Steps['classify']) =>
    ok(client.POST('/api/fake-news/cases/{id}/classify', { ...path(id), body })),
  assign: (id: string, body: Steps['assign']) =>
    ok(client.POST('/api/fake-news/cases/{id}/assign', { ...path(id), body })),
  note: (id: string, body: string) =>
    ok(client.POST('/api/fake-news/cases/{id}/notes', { ...path(id), body: { body } })),
  conclude: (id: string, body: Steps['conclude']) =>
    ok(client.POST('/api/fake-news/cases/{id}/conclude', { ...path(id), body })),
  approve: (id: string, version: number) =>
    ok(client.POST('/api/fake-news/cases/{id}/approve', { ...path(id), body: { version } })),
  reject: (id: string, body: Steps['reject']) =>
    ok(client.POST('/api/fake-news/cases/{id}/reject', { ...path(id), body })),
  publish: (id: string, body: Steps['publish']) =>
    ok(client.POST('/api/fake-news/cases/{id}/publish', { ...path(id), body })),
  refer: (id: string, body: Steps['refer']) =>
    ok(client.POST('/api/fake-news/cases/{id}/refer', { ...path(id), body })),
  outcome: (id: string, body: Steps['outcome']) =>
    ok(client.POST('/api/fake-news/cases/{id}/outcome', { ...path(id), body })),
  close: (id: string, version: number) =>
    ok(client.POST('/api/fake-news/cases/{id}/close', { ...path(id), body: { version } })),
  figures: (period: string) => ok(client.GET('/api/fake-news/figures', { params: { query: { period } } })),
  fileUrl: (fileId: string) => `/api/fake-news/files/${fileId}`,
};
