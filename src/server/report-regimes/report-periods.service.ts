import type { Kysely } from 'kysely';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { owingUnitIds } from '../../domain/reporting/index.js';
import { expectedReports } from './expected-reports.js';
import { toRegime, vietnamInstant } from './regime-model.js';
import { ReportRegimeRepository } from './report-regimes.repository.js';
import type { PeriodListQuery, periodSchema } from './report-regimes.schemas.js';
import { UnitDirectory } from './unit-directory.js';
import type { z } from 'zod';

type PeriodView = z.infer<typeof periodSchema>;

/** Start and end of a Vietnam calendar day, for filtering deadlines stored as instants. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+07:00`);
const dayEnd = (date: string) => new Date(`${date}T23:59:59.999+07:00`);

/** A report a unit still has to send: not yet sent, or returned to it for corrections. */
export interface OwedReport {
  periodId: string;
  submissionId: string | null;
  regimeName: string;
  periodLabel: string;
  dueAt: string;
  status: 'draft' | 'returned' | null;
  overdue: boolean;
}

/** The periods of issued regimes, each with its window and deadline, and what the caller's unit owes. */
export class ReportPeriodService {
  private readonly repository = new ReportRegimeRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(ctx: RequestContext, query: PeriodListQuery): Promise<{ periods: PeriodView[] }> {
    requirePermission(ctx, 'reports.read');
    const ownUnit = ctx.actor?.orgUnitId ?? null;
    if (query.mine === '1') requireActor(ctx);
    let regimes;
    if (query.regimeId) {
      const regime = await this.repository.find(this.db, query.regimeId);
      if (!regime) throw AppError.notFound('chế độ báo cáo');
      regimes = [regime];
    } else {
      regimes = await this.repository.list(this.db, { status: 'active' });
    }
    const periods = await this.repository.periods(this.db, {
      regimeIds: regimes.map((r) => r.id),
      ...(query.from ? { dueFrom: dayStart(query.from) } : {}),
      ...(query.to ? { dueTo: dayEnd(query.to) } : {}),
    });
    const units = await UnitDirectory.load(this.db);
    const byRegime = new Map(regimes.map((r) => [r.id, r]));
    const expected = await expectedReports(this.db, units, periods, byRegime, this.now());
    const views: PeriodView[] = [];
    for (const period of periods) {
      const owed = expected.filter((e) => e.period.id === period.id);
      const mine = ownUnit === null ? undefined : owed.find((e) => e.unitId === ownUnit);
      if (query.mine === '1' && !mine) continue;
      views.push({
        id: period.id,
        regimeId: period.regime_id,
        regimeName: byRegime.get(period.regime_id)?.name ?? '',
        code: period.code,
        label: period.label,
        startsOn: period.starts_on,
        endsOn: period.ends_on,
        cutOff: { from: period.cut_off_from, to: period.cut_off_to },
        dueAt: vietnamInstant(period.due_at),
        dueDate: vietnamInstant(period.due_at).slice(0, 10),
        expectedUnits: owed.length,
        mine: mine
          ? {
              unitId: mine.unitId,
              submissionId: mine.submission?.id ?? null,
              status: mine.submission?.status ?? null,
              timeliness: mine.timeliness,
            }
          : null,
      });
    }
    return { periods: views };
  }

  /**
   * What `unitId` owes at the instant `at`: every unsent report already past its deadline (they
   * never drop out of view) and those falling due before `until`, soonest first.
   */
  async owedBy(unitId: string, at: Date, until: Date): Promise<OwedReport[]> {
    const units = await UnitDirectory.load(this.db);
    // Only the regimes this unit reports under: the inbox asks on every page load. Ad hoc requests
    // name their units per period, so they are kept and settled by `expectedReports`.
    const regimes = (await this.repository.list(this.db, { status: 'active' })).filter(
      (row) => row.frequency === 'adHoc' || owingUnitIds(toRegime(row), null, units.units).includes(unitId),
    );
    if (regimes.length === 0) return [];
    const periods = await this.repository.periods(this.db, {
      regimeIds: regimes.map((r) => r.id),
      dueTo: until,
    });
    const expected = await expectedReports(
      this.db,
      units,
      periods,
      new Map(regimes.map((r) => [r.id, r])),
      at,
    );
    // Not sent (no submission, a draft, or returned for corrections) is exactly what is still owed.
    return expected
      .filter((e) => e.unitId === unitId)
      .filter(
        (e) => e.submission === null || e.submission.status === 'draft' || e.submission.status === 'returned',
      )
      .sort((a, b) => a.period.due_at.getTime() - b.period.due_at.getTime())
      .map((e) => ({
        periodId: e.period.id,
        submissionId: e.submission?.id ?? null,
        regimeName: e.regime.name,
        periodLabel: e.period.label,
        dueAt: vietnamInstant(e.period.due_at),
        status:
          e.submission?.status === 'draft' || e.submission?.status === 'returned'
            ? e.submission.status
            : null,
        overdue: e.timeliness === 'missing',
      }));
  }
}
