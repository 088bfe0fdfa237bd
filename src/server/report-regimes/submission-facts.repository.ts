import type { Kysely } from 'kysely';
import type { SubmissionFact } from '../../domain/reporting/index.js';
import type { Database } from '../db/schema.js';

/** The stored submissions of periods, as far as "who owes what" needs them (a read of `submissions`). */
export class SubmissionFactsRepository {
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
