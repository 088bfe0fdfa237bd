import { parsePlanText, type PlanParseResult } from '../../../domain/plan-import/index.js';
import { AppError } from '../../common/errors.js';
import { parseDirectiveText } from '../../../domain/directives/parse.js';
import { readDocx, readDocxText } from './docx.js';
import { readPdf, readPdfText } from './pdf.js';
import { readXlsx } from './xlsx.js';
import { PLAN_FILE_EXTENSIONS, type PlanFileExtension } from '../../../domain/plans/file-formats.js';

type Extension = PlanFileExtension;

const UNREADABLE: Record<Extension, string> = {
  '.txt': 'Tệp văn bản không đọc được.',
  '.docx': 'Tệp DOCX bị hỏng hoặc không đọc được.',
  '.xlsx': 'Tệp XLSX bị hỏng hoặc không đọc được.',
  '.pdf': 'Tệp PDF bị hỏng hoặc không đọc được.',
};

function extensionOf(filename: string): string {
  const match = /\.[^.]+$/.exec(filename.toLowerCase());
  return match ? match[0] : '';
}

function isSupported(extension: string): extension is Extension {
  return (PLAN_FILE_EXTENSIONS as readonly string[]).includes(extension);
}

function readText(buffer: Buffer): PlanParseResult {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw AppError.validation('Tệp văn bản không ở mã UTF-8.');
  return parsePlanText(text);
}

/**
 * Reads an uploaded plan document into the parser's structured result. A file that cannot be read is a
 * 400 with a Vietnamese message, never a 500: uploads are user input.
 */
export async function readPlanDocument(buffer: Buffer, filename: string): Promise<PlanParseResult> {
  const extension = extensionOf(filename);
  if (!isSupported(extension)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Chưa hỗ trợ tệp "${extension || filename}". Các định dạng được nhận: ${PLAN_FILE_EXTENSIONS.join(', ')}.`,
    );
  }
  try {
    switch (extension) {
      case '.txt':
        return readText(buffer);
      case '.docx':
        return await readDocx(buffer);
      case '.xlsx':
        return await readXlsx(buffer);
      case '.pdf':
        return await readPdf(buffer);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.validation(UNREADABLE[extension]);
  }
}

const DIRECTIVE_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

async function documentText(
  buffer: Buffer,
  extension: (typeof DIRECTIVE_EXTENSIONS)[number],
): Promise<string> {
  switch (extension) {
    case '.txt': {
      const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer).replace(/^\uFEFF/, '');
      if (text.includes('\uFFFD')) throw AppError.validation('Tệp văn bản không ở mã UTF-8.');
      return text;
    }
    case '.docx':
      return readDocxText(buffer);
    case '.pdf':
      return readPdfText(buffer);
  }
}

/**
 * Reads a directive document (thông báo kết luận, văn bản chỉ đạo…) into the plan reader's result:
 * its numbered items are the tasks (domain/directives/parse.ts). Same 400/415 rules as plans.
 */
export async function readDirectiveDocument(buffer: Buffer, filename: string): Promise<PlanParseResult> {
  const extension = extensionOf(filename);
  const supported = (DIRECTIVE_EXTENSIONS as readonly string[]).includes(extension);
  if (!supported) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Chưa hỗ trợ tệp "${extension || filename}". Các định dạng được nhận: ${DIRECTIVE_EXTENSIONS.join(', ')}.`,
    );
  }
  const known = extension as (typeof DIRECTIVE_EXTENSIONS)[number];
  try {
    return parseDirectiveText(await documentText(buffer, known));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.validation(UNREADABLE[known]);
  }
}
