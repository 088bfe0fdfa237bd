import type { Kysely } from 'kysely';
import { type SubmissionStatus, submissionStatus } from '../../domain/reporting/index.js';
import type { Database } from '../db/schema.js';
import { owingUnitIds, toRegime } from '../report-regimes/regime-model.js';
import type { PeriodRow, RegimeRow } from '../report-regimes/report-regimes.repository.js';
import type { UnitDirectory } from '../report-regimes/unit-directory.js';
import { type BoardCell, boardCell, countsAsSent } from '../submissions/submission-workflow.js';
import { ReportingStatsRepository, type SubmissionFact } from './reporting-stats.repository.js';

const repository = new ReportingStatsRepository();

/** One report a unit owes for one period, with where it stands. */
export interface ExpectedReport {
  regime: RegimeRow;
  period: PeriodRow;
  unitId: string;
  submission: SubmissionFact | null;
  timeliness: SubmissionStatus;
  cell: BoardCell;
}

/** Timeliness of a stored submission (or of none) against its period's deadline. */
export function timelinessOf(
  submission: Pick<SubmissionFact, 'status' | 'submittedAt' | 'acceptedAt'> | null,
  dueAt: Date,
  now: Date,
): SubmissionStatus {
  const sent = submission !== null && countsAsSent(submission.status);
  return submissionStatus({
    submittedAt: sent ? submission.submittedAt : null,
    acceptedAt: sent ? submission.acceptedAt : null,
    dueAt,
    now,
  });
}

/**
 * Every (period, unit) the given periods expect, each with its submission and status: the one
 * place that decides who owes what, shared by the period list, the statistics, the board and the
 * reminders so they never disagree.
 */
export async function expectedReports(
  db: Kysely<Database>,
  units: UnitDirectory,
  periods: readonly PeriodRow[],
  regimes: ReadonlyMap<string, RegimeRow>,
  now: Date,
): Promise<ExpectedReport[]> {
  const facts = await repository.submissionFacts(
    db,
    periods.map((p) => p.id),
  );
  const byKey = new Map(facts.map((f) => [`${f.periodId}|${f.unitId}`, f]));
  const out: ExpectedReport[] = [];
  for (const period of periods) {
    const regime = regimes.get(period.regime_id);
    if (!regime) continue;
    for (const unitId of owingUnitIds(toRegime(regime), period, units.units)) {
      const submission = byKey.get(`${period.id}|${unitId}`) ?? null;
      const timeliness = timelinessOf(submission, period.due_at, now);
      out.push({
        regime,
        period,
        unitId,
        submission,
        timeliness,
        cell: boardCell(submission?.status ?? null, timeliness),
      });
    }
  }
  return out;
}
