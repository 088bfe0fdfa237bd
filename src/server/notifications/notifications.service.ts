import type { Kysely } from 'kysely';
import { requireActor, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { type NewNotification, NotificationRepository } from './notifications.repository.js';

/** Everyone reads and clears only their own notifications; nothing here needs a permission beyond signing in. */
export class NotificationService {
  private readonly repository = new NotificationRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
  ) {}

  async list(ctx: RequestContext, query: { unread: boolean; limit: number }) {
    const actor = requireActor(ctx);
    const [items, unreadCount] = await Promise.all([
      this.repository.list(this.db, actor.userId, { unreadOnly: query.unread, limit: query.limit }),
      this.repository.unreadCount(this.db, actor.userId),
    ]);
    return { items, unreadCount };
  }

  async markRead(ctx: RequestContext, id: string): Promise<void> {
    const actor = requireActor(ctx);
    if (!(await this.repository.markRead(this.db, actor.userId, id, this.now()))) {
      throw AppError.notFound('thông báo');
    }
  }

  async markAllRead(ctx: RequestContext): Promise<{ updated: number }> {
    const actor = requireActor(ctx);
    return { updated: await this.repository.markAllRead(this.db, actor.userId, this.now()) };
  }

  /** For other services, inside their transaction: notifications appear with the change that caused them. */
  notify(trx: Kysely<Database>, notifications: readonly NewNotification[]): Promise<void> {
    return this.repository.insertMany(trx, notifications);
  }
}
