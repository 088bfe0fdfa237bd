import type { Kysely, Selectable } from 'kysely';
import type {
  Evidence,
  ReportDraft,
  SubmittedFigure,
  ReportHeader,
  TaskOccurrenceFacts,
} from '../../domain/consolidation/index.js';
import {
  draftSchema,
  evidenceSchema,
  headerSchema,
  submittedDataSchema,
  submittedSectionsSchema,
} from '../../domain/consolidation/schema.js';
import { type ReportPeriod, parsePeriodCode } from '../../domain/calendar/index.js';
import type { RichDoc } from '../../domain/rich-text/index.js';
import { parsedTargetSchema } from '../../domain/targets/schema.js';
import type { ConsolidatedReportTable, Database } from '../db/schema.js';
import { parseStored, parseStoredOrNull } from '../common/stored.js';

/** A stored report with its draft and header parsed. */
export type ReportRow = Omit<Selectable<ConsolidatedReportTable>, 'draft' | 'header'> & {
  draft: ReportDraft;
  header: ReportHeader;
  /** `period_code` parsed once on read. */
  period: ReportPeriod;
};

function toReport(row: Selectable<ConsolidatedReportTable>): ReportRow {
  return {
    ...row,
    draft: parseStored(draftSchema, row.draft, 'bản thảo báo cáo tổng hợp'),
    header: parseStored(headerSchema, row.header, 'phần đầu văn bản báo cáo tổng hợp'),
    period: parsePeriodCode(row.period_code),
  };
}

export interface TaskRow {
  id: string;
  planId: string;
  content: string;
  domain: string | null;
  output: string | null;
  leadUnitIds: string[];
  occurrences: TaskOccurrenceFacts[];
  evidence: Evidence | null;
  latestNote: string | null;
}

export interface AcceptedSubmission {
  unitId: string;
  regimeId: string;
  sections: Record<string, RichDoc>;
  data: Record<string, SubmittedFigure>;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  dueAt: Date;
}

