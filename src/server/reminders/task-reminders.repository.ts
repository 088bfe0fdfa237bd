import { rolesSchema } from '../../domain/access/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely, NotNull } from 'kysely';
import type { IsoDate } from '../../domain/calendar/index.js';
import type { Database } from '../db/schema.js';

export interface OpenOccurrence {
  id: string;
  planItemId: string;
  deadline: IsoDate;
  label: string;
  content: string;
  planNumber: string | null;
  planTitle: string;
}

export interface TaskPerson {
  planItemId: string;
  role: 'assignee' | 'watcher';
  userId: string;
  fullName: string;
  email: string | null;
}

export interface UnitMember {
  planItemId: string;
  userId: string;
  fullName: string;
  email: string | null;
  roles: string[];
}

/** The queries behind the task reminder source; only active users are ever returned. */
export class TaskRemindersRepository {
  /** Occurrences of active plans, not finished, with a deadline on or before `until`. */
  async openOccurrences(db: Kysely<Database>, until: IsoDate): Promise<OpenOccurrence[]> {
    const rows = await db
      .selectFrom('task_occurrences as o')
      .innerJoin('plan_items as i', 'i.id', 'o.plan_item_id')
      .innerJoin('plans as p', 'p.id', 'o.plan_id')
      .select(['o.id', 'o.plan_item_id', 'o.deadline', 'o.label', 'i.content', 'p.number', 'p.title'])
      .where('p.status', '=', 'active')
      .where('o.status', 'not in', ['done', 'cancelled'])
      .where('o.deadline', 'is not', null)
      .where('o.deadline', '<=', until)
      .$narrowType<{ deadline: NotNull }>()
      .orderBy('o.deadline')
      .orderBy('o.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      planItemId: r.plan_item_id,
      deadline: r.deadline,
      label: r.label,
      content: r.content,
      planNumber: r.number,
      planTitle: r.title,
    }));
  }

  async people(db: Kysely<Database>, planItemIds: readonly string[]): Promise<TaskPerson[]> {
    if (planItemIds.length === 0) return [];
    const rows = await db
      .selectFrom('task_people as tp')
      .innerJoin('users as u', 'u.id', 'tp.user_id')
      .select(['tp.plan_item_id', 'tp.role', 'u.id', 'u.full_name', 'u.email'])
      .where('tp.plan_item_id', 'in', planItemIds)
      .where('u.disabled_at', 'is', null)
      .execute();
    return rows.map((r) => ({
      planItemId: r.plan_item_id,
      role: r.role,
      userId: r.id,
      fullName: r.full_name,
      email: r.email,
    }));
  }

  /** Users of each item's lead unit(s). */
  async leadUnitMembers(db: Kysely<Database>, planItemIds: readonly string[]): Promise<UnitMember[]> {
    if (planItemIds.length === 0) return [];
    const rows = await db
      .selectFrom('plan_item_units as piu')
      .innerJoin('users as u', 'u.org_unit_id', 'piu.org_unit_id')
      .select(['piu.plan_item_id', 'u.id', 'u.full_name', 'u.email', 'u.roles'])
      .where('piu.plan_item_id', 'in', planItemIds)
      .where('piu.role', '=', 'lead')
      .where('u.disabled_at', 'is', null)
      .orderBy('u.username')
      .execute();
    return rows.map((r) => ({
      planItemId: r.plan_item_id,
      userId: r.id,
      fullName: r.full_name,
      email: r.email,
      roles: parseStored(rolesSchema, r.roles, 'vai trò của người dùng'),
    }));
  }
}
