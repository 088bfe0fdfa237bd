import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, httpStatusByCode, type AppErrorCode } from './errors.js';

interface ErrorBody {
  error: { code: AppErrorCode; message: string; details?: unknown };
}

const fastifyCodeMap: Record<string, { code: AppErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'Dữ liệu gửi lên quá lớn (tối đa 10 MB).',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Kiểu dữ liệu gửi lên không được hỗ trợ.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'VALIDATION_FAILED', message: 'Nội dung JSON không hợp lệ.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'VALIDATION_FAILED', message: 'Thiếu nội dung JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'VALIDATION_FAILED', message: 'Độ dài nội dung không hợp lệ.' },
  FST_REQ_FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'Tệp tải lên quá lớn (tối đa 10 MB).' },
  FST_FILES_LIMIT: { code: 'VALIDATION_FAILED', message: 'Chỉ được tải lên một tệp.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Cần gửi tệp dạng multipart/form-data.',
  },
};

function toErrorBody(error: FastifyError | AppError | Error): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { status: httpStatusByCode[error.code], body };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      path: `${error.validationContext ?? ''}${v.instancePath.replace(/\//g, '.')}`.replace(/\.$/, ''),
      message: v.message,
    }));
    const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
    return {
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED', message: `Dữ liệu không hợp lệ: ${summary}`, details } },
    };
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? fastifyCodeMap[fastifyError.code] : undefined;
  if (mapped) return { status: httpStatusByCode[mapped.code], body: { error: mapped } };
  if (fastifyError.statusCode === 429) {
    return {
      status: 429,
      body: {
        error: { code: 'RATE_LIMITED', message: 'Bạn thử quá nhiều lần. Hãy đợi một phút rồi thử lại.' },
      },
    };
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return {
      status: fastifyError.statusCode,
      body: { error: { code: 'VALIDATION_FAILED', message: 'Yêu cầu không hợp lệ.' } },
    };
  }
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại sau.' } },
  };
}

/** The one place where errors become HTTP responses. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const { status, body } = toErrorBody(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.error.code, status }, 'request rejected');
    return reply.status(status).send(body);
  });
}
