import type { Kysely } from 'kysely';
import { workflowRefusal } from '../../domain/reporting/index.js';
import { plainText } from '../../domain/rich-text/index.js';
import { AttachmentService, type DownloadFile } from '../attachments/attachments.service.js';
import type { AttachmentView } from '../attachments/attachments.schemas.js';
import type { AuditService } from '../audit/audit.service.js';
import { requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { UploadedFile } from '../common/http.js';
import type { Database } from '../db/schema.js';
import { vietnamInstant } from '../report-regimes/regime-model.js';
import { REFUSALS, type SubmissionLoader } from './submission-access.js';
import type { CommentInput } from './submissions.schemas.js';
import { SubmissionRepository } from './submissions.repository.js';

/** What accompanies a submission: its frozen versions, the review conversation and attached files. */
export class SubmissionRecords {
  private readonly repository = new SubmissionRepository();
  private readonly files: AttachmentService;

  constructor(
    private readonly db: Kysely<Database>,
    audit: AuditService,
    private readonly loader: SubmissionLoader,
    private readonly now: () => Date,
  ) {
    this.files = new AttachmentService(audit);
  }

  async versions(ctx: RequestContext, id: string) {
    requirePermission(ctx, 'reports.read');
    await this.loader.load(this.db, ctx, id);
    const rows = await this.repository.versions(this.db, id);
    return {
      versions: rows.map((v) => ({
        number: v.number,
        event: v.event,
        comment: v.comment,
        createdByName: v.created_by_name,
        createdAt: vietnamInstant(v.created_at),
      })),
    };
  }

  /** One frozen version with each section also as plain text, for a reviewer's diff. */
  async version(ctx: RequestContext, id: string, number: number) {
    requirePermission(ctx, 'reports.read');
    await this.loader.load(this.db, ctx, id);
    const row = await this.repository.version(this.db, id, number);
    if (!row) throw AppError.notFound(`phiên bản ${number} của báo cáo`);
    const sections = row.sections;
    return {
      number: row.number,
      event: row.event,
      comment: row.comment,
      createdByName: row.created_by_name,
      createdAt: vietnamInstant(row.created_at),
      sections: row.sections,
      data: row.data,
      plainText: Object.fromEntries(Object.entries(sections).map(([key, doc]) => [key, plainText(doc)])),
    };
  }

  async comments(ctx: RequestContext, id: string) {
    requirePermission(ctx, 'reports.read');
    await this.loader.load(this.db, ctx, id);
    const rows = await this.repository.comments(this.db, id);
    return {
      comments: rows.map((c) => ({
        id: c.id,
        sectionKey: c.section_key,
        body: c.body,
        authorName: c.author_name,
        createdAt: vietnamInstant(c.created_at),
      })),
    };
  }

  /** The unit writing the report and the compiler reviewing it talk here; readers only read. */
  async addComment(ctx: RequestContext, id: string, input: CommentInput) {
    requirePermission(ctx, 'reports.read');
    return this.db.transaction().execute(async (trx) => {
      const { permissions } = await this.loader.load(trx, ctx, id);
      if (!permissions.canDraft && !permissions.canReview)
        throw AppError.forbidden('Chỉ đơn vị báo cáo và bộ phận tổng hợp của đơn vị nhận mới góp ý được.');
      const row = await this.storeComment(trx, ctx, id, input.sectionKey ?? null, input.body);
      return {
        id: row.id,
        sectionKey: row.section_key,
        body: row.body,
        authorName: row.author_name,
        createdAt: vietnamInstant(row.created_at),
      };
    });
  }

  async storeComment(
    trx: Kysely<Database>,
    ctx: RequestContext,
    submissionId: string,
    sectionKey: string | null,
    body: string,
  ) {
    return this.repository.insertComment(trx, {
      submissionId,
      sectionKey,
      body,
      authorId: ctx.actor?.userId ?? null,
      authorName: await this.repository.userName(trx, ctx.actor?.userId),
      at: this.now(),
    });
  }

  /** A file attached to the report while the unit can still edit it. */
  async attach(ctx: RequestContext, id: string, file: UploadedFile): Promise<AttachmentView> {
    requirePermission(ctx, 'reports.draft');
    const checked = await this.files.check(file);
    return this.db.transaction().execute(async (trx) => {
      const { row, permissions } = await this.loader.load(trx, ctx, id);
      if (!permissions.canDraft) throw AppError.forbidden(REFUSALS.draft);
      const refusal = workflowRefusal('save', row);
      if (refusal !== null) throw AppError.conflict(refusal);
      return this.files.store(trx, ctx, { ownerType: 'submission', ownerId: id, file: checked });
    });
  }

  async attachment(ctx: RequestContext, id: string, attachmentId: string): Promise<DownloadFile> {
    requirePermission(ctx, 'reports.read');
    await this.loader.load(this.db, ctx, id);
    const file = await this.files.find(this.db, attachmentId);
    if (!file || file.ownerType !== 'submission' || file.ownerId !== id)
      throw AppError.notFound('tệp đính kèm');
    return { filename: file.filename, contentType: file.contentType, content: file.content };
  }
}
