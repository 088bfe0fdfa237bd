import type { Kysely } from 'kysely';
import { type IsoDate, compareIsoDates } from '../../domain/calendar/index.js';
import type { Database } from '../db/schema.js';
import {
  nameBasedUuid,
  type ReminderRecipient,
  type ReminderSource,
  type ReminderSubject,
} from '../reminders/reminder-source.js';
import { vietnamInstant } from '../report-regimes/regime-model.js';
import { ReportRegimeRepository } from '../report-regimes/report-regimes.repository.js';
import { UnitDirectory } from '../report-regimes/unit-directory.js';
import { type ExpectedReport, expectedReports } from '../report-regimes/expected-reports.js';
import { SubmissionReminderRepository } from './submission-reminders.repository.js';

export const SUBMISSION_SUBJECT = 'reportSubmission';

/** Who in the owing unit is told: the head who sends the report and the staff who write it. */
const UNIT_ROLES: ReadonlySet<string> = new Set(['unitHead', 'staff']);

export interface SubmissionReminderSubject extends ReminderSubject {
  unitId: string;
}

/**
 * One stable id per (period, unit), a name-based UUID: the delivery log needs a uuid and a unit's
 * report may not have a submission row yet (drafts are created when first opened).
 */
export function submissionSubjectId(periodId: string, unitId: string): string {
  return nameBasedUuid(`${SUBMISSION_SUBJECT}:${periodId}:${unitId}`);
}

/**
 * Reports of issued regimes that a unit owes and has not sent (a returned one counts as not sent).
 * An overdue report is chased until the regime's next period falls due for the same unit; from
 * then on that newer report is the one to remind of, so a unit behind on its weekly reports gets
 * one reminder a week, not one per missed week. The board still shows every missing report.
 */
export class SubmissionReminderSource implements ReminderSource<SubmissionReminderSubject> {
  readonly subjectType = SUBMISSION_SUBJECT;
  readonly noun = 'Báo cáo';
  private readonly regimes = new ReportRegimeRepository();
  private readonly repository = new SubmissionReminderRepository();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async listDue(db: Kysely<Database>, until: IsoDate): Promise<SubmissionReminderSubject[]> {
    const regimes = await this.regimes.list(db, { status: 'active' });
    if (regimes.length === 0) return [];
    const periods = await this.regimes.periods(db, {
      regimeIds: regimes.map((r) => r.id),
      dueTo: new Date(`${until}T23:59:59.999+07:00`),
    });
    const units = await UnitDirectory.load(db);
    const expected = await expectedReports(
      db,
      units,
      periods,
      new Map(regimes.map((r) => [r.id, r])),
      this.now(),
    );
    const latestDue = new Map<string, IsoDate>();
    for (const e of expected) {
      const key = `${e.regime.id}|${e.unitId}`;
      const due = dueDate(e);
      const known = latestDue.get(key);
      if (known === undefined || compareIsoDates(due, known) > 0) latestDue.set(key, due);
    }
    return expected
      .filter((e) => e.timeliness === 'pending' || e.timeliness === 'missing')
      .filter((e) => e.timeliness === 'pending' || latestDue.get(`${e.regime.id}|${e.unitId}`) === dueDate(e))
      .map((e) => ({
        subjectType: SUBMISSION_SUBJECT,
        subjectId: submissionSubjectId(e.period.id, e.unitId),
        unitId: e.unitId,
        deadline: dueDate(e),
        title: e.regime.name,
        detail: `${e.period.label}, ${units.name(e.unitId)}`,
        // The report itself once opened; before that, the list of reports the unit owes.
        link: e.submission ? `/reports/submissions/${e.submission.id}` : `/reports?periodId=${e.period.id}`,
      }));
  }

  async recipients(
    db: Kysely<Database>,
    subjects: readonly SubmissionReminderSubject[],
  ): Promise<Map<string, ReminderRecipient[]>> {
    const members = await this.repository.unitMembers(db, [...new Set(subjects.map((s) => s.unitId))]);
    const result = new Map<string, ReminderRecipient[]>();
    for (const subject of subjects) {
      const people = members
        .filter((m) => m.unitId === subject.unitId && m.roles.some((role) => UNIT_ROLES.has(role)))
        .map(({ userId, fullName, email }) => ({ userId, fullName, email }));
      if (people.length > 0) result.set(subject.subjectId, people);
    }
    return result;
  }
}

function dueDate(report: ExpectedReport): IsoDate {
  return vietnamInstant(report.period.due_at).slice(0, 10);
}
