import { z } from 'zod';
import { RICH_TEXT_LIMITS, type RichDoc, sanitize } from '../../domain/rich-text/index.js';
import { richDocSchema } from '../../domain/rich-text/schema.js';

const run = z.strictObject({
  text: z.string().max(RICH_TEXT_LIMITS.charsPerRun),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
});
const line = z.array(run).max(RICH_TEXT_LIMITS.runsPerLine);
const items = z.array(line).max(RICH_TEXT_LIMITS.itemsPerList);

const block = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), children: line }),
  z.strictObject({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    children: line,
  }),
  z.strictObject({ type: z.literal('bulletList'), items }),
  z.strictObject({ type: z.literal('orderedList'), items }),
]);

/**
 * A report section as it arrives: the shape is checked here (unknown block types and fields are
 * refused), then the domain's sanitiser strips markup and control characters from the text and
 * enforces the total size. Client HTML never gets past this point.
 */
export const richDocInput = z
  .strictObject({ blocks: z.array(block).max(RICH_TEXT_LIMITS.blocks) })
  .transform((doc, ctx): RichDoc => {
    const result = sanitize(doc);
    if (result.ok) return result.doc;
    for (const problem of result.problems) ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  })
  .describe('Văn bản: các khối đoạn văn, tiêu đề (cấp 1–3), danh sách; chữ đậm, nghiêng. Không nhận HTML.');

/** The stored and sent shape (domain/rich-text/schema.ts). */
export const richDocOutput = richDocSchema;