export class ConsolidationRepository {
  async find(db: Kysely<Database>, id: string): Promise<ReportRow | undefined> {
    const row = await db
      .selectFrom('consolidated_reports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toReport(row);
  }

  async list(db: Kysely<Database>, filter: { unitId?: string; period?: string }): Promise<ReportRow[]> {
    let query = db.selectFrom('consolidated_reports').selectAll();
    if (filter.unitId) query = query.where('org_unit_id', '=', filter.unitId);
    if (filter.period) query = query.where('period_code', '=', filter.period);
    return (await query.orderBy('updated_at', 'desc').execute()).map(toReport);
  }

  async insert(
    db: Kysely<Database>,
    row: {
      unitId: string;
      periodCode: string;
      kind: 'department' | 'upward';
      regimeId: string | null;
      draft: ReportDraft;
      header: ReportHeader;
      userId: string | null;
      at: Date;
    },
  ): Promise<ReportRow> {
    const stored = await db
      .insertInto('consolidated_reports')
      .values({
        org_unit_id: row.unitId,
        period_code: row.periodCode,
        kind: row.kind,
        regime_id: row.regimeId,
        draft: JSON.stringify(row.draft),
        header: JSON.stringify(row.header),
        created_by: row.userId,
        updated_by: row.userId,
        created_at: row.at,
        updated_at: row.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toReport(stored);
  }

  /** Writes only when the stored version is still `version`; undefined means someone saved first. */
  async update(
    db: Kysely<Database>,
    id: string,
    version: number,
    changes: { draft: ReportDraft; header: ReportHeader; userId: string | null; at: Date },
  ): Promise<ReportRow | undefined> {
    const stored = await db
      .updateTable('consolidated_reports')
      .set({
        draft: JSON.stringify(changes.draft),
        header: JSON.stringify(changes.header),
        version: version + 1,
        updated_by: changes.userId,
        updated_at: changes.at,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
    return stored && toReport(stored);
  }

  /**
   * Tasks of the active plans led by one of `unitIds`, with their occurrences and latest evidence.
   * Every active plan, as the statistics read them: the report period picks the occurrences.
   */
  async tasks(db: Kysely<Database>, unitIds: readonly string[]): Promise<TaskRow[]> {
    if (unitIds.length === 0) return [];
    const items = await db
      .selectFrom('plan_items as i')
      .innerJoin('plans as p', 'p.id', 'i.plan_id')
      .select(['i.id', 'i.plan_id', 'i.content', 'i.domain', 'i.output'])
      .where('i.kind', '=', 'task')
      .where('p.status', '=', 'active')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('plan_item_units as u')
            .select('u.plan_item_id')
            .whereRef('u.plan_item_id', '=', 'i.id')
            .where('u.role', '=', 'lead')
            .where('u.org_unit_id', 'in', unitIds),
        ),
      )
      .orderBy('p.created_at')
      .orderBy('i.position')
      .execute();
    const ids = items.map((i) => i.id);
    if (ids.length === 0) return [];
    const [leads, occurrences, updates] = await Promise.all([
      db
        .selectFrom('plan_item_units')
        .select(['plan_item_id', 'org_unit_id'])
        .where('plan_item_id', 'in', ids)
        .where('role', '=', 'lead')
        .execute(),
      db
        .selectFrom('task_occurrences')
        .select([
          'plan_item_id',
          'key',
          'period_code',
          'due_date',
          'deadline',
          'label',
          'source',
          'status',
          'completed_on',
        ])
        .where('plan_item_id', 'in', ids)
        .orderBy('due_date')
        .execute(),
      db
        .selectFrom('task_updates')
        .select(['plan_item_id', 'evidence', 'note', 'created_at'])
        .where('plan_item_id', 'in', ids)
        .where((eb) => eb.or([eb('evidence', 'is not', null), eb('note', 'is not', null)]))
        .orderBy('created_at', 'desc')
        .execute(),
    ]);
    return items.map((item) => {
      const own = updates.filter((u) => u.plan_item_id === item.id);
      return {
        id: item.id,
        planId: item.plan_id,
        content: item.content,
        domain: item.domain,
        output: item.output,
        leadUnitIds: leads.filter((l) => l.plan_item_id === item.id).map((l) => l.org_unit_id),
        occurrences: occurrences
          .filter((o) => o.plan_item_id === item.id)
          .map((o) => ({
            key: o.key,
            periodCode: o.period_code,
            dueDate: o.due_date,
            deadline: o.deadline,
            label: o.label,
            source: o.source,
            status: o.status,
            completedOn: o.completed_on,
          })),
        evidence: parseStoredOrNull(
          evidenceSchema,
          own.find((u) => u.evidence !== null)?.evidence ?? null,
          'văn bản chứng minh kết quả',
        ),
        latestNote: own.find((u) => u.note !== null)?.note ?? null,
      };
    });
  }

  /** Lĩnh vực of the year's active plans in the order the plans list them. */
  async domains(db: Kysely<Database>, planIds: readonly string[]): Promise<string[]> {
    if (planIds.length === 0) return [];
    const rows = await db
      .selectFrom('plan_items')
      .select(['domain'])
      .where('plan_id', 'in', planIds)
      .where('domain', 'is not', null)
      .orderBy('plan_id')
      .orderBy('position')
      .execute();
    return [...new Set(rows.map((r) => r.domain).filter((d): d is string => d !== null))];
  }

  /**
   * Accepted reports of the period sent to `receiverId` (or under one regime), newest regime first
   * when a unit reported under several.
   */
  async acceptedSubmissions(
    db: Kysely<Database>,
    filter: { receiverIds: readonly string[]; periodCode: string; regimeId: string | null },
  ): Promise<AcceptedSubmission[]> {
    if (filter.receiverIds.length === 0 && !filter.regimeId) return [];
    let query = db
      .selectFrom('submissions as s')
      .innerJoin('report_periods as p', 'p.id', 's.period_id')
      .innerJoin('report_regimes as r', 'r.id', 'p.regime_id')
      .select([
        's.org_unit_id',
        's.sections',
        's.data',
        's.submitted_at',
        's.accepted_at',
        'p.due_at',
        'r.id as regime_id',
      ])
      .where('s.status', '=', 'accepted')
      .where('p.code', '=', filter.periodCode);
    query = filter.regimeId
      ? query.where('r.id', '=', filter.regimeId)
      : query.where('r.receiving_unit_id', 'in', filter.receiverIds);
    const rows = await query.orderBy('r.created_at', 'desc').orderBy('s.accepted_at').execute();
    return rows.map((r) => ({
      unitId: r.org_unit_id,
      regimeId: r.regime_id,
      sections: parseStored(submittedSectionsSchema, r.sections, 'nội dung báo cáo đã duyệt'),
      data: parseStored(submittedDataSchema, r.data, 'số liệu báo cáo đã duyệt'),
      submittedAt: r.submitted_at,
      acceptedAt: r.accepted_at,
      dueAt: r.due_at,
    }));
  }

  /** Regimes the unit receives (or the one asked for) that have a period with this code. */
  async regimesWithPeriod(
    db: Kysely<Database>,
    filter: { receiverId: string; periodCode: string; regimeId: string | null },
  ) {
    let query = db
      .selectFrom('report_regimes as r')
      .innerJoin('report_periods as p', 'p.regime_id', 'r.id')
      .selectAll('r')
      .select(['p.unit_ids as period_unit_ids'])
      .where('p.code', '=', filter.periodCode)
      .where('r.status', '<>', 'proposed');
    query = filter.regimeId
      ? query.where('r.id', '=', filter.regimeId)
      : query.where('r.receiving_unit_id', '=', filter.receiverId);
    return query.orderBy('r.created_at').execute();
  }

  /** Every regime in force with a period of this code: who owes it is decided by the caller. */
  async regimesForPeriod(db: Kysely<Database>, periodCode: string) {
    return db
      .selectFrom('report_regimes as r')
      .innerJoin('report_periods as p', 'p.regime_id', 'r.id')
      .selectAll('r')
      .select(['p.unit_ids as period_unit_ids'])
      .where('p.code', '=', periodCode)
      .where('r.status', '<>', 'proposed')
      .orderBy('r.created_at')
      .execute();
  }

  /** The plans a report answers, as documents to cite ("Căn cứ Kế hoạch số …"); those without a number are left out. */
  async planDocuments(db: Kysely<Database>, planIds: readonly string[]) {
    if (planIds.length === 0) return [];
    const rows = await db
      .selectFrom('plans')
      .select(['id', 'number', 'doc_type', 'issued_on', 'agency', 'title'])
      .where('id', 'in', planIds)
      .where('number', 'is not', null)
      .execute();
    return planIds.flatMap((id) => rows.filter((r) => r.id === id));
  }

  /** The indicators a data form asks for, in the order given. */
  async formIndicators(db: Kysely<Database>, ids: readonly string[]) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('plan_items')
      .select(['id', 'plan_id', 'content', 'domain', 'target'])
      .where('id', 'in', ids)
      .where('kind', '=', 'indicator')
      .execute();
    return ids
      .flatMap((id) => rows.filter((r) => r.id === id))
      .map((r) => ({
        id: r.id,
        planId: r.plan_id,
        content: r.content,
        domain: r.domain,
        target: parseStoredOrNull(parsedTargetSchema, r.target, 'chỉ tiêu của kế hoạch'),
      }));
  }

  /** Active regimes with a period of this code, received by `receiverIds`: what the demo files reports for. */
  async periodsReceivedBy(db: Kysely<Database>, receiverIds: readonly string[], periodCode: string) {
    if (receiverIds.length === 0) return [];
    return db
      .selectFrom('report_regimes as r')
      .innerJoin('report_periods as p', 'p.regime_id', 'r.id')
      .selectAll('r')
      .select(['p.id as period_id', 'p.unit_ids as period_unit_ids', 'p.due_at as period_due_at'])
      .where('p.code', '=', periodCode)
      .where('r.status', '=', 'active')
      .where('r.receiving_unit_id', 'in', receiverIds)
      .orderBy('r.created_at')
      .execute();
  }

  async regimeExists(db: Kysely<Database>, id: string): Promise<boolean> {
    return (
      (await db.selectFrom('report_regimes').select('id').where('id', '=', id).executeTakeFirst()) !==
      undefined
    );
  }

  async userName(db: Kysely<Database>, userId: string | null): Promise<string | null> {
    if (userId === null) return null;
    const row = await db.selectFrom('users').select('full_name').where('id', '=', userId).executeTakeFirst();
    return row?.full_name ?? null;
  }
}
