import { parsePlanText, type PlanParseResult } from '../../../domain/plan-import/index.js';
import { AppError } from '../../common/errors.js';

export const SUPPORTED_PLAN_EXTENSIONS = ['.txt'] as const;

function extensionOf(filename: string): string {
  const match = /\.[^.]+$/.exec(filename.toLowerCase());
  return match ? match[0] : '';
}

/** Reads an uploaded plan document into the parser's structured result. */
export function readPlanDocument(buffer: Buffer, filename: string): Promise<PlanParseResult> {
  const extension = extensionOf(filename);
  if (extension === '.txt') {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer).replace(/^\uFEFF/, '');
    if (text.includes('\uFFFD')) throw AppError.validation('Tệp văn bản không ở mã UTF-8.');
    return Promise.resolve(parsePlanText(text));
  }
  throw new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    `Chưa hỗ trợ tệp "${extension || filename}". Các định dạng được nhận: ${SUPPORTED_PLAN_EXTENSIONS.join(', ')}.`,
  );
}
