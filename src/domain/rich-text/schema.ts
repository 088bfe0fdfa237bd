import { z } from 'zod';
import type { RichDoc } from './document.js';

const run = z.object({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
});

/**
 * A rich-text document as stored (submissions.sections) and sent: the shape only. What comes in from
 * a browser goes through the stricter input schema and `sanitize` first (server/submissions).
 */
export const richDocSchema = z.object({
  blocks: z.array(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('paragraph'), children: z.array(run) }),
      z.object({
        type: z.literal('heading'),
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        children: z.array(run),
      }),
      z.object({ type: z.literal('bulletList'), items: z.array(z.array(run)) }),
      z.object({ type: z.literal('orderedList'), items: z.array(z.array(run)) }),
    ]),
  ),
}) satisfies z.ZodType<RichDoc>;
