import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import type { UploadedFile } from '../common/http.js';
import { BODY_LIMIT_BYTES } from '../config.js';
import type { Database } from '../db/schema.js';
import { checkAttachment } from './attachment-files.js';
import { type AttachmentOwnerType, AttachmentRepository } from './attachments.repository.js';
import type { AttachmentView } from './attachments.schemas.js';

/** An upload that passed the type and size checks, with the name and content type to store. */
export interface CheckedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

export interface DownloadFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** How the audit trail names the owner, as it did before attachments were one concept. */
const AUDIT_OWNER_KEY: Readonly<Record<AttachmentOwnerType, string>> = {
  taskUpdate: 'taskUpdateId',
  submission: 'submissionId',
  fakeNewsReport: 'fakeNewsReportId',
};

export function attachmentView(row: {
  id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  created_at: Date;
}): AttachmentView {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Evidence files, whatever they are attached to. The owning concept decides who may attach or
 * read; this keeps the checks, the hash, the row and the audit entry the same for all of them.
 */
export class AttachmentService {
  private readonly repository = new AttachmentRepository();

  constructor(private readonly audit: AuditService) {}

  /** Run before the owner's transaction opens: reading an Office file's directory takes a while. */
  async check(file: UploadedFile): Promise<CheckedFile> {
    const checked = await checkAttachment(file.buffer, file.filename, BODY_LIMIT_BYTES);
    return { ...checked, content: file.buffer };
  }

  async store(
    trx: Kysely<Database>,
    ctx: RequestContext,
    owner: { ownerType: AttachmentOwnerType; ownerId: string; file: CheckedFile },
  ): Promise<AttachmentView> {
    const { ownerType, ownerId, file } = owner;
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const row = await this.repository.insert(trx, {
      ownerType,
      ownerId,
      filename: file.filename,
      contentType: file.contentType,
      content: file.content,
      sha256,
      createdBy: ctx.actor?.userId ?? null,
    });
    await this.audit.record(trx, ctx, {
      action: 'attachment.create',
      entityType: 'attachment',
      entityId: row.id,
      after: {
        [AUDIT_OWNER_KEY[ownerType]]: ownerId,
        filename: row.filename,
        sizeBytes: row.size_bytes,
        sha256,
      },
    });
    return attachmentView(row);
  }

  /** The files of these owners, oldest first, as rows that still say which owner each is for. */
  list(db: Kysely<Database>, ownerType: AttachmentOwnerType, ownerIds: readonly string[]) {
    return this.repository.list(db, ownerType, ownerIds);
  }

  /** The file with its owner, so the owning concept can check the caller may read that owner. */
  async find(
    db: Kysely<Database>,
    id: string,
  ): Promise<(DownloadFile & { ownerType: string; ownerId: string }) | undefined> {
    const row = await this.repository.find(db, id);
    if (!row) return undefined;
    return {
      ownerType: row.owner_type,
      ownerId: row.owner_id,
      filename: row.filename,
      contentType: row.content_type,
      content: Buffer.from(row.content),
    };
  }
}
