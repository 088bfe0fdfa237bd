import type { Kysely } from 'kysely';
import type { Log } from './jobs/log.js';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import type { AppConfig } from './config.js';
import { ConsolidationService } from './consolidation/consolidation.service.js';
import type { Database } from './db/schema.js';
import { EmulationFiles } from './emulation/emulation-files.js';
import { EmulationSteps } from './emulation/emulation-steps.js';
import { EmulationService } from './emulation/emulation.service.js';
import { AttachmentService } from './attachments/attachments.service.js';
import { WorkChallenges } from './fake-news/challenge.js';
import { FakeNewsIntake } from './fake-news/fake-news-intake.js';
import { PublicFakeNewsService } from './fake-news/fake-news-public.service.js';
import { FakeNewsService } from './fake-news/fake-news.service.js';
import { IndicatorService } from './indicators/indicators.service.js';
import { MyWorkService } from './my-work/my-work.service.js';
import { NotificationService } from './notifications/notifications.service.js';
import { OrgUnitService } from './org-units/org-units.service.js';
import { PlanService } from './plans/plans.service.js';
import { TaskSourceService } from './task-sources/task-sources.service.js';
import { ExtensionService } from './extensions/extensions.service.js';
import { ReportPeriodService } from './report-regimes/report-periods.service.js';
import { ReportRegimeService } from './report-regimes/report-regimes.service.js';
import { ReportingStatsService } from './reporting-stats/reporting-stats.service.js';
import { SubmissionService } from './submissions/submissions.service.js';
import { SubmissionReminderSource } from './submissions/submission-reminder-source.js';
import { FakeNewsReminderSource } from './fake-news/fake-news-reminder-source.js';
import { createReminderService, type ReminderService } from './reminders/reminders.service.js';
import { OccurrenceSync } from './tasks/occurrence-sync.js';
import { TaskService } from './tasks/tasks.service.js';
import { StatsService } from './stats/stats.service.js';
import { ApiTokenService } from './tokens/tokens.service.js';
import { UserService } from './users/users.service.js';

export interface Services {
  /** The clock the services read "today" from; start-up seeding reads it too. */
  clock: () => Date;
  consolidation: ConsolidationService;
  audit: AuditService;
  auth: AuthService;
  orgUnits: OrgUnitService;
  users: UserService;
  tokens: ApiTokenService;
  plans: PlanService;
  calendar: CalendarService;
  tasks: TaskService;
  taskSources: TaskSourceService;
  extensions: ExtensionService;
  stats: StatsService;
  myWork: MyWorkService;
  indicators: IndicatorService;
  notifications: NotificationService;
  reminders: ReminderService;
  reportRegimes: ReportRegimeService;
  reportPeriods: ReportPeriodService;
  submissions: SubmissionService;
  reportingStats: ReportingStatsService;
  emulation: { service: EmulationService; steps: EmulationSteps; files: EmulationFiles };
  fakeNews: FakeNewsService;
  publicFakeNews: PublicFakeNewsService;
}

export interface ServiceOptions {
  /** The clock every service reads "today" from; tests pass a fixed one. */
  now?: () => Date;
  /** Where background work (reminder e-mail failures) is logged; warnings and errors to stderr when not given. */
  logger?: Log;
}

/** The one place where services are wired; the HTTP app and the CLI both use it. */
export function createServices(
  db: Kysely<Database>,
  config: Pick<AppConfig, 'sessionTtlHours'> & Partial<Pick<AppConfig, 'mail' | 'publicReportWorkBits'>>,
  options: ServiceOptions = {},
): Services {
  const now = options.now ?? (() => new Date());
  const audit = new AuditService(db);
  const calendar = new CalendarService(db, audit);
  const notifications = new NotificationService(db, now);
  const indicators = new IndicatorService(db, audit, now);
  const reportRegimes = new ReportRegimeService(db, audit, calendar, now);
  calendar.onChange((trx) => reportRegimes.refreshDeadlines(trx));
  const orgUnits = new OrgUnitService(db, audit);
  const reportPeriods = new ReportPeriodService(db, now);
  const stats = new StatsService(db, orgUnits, now);
  const tokens = new ApiTokenService(db, audit);
  const emulation = new EmulationService(db, audit, calendar, now);
  const plans = new PlanService(db, audit, calendar, now, new OccurrenceSync(), reportRegimes);
  const tasks = new TaskService(db, audit, calendar, now);
  const fakeNewsFiles = new AttachmentService(audit);
  const fakeNewsIntake = new FakeNewsIntake(audit, calendar, fakeNewsFiles, notifications, now);
  return {
    emulation: {
      service: emulation,
      steps: new EmulationSteps(emulation),
      files: new EmulationFiles(emulation),
    },
    clock: now,
    consolidation: new ConsolidationService(db, audit, calendar, now),
    calendar,
    audit,
    auth: new AuthService(db, audit, config.sessionTtlHours),
    orgUnits,
    users: new UserService(db, audit, (trx, userId) => tokens.revokeAllOf(trx, userId)),
    tokens,
    plans,
    tasks,
    taskSources: new TaskSourceService(db, audit, calendar, plans, tasks),
    extensions: new ExtensionService(db, audit, calendar),
    stats,
    myWork: new MyWorkService(db, orgUnits, calendar, reportPeriods, stats, now),
    indicators,
    reportRegimes,
    reportPeriods,
    submissions: new SubmissionService(db, audit, indicators, now),
    reportingStats: new ReportingStatsService(db, now),
    notifications,
    fakeNews: new FakeNewsService(db, audit, calendar, fakeNewsFiles, notifications, fakeNewsIntake, now),
    publicFakeNews: new PublicFakeNewsService(
      db,
      fakeNewsFiles,
      fakeNewsIntake,
      new WorkChallenges(config.publicReportWorkBits ?? 16, now),
      now,
    ),
    reminders: createReminderService({
      db,
      audit,
      calendar,
      notifications,
      mail: config.mail,
      logger: options.logger,
      sources: [new SubmissionReminderSource(now), new FakeNewsReminderSource()],
    }),
  };
}
