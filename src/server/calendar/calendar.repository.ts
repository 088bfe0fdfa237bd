import type { Kysely } from 'kysely';
import type { CalendarAdjustment } from '../../domain/calendar/index.js';
import type { Database } from '../db/schema.js';

export interface StoredAdjustment extends CalendarAdjustment {
  createdAt: Date;
}

export class CalendarRepository {
  async list(db: Kysely<Database>, year?: number): Promise<StoredAdjustment[]> {
    let query = db.selectFrom('calendar_adjustments').select(['date', 'kind', 'note', 'created_at']);
    if (year !== undefined) {
      query = query.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
    }
    const rows = await query.orderBy('date').execute();
    return rows.map((r) => ({ date: r.date, kind: r.kind, note: r.note, createdAt: r.created_at }));
  }

  async find(db: Kysely<Database>, date: string): Promise<StoredAdjustment | undefined> {
    const row = await db
      .selectFrom('calendar_adjustments')
      .select(['date', 'kind', 'note', 'created_at'])
      .where('date', '=', date)
      .executeTakeFirst();
    return row && { date: row.date, kind: row.kind, note: row.note, createdAt: row.created_at };
  }

  async upsert(db: Kysely<Database>, adjustment: CalendarAdjustment, userId: string | null): Promise<void> {
    const { note } = adjustment;
    await db
      .insertInto('calendar_adjustments')
      .values({ date: adjustment.date, kind: adjustment.kind, note, created_by: userId })
      .onConflict((oc) => oc.column('date').doUpdateSet({ kind: adjustment.kind, note, created_by: userId }))
      .execute();
  }

  async remove(db: Kysely<Database>, date: string): Promise<boolean> {
    const result = await db.deleteFrom('calendar_adjustments').where('date', '=', date).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Distinct due dates of every occurrence: what must be re-moved when a working day changes. */
  async occurrenceDueDates(db: Kysely<Database>): Promise<{ dueDate: string; deadline: string | null }[]> {
    const rows = await db
      .selectFrom('task_occurrences')
      .select(['due_date', 'deadline'])
      .distinct()
      .where('due_date', 'is not', null)
      .where('extended_to', 'is', null)
      .execute();
    return rows.map((r) => ({ dueDate: r.due_date ?? '', deadline: r.deadline }));
  }

  async setDeadline(db: Kysely<Database>, dueDate: string, deadline: string): Promise<void> {
    await db
      .updateTable('task_occurrences')
      .set({ deadline })
      .where('due_date', '=', dueDate)
      .where('extended_to', 'is', null)
      .execute();
  }

  /** Occurrences moved by an approved extension: their deadline follows the granted date. */
  async extendedOccurrences(db: Kysely<Database>) {
    return db
      .selectFrom('task_occurrences')
      .select(['id', 'due_date', 'extended_to', 'deadline', 'original_deadline'])
      .where('extended_to', 'is not', null)
      .execute();
  }

  async setExtendedDeadlines(
    db: Kysely<Database>,
    id: string,
    values: { deadline: string; originalDeadline: string | null },
  ): Promise<void> {
    await db
      .updateTable('task_occurrences')
      .set({ deadline: values.deadline, original_deadline: values.originalDeadline })
      .where('id', '=', id)
      .execute();
  }
}
