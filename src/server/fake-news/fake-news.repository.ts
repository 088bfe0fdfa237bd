import { sql, type Kysely, type Updateable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FakeNewsTables } from '../db/schema-fake-news.js';

type CaseUpdate = Updateable<FakeNewsTables['fake_news_cases']>;

const SUMMARY_COLUMNS = [
  'c.id',
  'c.code',
  'c.title',
  'c.status',
  'c.channel',
  'c.platform',
  'c.domain',
  'c.severity',
  'c.verdict',
  'c.received_on',
  'c.step_deadline',
  'c.published_at',
  'c.referred_to',
] as const;

export class FakeNewsRepository {
  // --- team ---
  listTeam(db: Kysely<Database>) {
    return db
      .selectFrom('fake_news_team as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select(['t.user_id', 'u.username', 'u.full_name', 't.agency', 't.role'])
      .orderBy('t.agency')
      .orderBy('u.full_name')
      .execute();
  }

  findMember(db: Kysely<Database>, userId: string) {
    return db
      .selectFrom('fake_news_team as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select(['t.user_id', 'u.username', 'u.full_name', 't.agency', 't.role'])
      .where('t.user_id', '=', userId)
      .executeTakeFirst();
  }

  async upsertMember(db: Kysely<Database>, userId: string, agency: string, role: string): Promise<void> {
    await db
      .insertInto('fake_news_team')
      .values({ user_id: userId, agency, role })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ agency, role }))
      .execute();
  }

  async removeMember(db: Kysely<Database>, userId: string): Promise<boolean> {
    const r = await db.deleteFrom('fake_news_team').where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  // --- intake ---
  async nextCaseNumber(trx: Kysely<Database>): Promise<number> {
    const r = await sql<{ n: string }>`select nextval('fake_news_case_seq') as n`.execute(trx);
    return Number(r.rows[0]?.n);
  }

  async caseByKeys(trx: Kysely<Database>, keys: readonly string[]): Promise<string | undefined> {
    if (keys.length === 0) return undefined;
    const row = await trx
      .selectFrom('fake_news_keys')
      .select('case_id')
      .where('key', 'in', keys)
      .limit(1)
      .executeTakeFirst();
    return row?.case_id;
  }

  createCase(
    trx: Kysely<Database>,
    row: {
      code: string;
      title: string;
      status: string;
      statusSince: string;
      stepDeadline: string | null;
      receivedOn: string;
      channel: string;
      platform: string | null;
      searchText: string;
    },
  ) {
    return trx
      .insertInto('fake_news_cases')
      .values({
        code: row.code,
        title: row.title,
        status: row.status,
        status_since: row.statusSince,
        step_deadline: row.stepDeadline,
        received_on: row.receivedOn,
        channel: row.channel,
        platform: row.platform,
        agencies: '[]',
        search_text: row.searchText,
      })
      .returning(['id', 'code'])
      .executeTakeFirstOrThrow();
  }

  async addKeys(trx: Kysely<Database>, caseId: string, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await trx
      .insertInto('fake_news_keys')
      .values(keys.map((key) => ({ key, case_id: caseId })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }

  insertReport(
    trx: Kysely<Database>,
    row: {
      caseId: string;
      trackingCode: string;
      channel: string;
      urls: readonly string[];
      description: string;
      platform: string | null;
      contact: string | null;
      challengeId: string | null;
      createdBy: string | null;
    },
  ) {
    return trx
      .insertInto('fake_news_reports')
      .values({
        case_id: row.caseId,
        tracking_code: row.trackingCode,
        channel: row.channel,
        urls: JSON.stringify(row.urls),
        description: row.description,
        platform: row.platform,
        contact: row.contact,
        challenge_id: row.challengeId,
        created_by: row.createdBy,
      })
      .returning(['id', 'tracking_code'])
      .executeTakeFirstOrThrow();
  }

  async challengeUsed(db: Kysely<Database>, challengeId: string): Promise<boolean> {
    const row = await db
      .selectFrom('fake_news_reports')
      .select('id')
      .where('challenge_id', '=', challengeId)
      .executeTakeFirst();
    return row !== undefined;
  }

  statusByTracking(db: Kysely<Database>, trackingCode: string) {
    return db
      .selectFrom('fake_news_reports as r')
      .innerJoin('fake_news_cases as c', 'c.id', 'r.case_id')
      .select(['r.tracking_code', 'c.code', 'c.status', 'c.received_on', 'c.verdict', 'c.published_at'])
      .where('r.tracking_code', '=', trackingCode)
      .executeTakeFirst();
  }

  // --- cases ---
  /** Cases newest first; `policeUserId` narrows to what a police member may read (see domain/fake-news/access.ts). */
  listCases(db: Kysely<Database>, filter: { status?: string; folded?: string; policeUserId?: string }) {
    let q = db
      .selectFrom('fake_news_cases as c')
      .select(SUMMARY_COLUMNS)
      .select((eb) =>
        eb
          .selectFrom('fake_news_reports as r')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('r.case_id', '=', 'c.id')
          .as('reports'),
      )
      .orderBy('c.received_on', 'desc')
      .orderBy('c.code', 'desc')
      .limit(500);
    if (filter.status) q = q.where('c.status', '=', filter.status);
    if (filter.folded) q = q.where('c.search_text', 'like', `%${escapeLike(filter.folded)}%`);
    if (filter.policeUserId) {
      const userId = filter.policeUserId;
      q = q.where((eb) =>
        eb.or([
          eb('c.referred_to', '=', 'police'),
          eb.exists(
            eb
              .selectFrom('fake_news_assignments as a')
              .innerJoin('fake_news_team as t', 't.user_id', 'a.user_id')
              .select('a.case_id')
              .whereRef('a.case_id', '=', 'c.id')
              .where((e) => e.or([e('t.agency', '=', 'police'), e('a.user_id', '=', userId)])),
          ),
        ]),
      );
    }
    return q.execute();
  }

  findCase(db: Kysely<Database>, id: string) {
    return db
      .selectFrom('fake_news_cases as c')
      .selectAll('c')
      .select((eb) =>
        eb
          .selectFrom('fake_news_reports as r')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('r.case_id', '=', 'c.id')
          .as('reports'),
      )
      .where('c.id', '=', id)
      .executeTakeFirst();
  }

  /** Optimistic update: nothing changes unless the stored version is still `version`. */
  async updateCase(trx: Kysely<Database>, id: string, version: number, patch: CaseUpdate): Promise<boolean> {
    const r = await trx
      .updateTable('fake_news_cases')
      .set({ ...patch, version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  reports(db: Kysely<Database>, caseId: string) {
    return db
      .selectFrom('fake_news_reports')
      .select(['id', 'tracking_code', 'channel', 'urls', 'description', 'platform', 'contact', 'created_at'])
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
  }

  notes(db: Kysely<Database>, caseId: string) {
    return db
      .selectFrom('fake_news_notes as n')
      .leftJoin('users as u', 'u.id', 'n.author_id')
      .select(['n.id', 'u.full_name', 'n.body', 'n.created_at'])
      .where('n.case_id', '=', caseId)
      .orderBy('n.created_at')
      .execute();
  }

  async insertNote(trx: Kysely<Database>, caseId: string, authorId: string | null, body: string) {
    return trx
      .insertInto('fake_news_notes')
      .values({ case_id: caseId, author_id: authorId, body })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  assignees(db: Kysely<Database>, caseId: string) {
    return db
      .selectFrom('fake_news_assignments as a')
      .innerJoin('fake_news_team as t', 't.user_id', 'a.user_id')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['t.user_id', 'u.username', 'u.full_name', 't.agency', 't.role'])
      .where('a.case_id', '=', caseId)
      .orderBy('u.full_name')
      .execute();
  }

  async setAssignees(trx: Kysely<Database>, caseId: string, userIds: readonly string[]): Promise<void> {
    await trx.deleteFrom('fake_news_assignments').where('case_id', '=', caseId).execute();
    await trx
      .insertInto('fake_news_assignments')
      .values(userIds.map((user_id) => ({ case_id: caseId, user_id })))
      .execute();
  }

  /** The oldest image among the case's reports: the screenshot the stamp goes on. */
  async firstScreenshot(db: Kysely<Database>, caseId: string): Promise<Buffer | null> {
    const row = await db
      .selectFrom('attachments as f')
      .innerJoin('fake_news_reports as r', 'r.id', 'f.owner_id')
      .where('f.owner_type', '=', 'fakeNewsReport')
      .select('f.content')
      .where('r.case_id', '=', caseId)
      .where('f.content_type', 'like', 'image/%')
      .orderBy('f.created_at')
      .limit(1)
      .executeTakeFirst();
    return row ? Buffer.from(row.content) : null;
  }

  // --- public ---
  published(db: Kysely<Database>, filter: { folded?: string; limit: number }) {
    let q = db
      .selectFrom('fake_news_cases')
      .select(['code', 'title', 'verdict', 'platform', 'notice', 'published_at'])
      .where('published_at', 'is not', null)
      .orderBy('published_at', 'desc')
      .limit(filter.limit);
    if (filter.folded) q = q.where('search_text', 'like', `%${escapeLike(filter.folded)}%`);
    return q.execute();
  }

  publishedByCode(db: Kysely<Database>, code: string) {
    return db
      .selectFrom('fake_news_cases')
      .select(['code', 'title', 'verdict', 'platform', 'notice', 'published_at', 'stamped_image'])
      .where('code', '=', code)
      .where('published_at', 'is not', null)
      .executeTakeFirst();
  }

  // --- figures and reminders ---
  figureRows(db: Kysely<Database>, start: string, end: string) {
    return db
      .selectFrom('fake_news_cases')
      .select([
        'received_on',
        'closed_on',
        'channel',
        'domain',
        'platform',
        'verdict',
        'published_at',
        'referred_to',
        'outcome',
      ])
      .where('received_on', '>=', start)
      .where('received_on', '<=', end)
      .execute();
  }

  /** Active team members with the cases each is assigned, for reminders. */
  reminderPeople(db: Kysely<Database>, caseIds: readonly string[]) {
    return db
      .selectFrom('fake_news_team as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .leftJoin('fake_news_assignments as a', (j) =>
        j
          .onRef('a.user_id', '=', 't.user_id')
          .on('a.case_id', 'in', caseIds.length ? caseIds : ['00000000-0000-0000-0000-000000000000']),
      )
      .select(['t.user_id', 't.role', 'u.full_name', 'u.email', 'a.case_id'])
      .where('u.disabled_at', 'is', null)
      .execute();
  }

  /** Open cases whose step is due on or before `date`. */
  dueCases(db: Kysely<Database>, date: string) {
    return db
      .selectFrom('fake_news_cases')
      .select(['id', 'code', 'title', 'status', 'status_since', 'step_deadline'])
      .where('status', '!=', 'closed')
      .where('step_deadline', '<=', date)
      .execute();
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
