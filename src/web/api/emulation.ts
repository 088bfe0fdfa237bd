/** Emulation (thi đua) calls; every shape comes from the server's Zod schemas (type-only). */
import type { BodyOf, ResponseOf } from './contract';
import type { QualityRating } from '../../domain/emulation/ratings';
import { client, ok, saveDownload } from './client';

export type Campaign = ResponseOf<'/api/emulation/campaigns/{id}'>;
export type CampaignEntry = Campaign['entries'][number];
export type CampaignList = ResponseOf<'/api/emulation/campaigns'>;
export type Scores = ResponseOf<'/api/emulation/scores'>;
export type SubjectScore = Scores['people'][number];
export type CreateCampaignInput = BodyOf<'/api/emulation/campaigns', 'post'>;
export type RegisterInput = BodyOf<'/api/emulation/campaigns/{id}/entries', 'post'>;
export type CouncilDocument = 'minutes' | 'proposal' | 'decision';

const path = <T>(p: T) => ({ params: { path: p } });

export const emulationApi = {
  scores: (unitId: string, period: string) =>
    ok(client.GET('/api/emulation/scores', { params: { query: { unitId, period } } })),
  list: () => ok(client.GET('/api/emulation/campaigns')),
  get: (id: string) => ok(client.GET('/api/emulation/campaigns/{id}', path({ id }))),
  create: (input: CreateCampaignInput) => ok(client.POST('/api/emulation/campaigns', { body: input })),
  register: (id: string, input: RegisterInput) =>
    ok(client.POST('/api/emulation/campaigns/{id}/entries', { ...path({ id }), body: input })),
  advance: (id: string, stage: 'scoring' | 'voting') =>
    ok(client.POST('/api/emulation/campaigns/{id}/stage', { ...path({ id }), body: { stage } })),
  decide: (id: string) =>
    ok(client.POST('/api/emulation/campaigns/{id}/decision', { ...path({ id }), body: {} })),
  selfAssess: (id: string, scores: Record<string, number>, rating: QualityRating) =>
    ok(
      client.PUT('/api/emulation/entries/{id}/self-assessment', {
        ...path({ id }),
        body: { scores, rating },
      }),
    ),
  headAssess: (id: string, rating: QualityRating) =>
    ok(client.PUT('/api/emulation/entries/{id}/head-assessment', { ...path({ id }), body: { rating } })),
  councilScore: (id: string, scores: Record<string, number>) =>
    ok(client.PUT('/api/emulation/entries/{id}/council-score', { ...path({ id }), body: { scores } })),
  finalRating: (id: string, rating: QualityRating) =>
    ok(client.PUT('/api/emulation/entries/{id}/final-rating', { ...path({ id }), body: { rating } })),
  vote: (id: string, approve: boolean) =>
    ok(client.PUT('/api/emulation/entries/{id}/vote', { ...path({ id }), body: { approve } })),
  document: (id: string, kind: CouncilDocument) =>
    saveDownload(
      client.GET('/api/emulation/campaigns/{id}/documents/{kind}', {
        ...path({ id, kind }),
        parseAs: 'blob',
      }),
      `${kind}.docx`,
    ),
  achievement: (id: string, entryId: string) =>
    saveDownload(
      client.GET('/api/emulation/campaigns/{id}/entries/{entryId}/achievement-report', {
        ...path({ id, entryId }),
        parseAs: 'blob',
      }),
      'bao-cao-thanh-tich.docx',
    ),
};
