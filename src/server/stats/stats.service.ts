import type { Kysely } from 'kysely';
import { parsePeriodCode, vietnamDateAt } from '../../domain/calendar/index.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import { periodCodesOverlapping, withCompletionRate } from '../../domain/tracking/index.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import type { OrgUnitService } from '../org-units/org-units.service.js';
import { TaskAccessLoader } from '../tasks/task-access.loader.js';
import { type BreakdownRow, type StatsFilter, StatsRepository } from './stats.repository.js';
import type {
  BreakdownQuery,
  BreakdownResponse,
  StatsFilterQuery,
  TaskStatsResponse,
} from './stats.schemas.js';

const NO_DOMAIN = 'Chưa xác định lĩnh vực';

interface Resolved {
  filter: StatsFilter;
  scope: TaskStatsResponse['scope'];
  units: ReadonlyMap<string, OrgUnit>;
}

/** Statistics of assigned tasks; definitions in domain/tracking/task-stats.ts. */
export class StatsService {
  private readonly repository = new StatsRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly orgUnits: OrgUnitService,
    private readonly now: () => Date,
  ) {}

  async tasks(ctx: RequestContext, query: StatsFilterQuery): Promise<TaskStatsResponse> {
    const { filter, scope } = await this.resolve(ctx, query);
    const counts = await this.repository.counts(this.db, filter);
    return { ...withCompletionRate(counts, filter.asOf), scope };
  }

  async breakdown(ctx: RequestContext, query: BreakdownQuery): Promise<BreakdownResponse> {
    const { filter, scope, units } = await this.resolve(ctx, query);
    const rows =
      query.by === 'unit'
        ? this.unitRows(await this.repository.byUnit(this.db, filter, query.role), units)
        : this.domainRows(await this.repository.byDomain(this.db, filter));
    return {
      by: query.by,
      asOf: filter.asOf,
      scope,
      rows: rows.map(({ key, label, counts }) => ({
        key,
        label,
        ...withCompletionRate(counts, filter.asOf),
      })),
    };
  }

  private unitRows(rows: BreakdownRow[], units: ReadonlyMap<string, OrgUnit>) {
    return rows
      .map(({ key, ...counts }) => ({ key, unit: key === null ? undefined : units.get(key), counts }))
      .sort(
        (a, b) =>
          (a.unit?.sortOrder ?? 0) - (b.unit?.sortOrder ?? 0) ||
          (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'vi'),
      )
      .map(({ key, unit, counts }) => ({ key, label: unit?.name ?? '', counts }));
  }

  private domainRows(rows: BreakdownRow[]) {
    return rows
      .map(({ key, ...counts }) => ({ key, label: key ?? NO_DOMAIN, counts }))
      .sort(
        (a, b) => Number(a.key === null) - Number(b.key === null) || a.label.localeCompare(b.label, 'vi'),
      );
  }

  /** Turns the query into a storage filter, narrowing it to what the actor may see. */
  private async resolve(ctx: RequestContext, query: StatsFilterQuery): Promise<Resolved> {
    requirePermission(ctx, 'stats.read');
    const units = new Map((await this.orgUnits.listAll()).map((u) => [u.id, u]));
    const reach = TaskAccessLoader.readScope(ctx);
    const unitId = query.unitId ?? (reach === 'all' ? null : (ctx.actor?.orgUnitId ?? null));
    if (unitId !== null) {
      if (!units.has(unitId)) throw AppError.notFound('đơn vị');
      if (!TaskAccessLoader.readsUnit(ctx, units, unitId)) {
        throw AppError.forbidden(
          reach === 'unitAndBelow'
            ? 'Bạn chỉ xem được số liệu của đơn vị mình và các đơn vị cấp dưới.'
            : 'Bạn chỉ xem được số liệu của đơn vị mình.',
        );
      }
      if (reach === 'ownUnit' && query.includeSubunits) {
        throw AppError.forbidden('Bạn chỉ xem được số liệu của đơn vị mình, không gồm đơn vị cấp dưới.');
      }
    }
    if (query.planId !== undefined && !(await this.repository.planExists(this.db, query.planId))) {
      throw AppError.notFound('kế hoạch');
    }
    const period = query.period === undefined ? null : parsePeriodCode(query.period);
    const asOf = query.asOf ?? vietnamDateAt(this.now());
    const filter: StatsFilter = {
      asOf,
      planId: query.planId ?? null,
      unit: unitId === null ? null : { id: unitId, role: query.role, includeSubunits: query.includeSubunits },
      domain: query.domain ?? null,
      period:
        period === null
          ? null
          : { start: period.start, end: period.end, overlappingCodes: periodCodesOverlapping(period) },
    };
    return {
      filter,
      units,
      scope: {
        planId: filter.planId,
        unitId,
        role: query.role,
        includeSubunits: query.includeSubunits,
        domain: filter.domain,
        period: period?.code ?? null,
      },
    };
  }
}
