import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonValueSchema } from './stored.js';
import { AppError } from './errors.js';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
}

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: jsonValueSchema
      .optional()
      .describe('Chi tiết: các trường không hợp lệ, các số liệu mâu thuẫn …'),
  }),
});

/** Standard error responses, so the OpenAPI document lists them. */
export const errorResponses = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};

/**
 * The body of a route that takes none: nothing, or `{}`. (Fastify hands a missing body to the
 * validator as null; a JSON `null` never gets that far, see json-parser.ts.)
 */
export const emptyBody = z.strictObject({}).nullish();

/**
 * The body of an upload route, for the OpenAPI document: the multipart parts are read by
 * `readUploadedFile`, so what the validator sees of a multipart request is no body at all.
 */
export const uploadBody = z
  .strictObject({ file: z.string().meta({ format: 'binary', description: 'Tệp tải lên' }).optional() })
  .nullish();

export interface UploadedFile {
  buffer: Buffer;
  filename: string;
  mimetype: string;
}

/** Errors of @fastify/multipart that already say what is wrong; the error handler maps them. */
const KNOWN_MULTIPART_ERRORS = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_INVALID_MULTIPART_CONTENT_TYPE',
]);

/** Reads the single multipart field `file`; size is capped by the multipart plugin's limits. */
export async function readUploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp dạng multipart/form-data, trường "file".');
  try {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw AppError.validation('Thiếu tệp (trường "file").');
    // File names are stored; like every other string they must not carry a NUL (see validation.ts).
    if (part.filename.includes('\u0000'))
      throw AppError.validation('Tên tệp chứa ký tự NUL (\\u0000), không được phép.');
    const buffer = await part.toBuffer();
    if (buffer.length === 0) throw AppError.validation('Tệp rỗng.');
    return { buffer, filename: part.filename, mimetype: part.mimetype };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && KNOWN_MULTIPART_ERRORS.has(code)) throw error;
    // Busboy's own errors (a body cut off mid-part, a broken part header, a missing boundary) are
    // plain Errors: they are the client's fault, never the server's.
    throw AppError.validation(
      'Dữ liệu tải lên bị cắt ngang hoặc sai định dạng multipart/form-data. Hãy tải tệp lên lại.',
    );
  }
}
