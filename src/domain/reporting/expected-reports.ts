/**
 * Who owes which report, and where each owed report stands: the one rule that the period list, the
 * statistics, the board, the reminders and "Báo cáo phải nộp" all read, so they never disagree.
 * Pure: the caller loads the regimes, periods, units and stored submissions and passes "now".
 */
import type { ReportRegime } from './regime.js';
import { resolveReportingUnits } from './regime.js';
import { type BoardCell, type SubmissionState, boardCell, countsAsSent } from './submission-workflow.js';
import { type SubmissionStatus, submissionStatus } from './timeliness.js';

/** One stored report of a unit for a period, as far as timeliness needs it. */
export interface SubmissionFact {
  id: string;
  periodId: string;
  unitId: string;
  status: SubmissionState;
  submittedAt: Date | null;
  acceptedAt: Date | null;
}

/** A regime as far as "who reports" needs it. */
export type RegimeReporters = Pick<ReportRegime, 'reportingUnits' | 'receivingUnitId'>;

/** A period as far as "who owes it, by when" needs it. */
export interface OwedPeriod {
  id: string;
  regimeId: string;
  /** The period's own list of units (ad hoc requests); null to use the regime's units. */
  unitIds: readonly string[] | null;
  dueAt: Date;
}

/** One report a unit owes for one period, with where it stands. */
export interface OwedReport {
  periodId: string;
  regimeId: string;
  unitId: string;
  submission: SubmissionFact | null;
  timeliness: SubmissionStatus;
  cell: BoardCell;
}

/**
 * The units that owe the regime's report for one period: the period's own list (ad hoc requests),
 * else the regime's units resolved against the tree as it is now. The receiving unit never reports
 * to itself, which matters for "every division of the Sở" when the receiver is one of them; units
 * no longer in the tree owe nothing.
 */
export function owingUnitIds(
  regime: RegimeReporters,
  periodUnitIds: readonly string[] | null,
  units: readonly { id: string; parentId: string | null }[],
): string[] {
  const known = new Set(units.map((u) => u.id));
  const ids = periodUnitIds ?? resolveReportingUnits(regime.reportingUnits, units);
  return ids.filter((id) => id !== regime.receivingUnitId && known.has(id));
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
 * Every (period, unit) the given periods expect, each with its submission and status, in the order
 * of the periods. A period whose regime is not given is skipped.
 */
export function owedReports(
  periods: readonly OwedPeriod[],
  regimes: ReadonlyMap<string, RegimeReporters>,
  units: readonly { id: string; parentId: string | null }[],
  submissions: readonly SubmissionFact[],
  now: Date,
): OwedReport[] {
  const byKey = new Map(submissions.map((s) => [`${s.periodId}|${s.unitId}`, s]));
  const out: OwedReport[] = [];
  for (const period of periods) {
    const regime = regimes.get(period.regimeId);
    if (!regime) continue;
    for (const unitId of owingUnitIds(regime, period.unitIds, units)) {
      const submission = byKey.get(`${period.id}|${unitId}`) ?? null;
      const timeliness = timelinessOf(submission, period.dueAt, now);
      out.push({
        periodId: period.id,
        regimeId: period.regimeId,
        unitId,
        submission,
        timeliness,
        cell: boardCell(submission?.status ?? null, timeliness),
      });
    }
  }
  return out;
}
