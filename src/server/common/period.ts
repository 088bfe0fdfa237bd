import { z } from 'zod';
import { AppError } from './errors.js';
import {
  CalendarError,
  type PeriodKind,
  type ReportPeriod,
  parsePeriodCode,
} from '../../domain/calendar/index.js';

const ALL_KINDS_HELP =
  'dùng 2024 (năm), 2024-H1 (6 tháng), 2024-9M (9 tháng), 2024-Q2 (quý), 2024-07 (tháng) hoặc 2024-W27 (tuần)';

/**
 * A report period code as the API takes it (a string in the OpenAPI document), parsed once here
 * into the domain's `ReportPeriod`: services, repositories and writers take the value and never
 * parse the code again. `kinds` narrows what a route accepts (emulation scores take no half-year);
 * `help` is the Vietnamese hint shown after "Kỳ báo cáo không hợp lệ: …".
 */
export function periodCodeSchema(
  options: { kinds?: readonly PeriodKind[]; help?: string } = {},
): z.ZodPipe<z.ZodString, z.ZodTransform<ReportPeriod, string>> {
  const help = options.help ?? ALL_KINDS_HELP;
  return z
    .string()
    .trim()
    .max(10, `Kỳ báo cáo không hợp lệ: ${help}`)
    .transform((code, ctx) => {
      const period = tryParsePeriod(code);
      if (!period || (options.kinds && !options.kinds.includes(period.kind))) {
        ctx.addIssue({ code: 'custom', message: `Kỳ báo cáo không hợp lệ: "${code}" — ${help}` });
        return z.NEVER;
      }
      return period;
    });
}

/** The period of a code, or null for a code that is not one (the calendar throws a `CalendarError`). */
function tryParsePeriod(code: string): ReportPeriod | null {
  try {
    return parsePeriodCode(code);
  } catch (error) {
    if (error instanceof CalendarError) return null;
    throw error;
  }
}

/** The same parse for callers outside HTTP (the CLI): a bad code is a validation `AppError`. */
export function periodFromCode(code: string): ReportPeriod {
  const parsed = periodCodeSchema().safeParse(code);
  if (!parsed.success)
    throw AppError.validation(parsed.error.issues[0]?.message ?? `Kỳ báo cáo không hợp lệ: "${code}".`);
  return parsed.data;
}
