import {
  regimeDeadlineSchema,
  regimeFrequencySchema,
  regimeStatusSchema,
} from '../../domain/plan-import/schema.js';
import { parsedTargetSchema } from '../../domain/targets/schema.js';
import { timeframeSchema } from '../../domain/timeframe/schema.js';
import { parseStored, parseStoredOrNull, parseStoredText } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { DomainEntry } from '../../domain/plans/domain-catalogue.js';
import type { ImportItem, ImportRegime, PlanImportResult } from '../../domain/plans/import-result.js';
import type { PlanStatus } from '../../domain/plans/plan-status.js';
import type { Database } from '../db/schema.js';
import { itemSearchText } from '../../domain/text/search-text.js';

export interface PlanSummary {
  id: string;
  number: string | null;
  version: number;
  status: PlanStatus;
  title: string;
  year: number;
  issuedOn: string | null;
  agency: string | null;
  isSample: boolean;
  indicatorCount: number;
  taskCount: number;
  createdAt: string;
}

const firstDueDate = (item: ImportItem): string | null => item.timeframe.dueDates[0] ?? null;

export class PlanRepository {
  async list(db: Kysely<Database>, filter: { id?: string } = {}): Promise<PlanSummary[]> {
    let query = db
      .selectFrom('plans')
      .leftJoin('plan_items', 'plan_items.plan_id', 'plans.id')
      .select((eb) => [
        'plans.id',
        'plans.number',
        'plans.version',
        'plans.status',
        'plans.title',
        'plans.year',
        'plans.issued_on',
        'plans.agency',
        'plans.is_sample',
        'plans.created_at',
        eb.fn
          .count<string | number | bigint>('plan_items.id')
          .filterWhere('plan_items.kind', '=', 'indicator')
          .as('indicators'),
        eb.fn
          .count<string | number | bigint>('plan_items.id')
          .filterWhere('plan_items.kind', '=', 'task')
          .as('tasks'),
      ])
      .groupBy('plans.id')
      .orderBy('plans.year', 'desc')
      .orderBy('plans.created_at', 'desc');
    if (filter.id) query = query.where('plans.id', '=', filter.id);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      version: r.version,
      status: r.status as PlanStatus,
      title: r.title,
      year: r.year,
      issuedOn: r.issued_on,
      agency: r.agency,
      isSample: r.is_sample,
      indicatorCount: Number(r.indicators),
      taskCount: Number(r.tasks),
      createdAt: r.created_at.toISOString(),
    }));
  }

  async findPlan(db: Kysely<Database>, id: string) {
    return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findLatestByNumber(db: Kysely<Database>, number: string) {
    return db
      .selectFrom('plans')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['number']), '=', number.toLowerCase()))
      .orderBy('version', 'desc')
      .executeTakeFirst();
  }

  /** The plan's rows, their timeframe and target parsed. */
  async items(db: Kysely<Database>, planId: string) {
    const rows = await db
      .selectFrom('plan_items')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute();
    return rows.map((row) => ({
      ...row,
      timeframe: parseStored(timeframeSchema, row.timeframe, 'thời gian thực hiện'),
      target: parseStoredOrNull(parsedTargetSchema, row.target, 'chỉ tiêu của kế hoạch'),
    }));
  }

  async itemUnits(db: Kysely<Database>, planId: string) {
    return db
      .selectFrom('plan_item_units')
      .innerJoin('plan_items', 'plan_items.id', 'plan_item_units.plan_item_id')
      .innerJoin('org_units', 'org_units.id', 'plan_item_units.org_unit_id')
      .select([
        'plan_item_units.plan_item_id',
        'plan_item_units.org_unit_id',
        'plan_item_units.role',
        'plan_item_units.raw_text',
        'org_units.code',
        'org_units.short_name',
        'org_units.name',
      ])
      .where('plan_items.plan_id', '=', planId)
      .execute();
  }

  async regimes(db: Kysely<Database>, planId: string) {
    const rows = await db
      .selectFrom('plan_regimes')
      .selectAll()
      .where('plan_id', '=', planId)
      .orderBy('name')
      .execute();
    return rows.map((row) => ({
      ...row,
      frequency: parseStoredText(regimeFrequencySchema, row.frequency, 'kỳ báo cáo trong kế hoạch'),
      deadline: parseStored(regimeDeadlineSchema, row.deadline, 'thời hạn báo cáo trong kế hoạch'),
      status: parseStoredText(regimeStatusSchema, row.status, 'trạng thái chế độ báo cáo trong kế hoạch'),
    }));
  }

  async insertPlan(
    db: Kysely<Database>,
    plan: {
      result: PlanImportResult;
      version: number;
      filename: string | null;
      isSample: boolean;
      createdBy: string | null;
      year: number;
    },
  ): Promise<string> {
    const { document } = plan.result;
    const row = await db
      .insertInto('plans')
      .values({
        number: document.number,
        version: plan.version,
        doc_type: document.type,
        title: document.title ?? plan.filename ?? 'Kế hoạch',
        agency: document.agency,
        parent_agency: document.parentAgency,
        place: document.place,
        issued_on: document.date,
        year: plan.year,
        legal_bases: JSON.stringify(plan.result.legalBases),
        sections: JSON.stringify(plan.result.sections),
        source_filename: plan.filename,
        is_sample: plan.isSample,
        created_by: plan.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async touchPlan(
    db: Kysely<Database>,
    planId: string,
    result: PlanImportResult,
    filename: string | null,
  ): Promise<void> {
    await db
      .updateTable('plans')
      .set({
        title: result.document.title ?? filename ?? 'Kế hoạch',
        legal_bases: JSON.stringify(result.legalBases),
        sections: JSON.stringify(result.sections),
        source_filename: filename,
        updated_at: new Date(),
      })
      .where('id', '=', planId)
      .execute();
  }

  /** The plan's domain catalogue, in the plan's order. */
  async domains(db: Kysely<Database>, planId: string): Promise<DomainEntry[]> {
    const rows = await db
      .selectFrom('plan_domains')
      .select(['name', 'headings'])
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute();
    return rows.map((r) => ({ name: r.name, headings: r.headings }));
  }

  async replaceDomains(db: Kysely<Database>, planId: string, domains: readonly DomainEntry[]): Promise<void> {
    await db.deleteFrom('plan_domains').where('plan_id', '=', planId).execute();
    if (domains.length === 0) return;
    await db
      .insertInto('plan_domains')
      .values(
        domains.map((d, position) => ({
          plan_id: planId,
          position,
          name: d.name,
          headings: JSON.stringify(d.headings),
        })),
      )
      .execute();
  }

  async setStatus(db: Kysely<Database>, planId: string, status: PlanStatus): Promise<void> {
    await db.updateTable('plans').set({ status, updated_at: new Date() }).where('id', '=', planId).execute();
  }

  private itemValues(planId: string, item: ImportItem, position: number) {
    return {
      plan_id: planId,
      position,
      kind: item.kind,
      part: item.part,
      // Grouping reads the catalogue's name; the heading as written stays beside it.
      domain: item.domainName ?? item.domain,
      domain_heading: item.domain,
      domain_index: item.domainIndex,
      ordinal: item.ordinal,
      sub_ordinal: item.subOrdinal,
      sub_label: item.subLabel,
      content: item.content,
      output: item.output,
      lead_raw: JSON.stringify(item.lead),
      coordinators_raw: JSON.stringify(item.coordinators),
      timeframe: JSON.stringify(item.timeframe),
      timeframe_kind: item.timeframe.kind,
      due_date: firstDueDate(item),
      target: item.target ? JSON.stringify(item.target) : null,
      warnings: JSON.stringify(item.warnings),
      source_lines: JSON.stringify(item.lines),
      // Found by the domain it is grouped under, as the migration's backfill reads it from the row.
      search_text: itemSearchText({ ...item, domain: item.domainName ?? item.domain }),
    };
  }

  async insertItem(
    db: Kysely<Database>,
    planId: string,
    item: ImportItem,
    position: number,
  ): Promise<string> {
    const row = await db
      .insertInto('plan_items')
      .values(this.itemValues(planId, item, position))
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async updateItem(
    db: Kysely<Database>,
    itemId: string,
    planId: string,
    item: ImportItem,
    position: number,
  ): Promise<void> {
    await db
      .updateTable('plan_items')
      .set({ ...this.itemValues(planId, item, position), updated_at: new Date() })
      .where('id', '=', itemId)
      .execute();
  }

  async deleteItems(db: Kysely<Database>, itemIds: string[]): Promise<void> {
    if (itemIds.length) await db.deleteFrom('plan_items').where('id', 'in', itemIds).execute();
  }

  /** Replaces the item's unit links with the resolved ones (unresolved raw texts stay on the item). */
  async setItemUnits(db: Kysely<Database>, itemId: string, item: ImportItem): Promise<void> {
    await db.deleteFrom('plan_item_units').where('plan_item_id', '=', itemId).execute();
    const links = new Map<
      string,
      { plan_item_id: string; org_unit_id: string; role: 'lead' | 'coordinator'; raw_text: string }
    >();
    const add = (ids: (string | null)[], raws: string[], role: 'lead' | 'coordinator') =>
      ids.forEach((id, i) => {
        if (id && !links.has(`${id}|${role}`))
          links.set(`${id}|${role}`, {
            plan_item_id: itemId,
            org_unit_id: id,
            role,
            raw_text: raws[i] ?? '',
          });
      });
    add(item.leadUnitIds, item.lead, 'lead');
    add(item.coordinatorUnitIds, item.coordinators, 'coordinator');
    if (links.size)
      await db
        .insertInto('plan_item_units')
        .values([...links.values()])
        .execute();
  }

  async replaceRegimes(db: Kysely<Database>, planId: string, regimes: ImportRegime[]): Promise<void> {
    await db
      .deleteFrom('plan_regimes')
      .where('plan_id', '=', planId)
      .where('status', '=', 'proposed')
      .execute();
    if (!regimes.length) return;
    await db
      .insertInto('plan_regimes')
      .values(
        regimes.map((r) => ({
          plan_id: planId,
          name: r.name,
          frequency: r.frequency,
          deadline: JSON.stringify(r.deadline),
          recipient_raw: r.recipient,
          recipient_unit_id: r.recipientUnitId,
          source_text: r.sourceText,
        })),
      )
      .execute();
  }

  /** Every unit each plan names (lead or coordinating), for the read rule (domain/access/plan-access). */
  async planUnitLinks(db: Kysely<Database>, planIds?: readonly string[]) {
    let query = db
      .selectFrom('plan_item_units')
      .innerJoin('plan_items', 'plan_items.id', 'plan_item_units.plan_item_id')
      .select(['plan_items.plan_id', 'plan_item_units.org_unit_id'])
      .distinct();
    if (planIds) {
      if (planIds.length === 0) return [];
      query = query.where('plan_items.plan_id', 'in', planIds);
    }
    return query.execute();
  }

  async unitParents(db: Kysely<Database>) {
    const rows = await db.selectFrom('org_units').select(['id', 'parent_id']).execute();
    return new Map(rows.map((r) => [r.id, { id: r.id, parentId: r.parent_id }]));
  }
}
