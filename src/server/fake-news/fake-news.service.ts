import type { Kysely } from 'kysely';
import { type ReportPeriod, vietnamDateAt } from '../../domain/calendar/index.js';
import { canReadCase, teamMay, type TeamMember } from '../../domain/fake-news/access.js';
import { stepDeadline } from '../../domain/fake-news/deadlines.js';
import {
  REFERRAL_TARGETS,
  REFUSAL_MESSAGES,
  move,
  type CaseAction,
} from '../../domain/fake-news/workflow.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import type { AttachmentService } from '../attachments/attachments.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import type { FakeNewsTables } from '../db/schema-fake-news.js';
import type { NotificationService } from '../notifications/notifications.service.js';
import type { Updateable } from 'kysely';
import type { FakeNewsIntake, IntakeInput } from './fake-news-intake.js';
import { caseDetail, caseSummary, factsOf, parseMember, teamActionOf } from './fake-news-views.js';
import { loadFakeNewsFigures } from './fake-news-figures.js';
import { FakeNewsRepository } from './fake-news.repository.js';
import type { CaseDetail, FiguresView, Outcome } from './fake-news.schemas.js';
import { searchText } from './fake-news-intake.js';
import { z } from 'zod';

type CaseRow = NonNullable<Awaited<ReturnType<FakeNewsRepository['findCase']>>>;
type CasePatch = Updateable<FakeNewsTables['fake_news_cases']>;

/** The trusted CLI acts as the leader in charge of the department's team. */
const SYSTEM_MEMBER: TeamMember = { userId: '', agency: 'department', role: 'leader' };

/**
 * The team's work on cases: classify, assign, verify, conclude, approve, publish, refer, close.
 * Every step checks the member's role and read scope, asks the domain's workflow whether the move
 * is open, writes in one transaction with an optimistic version check, and audits before and after.
 */
