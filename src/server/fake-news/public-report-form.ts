import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors.js';
import type { UploadedFile } from '../common/http.js';

export const MAX_SCREENSHOTS = 3;
export const MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;
const MAX_FIELD_BYTES = 8 * 1024;

export interface PublicReportForm {
  fields: Record<string, string | string[]>;
  files: UploadedFile[];
}

const MULTIPART_ERRORS: Record<string, AppError> = {
  FST_REQ_FILE_TOO_LARGE: new AppError(
    'PAYLOAD_TOO_LARGE',
    `Ảnh chụp màn hình quá lớn: mỗi ảnh tối đa ${MAX_SCREENSHOT_BYTES / 1024 / 1024} MB.`,
  ),
  FST_FILES_LIMIT: AppError.validation(`Chỉ gửi tối đa ${MAX_SCREENSHOTS} ảnh chụp màn hình.`),
  FST_FIELDS_LIMIT: AppError.validation('Phản ánh có quá nhiều trường dữ liệu.'),
  FST_PARTS_LIMIT: AppError.validation('Phản ánh có quá nhiều phần dữ liệu.'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Cần gửi phản ánh dạng multipart/form-data.',
  ),
};

/**
 * Reads the public form's multipart body with tight bounds: at most three screenshots of 5 MB,
 * short text fields, and nothing buffered past those limits. `urls` may repeat.
 */
export async function readPublicReportForm(request: FastifyRequest): Promise<PublicReportForm> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cần gửi phản ánh dạng multipart/form-data.');
  }
  const fields: Record<string, string | string[]> = {};
  const files: UploadedFile[] = [];
  try {
    const parts = request.parts({
      limits: {
        files: MAX_SCREENSHOTS,
        fileSize: MAX_SCREENSHOT_BYTES,
        fields: 16,
        fieldSize: MAX_FIELD_BYTES,
        parts: 20,
      },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'screenshots')
          throw AppError.validation('Ảnh phải gửi ở trường "screenshots".');
        const buffer = await part.toBuffer();
        if (buffer.length === 0) continue;
        files.push({ buffer, filename: part.filename, mimetype: part.mimetype });
      } else {
        if (part.valueTruncated) throw AppError.validation(`Trường "${part.fieldname}" quá dài.`);
        const value = String(part.value);
        if (part.fieldname === 'urls') {
          const list = fields.urls;
          fields.urls = [...(Array.isArray(list) ? list : []), ...value.split(/\s*\n\s*/).filter(Boolean)];
        } else fields[part.fieldname] = value;
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    const mapped = typeof code === 'string' ? MULTIPART_ERRORS[code] : undefined;
    if (mapped) throw mapped;
    throw AppError.validation('Dữ liệu gửi lên bị cắt ngang hoặc sai định dạng. Hãy gửi lại phản ánh.');
  }
  return { fields, files };
}
