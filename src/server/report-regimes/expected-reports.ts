import type { Kysely } from 'kysely';
import {
  type BoardCell,
  type SubmissionFact,
  type SubmissionStatus,
  owedReports,
} from '../../domain/reporting/index.js';
import type { Database } from '../db/schema.js';
import { toRegime } from './regime-model.js';
import type { PeriodRow, RegimeRow } from './report-regimes.repository.js';
import { SubmissionFactsRepository } from './submission-facts.repository.js';
import type { UnitDirectory } from './unit-directory.js';

const repository = new SubmissionFactsRepository();

/** One report a unit owes for one period, with where it stands (domain `owedReports`), with its rows. */
export interface ExpectedReport {
  regime: RegimeRow;
  period: PeriodRow;
  unitId: string;
  submission: SubmissionFact | null;
  timeliness: SubmissionStatus;
  cell: BoardCell;
}

/**
 * Every (period, unit) the given periods expect, each with its submission and status: loads the
 * stored submissions and applies the domain's one rule of who owes what (`owedReports`), shared by
 * the period list, the statistics, the board and the reminders so they never disagree.
 */
export async function expectedReports(
  db: Kysely<Database>,
  units: UnitDirectory,
  periods: readonly PeriodRow[],
  regimes: ReadonlyMap<string, RegimeRow>,
  now: Date,
): Promise<ExpectedReport[]> {
  const submissions = await repository.submissionFacts(
    db,
    periods.map((p) => p.id),
  );
  const periodById = new Map(periods.map((p) => [p.id, p]));
  const owed = owedReports(
    periods.map((p) => ({ id: p.id, regimeId: p.regime_id, unitIds: p.unit_ids, dueAt: p.due_at })),
    new Map([...regimes].map(([id, row]) => [id, toRegime(row)])),
    units.units,
    submissions,
    now,
  );
  return owed.flatMap(({ periodId, regimeId, ...rest }) => {
    const period = periodById.get(periodId);
    const regime = regimes.get(regimeId);
    return period && regime ? [{ regime, period, ...rest }] : [];
  });
}