export class FakeNewsService {
  private readonly repository = new FakeNewsRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly attachments: AttachmentService,
    private readonly notifications: NotificationService,
    private readonly intake: FakeNewsIntake,
    private readonly now: () => Date,
  ) {}

  private today(): string {
    return vietnamDateAt(this.now());
  }

  async member(ctx: RequestContext, db: Kysely<Database> = this.db): Promise<TeamMember> {
    if (ctx.system) return SYSTEM_MEMBER;
    const actor = requireActor(ctx);
    const row = await this.repository.findMember(db, actor.userId);
    if (!row) throw AppError.forbidden('Bạn không thuộc Tổ xử lý tin giả.');
    const m = parseMember(row);
    return { userId: m.userId, agency: m.agency, role: m.role };
  }

  async me(ctx: RequestContext) {
    const actor = requireActor(ctx);
    const row = await this.repository.findMember(this.db, actor.userId);
    return { member: row ? parseMember(row) : null };
  }

  // --- team (managed by administrators) ---
  async team(ctx: RequestContext) {
    if (!ctx.system) await this.member(ctx).catch(() => requirePermission(ctx, 'users.manage'));
    return { members: (await this.repository.listTeam(this.db)).map(parseMember) };
  }

  async setMember(ctx: RequestContext, userId: string, body: { agency: string; role: string }) {
    requirePermission(ctx, 'users.manage');
    await this.db.transaction().execute(async (trx) => {
      const before = await this.repository.findMember(trx, userId);
      const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
      if (!user) throw AppError.notFound('người dùng');
      await this.repository.upsertMember(trx, userId, body.agency, body.role);
      await this.audit.record(trx, ctx, {
        action: 'fakeNews.team.set',
        entityType: 'user',
        entityId: userId,
        before: before ? { agency: before.agency, role: before.role } : null,
        after: body,
      });
    });
    return this.team(ctx);
  }

  async removeMember(ctx: RequestContext, userId: string): Promise<void> {
    requirePermission(ctx, 'users.manage');
    await this.db.transaction().execute(async (trx) => {
      if (!(await this.repository.removeMember(trx, userId))) throw AppError.notFound('thành viên Tổ xử lý');
      await this.audit.record(trx, ctx, {
        action: 'fakeNews.team.remove',
        entityType: 'user',
        entityId: userId,
      });
    });
  }

  // --- cases ---
  async staffIntake(ctx: RequestContext, body: Omit<IntakeInput, 'challengeId'>) {
    const member = await this.member(ctx);
    if (!teamMay(member, 'intake')) throw AppError.forbidden();
    return this.db
      .transaction()
      .execute((trx) => this.intake.receive(trx, ctx, { ...body, challengeId: null }, []));
  }

  async list(ctx: RequestContext, query: { status?: string; q?: string }) {
    const member = await this.member(ctx);
    const rows = await this.repository.listCases(this.db, {
      status: query.status,
      folded: query.q ? foldVietnamese(query.q) : undefined,
      policeUserId: member.agency === 'police' && member.role !== 'leader' ? member.userId : undefined,
    });
    const today = this.today();
    return { items: rows.map((r) => caseSummary(r, today)) };
  }

  private async readable(db: Kysely<Database>, member: TeamMember, id: string): Promise<CaseRow> {
    const row = await this.repository.findCase(db, id);
    if (!row) throw AppError.notFound('vụ việc');
    const assignees = (await this.repository.assignees(db, id)).map(parseMember);
    const scope = {
      assigneeIds: assignees.map((a) => a.userId),
      assigneeAgencies: assignees.map((a) => a.agency),
      referredTo: z.enum(REFERRAL_TARGETS).nullable().parse(row.referred_to),
    };
    // A case outside the member's scope is "not found": its existence is not theirs to know.
    if (!canReadCase(member, scope)) throw AppError.notFound('vụ việc');
    return row;
  }

  async detail(ctx: RequestContext, id: string): Promise<CaseDetail> {
    const member = await this.member(ctx);
    const row = await this.readable(this.db, member, id);
    return caseDetail(
      this.db,
      this.repository,
      this.attachments,
      row,
      ctx.system ? null : member,
      this.today(),
    );
  }

  /**
   * One workflow step: permission, scope, the domain's move, the change with its version check, the
   * new step deadline when the status moves, the audit row and notifications, in one transaction.
   */
  async step(
    ctx: RequestContext,
    id: string,
    version: number | null,
    action: CaseAction,
    change: (row: CaseRow, trx: Kysely<Database>, member: TeamMember) => Promise<CasePatch> | CasePatch,
  ): Promise<CaseDetail> {
    const member = await this.member(ctx);
    if (!teamMay(member, teamActionOf(action))) throw AppError.forbidden();
    await this.db.transaction().execute(async (trx) => {
      const row = await this.readable(trx, member, id);
      const assignees = await this.repository.assignees(trx, id);
      if (
        teamActionOf(action) === 'verify' &&
        member.role !== 'leader' &&
        !assignees.some((a) => a.user_id === member.userId)
      ) {
        throw AppError.forbidden('Chỉ thành viên được giao vụ việc mới ghi kết quả xác minh.');
      }
      const result = move(factsOf(row, assignees.length), action);
      if (!result.ok) throw AppError.conflict(REFUSAL_MESSAGES[result.reason]);
      const patch = await change(row, trx, member);
      const today = this.today();
      if (result.status !== row.status) {
        patch.status = result.status;
        patch.status_since = today;
        patch.step_deadline = stepDeadline(await this.calendar.calendar(trx), result.status, today);
      }
      if (!(await this.repository.updateCase(trx, id, version ?? row.version, patch))) {
        throw AppError.conflict('Vụ việc vừa được người khác cập nhật. Hãy tải lại trang rồi thử lại.');
      }
      const { stamped_image: stamp, ...auditable } = patch;
      await this.audit.record(trx, ctx, {
        action: `fakeNews.case.${action}`,
        entityType: 'fakeNewsCase',
        entityId: id,
        before: { status: row.status, version: row.version },
        after: { ...auditable, ...(stamp ? { stampedImageBytes: stamp.length } : {}) },
      });
    });
    return this.detail(ctx, id);
  }

  classify(
    ctx: RequestContext,
    id: string,
    body: { version: number; domain: string; severity: string; platform: string; agencies: string[] },
  ) {
    return this.step(ctx, id, body.version, 'classify', (row) => ({
      domain: body.domain,
      severity: body.severity,
      platform: body.platform,
      agencies: JSON.stringify(body.agencies),
      search_text: searchText(row.search_text, body.domain),
    }));
  }

  assign(ctx: RequestContext, id: string, body: { version: number; userIds: string[] }) {
    return this.step(ctx, id, body.version, 'assign', async (row, trx) => {
      const team = (await this.repository.listTeam(trx)).map(parseMember);
      const chosen = [...new Set(body.userIds)];
      const unknown = chosen.filter((u) => !team.some((m) => m.userId === u && m.role !== 'viewer'));
      if (unknown.length > 0) throw AppError.validation('Chỉ giao cho thành viên Tổ xử lý tin giả.');
      await this.repository.setAssignees(trx, id, chosen);
      await this.notifications.notify(
        trx,
        chosen.map((userId) => ({
          userId,
          kind: 'fakeNews.assigned',
          title: `Bạn được giao xác minh vụ việc ${row.code}`,
          body: row.title,
          link: `/fake-news/cases/${id}`,
        })),
      );
      return {};
    });
  }

  addNote(ctx: RequestContext, id: string, body: { body: string }) {
    return this.step(ctx, id, null, 'addNote', async (_row, trx, member) => {
      await this.repository.insertNote(trx, id, member.userId || null, body.body);
      return {};
    });
  }

  conclude(ctx: RequestContext, id: string, body: { version: number; verdict: string; conclusion: string }) {
    return this.step(ctx, id, body.version, 'conclude', async (row, trx, member) => {
      const leaders = (await this.repository.listTeam(trx)).filter((m) => m.role === 'leader');
      await this.notifications.notify(
        trx,
        leaders.map((m) => ({
          userId: m.user_id,
          kind: 'fakeNews.concluded',
          title: `Vụ việc ${row.code} chờ phê duyệt kết luận`,
          body: row.title,
          link: `/fake-news/cases/${id}`,
        })),
      );
      return { verdict: body.verdict, conclusion: body.conclusion, concluded_by: member.userId || null };
    });
  }

  approve(ctx: RequestContext, id: string, body: { version: number }) {
    return this.step(ctx, id, body.version, 'approve', (_row, _trx, member) => ({
      approved_by: member.userId || null,
      approved_at: this.now(),
    }));
  }

  reject(ctx: RequestContext, id: string, body: { version: number; reason: string }) {
    return this.step(ctx, id, body.version, 'reject', async (_row, trx, member) => {
      await this.repository.insertNote(trx, id, member.userId || null, `Lãnh đạo trả lại: ${body.reason}`);
      return { verdict: null, conclusion: null };
    });
  }

  /** Stamps before the transaction (image work takes a while), then publishes if the case still may be. */
  async publish(
    ctx: RequestContext,
    id: string,
    body: { version: number; notice: string },
    stamp: (row: CaseRow, screenshot: Buffer | null) => Promise<Buffer>,
  ) {
    const member = await this.member(ctx);
    const row = await this.readable(this.db, member, id);
    const image = await stamp(row, await this.repository.firstScreenshot(this.db, id));
    return this.step(ctx, id, body.version, 'publish', (current) => ({
      notice: body.notice,
      published_at: this.now(),
      stamped_image: image,
      search_text: searchText(current.search_text, body.notice),
    }));
  }

  refer(ctx: RequestContext, id: string, body: { version: number; to: string; note: string | null }) {
    return this.step(ctx, id, body.version, 'refer', () => ({
      referred_to: body.to,
      referred_at: this.now(),
      referral_note: body.note,
    }));
  }

  recordOutcome(ctx: RequestContext, id: string, body: Outcome & { version: number }) {
    const { version, ...outcome } = body;
    return this.step(ctx, id, version, 'recordOutcome', () => ({ outcome: JSON.stringify(outcome) }));
  }

  close(ctx: RequestContext, id: string, body: { version: number }) {
    return this.step(ctx, id, body.version, 'close', () => ({ closed_on: this.today() }));
  }

  /** A report's screenshot, for members who may read its case. */
  async file(ctx: RequestContext, fileId: string) {
    const member = await this.member(ctx);
    const file = await this.attachments.find(this.db, fileId);
    if (!file || file.ownerType !== 'fakeNewsReport') throw AppError.notFound('tệp');
    const report = await this.db
      .selectFrom('fake_news_reports')
      .select('case_id')
      .where('id', '=', file.ownerId)
      .executeTakeFirst();
    if (!report) throw AppError.notFound('tệp');
    await this.readable(this.db, member, report.case_id);
    return file;
  }

  /** The period's figures: the one call of `fakeNewsFigures` that the page, the API and the report read. */
  async figures(ctx: RequestContext, period: ReportPeriod): Promise<FiguresView> {
    if (!ctx.system) {
      const isMember = await this.member(ctx).then(
        () => true,
        () => false,
      );
      if (!isMember) requirePermission(ctx, 'reports.read');
    }
    return this.figuresFor(this.db, period);
  }

  async figuresFor(db: Kysely<Database>, period: ReportPeriod): Promise<FiguresView> {
    return loadFakeNewsFigures(db, await this.calendar.calendar(db), period);
  }
}
