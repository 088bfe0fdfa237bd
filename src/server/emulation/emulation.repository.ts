import type { Kysely } from 'kysely';
import type { CompletionOccurrence } from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';

export interface WorkTask {
  taskId: string;
  content: string;
  /** The assignee (person scores) or the lead unit (unit scores) the task counts for. */
  ownerId: string;
  occurrences: CompletionOccurrence[];
}

export type CampaignRow = Awaited<ReturnType<EmulationRepository['campaign']>> & object;
export type EntryRow = Awaited<ReturnType<EmulationRepository['entries']>>[number];

/** The only place the emulation concept runs SQL. */
export class EmulationRepository {
  async setting(db: Kysely<Database>, year: number, level: 'individual' | 'unit') {
    return db
      .selectFrom('emulation_settings')
      .select(['config'])
      .where('year', '=', year)
      .where('level', '=', level)
      .executeTakeFirst();
  }

  async putSetting(
    db: Kysely<Database>,
    row: { year: number; level: 'individual' | 'unit'; config: unknown; userId: string | null },
  ): Promise<void> {
    const config = JSON.stringify(row.config);
    await db
      .insertInto('emulation_settings')
      .values({ year: row.year, level: row.level, config, updated_by: row.userId })
      .onConflict((oc) =>
        oc.columns(['year', 'level']).doUpdateSet({ config, updated_by: row.userId, updated_at: new Date() }),
      )
      .execute();
  }

  /** Active people of the units, for the person scores. */
  async people(db: Kysely<Database>, unitIds: readonly string[]) {
    if (unitIds.length === 0) return [];
    return db
      .selectFrom('users')
      .select(['id', 'full_name as name', 'org_unit_id as unitId'])
      .where('org_unit_id', 'in', unitIds)
      .where('disabled_at', 'is', null)
      .orderBy('full_name')
      .execute();
  }

  async usersByIds(db: Kysely<Database>, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db
      .selectFrom('users')
      .select(['id', 'full_name as name', 'org_unit_id as unitId', 'disabled_at'])
      .where('id', 'in', ids)
      .execute();
  }

  /**
   * Tasks of active plans of the year with their occurrences, grouped by owner: the assignees
   * (`by: 'person'`) or the lead units (`by: 'unit'`). A task with two assignees counts for both.
   */
  async tasks(
    db: Kysely<Database>,
    by: 'person' | 'unit',
    ownerIds: readonly string[],
    year: number,
  ): Promise<WorkTask[]> {
    if (ownerIds.length === 0) return [];
    const owners =
      by === 'person'
        ? await db
            .selectFrom('task_people as o')
            .innerJoin('plan_items as i', 'i.id', 'o.plan_item_id')
            .innerJoin('plans as p', 'p.id', 'i.plan_id')
            .select(['i.id as taskId', 'i.content', 'o.user_id as ownerId'])
            .where('o.role', '=', 'assignee')
            .where('o.user_id', 'in', ownerIds)
            .where('p.status', '=', 'active')
            .where('p.year', '=', year)
            .orderBy('p.created_at')
            .orderBy('i.position')
            .execute()
        : await db
            .selectFrom('plan_item_units as o')
            .innerJoin('plan_items as i', 'i.id', 'o.plan_item_id')
            .innerJoin('plans as p', 'p.id', 'i.plan_id')
            .select(['i.id as taskId', 'i.content', 'o.org_unit_id as ownerId'])
            .where('o.role', '=', 'lead')
            .where('i.kind', '=', 'task')
            .where('o.org_unit_id', 'in', ownerIds)
            .where('p.status', '=', 'active')
            .where('p.year', '=', year)
            .orderBy('p.created_at')
            .orderBy('i.position')
            .execute();
    const ids = [...new Set(owners.map((o) => o.taskId))];
    if (ids.length === 0) return [];
    const occurrences = await db
      .selectFrom('task_occurrences')
      .select(['plan_item_id', 'period_code', 'due_date', 'deadline', 'source', 'status', 'completed_on'])
      .where('plan_item_id', 'in', ids)
      .orderBy('due_date')
      .execute();
    const byTask = new Map<string, CompletionOccurrence[]>();
    for (const o of occurrences) {
      const list = byTask.get(o.plan_item_id) ?? [];
      list.push({
        status: o.status,
        dueDate: o.due_date,
        deadline: o.deadline,
        completedOn: o.completed_on,
        periodCode: o.period_code,
        source: o.source,
      });
      byTask.set(o.plan_item_id, list);
    }
    return owners.map((o) => ({ ...o, occurrences: byTask.get(o.taskId) ?? [] }));
  }

