import type { Kysely } from 'kysely';
import type { IsoDate } from '../../domain/calendar/index.js';
import { STATUS_LABELS, CASE_STATUSES } from '../../domain/fake-news/workflow.js';
import type { Database } from '../db/schema.js';
import {
  nameBasedUuid,
  type ReminderRecipient,
  type ReminderSource,
  type ReminderSubject,
} from '../reminders/reminder-source.js';
import { FakeNewsRepository } from './fake-news.repository.js';
import { z } from 'zod';

export const FAKE_NEWS_SUBJECT = 'fakeNewsCase';

interface CaseSubject extends ReminderSubject {
  caseId: string;
  status: (typeof CASE_STATUSES)[number];
}

const status = z.enum(CASE_STATUSES);

/**
 * A case's current step, reminded like a task: before, on the day and weekly while overdue. Each
 * time a case enters a step it is a new subject, so a case sent back for more verification is
 * reminded again. Who is told depends on the step: the assigned members verify, the leader in
 * charge approves, the intake officers (and the leader) do the rest.
 */
export class FakeNewsReminderSource implements ReminderSource<CaseSubject> {
  readonly subjectType = FAKE_NEWS_SUBJECT;
  readonly noun = 'Vụ việc tin giả';
  private readonly repository = new FakeNewsRepository();

  async listDue(db: Kysely<Database>, until: IsoDate): Promise<CaseSubject[]> {
    const rows = await this.repository.dueCases(db, until);
    return rows.flatMap((r) => {
      if (!r.step_deadline) return [];
      const s = status.parse(r.status);
      return [
        {
          subjectType: FAKE_NEWS_SUBJECT,
          subjectId: nameBasedUuid(`${FAKE_NEWS_SUBJECT}:${r.id}:${s}:${r.status_since}`),
          caseId: r.id,
          status: s,
          deadline: r.step_deadline,
          title: `${r.code} — ${r.title}`,
          detail: `Bước: ${STATUS_LABELS[s]}`,
          link: `/fake-news/cases/${r.id}`,
        },
      ];
    });
  }

  async recipients(
    db: Kysely<Database>,
    subjects: readonly CaseSubject[],
  ): Promise<Map<string, ReminderRecipient[]>> {
    const people = await this.repository.reminderPeople(
      db,
      subjects.map((s) => s.caseId),
    );
    const result = new Map<string, ReminderRecipient[]>();
    for (const subject of subjects) {
      const chosen = new Map<string, ReminderRecipient>();
      for (const p of people) {
        const wanted =
          subject.status === 'assigned'
            ? p.case_id === subject.caseId
            : subject.status === 'concluded'
              ? p.role === 'leader'
              : p.role === 'intake' || p.role === 'leader';
        if (wanted) chosen.set(p.user_id, { userId: p.user_id, fullName: p.full_name, email: p.email });
      }
      if (chosen.size > 0) result.set(subject.subjectId, [...chosen.values()]);
    }
    return result;
  }
}
