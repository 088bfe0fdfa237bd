import type { Kysely } from 'kysely';
import type { Log } from '../jobs/log.js';
import { type IsoDate, type WorkingCalendar, vietnamDateAt } from '../../domain/calendar/index.js';
import {
  DEFAULT_REMINDER_DAYS_BEFORE,
  OVERDUE_INTERVAL_WORKING_DAYS,
  type ReminderPolicy,
  type ReminderTiming,
  describeReminder,
  reminderStepOn,
  reminderWindowEnd,
} from '../../domain/reminders/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import type { Database } from '../db/schema.js';
import { DEFAULT_PUBLIC_URL, type MailConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { type Mailer, createMailer } from '../notifications/mailer.js';
import type { NotificationService } from '../notifications/notifications.service.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { ReminderOutbox } from './reminder-mail.js';
import type { ReminderRecipient, ReminderSource, ReminderSubject } from './reminder-source.js';
import { ReminderRepository } from './reminders.repository.js';
import { type ReminderSettings, reminderSettingsInput } from './reminders.schemas.js';
import { TaskReminderSource } from './task-reminder-source.js';
import { FakeNewsReminderSource } from '../fake-news/fake-news-reminder-source.js';
import { SubmissionReminderSource } from '../submissions/submission-reminder-source.js';

const SETTINGS_KEY = 'reminders';
const DEFAULT_SETTINGS: ReminderSettings = { daysBefore: DEFAULT_REMINDER_DAYS_BEFORE, enabled: true };
/** Subjects handled per batch: bounds the size of the `in (…)` lists sent to the database. */
const BATCH = 500;

export interface ReminderRunSummary {
  today: IsoDate;
  enabled: boolean;
  /** Steps sent: one per subject and step, whatever the number of people. */
  deliveries: number;
  notifications: number;
  emails: number;
  emailFailures: number;
  /** Subjects with a step due but nobody to tell; tried again on the next run. */
  withoutRecipients: number;
}

export interface ReminderServiceDeps {
  db: Kysely<Database>;
  audit: AuditService;
  calendar: CalendarService;
  notifications: NotificationService;
  mailer: Mailer | null;
  /** Prefix of the links in e-mails, without a trailing slash. */
  publicUrl: string;
  logger: Log;
  sources: readonly ReminderSource[];
}

interface RunState {
  today: IsoDate;
  asOf: Date;
  policy: ReminderPolicy;
  calendar: WorkingCalendar;
  outbox: ReminderOutbox;
  summary: ReminderRunSummary;
}

interface DueStep {
  subject: ReminderSubject;
  timing: ReminderTiming;
}

/**
 * Sends each subject's reminder steps (ahead of the deadline, on it, every working week after it)
 * once: the delivery row is claimed in the same transaction that creates the in-app
 * notifications, so two runners racing, or a run repeated the same day, send nothing twice.
 */
export class ReminderService {
  private readonly repository = new ReminderRepository();
  private readonly settingsRepository = new SettingsRepository();

  constructor(private readonly deps: ReminderServiceDeps) {}

  async settings(ctx: RequestContext) {
    requirePermission(ctx, 'settings.manage');
    return this.describeSettings(await this.readSettings(this.deps.db));
  }

  async updateSettings(ctx: RequestContext, input: ReminderSettings) {
    requirePermission(ctx, 'settings.manage');
    const next: ReminderSettings = { daysBefore: input.daysBefore, enabled: input.enabled };
    await this.deps.db.transaction().execute(async (trx) => {
      const before = await this.readSettings(trx);
      await this.settingsRepository.set(trx, SETTINGS_KEY, next);
      await this.deps.audit.record(trx, ctx, {
        action: 'update',
        entityType: 'appSetting',
        entityId: SETTINGS_KEY,
        before,
        after: next,
      });
    });
    return this.describeSettings(next);
  }

  /** One pass as of `asOf`; the schedulers call it with the clock, tests with fixed instants. */
  async run(asOf: Date): Promise<ReminderRunSummary> {
    const today = vietnamDateAt(asOf);
    const settings = await this.readSettings(this.deps.db);
    const summary: ReminderRunSummary = {
      today,
      enabled: settings.enabled,
      deliveries: 0,
      notifications: 0,
      emails: 0,
      emailFailures: 0,
      withoutRecipients: 0,
    };
    if (!settings.enabled) return summary;
    const calendar = await this.deps.calendar.calendar();
    const policy = { daysBefore: settings.daysBefore };
    const until = reminderWindowEnd(today, policy, calendar);
    const outbox = new ReminderOutbox(this.deps.mailer, this.deps.logger);
    const state: RunState = { today, asOf, policy, calendar, outbox, summary };
    try {
      for (const source of this.deps.sources) {
        const subjects = await source.listDue(this.deps.db, until);
        for (let i = 0; i < subjects.length; i += BATCH) {
          await this.remindBatch(source, subjects.slice(i, i + BATCH), state);
        }
      }
    } finally {
      outbox.close();
    }
    if (summary.deliveries > 0 || summary.emailFailures > 0) this.deps.logger.info(summary, 'reminders sent');
    return summary;
  }

  private async remindBatch(source: ReminderSource, subjects: readonly ReminderSubject[], state: RunState) {
    const due: DueStep[] = subjects.flatMap((subject) => {
      const timing = reminderStepOn(subject.deadline, state.today, state.policy, state.calendar);
      return timing ? [{ subject, timing }] : [];
    });
    if (due.length === 0) return;
    const delivered = await this.repository.delivered(
      this.deps.db,
      source.subjectType,
      due.map((d) => d.subject.subjectId),
    );
    const pending = due.filter((d) => !delivered.has(`${d.subject.subjectId}|${d.timing.step}`));
    if (pending.length === 0) return;
    const recipients = await source.recipients(
      this.deps.db,
      pending.map((d) => d.subject),
    );
    for (const step of pending) {
      const people = recipients.get(step.subject.subjectId) ?? [];
      if (people.length === 0) state.summary.withoutRecipients += 1;
      else await this.deliver(source, step, people, state);
    }
  }

  private async deliver(source: ReminderSource, due: DueStep, people: ReminderRecipient[], state: RunState) {
    const { subject, timing } = due;
    const message = describeReminder({
      noun: source.noun,
      title: subject.title,
      detail: subject.detail,
      deadline: subject.deadline,
      today: state.today,
      timing,
    });
    const key = { subjectType: subject.subjectType, subjectId: subject.subjectId, step: timing.step };
    const claimed = await this.deps.db.transaction().execute(async (trx) => {
      if (!(await this.repository.claim(trx, key, people.length, state.asOf))) return false;
      await this.deps.notifications.notify(
        trx,
        people.map((p) => ({
          userId: p.userId,
          kind: 'reminder',
          title: message.title,
          body: message.body,
          link: subject.link,
        })),
      );
      return true;
    });
    // Another runner got there first: it sends the e-mails too.
    if (!claimed) return;
    state.summary.deliveries += 1;
    state.summary.notifications += people.length;
    const mail = await state.outbox.send(key, people, message, `${this.deps.publicUrl}${subject.link}`);
    state.summary.emails += mail.sent;
    state.summary.emailFailures += mail.failed;
    if (mail.sent > 0) await this.repository.recordEmails(this.deps.db, key, mail.sent);
  }

  private async readSettings(db: Kysely<Database>): Promise<ReminderSettings> {
    // A hand-edited or older stored value falls back to the defaults rather than stopping reminders.
    const parsed = reminderSettingsInput.safeParse(await this.settingsRepository.get(db, SETTINGS_KEY));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  private describeSettings(settings: ReminderSettings) {
    return {
      ...settings,
      overdueEveryWorkingDays: OVERDUE_INTERVAL_WORKING_DAYS,
      emailConfigured: this.deps.mailer !== null,
    };
  }
}

/** The service as the app runs it: task occurrences as the one source so far, e-mail when SMTP is set. */
export function createReminderService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  calendar: CalendarService;
  notifications: NotificationService;
  mail: MailConfig | undefined;
  logger: Log | undefined;
  /** The services' clock; report reminders tell overdue reports from upcoming ones with it. */
  now?: () => Date;
}): ReminderService {
  return new ReminderService({
    db: deps.db,
    audit: deps.audit,
    calendar: deps.calendar,
    notifications: deps.notifications,
    mailer: deps.mail ? createMailer(deps.mail) : null,
    publicUrl: deps.mail?.publicUrl ?? DEFAULT_PUBLIC_URL,
    logger: deps.logger ?? createLogger('warn', process.stderr),
    sources: [new TaskReminderSource(), new SubmissionReminderSource(deps.now), new FakeNewsReminderSource()],
  });
}
