import { type Kysely, sql } from 'kysely';
import type { TaskPriority, TaskSourceKind } from '../../domain/directives/kinds.js';
import type { Timeframe } from '../../domain/timeframe/index.js';
import type { Database } from '../db/schema.js';
import { itemSearchText } from '../../domain/text/search-text.js';

/** Source documents (rows of `plans` of any kind) and the tasks given in them. */
export class TaskSourceRepository {
  async insertSource(
    db: Kysely<Database>,
    values: {
      kind: TaskSourceKind;
      number: string | null;
      date: string;
      issuer: string | null;
      title: string;
      signer: string | null;
      createdBy: string | null;
    },
  ): Promise<string> {
    const row = await db
      .insertInto('plans')
      .values({
        number: values.number,
        doc_type: null,
        title: values.title,
        agency: values.issuer,
        parent_agency: null,
        place: null,
        issued_on: values.date,
        year: Number(values.date.slice(0, 4)),
        legal_bases: '[]',
        sections: '[]',
        source_filename: null,
        source_kind: values.kind,
        signer: values.signer,
        status: 'active',
        created_by: values.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Source documents other than plans; `readable` null: all, else those ids and the reader's own. */
  async list(
    db: Kysely<Database>,
    kind: TaskSourceKind | undefined,
    readable: { ids: ReadonlySet<string>; userId: string | null } | null,
  ) {
    let query = db
      .selectFrom('plans as p')
      .select((eb) => [
        'p.id',
        'p.source_kind',
        'p.number',
        'p.issued_on',
        'p.agency',
        'p.title',
        'p.signer',
        'p.status',
        'p.created_by',
        eb
          .selectFrom('plan_items as i')
          .select((i) => i.fn.countAll<string | number | bigint>().as('n'))
          .whereRef('i.plan_id', '=', 'p.id')
          .where('i.kind', '=', 'task')
          .as('tasks'),
      ])
      .where('p.source_kind', '<>', 'plan')
      .orderBy('p.issued_on', (ob) => ob.desc().nullsLast())
      .orderBy('p.created_at', 'desc');
    if (kind) query = query.where('p.source_kind', '=', kind);
    const rows = await query.execute();
    if (readable === null) return rows;
    return rows.filter(
      (r) => readable.ids.has(r.id) || (r.created_by !== null && r.created_by === readable.userId),
    );
  }

  async find(db: Kysely<Database>, id: string) {
    return db
      .selectFrom('plans')
      .select(['id', 'year', 'source_kind', 'status', 'created_by'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async nextPosition(db: Kysely<Database>, planId: string): Promise<number> {
    const row = await db
      .selectFrom('plan_items')
      .select(sql<number | null>`max(position)`.as('max'))
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    return (row?.max ?? -1) + 1;
  }

  async insertTask(
    db: Kysely<Database>,
    values: {
      planId: string;
      position: number;
      ordinal: string | null;
      content: string;
      timeframe: Timeframe;
      dueDate: string | null;
      leaderId: string | null;
      focalPersonId: string | null;
      priority: TaskPriority;
      assignedBy: string | null;
    },
  ): Promise<string> {
    const row = await db
      .insertInto('plan_items')
      .values({
        plan_id: values.planId,
        position: values.position,
        kind: 'task',
        part: null,
        domain: null,
        domain_heading: null,
        domain_index: null,
        ordinal: values.ordinal,
        sub_ordinal: null,
        sub_label: null,
        content: values.content,
        output: null,
        lead_raw: '[]',
        coordinators_raw: '[]',
        timeframe: JSON.stringify(values.timeframe),
        timeframe_kind: values.timeframe.kind,
        due_date: values.dueDate,
        target: null,
        warnings: '[]',
        source_lines: null,
        search_text: itemSearchText({ content: values.content, output: null, domain: null }),
        leader_id: values.leaderId,
        focal_person_id: values.focalPersonId,
        priority: values.priority,
        assigned_by: values.assignedBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async linkUnits(
    db: Kysely<Database>,
    itemId: string,
    links: readonly { unitId: string; role: 'lead' | 'coordinator'; raw: string }[],
  ): Promise<void> {
    if (links.length === 0) return;
    await db
      .insertInto('plan_item_units')
      .values(
        links.map((l) => ({ plan_item_id: itemId, org_unit_id: l.unitId, role: l.role, raw_text: l.raw })),
      )
      .execute();
  }

  async unit(db: Kysely<Database>, id: string) {
    return db
      .selectFrom('org_units')
      .select(['id', 'name', 'short_name', 'leader_user_id'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async user(db: Kysely<Database>, id: string) {
    return db
      .selectFrom('users')
      .select(['id', 'full_name', 'org_unit_id', 'roles', 'disabled_at'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async itemPeople(db: Kysely<Database>, itemId: string) {
    return db
      .selectFrom('plan_items')
      .select(['id', 'plan_id', 'leader_id', 'focal_person_id', 'priority'])
      .where('id', '=', itemId)
      .where('kind', '=', 'task')
      .executeTakeFirst();
  }

  async setPeople(
    db: Kysely<Database>,
    itemId: string,
    values: { leaderId: string | null; focalPersonId: string | null; priority: TaskPriority },
  ): Promise<void> {
    await db
      .updateTable('plan_items')
      .set({
        leader_id: values.leaderId,
        focal_person_id: values.focalPersonId,
        priority: values.priority,
        updated_at: new Date(),
      })
      .where('id', '=', itemId)
      .execute();
  }

  async setUnitLeader(db: Kysely<Database>, unitId: string, leaderId: string | null): Promise<void> {
    await db.updateTable('org_units').set({ leader_user_id: leaderId }).where('id', '=', unitId).execute();
  }

  /**
   * After a directive's items are stored: the document's kind, who gave the tasks, and each task's
   * leader in charge taken from its lead unit's assigned leader where it has none.
   */
  async applyDirectiveDefaults(
    db: Kysely<Database>,
    planId: string,
    kind: TaskSourceKind,
    assignedBy: string | null,
  ): Promise<void> {
    await db
      .updateTable('plans')
      .set({ source_kind: kind, status: 'active' })
      .where('id', '=', planId)
      .execute();
    await db
      .updateTable('plan_items')
      .set({
        assigned_by: assignedBy,
        leader_id: sql<string | null>`coalesce(leader_id, (
          select ou.leader_user_id from plan_item_units u join org_units ou on ou.id = u.org_unit_id
          where u.plan_item_id = plan_items.id and u.role = 'lead' and ou.leader_user_id is not null
          limit 1))`,
      })
      .where('plan_id', '=', planId)
      .execute();
  }
}
