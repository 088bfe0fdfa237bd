import { z } from 'zod';
import { sendFile } from '../attachments/attachment-download.js';
import { emptyBody, errorResponses, type ZodApp } from '../common/http.js';
import type { EmulationFiles } from './emulation-files.js';
import type { EmulationSteps } from './emulation-steps.js';
import type { EmulationService } from './emulation.service.js';
import {
  campaignListResponse,
  campaignSchema,
  councilScoreBody,
  createCampaignBody,
  documentParams,
  emulationConfig,
  finalRatingBody,
  headAssessBody,
  idParams,
  registerBody,
  scoresQuery,
  scoresResponse,
  selfAssessBody,
  settingsParams,
  stageBody,
  voteBody,
} from './emulation.schemas.js';

const tags = ['Thi đua, khen thưởng'];
const campaign = { 200: campaignSchema, ...errorResponses };
const file = { 200: z.file().describe('Tệp DOCX tải về'), ...errorResponses };

export function emulationRoutes(
  app: ZodApp,
  deps: { service: EmulationService; steps: EmulationSteps; files: EmulationFiles },
): void {
  const { service, steps, files } = deps;
  app.get('/api/emulation/settings/:year/:level', {
    schema: {
      tags,
      summary: 'Cấu hình chấm điểm của năm (theo Nghị định 335/2025)',
      params: settingsParams,
      response: { 200: emulationConfig, ...errorResponses },
    },
    handler: (req) => service.getSettings(req.ctx, req.params.year, req.params.level),
  });
  app.put('/api/emulation/settings/:year/:level', {
    schema: {
      tags,
      summary: 'Lưu cấu hình chấm điểm của năm',
      params: settingsParams,
      body: emulationConfig,
      response: { 200: emulationConfig, ...errorResponses },
    },
    handler: (req) => service.putSettings(req.ctx, req.params.year, req.params.level, req.body),
  });
  app.get('/api/emulation/scores', {
    schema: {
      tags,
      summary:
        'Điểm của các đơn vị và cá nhân theo tháng, quý, năm; mỗi điểm dẫn tới nhiệm vụ, chỉ tiêu, báo cáo',
      querystring: scoresQuery,
      response: { 200: scoresResponse, ...errorResponses },
    },
    handler: (req) => service.scores(req.ctx, req.query),
  });
  app.get('/api/emulation/campaigns', {
    schema: { tags, summary: 'Các đợt thi đua', response: { 200: campaignListResponse, ...errorResponses } },
    handler: (req) => service.list(req.ctx),
  });
  app.post('/api/emulation/campaigns', {
    schema: {
      tags,
      summary: 'Phát động đợt thi đua: Hội đồng, bảng tiêu chí',
      body: createCampaignBody,
      response: campaign,
    },
    handler: (req) => service.create(req.ctx, req.body),
  });
  app.get('/api/emulation/campaigns/:id', {
    schema: {
      tags,
      summary: 'Đợt thi đua: đăng ký, điểm, xếp loại đề xuất, điều kiện danh hiệu, phiếu bầu',
      params: idParams,
      response: campaign,
    },
    handler: (req) => service.get(req.ctx, req.params.id),
  });
  app.post('/api/emulation/campaigns/:id/entries', {
    schema: {
      tags,
      summary: 'Đăng ký thi đua (cá nhân hoặc tập thể)',
      params: idParams,
      body: registerBody,
      response: campaign,
    },
    handler: (req) => service.register(req.ctx, req.params.id, req.body),
  });
  app.post('/api/emulation/campaigns/:id/stage', {
    schema: {
      tags,
      summary: 'Chuyển bước: chấm điểm, bỏ phiếu',
      params: idParams,
      body: stageBody,
      response: campaign,
    },
    handler: (req) => service.advance(req.ctx, req.params.id, req.body.stage),
  });
  app.post('/api/emulation/campaigns/:id/decision', {
    schema: {
      tags,
      summary: 'Ra quyết định khen thưởng theo kết quả bỏ phiếu',
      params: idParams,
      body: emptyBody,
      response: campaign,
    },
    handler: (req) => service.decide(req.ctx, req.params.id),
  });
  app.get('/api/emulation/campaigns/:id/documents/:kind', {
    schema: {
      tags,
      summary: 'Biên bản họp, tờ trình, quyết định khen thưởng (DOCX, Nghị định 30/2020)',
      params: documentParams,
      response: file,
    },
    handler: async (req, reply) =>
      sendFile(reply, await files.council(req.ctx, req.params.id, req.params.kind)),
  });
  app.get('/api/emulation/campaigns/:id/entries/:entryId/achievement-report', {
    schema: {
      tags,
      summary: 'Báo cáo thành tích của người, tập thể được đề nghị (DOCX)',
      params: z.strictObject({ id: z.uuid(), entryId: z.uuid() }),
      response: file,
    },
    handler: async (req, reply) =>
      sendFile(reply, await files.achievement(req.ctx, req.params.id, req.params.entryId)),
  });
  app.put('/api/emulation/entries/:id/self-assessment', {
    schema: {
      tags,
      summary: 'Tự chấm điểm và tự xếp loại',
      params: idParams,
      body: selfAssessBody,
      response: campaign,
    },
    handler: (req) => steps.selfAssess(req.ctx, req.params.id, req.body),
  });
  app.put('/api/emulation/entries/:id/head-assessment', {
    schema: {
      tags,
      summary: 'Đánh giá, xếp loại của trưởng đơn vị',
      params: idParams,
      body: headAssessBody,
      response: campaign,
    },
    handler: (req) => steps.headAssess(req.ctx, req.params.id, req.body),
  });
  app.put('/api/emulation/entries/:id/council-score', {
    schema: {
      tags,
      summary: 'Điểm của Hội đồng',
      params: idParams,
      body: councilScoreBody,
      response: campaign,
    },
    handler: (req) => steps.councilScore(req.ctx, req.params.id, req.body),
  });
  app.put('/api/emulation/entries/:id/final-rating', {
    schema: {
      tags,
      summary: 'Xếp loại cuối cùng của Hội đồng (giới hạn 20% HTXSNV so với HTTNV)',
      params: idParams,
      body: finalRatingBody,
      response: campaign,
    },
    handler: (req) => steps.finalRating(req.ctx, req.params.id, req.body),
  });
  app.put('/api/emulation/entries/:id/vote', {
    schema: {
      tags,
      summary: 'Phiếu của thành viên Hội đồng',
      params: idParams,
      body: voteBody,
      response: campaign,
    },
    handler: (req) => steps.vote(req.ctx, req.params.id, req.body),
  });
}
