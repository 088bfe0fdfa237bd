import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/audit.routes.js';
import { registerAuthentication } from './auth/auth.plugin.js';
import { authRoutes } from './auth/auth.routes.js';
import { frameworkErrors, registerErrorHandler } from './common/error-handler.js';
import { AppError } from './common/errors.js';
import { registerJsonParser } from './common/json-parser.js';
import { registerSecurityHeaders } from './common/security-headers.js';
import { REVALIDATE, registerWebAssets } from './common/web-assets.js';
import { validatorCompiler } from './common/validation.js';
import { useVietnameseValidationMessages } from './common/validation-messages.js';
import type { AppConfig } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { consolidationRoutes } from './consolidation/consolidation.routes.js';
import { emulationRoutes } from './emulation/emulation.routes.js';
import { fakeNewsPublicRoutes } from './fake-news/fake-news-public.routes.js';
import { fakeNewsRoutes } from './fake-news/fake-news.routes.js';
import { APP_VERSION, healthRoutes } from './health/health.routes.js';
import { indicatorRoutes } from './indicators/indicators.routes.js';
import { myWorkRoutes } from './my-work/my-work.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { orgUnitRoutes } from './org-units/org-units.routes.js';
import { planRoutes } from './plans/plans.routes.js';
import { taskSourceRoutes } from './task-sources/task-sources.routes.js';
import { extensionRoutes } from './extensions/extensions.routes.js';
import { reminderRoutes } from './reminders/reminders.routes.js';
import { reportRegimeRoutes } from './report-regimes/report-regimes.routes.js';
import { reportingStatsRoutes } from './reporting-stats/reporting-stats.routes.js';
import { createServices, type Services } from './services.js';
import { taskRoutes } from './tasks/tasks.routes.js';
import { statsRoutes } from './stats/stats.routes.js';
import { submissionRoutes } from './submissions/submissions.routes.js';
import { tokenRoutes } from './tokens/tokens.routes.js';
import { userRoutes } from './users/users.routes.js';
import { laneOf, queryLane } from './db/query-lane.js';

// Validation messages reach users: plain Vietnamese, naming the field.
useVietnameseValidationMessages();

export interface AppOptions {
  config: AppConfig;
  database: DatabaseHandle;
  logger: FastifyBaseLogger;
  services?: Services;
}

export async function buildApp({ config, database, logger, services }: AppOptions) {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  // First hook: every query of the request, the session lookup included, runs in its lane.
  app.addHook('onRequest', (request, _reply, done) => queryLane.run(laneOf(request), done));
  registerJsonParser(app);
  // The request id ties a response to its log lines and audit rows.
  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });

  const svc = services ?? createServices(database.db, config);
  const https = /^https:\/\//i.test(config.mail.publicUrl);
  await registerSecurityHeaders(app, https);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: config.bodyLimitBytes, files: 1, fields: 10 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'baocao API',
        version: APP_VERSION,
        description: 'Lập kế hoạch, giao việc, theo dõi và báo cáo.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'baocao_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    // Named schemas (the recursive org-unit node) go into components, where their $ref points.
    transformObject: jsonSchemaTransformObject,
  });
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, public: true };
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    // Swagger UI's page needs its own inline script (its CSP lists the script's hash) and writes
    // inline styles at run time, like Ant Design; nothing else is loosened, and nothing comes from
    // another origin.
    staticCSP: true,
    transformStaticCSP: (header) => {
      const csp = header
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';")
        .replace("font-src 'self' https: data:;", "font-src 'self' data:;")
        .replace(' validator.swagger.io', '')
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'");
      return https ? csp : csp.replace('upgrade-insecure-requests;', '');
    },
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());

  registerAuthentication(app, svc.auth, svc.tokens);
  healthRoutes(app, { db: database.db, store: database.kind });
  authRoutes(app, { auth: svc.auth, users: svc.users, config });
  orgUnitRoutes(app, svc.orgUnits);
  userRoutes(app, svc.users);
  tokenRoutes(app, svc.tokens);
  auditRoutes(app, svc.audit);
  planRoutes(app, svc.plans);
  calendarRoutes(app, svc.calendar);
  consolidationRoutes(app, svc.consolidation);
  emulationRoutes(app, svc.emulation);
  taskRoutes(app, svc.tasks);
  taskSourceRoutes(app, svc.taskSources);
  extensionRoutes(app, svc.extensions);
  statsRoutes(app, svc.stats);
  myWorkRoutes(app, svc.myWork);
  indicatorRoutes(app, svc.indicators);
  notificationRoutes(app, svc.notifications);
  reminderRoutes(app, svc.reminders);
  reportRegimeRoutes(app, svc.reportRegimes, svc.reportPeriods);
  submissionRoutes(app, svc.submissions);
  reportingStatsRoutes(app, svc.reportingStats);
  fakeNewsRoutes(app, svc.fakeNews, svc.publicFakeNews);
  fakeNewsPublicRoutes(app, svc.publicFakeNews, config);

  const hasWeb = await registerWebAssets(app, config.webDistDir);
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || request.method !== 'GET' || !hasWeb) {
      throw new AppError(
        'NOT_FOUND',
        `Không có đường dẫn ${request.method} ${request.url.split('?')[0] ?? ''}.`,
      );
    }
    // The web UI routes on the client; every other GET serves its entry page.
    return reply.type('text/html; charset=utf-8').header('cache-control', REVALIDATE).sendFile('index.html');
  });
  return app;
}
