import { errorResponses, type ZodApp } from '../common/http.js';
import {
  STATS_DEFINITIONS,
  breakdownQuery,
  breakdownResponse,
  statsFilterQuery,
  taskStatsResponse,
} from './stats.schemas.js';
import type { StatsService } from './stats.service.js';

const tags = ['Thống kê'];

export function statsRoutes(app: ZodApp, stats: StatsService): void {
  app.get('/api/stats/tasks', {
    schema: {
      tags,
      summary: 'Thống kê nhiệm vụ được giao theo kế hoạch, đơn vị, lĩnh vực, kỳ, tại một ngày',
      description: STATS_DEFINITIONS,
      querystring: statsFilterQuery,
      response: { 200: taskStatsResponse, ...errorResponses },
    },
    handler: (req) => stats.tasks(req.ctx, req.query),
  });
  app.get('/api/stats/tasks/breakdown', {
    schema: {
      tags,
      summary: 'Thống kê nhiệm vụ chia theo đơn vị (by=unit) hoặc lĩnh vực (by=domain)',
      description: `Mỗi dòng là một đơn vị (theo vai trò role) hoặc một lĩnh vực, cùng các số như /api/stats/tasks. Với role=any, nhiệm vụ có nhiều đơn vị được tính cho mỗi đơn vị.\n\n${STATS_DEFINITIONS}`,
      querystring: breakdownQuery,
      response: { 200: breakdownResponse, ...errorResponses },
    },
    handler: (req) => stats.breakdown(req.ctx, req.query),
  });
}
