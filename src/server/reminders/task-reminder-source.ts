import type { Kysely } from 'kysely';
import type { IsoDate } from '../../domain/calendar/index.js';
import type { Database } from '../db/schema.js';
import type { ReminderRecipient, ReminderSource, ReminderSubject } from './reminder-source.js';
import { TaskRemindersRepository } from './task-reminders.repository.js';

export const TASK_OCCURRENCE_SUBJECT = 'taskOccurrence';

/** Who in a lead unit answers for a task nobody has been assigned to. */
const UNIT_FALLBACK_ROLES: ReadonlySet<string> = new Set(['unitHead', 'staff']);

export interface TaskReminderSubject extends ReminderSubject {
  planItemId: string;
}

/** Occurrences of tasks in active plans that are neither done nor cancelled. */
export class TaskReminderSource implements ReminderSource<TaskReminderSubject> {
  readonly subjectType = TASK_OCCURRENCE_SUBJECT;
  readonly noun = 'Nhiệm vụ';
  private readonly repository = new TaskRemindersRepository();

  async listDue(db: Kysely<Database>, until: IsoDate): Promise<TaskReminderSubject[]> {
    const rows = await this.repository.openOccurrences(db, until);
    return rows.map((o) => ({
      subjectType: TASK_OCCURRENCE_SUBJECT,
      subjectId: o.id,
      planItemId: o.planItemId,
      deadline: o.deadline,
      title: o.content,
      detail: `${o.label}, ${o.planNumber ? `Kế hoạch số ${o.planNumber}` : o.planTitle}`,
      link: `/tasks/${o.planItemId}?occurrence=${o.id}`,
    }));
  }

  /**
   * Assignees and watchers; when an item has no (active) assignee, the unit heads and staff of its
   * lead unit stand in, so that an unassigned task still reaches someone responsible.
   */
  async recipients(
    db: Kysely<Database>,
    subjects: readonly TaskReminderSubject[],
  ): Promise<Map<string, ReminderRecipient[]>> {
    const itemIds = [...new Set(subjects.map((s) => s.planItemId))];
    const byItem = new Map<string, Map<string, ReminderRecipient>>();
    const add = (itemId: string, person: ReminderRecipient) => {
      const people = byItem.get(itemId) ?? new Map<string, ReminderRecipient>();
      people.set(person.userId, { userId: person.userId, fullName: person.fullName, email: person.email });
      byItem.set(itemId, people);
    };
    const assigned = new Set<string>();
    for (const person of await this.repository.people(db, itemIds)) {
      if (person.role === 'assignee') assigned.add(person.planItemId);
      add(person.planItemId, person);
    }
    const unassigned = itemIds.filter((id) => !assigned.has(id));
    for (const member of await this.repository.leadUnitMembers(db, unassigned)) {
      if (member.roles.some((role) => UNIT_FALLBACK_ROLES.has(role))) add(member.planItemId, member);
    }
    const result = new Map<string, ReminderRecipient[]>();
    for (const subject of subjects) {
      const people = byItem.get(subject.planItemId);
      if (people && people.size > 0) result.set(subject.subjectId, [...people.values()]);
    }
    return result;
  }
}
