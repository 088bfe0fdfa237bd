import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface DeliveryKey {
  subjectType: string;
  subjectId: string;
  step: string;
}

export class ReminderRepository {
  /** Which of the given subject ids already had which steps sent, as `id|step`. */
  async delivered(
    db: Kysely<Database>,
    subjectType: string,
    subjectIds: readonly string[],
  ): Promise<Set<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows = await db
      .selectFrom('reminder_deliveries')
      .select(['subject_id', 'step'])
      .where('subject_type', '=', subjectType)
      .where('subject_id', 'in', subjectIds)
      .execute();
    return new Set(rows.map((r) => `${r.subject_id}|${r.step}`));
  }

  /**
   * Claims a step for sending. The primary key makes it once only: a concurrent runner's insert
   * waits for this transaction and then finds the row, so exactly one of them gets `true`.
   */
  async claim(trx: Kysely<Database>, key: DeliveryKey, recipients: number, at: Date): Promise<boolean> {
    const row = await trx
      .insertInto('reminder_deliveries')
      .values({
        subject_type: key.subjectType,
        subject_id: key.subjectId,
        step: key.step,
        sent_at: at,
        recipients,
        emails: 0,
      })
      .onConflict((oc) => oc.columns(['subject_type', 'subject_id', 'step']).doNothing())
      .returning('step')
      .executeTakeFirst();
    return row !== undefined;
  }

  async recordEmails(db: Kysely<Database>, key: DeliveryKey, emails: number): Promise<void> {
    await db
      .updateTable('reminder_deliveries')
      .set({ emails })
      .where('subject_type', '=', key.subjectType)
      .where('subject_id', '=', key.subjectId)
      .where('step', '=', key.step)
      .execute();
  }
}