  async campaigns(db: Kysely<Database>) {
    return db
      .selectFrom('emulation_campaigns')
      .select(['id', 'name', 'year', 'stage', 'org_unit_id'])
      .orderBy('year', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
  }

  async campaign(db: Kysely<Database>, id: string, forUpdate = false) {
    let query = db.selectFrom('emulation_campaigns').selectAll().where('id', '=', id);
    if (forUpdate) query = query.forUpdate();
    return query.executeTakeFirst();
  }

  async insertCampaign(
    db: Kysely<Database>,
    row: {
      unitId: string;
      year: number;
      name: string;
      chairId: string;
      councilIds: string[];
      criteria: unknown;
      userId: string | null;
    },
  ): Promise<string> {
    const { id } = await db
      .insertInto('emulation_campaigns')
      .values({
        org_unit_id: row.unitId,
        year: row.year,
        name: row.name,
        chair_id: row.chairId,
        council_ids: JSON.stringify(row.councilIds),
        criteria: JSON.stringify(row.criteria),
        created_by: row.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async setStage(db: Kysely<Database>, id: string, stage: 'scoring' | 'voting' | 'decided'): Promise<void> {
    await db
      .updateTable('emulation_campaigns')
      .set((eb) => ({
        stage,
        updated_at: new Date(),
        version: eb('version', '+', 1),
        ...(stage === 'decided' ? { decided_at: new Date() } : {}),
      }))
      .where('id', '=', id)
      .execute();
  }

  async entries(db: Kysely<Database>, campaignId: string) {
    return db
      .selectFrom('emulation_entries')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .orderBy('subject_kind', 'desc')
      .orderBy('created_at')
      .execute();
  }

  async entry(db: Kysely<Database>, id: string) {
    return db.selectFrom('emulation_entries').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findEntry(db: Kysely<Database>, campaignId: string, kind: 'person' | 'unit', subjectId: string) {
    return db
      .selectFrom('emulation_entries')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('subject_kind', '=', kind)
      .where(kind === 'person' ? 'user_id' : 'org_unit_id', '=', subjectId)
      .executeTakeFirst();
  }

  async insertEntry(
    db: Kysely<Database>,
    row: {
      campaignId: string;
      kind: 'person' | 'unit';
      userId: string | null;
      unitId: string;
      title: string;
      evidence: unknown;
      by: string | null;
    },
  ): Promise<string> {
    const { id } = await db
      .insertInto('emulation_entries')
      .values({
        campaign_id: row.campaignId,
        subject_kind: row.kind,
        user_id: row.userId,
        org_unit_id: row.unitId,
        title: row.title,
        evidence: JSON.stringify(row.evidence),
        registered_by: row.by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async updateEntry(
    db: Kysely<Database>,
    id: string,
    change: {
      self_scores?: string;
      self_rating?: string;
      head_rating?: string;
      council_scores?: string;
      final_rating?: string;
      result?: 'approved' | 'rejected';
    },
  ): Promise<void> {
    await db
      .updateTable('emulation_entries')
      .set({ ...change, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  async votes(db: Kysely<Database>, entryIds: readonly string[]) {
    if (entryIds.length === 0) return [];
    return db
      .selectFrom('emulation_votes')
      .select(['entry_id as entryId', 'voter_id as voterId', 'approve'])
      .where('entry_id', 'in', entryIds)
      .execute();
  }

  async putVote(db: Kysely<Database>, entryId: string, voterId: string, approve: boolean): Promise<void> {
    await db
      .insertInto('emulation_votes')
      .values({ entry_id: entryId, voter_id: voterId, approve })
      .onConflict((oc) =>
        oc.columns(['entry_id', 'voter_id']).doUpdateSet({ approve, created_at: new Date() }),
      )
      .execute();
  }
}
