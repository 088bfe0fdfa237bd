import type { Kysely } from 'kysely';
import type { Database, SubmissionState } from '../db/schema.js';

export interface SubmissionFact {
  id: string;
  periodId: string;
  unitId: string;
  status: SubmissionState;
  submittedAt: Date | null;
  acceptedAt: Date | null;
}

export class ReportingStatsRepository {
  async submissionFacts(db: Kysely<Database>, periodIds: readonly string[]): Promise<SubmissionFact[]> {
    if (periodIds.length === 0) return [];
    const rows = await db
      .selectFrom('submissions')
      .select(['id', 'period_id', 'org_unit_id', 'status', 'submitted_at', 'accepted_at'])
      .where('period_id', 'in', periodIds)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      periodId: r.period_id,
      unitId: r.org_unit_id,
      status: r.status,
      submittedAt: r.submitted_at,
      acceptedAt: r.accepted_at,
    }));
  }
}
