import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** What an attachment hangs on: a task's timeline entry, a unit's report or a fake-news report's screenshot. */
export type AttachmentOwnerType = 'taskUpdate' | 'submission' | 'fakeNewsReport';

export interface NewAttachment {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  filename: string;
  contentType: string;
  content: Buffer;
  sha256: string;
  createdBy: string | null;
}

const META_COLUMNS = [
  'id',
  'owner_id',
  'filename',
  'content_type',
  'size_bytes',
  'sha256',
  'created_at',
] as const;

export class AttachmentRepository {
  async insert(db: Kysely<Database>, file: NewAttachment) {
    return db
      .insertInto('attachments')
      .values({
        owner_type: file.ownerType,
        owner_id: file.ownerId,
        filename: file.filename,
        content_type: file.contentType,
        size_bytes: file.content.length,
        sha256: file.sha256,
        content: file.content,
        created_by: file.createdBy,
      })
      .returning(META_COLUMNS)
      .executeTakeFirstOrThrow();
  }

  /** The files of these owners, oldest first, without their content. */
  async list(db: Kysely<Database>, ownerType: AttachmentOwnerType, ownerIds: readonly string[]) {
    if (ownerIds.length === 0) return [];
    return db
      .selectFrom('attachments')
      .select(META_COLUMNS)
      .where('owner_type', '=', ownerType)
      .where('owner_id', 'in', ownerIds)
      .orderBy('created_at')
      .execute();
  }

  async find(db: Kysely<Database>, id: string) {
    return db
      .selectFrom('attachments')
      .select(['id', 'owner_type', 'owner_id', 'filename', 'content_type', 'content'])
      .where('id', '=', id)
      .executeTakeFirst();
  }
}
