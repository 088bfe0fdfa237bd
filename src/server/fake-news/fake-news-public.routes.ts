import { z } from 'zod';
import type { AppConfig } from '../config.js';
import { AppError } from '../common/errors.js';
import { uploadErrors } from '../attachments/attachment-download.js';
import { errorResponses, uploadBody, type ZodApp } from '../common/http.js';
import type { PublicFakeNewsService } from './fake-news-public.service.js';
import {
  challengeResponse,
  intakeResponse,
  publicStatusResponse,
  publishedCaseSchema,
  publishedListQuery,
  publishedListResponse,
} from './fake-news.schemas.js';
import { readPublicReportForm } from './public-report-form.js';

const tags = ['Tin giả (công khai)'];
const codeParams = z.strictObject({ code: z.string().trim().min(1).max(40) });

/** Routes anyone may call; the report route is limited per address and needs a proof of work. */
export function fakeNewsPublicRoutes(app: ZodApp, service: PublicFakeNewsService, config: AppConfig): void {
  const perHour = {
    max: config.publicReportsPerHour,
    timeWindow: 60 * 60 * 1000,
    errorResponseBuilder: (_req: unknown, ctx: { ttl: number }) =>
      new AppError(
        'RATE_LIMITED',
        `Địa chỉ của bạn đã gửi quá nhiều phản ánh. Hãy thử lại sau ${Math.max(1, Math.ceil(ctx.ttl / 60_000))} phút.`,
      ),
  };
  app.get('/api/public/fake-news/challenge', {
    config: {
      public: true,
      // A form may be reloaded a few times before it is sent; fetching a challenge costs the server little.
      rateLimit: { ...perHour, max: Math.max(60, config.publicReportsPerHour * 20) },
    },
    schema: {
      tags,
      summary: 'Mã kiểm tra chống spam (bằng chứng công việc) cho một phản ánh',
      response: { 200: challengeResponse, ...errorResponses, 429: errorResponses[400] },
    },
    handler: () => service.challenge(),
  });
  app.post('/api/public/fake-news/reports', {
    config: { public: true, rateLimit: perHour },
    schema: {
      tags,
      summary:
        'Gửi phản ánh tin giả (không cần tài khoản; multipart: urls, description, platform, contact, challenge, nonce, screenshots)',
      body: uploadBody,
      response: { 201: intakeResponse, ...uploadErrors, 429: errorResponses[400] },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.report(req.ctx, await readPublicReportForm(req))),
  });
  app.get('/api/public/fake-news/reports/:code', {
    config: { public: true, rateLimit: { max: 60, timeWindow: 60_000 } },
    schema: {
      tags,
      summary: 'Tình trạng xử lý của một phản ánh theo mã theo dõi',
      params: codeParams,
      response: { 200: publicStatusResponse, ...errorResponses },
    },
    handler: (req) => service.status(req.params.code),
  });
  app.get('/api/public/fake-news/published', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Tin giả, tin sai sự thật đã công bố (tìm kiếm)',
      querystring: publishedListQuery,
      response: { 200: publishedListResponse, ...errorResponses },
    },
    handler: (req) => service.published(req.query),
  });
  app.get('/api/public/fake-news/published/:code', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Một tin đã công bố',
      params: codeParams,
      response: { 200: publishedCaseSchema, ...errorResponses },
    },
    handler: (req) => service.publishedOne(req.params.code),
  });
  app.get('/api/public/fake-news/published/:code/stamp.png', {
    config: { public: true },
    schema: { tags, summary: 'Ảnh đã đóng dấu TIN GIẢ', params: codeParams },
    handler: async (req, reply) =>
      reply
        .type('image/png')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=3600')
        .send(await service.stamp(req.params.code)),
  });
  app.get('/api/public/fake-news/feed.atom', {
    config: { public: true },
    schema: { tags, summary: 'Nguồn tin Atom cho báo chí' },
    handler: async (_req, reply) =>
      reply
        .type('application/atom+xml; charset=utf-8')
        .send((await service.feed(config.mail.publicUrl)).atom1()),
  });
  app.get('/api/public/fake-news/feed.rss', {
    config: { public: true },
    schema: { tags, summary: 'Nguồn tin RSS cho báo chí' },
    handler: async (_req, reply) =>
      reply
        .type('application/rss+xml; charset=utf-8')
        .send((await service.feed(config.mail.publicUrl)).rss2()),
  });
}
