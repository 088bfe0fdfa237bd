import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface NotificationRecord {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

export class NotificationRepository {
  async list(
    db: Kysely<Database>,
    userId: string,
    options: { unreadOnly: boolean; limit: number },
  ): Promise<NotificationRecord[]> {
    let query = db
      .selectFrom('notifications')
      .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
      .where('user_id', '=', userId);
    if (options.unreadOnly) query = query.where('read_at', 'is', null);
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at?.toISOString() ?? null,
    }));
  }

  async unreadCount(db: Kysely<Database>, userId: string): Promise<number> {
    const row = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** False when the notification is not the user's (or does not exist): the caller cannot tell which. */
  async markRead(db: Kysely<Database>, userId: string, id: string, at: Date): Promise<boolean> {
    // Reading twice keeps the first time it was read.
    const row = await db
      .updateTable('notifications')
      .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(at)) }))
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async markAllRead(db: Kysely<Database>, userId: string, at: Date): Promise<number> {
    const result = await db
      .updateTable('notifications')
      .set({ read_at: at })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async insertMany(db: Kysely<Database>, notifications: readonly NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    await db
      .insertInto('notifications')
      .values(
        notifications.map((n) => ({
          user_id: n.userId,
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link,
        })),
      )
      .execute();
  }
}
