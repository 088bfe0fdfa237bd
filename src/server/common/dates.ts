import { z } from 'zod';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, isIsoDate } from '../../domain/calendar/index.js';

/**
 * A calendar date as the API takes it: YYYY-MM-DD, a day that exists, and within the years whose
 * holidays and lunar dates the calendar knows (a date past them could not be turned into working days).
 */
export const isoDateSchema = z
  .string()
  .refine(
    (value) => isIsoDate(value) && inCalendarRange(Number(value.slice(0, 4))),
    `phải là một ngày có thật dạng YYYY-MM-DD (ví dụ 2024-07-10), trong các năm ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
  );

export function inCalendarRange(year: number): boolean {
  return year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR;
}
