import type { Kysely } from 'kysely';
import { vietnamDateAt } from '../../domain/calendar/index.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import {
  COUNT_BASIS_LABELS,
  type Completion,
  type CompletionCounts,
  periodCodesOverlapping,
  tallyCompletion,
} from '../../domain/tracking/index.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import type { OrgUnitService } from '../org-units/org-units.service.js';
import { TaskAccessLoader } from '../tasks/task-access.loader.js';
import { type StandingGroup, type StatsFilter, StatsRepository } from './stats.repository.js';
import type {
  CompletionCountsView,
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

function labelled(counts: CompletionCounts): CompletionCountsView {
  return { ...counts, basisLabel: COUNT_BASIS_LABELS[counts.countBasis] };
}

/** The completion figures as every view shows them: per task, with the occurrences beside. */
export function completionView(completion: Completion) {
  return { ...labelled(completion.tasks), occurrences: labelled(completion.occurrences) };
}

/** Groups of many keys, one tally per key. */
function tallyByKey(groups: readonly StandingGroup[]): Map<string | null, Completion> {
  const byKey = new Map<string | null, StandingGroup[]>();
  for (const g of groups) byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
  return new Map([...byKey].map(([key, list]) => [key, tallyCompletion(list)]));
}

/** Statistics of assigned tasks by the one completion rule (domain/tracking/completion.ts). */
export class StatsService {
  private readonly repository = new StatsRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly orgUnits: OrgUnitService,
    private readonly now: () => Date,
  ) {}

  async tasks(ctx: RequestContext, query: StatsFilterQuery): Promise<TaskStatsResponse> {
    const { filter, scope } = await this.resolve(ctx, query);
    return { asOf: filter.asOf, ...(await this.completion(filter)), scope };
  }

  /** The figures of one storage filter, for the other concepts that show them (Việc của tôi). */
  async completion(filter: StatsFilter) {
    return completionView(tallyCompletion(await this.repository.groups(this.db, filter)));
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
      rows: rows.map(({ key, label, counts }) => ({ key, label, ...completionView(counts) })),
    };
  }

  private unitRows(groups: StandingGroup[], units: ReadonlyMap<string, OrgUnit>) {
    return [...tallyByKey(groups)]
      .map(([key, counts]) => ({ key, unit: key === null ? undefined : units.get(key), counts }))
      .sort(
        (a, b) =>
          (a.unit?.sortOrder ?? 0) - (b.unit?.sortOrder ?? 0) ||
          (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'vi'),
      )
      .map(({ key, unit, counts }) => ({ key, label: unit?.name ?? '', counts }));
  }

  private domainRows(groups: StandingGroup[]) {
    return [...tallyByKey(groups)]
      .map(([key, counts]) => ({ key, label: key ?? NO_DOMAIN, counts }))
      .sort(
        (a, b) => Number(a.key === null) - Number(b.key === null) || a.label.localeCompare(b.label, 'vi'),
      );
  }

  /** Turns the query into a storage filter, narrowing it to what the actor may see. */
  private async resolve(ctx: RequestContext, query: StatsFilterQuery): Promise<Resolved> {
    requirePermission(ctx, 'stats.read');
    const units = new Map((await this.orgUnits.listAll()).map((u) => [u.id, u]));
    const reach = TaskAccessLoader.readScope(ctx);
    // Leaders and compilers see their agency's figures as a whole: no unit asked, narrowed below.
    const whole = reach === 'all' || reach === 'agency';
    const unitId = query.unitId ?? (whole ? null : (ctx.actor?.orgUnitId ?? null));
    if (unitId !== null) {
      if (!units.has(unitId)) throw AppError.notFound('đơn vị');
      if (!TaskAccessLoader.readsUnit(ctx, units, unitId)) {
        throw AppError.forbidden(
          reach === 'agency'
            ? 'Bạn chỉ xem được số liệu của các đơn vị thuộc cơ quan mình.'
            : reach === 'unitAndBelow'
              ? 'Bạn chỉ xem được số liệu của đơn vị mình và các đơn vị cấp dưới.'
              : 'Bạn chỉ xem được số liệu của đơn vị mình.',
        );
      }
      if (reach === 'ownUnit' && query.includeSubunits) {
        throw AppError.forbidden('Bạn chỉ xem được số liệu của đơn vị mình, không gồm đơn vị cấp dưới.');
      }
    }
    if (query.planId !== undefined && !(await this.repository.planExists(this.db, query.planId))) {
      throw AppError.notFound('kế hoạch hoặc văn bản nguồn');
    }
    const period = query.period ?? null;
    const asOf = query.asOf ?? vietnamDateAt(this.now());
    const filter: StatsFilter = {
      asOf,
      planId: query.planId ?? null,
      sourceKind: query.sourceKind ?? null,
      unit: unitId === null ? null : { id: unitId, role: query.role, includeSubunits: query.includeSubunits },
      readableUnitIds: TaskAccessLoader.readableUnitIds(ctx, units),
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
        sourceKind: query.sourceKind ?? null,
        unitId,
        role: query.role,
        includeSubunits: query.includeSubunits,
        domain: filter.domain,
        period: period?.code ?? null,
      },
    };
  }
}
