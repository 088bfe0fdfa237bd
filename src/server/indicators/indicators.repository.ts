import type { Kysely, Selectable } from 'kysely';
import type { ParsedTarget, Target } from '../../domain/targets/index.js';
import type { ValidationRule } from '../../domain/tracking/index.js';
import { parsedTargetSchema, targetSchema } from '../../domain/targets/schema.js';
import { validationRuleSchema } from '../../domain/tracking/schema.js';
import type { Database, IndicatorRuleTable, IndicatorValueTable } from '../db/schema.js';
import type { ExtraTarget, StoredValue } from '../../domain/tracking/indicator-assessment.js';
import { parseStored, parseStoredOrNull } from '../common/stored.js';
import type { IndicatorIdentity } from './indicator-lineage.js';
import type { StoredRule } from '../../domain/tracking/indicator-rules.js';

export interface IndicatorItem {
  id: string;
  planId: string;
  planNumber: string | null;
  planTitle: string;
  planYear: number;
  planStatus: string;
  position: number;
  ordinal: string | null;
  domain: string | null;
  content: string;
  target: ParsedTarget | null;
}

export interface ItemUnit {
  itemId: string;
  unitId: string;
  role: 'lead' | 'coordinator';
  code: string;
  name: string;
}

export interface ValueWrite {
  value: number;
  numerator: number | null;
  denominator: number | null;
  asOf: string;
  source: string;
  enteredBy: string | null;
  enteredByName: string | null;
}

