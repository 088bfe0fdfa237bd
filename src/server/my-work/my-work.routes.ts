import { errorResponses, type ZodApp } from '../common/http.js';
import { MY_WORK_DESCRIPTION, myWorkQuery, myWorkResponse } from './my-work.schemas.js';
import type { MyWorkService } from './my-work.service.js';

export function myWorkRoutes(app: ZodApp, myWork: MyWorkService): void {
  app.get('/api/my-work', {
    schema: {
      tags: ['Việc của tôi'],
      summary: 'Việc của tôi: quá hạn, sắp đến hạn, chờ cập nhật, phối hợp, được giao',
      description: MY_WORK_DESCRIPTION,
      querystring: myWorkQuery,
      response: { 200: myWorkResponse, ...errorResponses },
    },
    handler: (req) => myWork.inbox(req.ctx, req.query),
  });
}
