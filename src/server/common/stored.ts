import type { z } from 'zod';
import type { JsonValue, Stored } from '../db/stored.js';
import { AppError } from './errors.js';

// Opening stored JSON lives beside AppError (common) rather than with the column types (db), so that
// db/ imports nothing from the concept folders above it.
export { type JsonValue, type Stored, type StoredJson, jsonValueSchema } from '../db/stored.js';

/**
 * Opens stored JSON with its schema. Corrupt or foreign data (a hand-edited row, a migration gone
 * wrong) is a server fault, not the caller's: it becomes a logged 500 that names what was read.
 */
export function parseStored<T>(
  schema: z.ZodType<T>,
  value: Stored<NoInfer<T>> | Stored<JsonValue>,
  what: string,
): T {
  return openStored(schema, value, what);
}

/** `parseStored` for a text column that holds one of a closed list (a frequency, a status). */
export function parseStoredText<T extends string>(schema: z.ZodType<T>, value: string, what: string): T {
  return openStored(schema, value, what);
}

function openStored<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const error = new AppError('INTERNAL', `Dữ liệu đã lưu không đọc được: ${what}.`);
  // Logged with the 500 by the error handler; never sent to the client.
  error.cause = { what, issues: result.error.issues.slice(0, 10) };
  throw error;
}

/** `parseStored` for a nullable column. */
export function parseStoredOrNull<T>(
  schema: z.ZodType<T>,
  value: Stored<NoInfer<T>> | null,
  what: string,
): T | null {
  return value === null ? null : parseStored(schema, value, what);
}
