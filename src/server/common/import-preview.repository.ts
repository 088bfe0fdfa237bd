import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema.js';
import { parseStored } from './stored.js';
import type { RequestContext } from './context.js';
import { AppError } from './errors.js';

const PREVIEW_TTL_MINUTES = 60;

/**
 * Holds a parsed, validated import between "preview" and "commit", so that the compiler confirms
 * exactly what was shown. A preview is single-use and belongs to the user who made it.
 */
export class ImportPreviewRepository<T> {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: string,
    /** The payload's shape, checked when the preview is read back for the commit. */
    private readonly schema: z.ZodType<T>,
  ) {}

  async save(ctx: RequestContext, payload: T): Promise<string> {
    await this.db.deleteFrom('import_previews').where('expires_at', '<', new Date()).execute();
    const row = await this.db
      .insertInto('import_previews')
      .values({
        kind: this.kind,
        created_by: ctx.actor?.userId ?? null,
        payload: JSON.stringify(payload),
        expires_at: sql<Date>`now() + make_interval(mins => ${PREVIEW_TTL_MINUTES})`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Reads the preview; it is deleted by `discard` once the commit has succeeded. */
  async take(ctx: RequestContext, id: string): Promise<T> {
    const row = await this.db
      .selectFrom('import_previews')
      .selectAll()
      .where('id', '=', id)
      .where('kind', '=', this.kind)
      .where('expires_at', '>', new Date())
      .executeTakeFirst();
    if (!row || (row.created_by ?? null) !== (ctx.actor?.userId ?? null)) {
      throw AppError.notFound('bản xem trước (có thể đã hết hạn, hãy tải tệp lên lại)');
    }
    return parseStored(this.schema, row.payload, 'bản xem trước');
  }

  async discard(db: Kysely<Database>, id: string): Promise<void> {
    await db.deleteFrom('import_previews').where('id', '=', id).execute();
  }
}
