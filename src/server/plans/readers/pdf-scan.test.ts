import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { writePlanPdf } from '../../../../test/support/pdf-plan-writer.js';
import { readPlanDocument } from './index.js';

/**
 * Scanned plans (test/fixtures/scans, made by test/fixtures/generate-scanned-pdfs.ts from the corpus):
 * images with no text layer. The reader says in Vietnamese that the file is a scan, never 0 rows in silence.
 */
const scans = path.resolve(import.meta.dirname, '../../../../test/fixtures/scans');

async function failure(file: string): Promise<AppError> {
  const error = await readPlanDocument(readFileSync(path.join(scans, file)), file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('readPlanDocument: scanned .pdf', () => {
  it('rejects a scan with no text layer, saying it is a scanned image', async () => {
    const error = await failure('pdf-scan-whole.pdf');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe(
      'Tệp PDF là bản quét (ảnh chụp 2 trang), không có lớp chữ nên không đọc được nội dung kế hoạch. ' +
        'Hãy dùng tệp Word, Excel hoặc PDF xuất trực tiếp từ văn bản, hoặc nhận dạng chữ (OCR) cho bản quét trước khi tải lên.',
    );
  });

  it('names the scanned pages when the typed pages hold no table', async () => {
    const error = await failure('pdf-scan-appendix.pdf');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(
      /^Không đọc được bảng nhiệm vụ: trang 2 của tệp PDF là ảnh quét, không có lớp chữ\./,
    );
  });

  it('tells a PDF without any text from a scan', async () => {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve) => doc.on('end', resolve));
    doc.rect(50, 50, 200, 100).stroke();
    doc.end();
    await done;
    const error = await readPlanDocument(Buffer.concat(chunks), 'trang.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^Tệp PDF không có chữ nào đọc được/);
  });
});

describe('readPlanDocument: .pdf in a pre-Unicode Vietnamese font', () => {
  it('says the font is TCVN3/VNI instead of importing garbled rows', async () => {
    const bytes = await writePlanPdf({
      orientation: 'portrait',
      ruled: true,
      header: {
        left: ['UBND TØNH §åNG TH¸P', 'Së TH¤NG TIN Vµ TRUYÒN TH¤NG'],
        right: ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM'],
      },
      titleLines: ['KÕ HO¹CH', 'Thùc hiÖn nhiÖm vô c«ng t¸c n¨m 2025'],
      paragraphs: [],
      columns: [
        { title: 'STT', width: 36 },
        { title: 'Néi dung', width: 250 },
        { title: '§¬n vÞ chñ tr×', width: 110 },
        { title: 'Thêi gian', width: 100 },
      ],
      rows: [
        { cells: ['1', 'Tham m­u UBND tØnh ban hµnh KÕ ho¹ch chuyÓn ®æi sè', 'Phßng CNTT', 'Quý I'] },
        { cells: ['2', 'VËn hµnh Trung t©m ®iÒu hµnh th«ng minh', 'Trung t©m CNTT&TT', 'Th­êng xuyªn'] },
      ],
      closing: ['N¬i nhËn:'],
    });
    const error = await readPlanDocument(bytes, 'ke-hoach.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(
      /^Tệp PDF dùng phông chữ tiếng Việt cũ \(TCVN3\/ABC hoặc VNI\)/,
    );
  });
});
