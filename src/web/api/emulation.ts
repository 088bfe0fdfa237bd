/** Emulation (thi đua) calls; every shape comes from the server's Zod schemas (type-only). */
import type { z } from 'zod';
import type {
  campaignListResponse,
  campaignSchema,
  createCampaignBody,
  registerBody,
  scoresResponse,
} from '../../server/emulation/emulation.schemas';
import type { QualityRating } from '../../domain/emulation/ratings';
import { api, download } from './client';

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignEntry = Campaign['entries'][number];
export type CampaignList = z.infer<typeof campaignListResponse>;
export type Scores = z.infer<typeof scoresResponse>;
export type SubjectScore = Scores['people'][number];
export type CreateCampaignInput = z.input<typeof createCampaignBody>;
export type RegisterInput = z.input<typeof registerBody>;
export type CouncilDocument = 'minutes' | 'proposal' | 'decision';

const enc = encodeURIComponent;
const entry = (id: string, step: string, body: unknown) =>
  api.put<Campaign>(`/api/emulation/entries/${enc(id)}/${step}`, body);

export const emulationApi = {
  scores: (unitId: string, period: string) => api.get<Scores>('/api/emulation/scores', { unitId, period }),
  list: () => api.get<CampaignList>('/api/emulation/campaigns'),
  get: (id: string) => api.get<Campaign>(`/api/emulation/campaigns/${enc(id)}`),
  create: (input: CreateCampaignInput) => api.post<Campaign>('/api/emulation/campaigns', input),
  register: (id: string, input: RegisterInput) =>
    api.post<Campaign>(`/api/emulation/campaigns/${enc(id)}/entries`, input),
  advance: (id: string, stage: 'scoring' | 'voting') =>
    api.post<Campaign>(`/api/emulation/campaigns/${enc(id)}/stage`, { stage }),
  decide: (id: string) => api.post<Campaign>(`/api/emulation/campaigns/${enc(id)}/decision`, {}),
  selfAssess: (id: string, scores: Record<string, number>, rating: QualityRating) =>
    entry(id, 'self-assessment', { scores, rating }),
  headAssess: (id: string, rating: QualityRating) => entry(id, 'head-assessment', { rating }),
  councilScore: (id: string, scores: Record<string, number>) => entry(id, 'council-score', { scores }),
  finalRating: (id: string, rating: QualityRating) => entry(id, 'final-rating', { rating }),
  vote: (id: string, approve: boolean) => entry(id, 'vote', { approve }),
  document: (id: string, kind: CouncilDocument) =>
    download(`/api/emulation/campaigns/${enc(id)}/documents/${kind}`, {}, `${kind}.docx`),
  achievement: (id: string, entryId: string) =>
    download(
      `/api/emulation/campaigns/${enc(id)}/entries/${enc(entryId)}/achievement-report`,
      {},
      'bao-cao-thanh-tich.docx',
    ),
};
