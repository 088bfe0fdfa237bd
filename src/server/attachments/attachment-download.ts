import type { FastifyReply } from 'fastify';
import { errorResponses } from '../common/http.js';
import { contentDisposition } from './attachment-files.js';

/** An upload route's errors: too large (413) and a type that is not accepted (415) besides the usual. */
export const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/** Files go out as downloads only: never rendered inline, never sniffed into another type. */
export function sendFile(
  reply: FastifyReply,
  file: { filename: string; contentType: string; content: Buffer },
): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', contentDisposition(file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
