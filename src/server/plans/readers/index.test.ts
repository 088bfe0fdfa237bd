import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { PLAN_FILE_EXTENSIONS } from '../../../domain/plans/file-formats.js';
import { readPlanDocument } from './index.js';

async function failure(buffer: Buffer, filename: string): Promise<AppError> {
  const error = await readPlanDocument(buffer, filename).catch((e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('readPlanDocument: dispatch', () => {
  it('lists the formats it reads', () => {
    expect(PLAN_FILE_EXTENSIONS).toEqual(['.txt', '.docx', '.xlsx', '.pdf']);
  });

  it('refuses other formats with a 415 that names the supported ones', async () => {
    const error = await failure(Buffer.from('x'), 'ke-hoach.doc');
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toBe('Chưa hỗ trợ tệp ".doc". Các định dạng được nhận: .txt, .docx, .xlsx, .pdf.');
  });

  it.each([
    ['rong.docx', 'Tệp DOCX bị hỏng hoặc không đọc được.'],
    ['rong.xlsx', 'Tệp XLSX bị hỏng hoặc không đọc được.'],
    ['rong.pdf', 'Tệp PDF bị hỏng hoặc không đọc được.'],
    ['RONG.PDF', 'Tệp PDF bị hỏng hoặc không đọc được.'],
  ])('an empty %s is a 400, not a 500', async (filename, message) => {
    const error = await failure(Buffer.alloc(0), filename);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message });
  });

  it('takes a file of another type under the wrong extension for a damaged one', async () => {
    const pdfAsDocx = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    expect(await failure(pdfAsDocx, 'ke-hoach.docx')).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await failure(pdfAsDocx, 'ke-hoach.xlsx')).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('still reads plain text, and refuses text that is not UTF-8', async () => {
    const result = await readPlanDocument(
      Buffer.from('KẾ HOẠCH\nThực hiện nhiệm vụ năm 2024\n'),
      'ke-hoach.txt',
    );
    expect(result.document.type).toBe('KẾ HOẠCH');
    expect(await failure(Buffer.from([0xc4, 0x20, 0xff]), 'ke-hoach.txt')).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Tệp văn bản không ở mã UTF-8.',
    });
  });
});
