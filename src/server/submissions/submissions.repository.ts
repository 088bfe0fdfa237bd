import type { Kysely, Selectable } from 'kysely';
import {
  type StoredFigure,
  submittedDataSchema,
  submittedSectionsSchema,
} from '../../domain/consolidation/schema.js';
import type { RichDoc } from '../../domain/rich-text/index.js';
import type { Database, SubmissionState, SubmissionTable, SubmissionVersionTable } from '../db/schema.js';
import { parseStored } from '../common/stored.js';

/** A stored report with its sections and data form parsed. */
export type SubmissionRow = Omit<Selectable<SubmissionTable>, 'sections' | 'data'> & {
  sections: Record<string, RichDoc>;
  data: Record<string, StoredFigure>;
};

function parsed<R extends Selectable<SubmissionTable> | Selectable<SubmissionVersionTable>>(row: R) {
  return {
    ...row,
    sections: parseStored(submittedSectionsSchema, row.sections, 'nội dung báo cáo'),
    data: parseStored(submittedDataSchema, row.data, 'số liệu báo cáo'),
  };
}

export interface SubmissionWrite {
  status?: SubmissionState;
  sections?: Record<string, RichDoc>;
  data?: Record<string, StoredFigure>;
  locked?: boolean;
  submitted_at?: Date | null;
  submitted_by?: string | null;
  accepted_at?: Date | null;
  accepted_by?: string | null;
}

export interface VersionWrite {
  submissionId: string;
  event: 'submit' | 'return' | 'accept' | 'unlock';
  sections: Record<string, RichDoc>;
  data: Record<string, StoredFigure>;
  comment: string | null;
  createdBy: string | null;
  createdByName: string | null;
  at: Date;
}

export class SubmissionRepository {
  async find(db: Kysely<Database>, id: string): Promise<SubmissionRow | undefined> {
    const row = await db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && parsed(row);
  }

  async findByPeriodUnit(db: Kysely<Database>, periodId: string, unitId: string) {
    const row = await db
      .selectFrom('submissions')
      .selectAll()
      .where('period_id', '=', periodId)
      .where('org_unit_id', '=', unitId)
      .executeTakeFirst();
    return row && parsed(row);
  }

  /** The unit's draft for the period, created if missing; two first readers racing get the same row. */
  async ensure(db: Kysely<Database>, periodId: string, unitId: string, userId: string | null, at: Date) {
    await db
      .insertInto('submissions')
      .values({
        period_id: periodId,
        org_unit_id: unitId,
        sections: '{}',
        data: '{}',
        updated_by: userId,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['period_id', 'org_unit_id']).doNothing())
      .execute();
    const row = await this.findByPeriodUnit(db, periodId, unitId);
    if (!row) throw new Error(`submission for ${periodId}/${unitId} vanished`);
    return row;
  }

  /** Writes only if `version` is current; undefined when someone saved first. */
  async update(
    db: Kysely<Database>,
    id: string,
    version: number,
    write: SubmissionWrite,
    by: string | null,
    at: Date,
  ): Promise<SubmissionRow | undefined> {
    const { sections, data, ...rest } = write;
    const row = await db
      .updateTable('submissions')
      .set((eb) => ({
        ...rest,
        ...(sections === undefined ? {} : { sections: JSON.stringify(sections) }),
        ...(data === undefined ? {} : { data: JSON.stringify(data) }),
        version: eb('version', '+', 1),
        updated_by: by,
        updated_at: at,
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
    return row && parsed(row);
  }

  async insertVersion(db: Kysely<Database>, version: VersionWrite): Promise<number> {
    const last = await db
      .selectFrom('submission_versions')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('submission_id', '=', version.submissionId)
      .executeTakeFirst();
    const number = (last?.n ?? 0) + 1;
    await db
      .insertInto('submission_versions')
      .values({
        submission_id: version.submissionId,
        number,
        event: version.event,
        sections: JSON.stringify(version.sections),
        data: JSON.stringify(version.data),
        comment: version.comment,
        created_by: version.createdBy,
        created_by_name: version.createdByName,
        created_at: version.at,
      })
      .execute();
    return number;
  }

  async versions(db: Kysely<Database>, submissionId: string) {
    return db
      .selectFrom('submission_versions')
      .select(['number', 'event', 'comment', 'created_by_name', 'created_at'])
      .where('submission_id', '=', submissionId)
      .orderBy('number')
      .execute();
  }

  async version(db: Kysely<Database>, submissionId: string, number: number) {
    const row = await db
      .selectFrom('submission_versions')
      .selectAll()
      .where('submission_id', '=', submissionId)
      .where('number', '=', number)
      .executeTakeFirst();
    return row && parsed(row);
  }

  async comments(db: Kysely<Database>, submissionId: string) {
    return db
      .selectFrom('submission_comments')
      .selectAll()
      .where('submission_id', '=', submissionId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async insertComment(
    db: Kysely<Database>,
    comment: {
      submissionId: string;
      sectionKey: string | null;
      body: string;
      authorId: string | null;
      authorName: string | null;
      at: Date;
    },
  ) {
    return db
      .insertInto('submission_comments')
      .values({
        submission_id: comment.submissionId,
        section_key: comment.sectionKey,
        body: comment.body,
        author_id: comment.authorId,
        author_name: comment.authorName,
        created_at: comment.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async userName(db: Kysely<Database>, userId: string | undefined): Promise<string | null> {
    if (!userId) return null;
    const row = await db.selectFrom('users').select('full_name').where('id', '=', userId).executeTakeFirst();
    return row?.full_name ?? null;
  }
}
