import type { Insertable, Kysely, Selectable } from 'kysely';
import type { RegimePeriod } from '../../domain/reporting/index.js';
import type { Database, ReportPeriodTable, ReportRegimeTable } from '../db/schema.js';

export type RegimeRow = Selectable<ReportRegimeTable>;
export type PeriodRow = Selectable<ReportPeriodTable>;
export type NewRegimeRow = Insertable<ReportRegimeTable>;

/** The columns a regime edit may set; JSON columns already serialised. */
export type RegimeChanges = Partial<
  Pick<
    NewRegimeRow,
    | 'name'
    | 'content'
    | 'scope'
    | 'reporting_units'
    | 'receiving_unit_id'
    | 'frequency'
    | 'period_indexes'
    | 'year'
    | 'cut_off_rule'
    | 'deadline_rule'
    | 'outline'
    | 'data_form'
    | 'instructions'
    | 'sending_methods'
    | 'status'
  >
>;

export interface RegimeFilter {
  ids?: readonly string[];
  planId?: string;
  status?: string;
}

export class ReportRegimeRepository {
  async list(db: Kysely<Database>, filter: RegimeFilter = {}): Promise<RegimeRow[]> {
    if (filter.ids && filter.ids.length === 0) return [];
    let query = db.selectFrom('report_regimes').selectAll();
    if (filter.ids) query = query.where('id', 'in', filter.ids);
    if (filter.planId) query = query.where('plan_id', '=', filter.planId);
    if (filter.status) query = query.where('status', '=', filter.status as RegimeRow['status']);
    return query.orderBy('year', 'desc').orderBy('created_at').orderBy('name').execute();
  }

  async find(db: Kysely<Database>, id: string): Promise<RegimeRow | undefined> {
    return db.selectFrom('report_regimes').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(db: Kysely<Database>, row: NewRegimeRow): Promise<RegimeRow> {
    return db.insertInto('report_regimes').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Applies the changes only if `version` is still current; undefined when someone else saved first. */
  async update(
    db: Kysely<Database>,
    id: string,
    version: number,
    changes: RegimeChanges,
    now: Date,
  ): Promise<RegimeRow | undefined> {
    return db
      .updateTable('report_regimes')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  async periodCounts(db: Kysely<Database>, regimeIds: readonly string[]): Promise<Map<string, number>> {
    if (regimeIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('report_periods')
      .select((eb) => ['regime_id', eb.fn.countAll<string | number>().as('n')])
      .where('regime_id', 'in', regimeIds)
      .groupBy('regime_id')
      .execute();
    return new Map(rows.map((r) => [r.regime_id, Number(r.n)]));
  }

  async periods(
    db: Kysely<Database>,
    filter: { regimeIds?: readonly string[]; dueFrom?: Date; dueTo?: Date; ids?: readonly string[] },
  ): Promise<PeriodRow[]> {
    if (filter.regimeIds?.length === 0 || filter.ids?.length === 0) return [];
    let query = db.selectFrom('report_periods').selectAll();
    if (filter.regimeIds) query = query.where('regime_id', 'in', filter.regimeIds);
    if (filter.ids) query = query.where('id', 'in', filter.ids);
    if (filter.dueFrom) query = query.where('due_at', '>=', filter.dueFrom);
    if (filter.dueTo) query = query.where('due_at', '<=', filter.dueTo);
    return query.orderBy('due_at').orderBy('code').execute();
  }

  async findPeriod(db: Kysely<Database>, id: string): Promise<PeriodRow | undefined> {
    return db.selectFrom('report_periods').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findPeriodByCode(
    db: Kysely<Database>,
    regimeId: string,
    code: string,
  ): Promise<PeriodRow | undefined> {
    return db
      .selectFrom('report_periods')
      .selectAll()
      .where('regime_id', '=', regimeId)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  /**
   * Writes the regime's periods: new codes are inserted, known ones get the current window and
   * deadline (a corrected rule moves them), so running it twice changes nothing. Returns how many
   * were new.
   */
  async upsertPeriods(
    db: Kysely<Database>,
    regimeId: string,
    periods: readonly RegimePeriod[],
    unitIds: readonly string[] | null,
  ): Promise<number> {
    if (periods.length === 0) return 0;
    const before = new Set(
      (await db.selectFrom('report_periods').select('code').where('regime_id', '=', regimeId).execute()).map(
        (r) => r.code,
      ),
    );
    await db
      .insertInto('report_periods')
      .values(
        periods.map((p) => ({
          regime_id: regimeId,
          code: p.code,
          label: p.label,
          starts_on: p.start,
          ends_on: p.end,
          cut_off_from: p.cutOff.from,
          cut_off_to: p.cutOff.to,
          due_at: new Date(p.dueAt),
          unit_ids: unitIds === null ? null : JSON.stringify(unitIds),
        })),
      )
      .onConflict((oc) =>
        oc.columns(['regime_id', 'code']).doUpdateSet((eb) => ({
          label: eb.ref('excluded.label'),
          starts_on: eb.ref('excluded.starts_on'),
          ends_on: eb.ref('excluded.ends_on'),
          cut_off_from: eb.ref('excluded.cut_off_from'),
          cut_off_to: eb.ref('excluded.cut_off_to'),
          due_at: eb.ref('excluded.due_at'),
          unit_ids: eb.ref('excluded.unit_ids'),
        })),
      )
      .execute();
    return periods.filter((p) => !before.has(p.code)).length;
  }

  /** Periods of the regime not in `keep` and with nothing written for them yet. */
  async deleteUnusedPeriods(
    db: Kysely<Database>,
    regimeId: string,
    keep: readonly string[],
  ): Promise<number> {
    let query = db
      .deleteFrom('report_periods')
      .where('regime_id', '=', regimeId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('submissions').select('id').whereRef('period_id', '=', 'report_periods.id'),
          ),
        ),
      );
    if (keep.length > 0) query = query.where('code', 'not in', keep);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async planRegimes(db: Kysely<Database>, planId: string) {
    return db.selectFrom('plan_regimes').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
  }

  /** "frequency|name" of the regimes of every version of the plan numbered `number`. */
  async regimeKeysOfPlanNumber(db: Kysely<Database>, number: string): Promise<Set<string>> {
    const rows = await db
      .selectFrom('report_regimes as r')
      .innerJoin('plans as p', 'p.id', 'r.plan_id')
      .select(['r.frequency', 'r.name'])
      .where((eb) => eb(eb.fn('lower', ['p.number']), '=', number.toLowerCase()))
      .execute();
    return new Set(rows.map((r) => `${r.frequency}|${r.name}`));
  }

  async findPlan(db: Kysely<Database>, planId: string) {
    return db
      .selectFrom('plans')
      .select(['id', 'number', 'title', 'agency', 'year'])
      .where('id', '=', planId)
      .executeTakeFirst();
  }

  /** Indicators by id, for checking and naming a data form. */
  async indicators(db: Kysely<Database>, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db
      .selectFrom('plan_items')
      .select(['id', 'content'])
      .where('id', 'in', ids)
      .where('kind', '=', 'indicator')
      .execute();
  }
}
