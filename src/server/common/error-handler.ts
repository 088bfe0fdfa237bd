import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, httpStatusByCode, type AppErrorCode } from './errors.js';
import { describeField } from './validation-messages.js';
import { isRequestValidationError, type RequestValidationError } from './validation.js';

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
  FST_ERR_BAD_URL: {
    code: 'VALIDATION_FAILED',
    message: 'Đường dẫn không hợp lệ: có ký tự mã hóa sai (%…).',
  },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'VALIDATION_FAILED', message: 'Đường dẫn quá dài.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Cần gửi tệp dạng multipart/form-data.',
  },
};

/** "«Họ và tên»: không được để trống; «Vai trò» (dòng 2): phải là một trong …" */
function validationBody(error: RequestValidationError): { status: number; body: ErrorBody } {
  const details = error.issues.map((issue) => {
    const field = describeField(error.part, issue.path);
    const bare = field.replace(/^«([^»]*)».*$/, '$1').toLowerCase();
    // A schema's own message may already name its field ("Mật khẩu cần ít nhất 10 ký tự").
    const message = issue.message.toLowerCase().startsWith(bare)
      ? issue.message
      : `${field}: ${issue.message}`;
    return { path: [error.part, ...issue.path.map(String)].join('.'), message };
  });
  const summary = details.map((d) => d.message).join('; ');
  return {
    status: 400,
    body: { error: { code: 'VALIDATION_FAILED', message: `Dữ liệu không hợp lệ — ${summary}.`, details } },
  };
}

function toErrorBody(error: FastifyError | AppError | Error): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { status: httpStatusByCode[error.code], body };
  }
  if (isRequestValidationError(error)) return validationBody(error);
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

function sendError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorBody(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: body.error.code, status }, 'request rejected');
  return reply.status(status).send(body);
}

/** The one place where errors become HTTP responses. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(sendError);
}

/**
 * Fastify's `frameworkErrors` option: errors raised before routing (a badly encoded or too long
 * path) would otherwise be answered by Fastify itself, in English and echoing the path.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(error, request, reply);
}
