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
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** Standard error responses, so the OpenAPI document lists them. */
export const errorResponses = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};

export const emptyBody = z.strictObject({}).nullish();

export interface UploadedFile {
  buffer: Buffer;
  filename: string;
  mimetype: string;
}

/** Reads the single multipart field `file`; size is capped by the multipart plugin's limits. */
export async function readUploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cần gửi tệp dạng multipart/form-data, trường "file".');
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw AppError.validation('Thiếu tệp (trường "file").');
  const buffer = await part.toBuffer();
  if (buffer.length === 0) throw AppError.validation('Tệp rỗng.');
  return { buffer, filename: part.filename, mimetype: part.mimetype };
}
