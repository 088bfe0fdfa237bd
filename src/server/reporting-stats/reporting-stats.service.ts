import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { type RollupNode, type RollupUnit, reportingRates, rollup } from '../../domain/reporting/index.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { vietnamInstant } from '../report-regimes/regime-model.js';
import {
  type PeriodRow,
  type RegimeRow,
  ReportRegimeRepository,
} from '../report-regimes/report-regimes.repository.js';
import { boardUnitFilter, regimeReadable } from '../report-regimes/regime-read-access.js';
import { UnitDirectory } from '../report-regimes/unit-directory.js';
import { type ExpectedReport, expectedReports } from '../report-regimes/expected-reports.js';
import type {
  BoardQuery,
  StatsQuery,
  boardResponse,
  ratesResponse,
  treeResponse,
} from './reporting-stats.schemas.js';

type Rates = z.infer<typeof ratesResponse>;
type Board = z.infer<typeof boardResponse>;
type Tree = z.infer<typeof treeResponse>;

const dayStart = (date: string) => new Date(`${date}T00:00:00+07:00`);
const dayEnd = (date: string) => new Date(`${date}T23:59:59.999+07:00`);

/**
 * How punctually units report under a regime, counted the DHIS2 way (domain/reporting/timeliness.ts):
 * rates for a period, the period board, and completeness down the reporting tree.
 */
export class ReportingStatsService {
  private readonly regimes = new ReportRegimeRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async rates(ctx: RequestContext, query: StatsQuery): Promise<Rates> {
    requirePermission(ctx, 'reports.read');
    const { regime, periods, units, expected } = await this.load(ctx, query);
    const pick = (status: ExpectedReport['timeliness']) =>
      expected.filter((e) => e.timeliness === status).map((e) => units.ref(e.unitId));
    return {
      regimeId: regime.id,
      period: query.period ?? null,
      periods: periods.length,
      ...reportingRates(expected.map((e) => ({ status: e.timeliness }))),
      missingUnits: dedupe(pick('missing')),
      lateUnits: dedupe(pick('late')),
    };
  }

  /** Units down the side, periods across; each cell the workflow state or the timeliness. */
  async board(ctx: RequestContext, regimeId: string, query: BoardQuery): Promise<Board> {
    requirePermission(ctx, 'reports.read');
    const regime = await this.regime(ctx, regimeId);
    const periods = await this.regimes.periods(this.db, {
      regimeIds: [regimeId],
      ...(query.from ? { dueFrom: dayStart(query.from) } : {}),
      ...(query.to ? { dueTo: dayEnd(query.to) } : {}),
    });
    const { units, expected } = await this.expected(ctx, regime, periods);
    const unitIds = [...new Set(expected.map((e) => e.unitId))];
    const ratesOf = (rows: readonly ExpectedReport[]) =>
      reportingRates(rows.map((e) => ({ status: e.timeliness })));
    return {
      regime: { id: regime.id, name: regime.name },
      periods: periods.map((p) => ({
        id: p.id,
        code: p.code,
        label: p.label,
        dueAt: vietnamInstant(p.due_at),
        rates: ratesOf(expected.filter((e) => e.period.id === p.id)),
      })),
      units: unitIds.map((unitId) => {
        const own = expected.filter((e) => e.unitId === unitId);
        return {
          ...units.ref(unitId),
          rates: ratesOf(own),
          cells: own.map((e) => ({
            periodId: e.period.id,
            cell: e.cell,
            timeliness: e.timeliness,
            status: e.submission?.status ?? null,
            submissionId: e.submission?.id ?? null,
            submittedAt: e.submission?.submittedAt ? vietnamInstant(e.submission.submittedAt) : null,
          })),
        };
      }),
    };
  }

  /**
   * "58/63 sở đã báo cáo" at every level: the receiving unit at the root, each reporting unit under
   * the nearest unit above it that also reports, else under the root.
   */
  async tree(ctx: RequestContext, query: StatsQuery): Promise<Tree> {
    requirePermission(ctx, 'reports.read');
    const { regime, units, expected } = await this.load(ctx, query);
    const reporting = new Set(expected.map((e) => e.unitId));
    const parentOf = (id: string) =>
      units
        .chain(id)
        .slice(1)
        .find((a) => reporting.has(a)) ?? regime.receiving_unit_id;
    const build = (id: string): RollupUnit => ({
      id,
      name: units.name(id),
      children: [...reporting].filter((child) => child !== id && parentOf(child) === id).map(build),
    });
    const rows = new Map<string, { status: ExpectedReport['timeliness'] }[]>();
    for (const e of expected) rows.set(e.unitId, [...(rows.get(e.unitId) ?? []), { status: e.timeliness }]);
    const nodes: Tree['nodes'] = [];
    const flatten = (node: RollupNode, parentId: string | null, depth: number) => {
      const { children, unitId, ...rest } = node;
      nodes.push({ unitId, parentId, depth, ...rest });
      for (const child of children) flatten(child, unitId, depth + 1);
    };
    flatten(rollup(build(regime.receiving_unit_id), rows), null, 0);
    return { regimeId: regime.id, period: query.period ?? null, rootId: regime.receiving_unit_id, nodes };
  }

  /** One period by code, or every period already past its deadline. */
  private async load(ctx: RequestContext, query: StatsQuery) {
    const regime = await this.regime(ctx, query.regimeId);
    let periods: PeriodRow[];
    if (query.period !== undefined) {
      const period = await this.regimes.findPeriodByCode(this.db, regime.id, query.period);
      if (!period) throw AppError.notFound(`kỳ báo cáo "${query.period}" của chế độ báo cáo này`);
      periods = [period];
    } else {
      periods = await this.regimes.periods(this.db, { regimeIds: [regime.id], dueTo: this.now() });
    }
    return { regime, periods, ...(await this.expected(ctx, regime, periods)) };
  }

  /** Every report the regime's units owe for these periods, with the unit tree to place them in. */
  /** The reports owed, narrowed to the units the caller may see (regime-read-access.ts). */
  private async expected(ctx: RequestContext, regime: RegimeRow, periods: readonly PeriodRow[]) {
    const units = await UnitDirectory.load(this.db);
    const visible = boardUnitFilter(ctx, regime, units);
    const expected = (
      await expectedReports(this.db, units, periods, new Map([[regime.id, regime]]), this.now())
    ).filter((e) => visible(e.unitId));
    return { units, expected };
  }

  private async regime(ctx: RequestContext, id: string): Promise<RegimeRow> {
    const regime = await this.regimes.find(this.db, id);
    if (!regime || !regimeReadable(ctx, regime, await UnitDirectory.load(this.db)))
      throw AppError.notFound('chế độ báo cáo');
    return regime;
  }
}

function dedupe(refs: { id: string; name: string }[]) {
  return [...new Map(refs.map((r) => [r.id, r])).values()];
}
