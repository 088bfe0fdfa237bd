import type { Kysely } from 'kysely';
import type { RichDoc } from '../../src/domain/rich-text/index.js';
import type { Database } from '../../src/server/db/schema.js';

// Test data for the consolidation tests: regimes, periods and accepted reports stored row by row,
// the way test/support/tracking.ts stores plans, so the tests do not depend on the review workflow.

export function richText(...lines: (string | { h: string })[]): RichDoc {
  return {
    blocks: lines.map((line) =>
      typeof line === 'string'
        ? { type: 'paragraph' as const, children: [{ text: line }] }
        : { type: 'heading' as const, level: 2 as const, children: [{ text: line.h }] },
    ),
  };
}

export interface RegimeFixture {
  receiverId: string;
  reportingUnits: string[] | { childrenOf: string };
  periodCode: string;
  dataForm?: string[];
  name?: string;
}

/** An active half-year regime with the period asked for; returns the ids. */
export async function aRegimeWithPeriod(db: Kysely<Database>, fixture: RegimeFixture) {
  const year = Number(fixture.periodCode.slice(0, 4));
  const regime = await db
    .insertInto('report_regimes')
    .values({
      name: fixture.name ?? 'Báo cáo 6 tháng',
      reporting_units: JSON.stringify(fixture.reportingUnits),
      receiving_unit_id: fixture.receiverId,
      frequency: 'semiannual',
      year,
      cut_off_rule: JSON.stringify({ kind: 'standard' }),
      deadline_rule: JSON.stringify({ kind: 'dayOfMonth', day: 15 }),
      outline: JSON.stringify([]),
      data_form: JSON.stringify(fixture.dataForm ?? []),
      sending_methods: '[]',
      warnings: '[]',
      status: 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const period = await db
    .insertInto('report_periods')
    .values({
      regime_id: regime.id,
      code: fixture.periodCode,
      label: fixture.periodCode,
      starts_on: `${year}-01-01`,
      ends_on: `${year}-06-30`,
      cut_off_from: `${year}-01-01`,
      cut_off_to: `${year}-06-14`,
      due_at: new Date(`${year}-06-15T10:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { regimeId: regime.id, periodId: period.id };
}

export async function aSubmission(
  db: Kysely<Database>,
  periodId: string,
  unitId: string,
  content: {
    sections?: Record<string, RichDoc>;
    data?: Record<string, unknown>;
    status?: 'accepted' | 'submitted';
  },
): Promise<string> {
  const at = new Date('2024-07-01T03:00:00Z');
  const row = await db
    .insertInto('submissions')
    .values({
      period_id: periodId,
      org_unit_id: unitId,
      status: content.status ?? 'accepted',
      sections: JSON.stringify(content.sections ?? {}),
      data: JSON.stringify(content.data ?? {}),
      submitted_at: at,
      accepted_at: content.status === 'submitted' ? null : at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