function toValue(row: Selectable<IndicatorValueTable>): StoredValue {
  return {
    id: row.id,
    itemId: row.plan_item_id,
    periodCode: row.period_code,
    breakdown: row.breakdown,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    asOf: row.as_of,
    source: row.source,
    enteredBy: row.entered_by,
    enteredByName: row.entered_by_name,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function valueColumns(write: ValueWrite) {
  return {
    value: write.value,
    numerator: write.numerator,
    denominator: write.denominator,
    as_of: write.asOf,
    source: write.source,
    entered_by: write.enteredBy,
    entered_by_name: write.enteredByName,
  };
}

function toRule(row: Selectable<IndicatorRuleTable>): StoredRule {
  return {
    id: row.id,
    planId: row.plan_id,
    rule: parseStored(validationRuleSchema, row.rule, 'quy tắc kiểm tra số liệu'),
    description: row.description,
    createdAt: row.created_at,
  };
}

export class IndicatorRepository {
  async items(
    db: Kysely<Database>,
    filter: { planId?: string; itemId?: string; activeOnly?: boolean },
  ): Promise<IndicatorItem[]> {
    let query = db
      .selectFrom('plan_items as i')
      .innerJoin('plans as p', 'p.id', 'i.plan_id')
      .select([
        'i.id',
        'i.plan_id',
        'i.position',
        'i.ordinal',
        'i.domain',
        'i.content',
        'i.target',
        'p.number',
        'p.title',
        'p.year',
        'p.status',
      ])
      .where('i.kind', '=', 'indicator')
      .orderBy('p.year', 'desc')
      .orderBy('p.created_at', 'desc')
      .orderBy('i.position');
    if (filter.planId) query = query.where('i.plan_id', '=', filter.planId);
    if (filter.itemId) query = query.where('i.id', '=', filter.itemId);
    if (filter.activeOnly) query = query.where('p.status', '=', 'active');
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      planNumber: r.number,
      planTitle: r.title,
      planYear: r.year,
      planStatus: r.status,
      position: r.position,
      ordinal: r.ordinal,
      domain: r.domain,
      content: r.content,
      target: parseStoredOrNull(parsedTargetSchema, r.target, 'chỉ tiêu của kế hoạch'),
    }));
  }

  async findPlan(db: Kysely<Database>, planId: string) {
    return db
      .selectFrom('plans')
      .select(['id', 'number', 'title', 'year', 'status'])
      .where('id', '=', planId)
      .executeTakeFirst();
  }

  async userName(db: Kysely<Database>, userId: string): Promise<string | null> {
    const row = await db.selectFrom('users').select('full_name').where('id', '=', userId).executeTakeFirst();
    return row?.full_name ?? null;
  }

  async itemUnits(db: Kysely<Database>, itemIds: readonly string[]): Promise<ItemUnit[]> {
    if (itemIds.length === 0) return [];
    const rows = await db
      .selectFrom('plan_item_units as l')
      .innerJoin('org_units as u', 'u.id', 'l.org_unit_id')
      .select(['l.plan_item_id', 'l.org_unit_id', 'l.role', 'u.code', 'u.name', 'u.short_name'])
      .where('l.plan_item_id', 'in', itemIds)
      .orderBy('u.sort_order')
      .orderBy('u.name')
      .execute();
    return rows.map((r) => ({
      itemId: r.plan_item_id,
      unitId: r.org_unit_id,
      role: r.role,
      code: r.code,
      name: r.short_name ?? r.name,
    }));
  }

  /** Every indicator of every plan, for finding the same indicator in other years. */
  async identities(db: Kysely<Database>): Promise<IndicatorIdentity[]> {
    const rows = await db
      .selectFrom('plan_items as i')
      .innerJoin('plans as p', 'p.id', 'i.plan_id')
      .select([
        'i.id',
        'i.plan_id',
        'i.content',
        'i.target',
        'p.title',
        'p.year',
        'p.status',
        'p.version',
        'p.created_at',
      ])
      .where('i.kind', '=', 'indicator')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      planTitle: r.title,
      planYear: r.year,
      planStatus: r.status,
      planVersion: r.version,
      planCreatedAt: r.created_at,
      content: r.content,
      target: parseStoredOrNull(parsedTargetSchema, r.target, 'chỉ tiêu của kế hoạch'),
    }));
  }

  async values(db: Kysely<Database>, itemIds: readonly string[]): Promise<StoredValue[]> {
    if (itemIds.length === 0) return [];
    const rows = await db
      .selectFrom('indicator_values')
      .selectAll()
      .where('plan_item_id', 'in', itemIds)
      .orderBy('as_of')
      .orderBy('updated_at')
      .execute();
    return rows.map(toValue);
  }

  /** The values of every indicator of the plans, which rules across indicators are checked on. */
  async planValues(
    db: Kysely<Database>,
    planIds: readonly string[],
    periodCode?: string,
  ): Promise<StoredValue[]> {
    if (planIds.length === 0) return [];
    let query = db
      .selectFrom('indicator_values as v')
      .innerJoin('plan_items as i', 'i.id', 'v.plan_item_id')
      .selectAll('v')
      .where('i.plan_id', 'in', planIds);
    if (periodCode !== undefined) query = query.where('v.period_code', '=', periodCode);
    return (await query.execute()).map(toValue);
  }

  async findValue(
    db: Kysely<Database>,
    itemId: string,
    periodCode: string,
    breakdown: string,
  ): Promise<StoredValue | undefined> {
    const row = await db
      .selectFrom('indicator_values')
      .selectAll()
      .where('plan_item_id', '=', itemId)
      .where('period_code', '=', periodCode)
      .where('breakdown', '=', breakdown)
      .executeTakeFirst();
    return row && toValue(row);
  }

  async insertValue(
    db: Kysely<Database>,
    key: { itemId: string; periodCode: string; breakdown: string },
    write: ValueWrite,
  ): Promise<StoredValue> {
    const row = await db
      .insertInto('indicator_values')
      .values({
        plan_item_id: key.itemId,
        period_code: key.periodCode,
        breakdown: key.breakdown,
        ...valueColumns(write),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toValue(row);
  }

  /** Undefined when the stored version is no longer `version`: someone else saved in between. */
  async updateValue(
    db: Kysely<Database>,
    id: string,
    version: number,
    write: ValueWrite,
  ): Promise<StoredValue | undefined> {
    const row = await db
      .updateTable('indicator_values')
      .set((eb) => ({
        ...valueColumns(write),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
    return row && toValue(row);
  }

  async targets(db: Kysely<Database>, itemIds: readonly string[]): Promise<ExtraTarget[]> {
    if (itemIds.length === 0) return [];
    const rows = await db
      .selectFrom('indicator_targets')
      .selectAll()
      .where('plan_item_id', 'in', itemIds)
      .orderBy('period_code')
      .orderBy('breakdown')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      itemId: r.plan_item_id,
      periodCode: r.period_code,
      breakdown: r.breakdown,
      target: parseStored(targetSchema, r.target, 'chỉ tiêu theo kỳ'),
    }));
  }

  async replaceTargets(
    db: Kysely<Database>,
    itemId: string,
    targets: readonly { periodCode: string; breakdown: string; target: Target }[],
  ): Promise<void> {
    await db.deleteFrom('indicator_targets').where('plan_item_id', '=', itemId).execute();
    if (targets.length === 0) return;
    await db
      .insertInto('indicator_targets')
      .values(
        targets.map((t) => ({
          plan_item_id: itemId,
          period_code: t.periodCode,
          breakdown: t.breakdown,
          target: JSON.stringify(t.target),
        })),
      )
      .execute();
  }

  async rules(db: Kysely<Database>, planIds: readonly string[]): Promise<StoredRule[]> {
    if (planIds.length === 0) return [];
    const rows = await db
      .selectFrom('indicator_rules')
      .selectAll()
      .where('plan_id', 'in', planIds)
      .orderBy('created_at')
      .execute();
    return rows.map(toRule);
  }

  async insertRule(
    db: Kysely<Database>,
    planId: string,
    rule: ValidationRule,
    description: string,
  ): Promise<StoredRule> {
    const row = await db
      .insertInto('indicator_rules')
      .values({ plan_id: planId, rule: JSON.stringify(rule), description })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRule(row);
  }

  /** The removed rule, or undefined when the plan has no such rule. */
  async deleteRule(db: Kysely<Database>, planId: string, ruleId: string): Promise<StoredRule | undefined> {
    const row = await db
      .deleteFrom('indicator_rules')
      .where('id', '=', ruleId)
      .where('plan_id', '=', planId)
      .returningAll()
      .executeTakeFirst();
    return row && toRule(row);
  }
}
