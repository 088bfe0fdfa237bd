import { errorResponses, type ZodApp } from '../common/http.js';
import {
  boardParams,
  boardQuery,
  boardResponse,
  ratesResponse,
  statsQuery,
  treeResponse,
} from './reporting-stats.schemas.js';
import type { ReportingStatsService } from './reporting-stats.service.js';

const tags = ['Chế độ báo cáo'];

export function reportingStatsRoutes(app: ZodApp, stats: ReportingStatsService): void {
  app.get('/api/stats/reporting', {
    schema: {
      tags,
      summary: 'Tỷ lệ báo cáo và tỷ lệ đúng hạn của một chế độ báo cáo, theo kỳ',
      querystring: statsQuery,
      response: { 200: ratesResponse, ...errorResponses },
    },
    handler: (req) => stats.rates(req.ctx, req.query),
  });
  app.get('/api/stats/reporting/tree', {
    schema: {
      tags,
      summary: 'Mức độ đầy đủ theo cây đơn vị: số đơn vị đã báo cáo ở từng cấp, đơn vị còn thiếu',
      querystring: statsQuery,
      response: { 200: treeResponse, ...errorResponses },
    },
    handler: (req) => stats.tree(req.ctx, req.query),
  });
  app.get('/api/report-regimes/:id/board', {
    schema: {
      tags,
      summary: 'Bảng theo dõi: đơn vị theo hàng, kỳ báo cáo theo cột, trạng thái từng ô',
      params: boardParams,
      querystring: boardQuery,
      response: { 200: boardResponse, ...errorResponses },
    },
    handler: (req) => stats.board(req.ctx, req.params.id, req.query),
  });
}
